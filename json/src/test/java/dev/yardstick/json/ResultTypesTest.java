package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.Results;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.talent.Box;
import dev.yardstick.review.talent.Placement;
import dev.yardstick.review.versioning.WhatIfResult;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.abtest.Verdict;
import dev.yardstick.tracking.aggregation.Aggregate;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.annual.AnnualMethod;
import dev.yardstick.tracking.annual.AnnualReview;
import dev.yardstick.tracking.annual.Trend;
import dev.yardstick.tracking.annual.TrendDirection;
import dev.yardstick.tracking.anomaly.Detection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The results of the tracking and review modules a back office stores or routes. */
class ResultTypesTest {

  private final YardstickJson json = Fixtures.json();
  private final YardstickJson compact =
      YardstickJson.builder().strategies(Fixtures.strategies()).pretty(false).build();

  private <T> T roundTrip(T value, Class<T> type) {
    T pretty = json.read(json.write(value), type);
    T oneLine = compact.read(compact.write(value), type);
    assertThat(pretty).isEqualTo(value);
    assertThat(oneLine).isEqualTo(value);
    return pretty;
  }

  // ---------------------------------------------------------------- tracking

  @Test
  void an_aggregation_result_and_an_aggregate_round_trip_with_their_missing_months() {
    // GIVEN Q3 of GMV (July 380000.50 + August 400000.00, September missing) and conversion
    // (1000 + 1100 + 1050 buyers of 3 × 30000 visitors)
    AggregationResult q3 = Results.aggregation();
    // WHEN written and read
    AggregationResult back = roundTrip(q3, AggregationResult.class);
    Aggregate gmv = roundTrip(q3.aggregates().get(1), Aggregate.class);
    // THEN equal: conversion 3150 / 90000 = 0.035 as a ratio of sums; GMV 780000.5, flagged
    assertThat(back.find("emp-17", "conversion-rate").orElseThrow().value()).isEqualByComparingTo("0.035");
    assertThat(gmv.value()).isEqualByComparingTo("780000.5");
    assertThat(gmv.missingMonths()).containsExactly(Period.parse("2026-09"));
    assertThat(json.write(q3)).contains("\"aggregation\": \"ratio-of-sums\",", "\"numerator\": 3150,",
        "\"numerator\": null,");
  }

  @Test
  void an_aggregation_with_parts_and_rejected_rows_round_trips() {
    // GIVEN a deduction indicator's incidents in July (2 complaints) and August (1), and a
    // leaver's row collected as rejected
    dev.yardstick.core.domain.Indicator incidents =
        dev.yardstick.core.domain.Indicator.builder("incidents")
            .unit(dev.yardstick.core.domain.Unit.COUNT).build();
    java.util.List<dev.yardstick.core.domain.Measurement> monthly = java.util.List.of(
        dev.yardstick.core.domain.Measurement.of("emp-17", "incidents", Period.parse("2026-07"), 2)
            .withPart("complaint", 2),
        dev.yardstick.core.domain.Measurement.of("emp-17", "incidents", Period.parse("2026-08"), 1)
            .withPart("complaint", 1),
        dev.yardstick.core.domain.Measurement.ratio("emp-40", "incidents", Period.parse("2026-07"), 1, 3));
    AggregationResult q3 = dev.yardstick.tracking.aggregation.PeriodAggregator.of(java.util.List.of(incidents))
        .forSubjects(java.util.List.of("emp-17"))
        .rejections(dev.yardstick.tracking.aggregation.RejectionPolicy.COLLECT)
        .aggregate(monthly, Period.parse("2026-Q3"));
    // WHEN written and read; THEN equal, with the summed parts 2 + 1 = 3 and the leaver's row
    AggregationResult back = roundTrip(q3, AggregationResult.class);
    assertThat(back.aggregates().get(0).parts()).containsEntry("complaint", new BigDecimal("3"));
    assertThat(back.rejected()).hasSize(1);
    assertThat(back.rejected().get(0).measurement()).isEqualTo(monthly.get(2));
    assertThat(json.write(q3)).contains("\"parts\": {", "\"reason\": \"outside-batch\"");
  }

  @Test
  void an_aggregate_whose_months_do_not_make_up_its_period_is_refused_by_its_constructor() {
    // GIVEN the GMV aggregate claiming October as missing instead of September
    String text = json.write(Results.aggregation().aggregates().get(1)).replace("\"2026-09\"", "\"2026-10\"");
    // WHEN read; THEN the record's own check names the months
    assertThatThrownBy(() -> json.read(text, Aggregate.class))
        .isInstanceOf(YardstickJsonException.class)
        .hasMessage("$: invalid value: aggregate of 'store-gmv' for 'emp-17': months [2026-07, 2026-08]"
            + " and missing months [2026-10] do not make up 2026-Q3");
  }

  @Test
  void an_annual_review_by_the_mean_of_quarters_round_trips_with_quarters_as_keys() {
    // GIVEN 2026 of Li Wei from Q1 to Q3 (Q4 missing): totals 72.3, 75.1, 79.9
    AnnualReview review = Results.annualReview();
    // WHEN written and read
    AnnualReview back = roundTrip(review, AnnualReview.class);
    // THEN equal: mean (72.3 + 75.1 + 79.9) / 3 = 227.3 / 3 = 75.7666… → 75.77; the least-squares
    // slope over x = 1, 2, 3 is ((−1)(72.3 − 75.7667) + (1)(79.9 − 75.7667)) / 2 = 3.8 per quarter
    assertThat(back.total()).isEqualByComparingTo("75.77");
    assertThat(back.trend().slopePerQuarter()).isEqualByComparingTo("3.8");
    assertThat(back.trend().direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(back.missingQuarters()).containsExactly(Period.parse("2026-Q4"));
    String text = json.write(review);
    assertThat(text).contains("\"2026-Q1\": 72.3,", "\"method\": \"mean-of-quarters\",")
        .doesNotContain("annualEvaluation", "aggregates");
  }

  @Test
  void an_annual_review_with_its_annual_evaluation_and_aggregates_round_trips() {
    // GIVEN a review by annual aggregates, assembled from parts (a quarter's evaluation and
    // aggregates stand in for the year's: the record checks only their presence)
    AnnualReview byMean = Results.annualReview();
    AnnualReview review = new AnnualReview(byMean.subject(), byMean.year(), AnnualMethod.ANNUAL_AGGREGATES,
        new BigDecimal("79.9"), byMean.quarterTotals(), Map.of(), byMean.missingQuarters(),
        Results.quarter("2026-Q3", "1150000.00"), Results.aggregation(),
        new Trend(null, TrendDirection.UNKNOWN, 1, Trend.DEFAULT_TOLERANCE));
    // WHEN written and read; THEN equal, the evaluation in its core form, the unknown slope as null
    AnnualReview back = roundTrip(review, AnnualReview.class);
    assertThat(back.annualEvaluation()).isEqualTo(review.annualEvaluation());
    assertThat(json.write(review)).contains("\"annualEvaluation\": {", "\"slopePerQuarter\": null,",
        "\"weights\": {},");
  }

  @Test
  void an_annual_review_with_a_key_that_is_not_a_period_is_refused_at_the_key() {
    // GIVEN a quarter total under "2026-Q5"; WHEN read; THEN refused at that key with the core's reason
    String text = json.write(Results.annualReview()).replace("\"2026-Q3\": 79.9", "\"2026-Q5\": 79.9");
    assertThatThrownBy(() -> json.read(text, AnnualReview.class))
        .isInstanceOf(YardstickJsonException.class)
        .satisfies(e -> assertThat(((YardstickJsonException) e).path()).isEqualTo("$.quarterTotals['2026-Q5']"));
  }

  @Test
  void both_kinds_of_detection_round_trip_by_kind_not_by_class() {
    // GIVEN a checked series with one alert and a series too short for its window
    Detection checked = Results.checkedDetection();
    Detection insufficient = Results.insufficientDetection();
    // WHEN written and read
    Detection checkedBack = roundTrip(checked, Detection.class);
    Detection insufficientBack = roundTrip(insufficient, Detection.class);
    // THEN equal and of the same kind; the alert is the 1500 of 2026-06-29 against the trailing 7 days
    // 990, 1005, 995, 1000, 1002, 998, 1001 (mean 6991 / 7 = 998.714…)
    assertThat(checkedBack).isInstanceOf(Detection.Checked.class);
    assertThat(checkedBack.alerts()).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 6, 29));
      assertThat(a.centre()).isEqualTo(6991.0 / 7);
    });
    assertThat(insufficientBack).isInstanceOf(Detection.InsufficientHistory.class);
    // 28 trailing points need 29 points; the series has 3
    assertThat(((Detection.InsufficientHistory) insufficientBack).needed()).isEqualTo(29);
    assertThat(json.write(checked)).contains("\"type\": \"detection\",\n  \"kind\": \"checked\",",
        "\"date\": \"2026-06-29\",").doesNotContain("Checked", "dev.yardstick", "\"above\"");
    assertThat(json.write(insufficient)).contains("\"kind\": \"insufficient-history\",");
  }

  @Test
  void an_unknown_or_missing_detection_kind_is_refused() {
    // GIVEN a detection with an unknown kind, a class name as kind, no kind, and the other kind's property
    String text = json.write(Results.insufficientDetection());
    // WHEN read; THEN each is refused at its path
    assertThatThrownBy(() -> json.read(text.replace("\"insufficient-history\"", "\"ewma\""), Detection.class))
        .hasMessage("$.kind: unknown detection kind 'ewma'; expected one of: checked, insufficient-history");
    assertThatThrownBy(() -> json.read(text.replace("\"insufficient-history\"", "\"InsufficientHistory\""),
        Detection.class))
        .hasMessage("$.kind: unknown detection kind 'InsufficientHistory'; expected one of: checked,"
            + " insufficient-history");
    assertThatThrownBy(() -> json.read(text.replace("\"kind\": \"insufficient-history\",", ""), Detection.class))
        .hasMessage("$: missing required property 'kind'");
    assertThatThrownBy(() -> json.read(text.replace("\"needed\": 29,", "\"needed\": 29, \"points\": [],"),
        Detection.class))
        .hasMessage("$.points: unknown property 'points'; known properties: method, needed, available");
  }

  @Test
  void dates_are_read_only_in_the_iso_form() {
    // GIVEN a point's date as Jackson's array form, then as a date-time; WHEN read; THEN refused at the date
    String text = json.write(Results.checkedDetection());
    assertThatThrownBy(() -> json.read(text.replaceFirst("\"2026-06-27\"", "[2026, 6, 27]"), Detection.class))
        .hasMessage("$.points[0].date: expected a date such as \"2026-06-29\", got an array");
    assertThatThrownBy(() -> json.read(text.replaceFirst("\"2026-06-27\"", "\"2026-06-27T00:00:00\""),
        Detection.class))
        .isInstanceOf(YardstickJsonException.class)
        .satisfies(e -> assertThat(((YardstickJsonException) e).path()).isEqualTo("$.points[0].date"))
        .hasMessageContaining("expected a date such as \"2026-06-29\"");
  }

  @Test
  void an_ab_result_round_trips_with_every_statistic_bit_for_bit() {
    // GIVEN 480 / 12000 = 4% against 560 / 12000 = 4.667%: difference 0.00667, pooled 1040 / 24000
    AbResult result = Results.abResult();
    // WHEN written and read
    AbResult back = roundTrip(result, AbResult.class);
    // THEN equal (doubles bit for bit), the winner named, the verdict by its logical name
    assertThat(back.pooledRate()).isEqualTo(1040.0 / 24000);
    assertThat(back.verdict()).isEqualTo(Verdict.WINNER);
    assertThat(back.winner()).isEqualTo("detail-page-B");
    assertThat(json.write(result)).contains("\"verdict\": \"winner\",", "\"kind\": \"absolute\",");
  }

  @Test
  void an_ab_result_naming_a_winner_without_the_verdict_is_refused_by_its_constructor() {
    // GIVEN the verdict edited to inconclusive while a winner is still named; WHEN read; THEN refused
    String text = json.write(Results.abResult()).replace("\"verdict\": \"winner\"", "\"verdict\": \"inconclusive\"");
    assertThatThrownBy(() -> json.read(text, AbResult.class))
        .isInstanceOf(YardstickJsonException.class)
        .hasMessage("$: invalid value: a winner is named exactly when the verdict is WINNER, got INCONCLUSIVE");
  }

  // ---------------------------------------------------------------- review

  @Test
  void a_pay_proposal_round_trips_with_money_to_the_cent() {
    // GIVEN an A (+8%, bonus × 1.5) on 12000.00 and a bonus base of 20000.00
    PayProposal proposal = Results.payProposal();
    // WHEN written and read
    PayProposal back = roundTrip(proposal, PayProposal.class);
    // THEN equal with scale 2 kept: 12000.00 × 8 / 100 = 960.00, 12960.00, 20000.00 × 1.5 = 30000.00
    assertThat(back.salaryIncrease()).isEqualTo(new BigDecimal("960.00"));
    assertThat(back.newSalary()).isEqualTo(new BigDecimal("12960.00"));
    assertThat(back.bonus()).isEqualTo(new BigDecimal("30000.00"));
    assertThat(json.write(proposal)).contains("\"bonus\": 30000.00,\n", "\"teamGrade\": null,",
        "\"finalGrade\": null\n");
  }

  @Test
  void a_promotion_decision_round_trips_with_every_check_and_its_consistency_is_checked() {
    // GIVEN A and S in Q2 and Q3, but 9 months of tenure (2026-01-01 to 2026-09-30) of the 12 needed
    PromotionDecision decision = Results.promotionDecision();
    // WHEN written and read; THEN equal, not eligible, the tenure check failed
    PromotionDecision back = roundTrip(decision, PromotionDecision.class);
    assertThat(back.eligible()).isFalse();
    assertThat(back.failures()).singleElement().satisfies(c -> assertThat(c.rule()).isEqualTo("at least 12 months of tenure"));
    // AND a document claiming eligibility with a failed check is refused by the record
    String text = json.write(decision).replace("\"eligible\": false", "\"eligible\": true");
    assertThatThrownBy(() -> json.read(text, PromotionDecision.class))
        .hasMessage("$: invalid value: eligible must be true exactly when every check is met, got true");
  }

  @Test
  void a_training_plan_round_trips_with_its_uncovered_indicators() {
    // GIVEN a catalog with a topic for CAC only; WHEN the plan is written and read
    TrainingPlan plan = Results.trainingPlan();
    TrainingPlan back = roundTrip(plan, TrainingPlan.class);
    // THEN equal: CAC's topic with its Chinese name, conversion listed as uncovered
    assertThat(back.recommendations()).singleElement()
        .satisfies(r -> assertThat(r.topic().translations()).containsEntry("zh", "付费流量效率"));
    assertThat(back.uncovered()).containsExactly("conversion-rate");
  }

  @Test
  void a_placement_round_trips_and_a_box_that_contradicts_its_levels_is_refused() {
    // GIVEN 86.5 (high: 80 or more on the default grid) with high potential: a star
    Placement placement = Results.placement();
    Placement back = roundTrip(placement, Placement.class);
    assertThat(back.box()).isEqualTo(Box.STAR);
    assertThat(json.write(placement)).contains("\"box\": \"star\"");
    // WHEN the box is edited to core-player; THEN the record refuses it
    String text = json.write(placement).replace("\"star\"", "\"core-player\"");
    assertThatThrownBy(() -> json.read(text, Placement.class))
        .hasMessage("$: invalid value: box CORE_PLAYER does not match performance HIGH and potential HIGH");
  }

  @Test
  void a_what_if_result_round_trips_with_its_evaluations_movers_and_failures() {
    // GIVEN Li Wei's Q3 re-scored with KPI weights 70 / 20 / 10 and Wang Fang without measurements
    WhatIfResult result = Results.whatIfResult();
    // WHEN written and read
    WhatIfResult back = roundTrip(result, WhatIfResult.class);
    // THEN equal. KPI before: (50 × 115 + 30 × 70 + 20 × −62.5) / 100 = 66; after:
    // (70 × 115 + 20 × 70 + 10 × −62.5) / 100 = 88.25; individual 0.7 × 88.25 + 0.3 × 102.5 =
    // 92.525, linked 0.8 × 92.525 + 0.2 × 91.5 = 92.32 → 92.3 (was 79.9): B → S
    assertThat(back.rescores()).singleElement().satisfies(r -> {
      assertThat(r.newTotal()).isEqualByComparingTo("92.3");
      assertThat(r.oldGrade().code()).isEqualTo("B");
      assertThat(r.newGrade().code()).isEqualTo("S");
      // GMV's contribution 0.7 × 0.5 × 115 = 40.25 becomes 0.7 × 0.7 × 115 = 56.35
      assertThat(r.movers().get(0).indicatorId()).isEqualTo("store-gmv");
      assertThat(r.movers().get(0).before()).isEqualTo(40.25, org.assertj.core.data.Offset.offset(1e-9));
    });
    assertThat(back.failures()).singleElement()
        .satisfies(f -> assertThat(f.subject().id()).isEqualTo("emp-18"));
  }

  @Test
  void every_new_type_reads_only_as_itself() {
    // GIVEN a placement document; WHEN read as a pay proposal; THEN its type is named
    String text = json.write(Results.placement());
    assertThatThrownBy(() -> json.read(text, PayProposal.class))
        .hasMessage("$.type: expected a document of type 'pay-proposal', got 'placement'");
    // AND reading as Object gives the value back
    assertThat(json.read(text, Object.class)).isEqualTo(Results.placement());
  }
}

package dev.yardstick.tracking.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.tracking.aggregation.IncompletePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnualReviewerTest {

  /** A test strategy: score = actual × factor. */
  static final class Times implements ScoringStrategy<Double> {
    static final Times INSTANCE = new Times();

    static ScoringRule<Double> factor(double factor) {
      return ScoringRule.of(INSTANCE, factor);
    }

    @Override
    public String id() {
      return "test-times";
    }

    @Override
    public Class<Double> parametersType() {
      return Double.class;
    }

    @Override
    public void validate(Double factor) {}

    @Override
    public Score score(Double factor, ScoringInput in) {
      return Score.of(in.actual() * factor, Explanation.of("{} × {}", in.actual(), factor));
    }
  }

  static final Subject LI = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-a");
  static final Subject WANG = Subject.employee("emp-2", "Wang Fang", "store-ops-manager", "team-a");
  static final Indicator SCORE = Indicator.builder("score").unit(Unit.SCORE).build();
  static final Scorecard QUARTERLY =
      Yardstick.scorecard("quarterly").section("all", 100).item(SCORE).weight(100)
          .scoredBy(Times.factor(1)).build();

  /** A quarterly evaluation whose total is exactly {@code total}. */
  static Evaluation quarter(Subject who, int q, double total) {
    Period quarter = Period.quarter(2026, q);
    return Yardstick.evaluate(who).in(quarter).against(QUARTERLY)
        .with(Measurement.of(who.id(), "score", quarter, total));
  }

  static List<Evaluation> year(double... totals) {
    List<Evaluation> list = new ArrayList<>();
    for (int q = 0; q < totals.length; q++) {
      list.add(quarter(LI, q + 1, totals[q]));
    }
    return list;
  }

  @Test
  void equal_weights_give_the_plain_mean_of_the_quarters() {
    // GIVEN quarters of 80, 84, 86, 90
    // WHEN the mean of quarters
    AnnualReview r = AnnualReviewer.meanOfQuarters().review(LI, 2026, year(80, 84, 86, 90));
    // THEN (80 + 84 + 86 + 90) / 4 = 340 / 4 = 85.00
    assertThat(r.total()).isEqualByComparingTo("85.00");
    assertThat(r.total().toPlainString()).isEqualTo("85.00");
    assertThat(r.method()).isEqualTo(AnnualMethod.MEAN_OF_QUARTERS);
    assertThat(r.hasAllQuarters()).isTrue();
    assertThat(r.annualEvaluation()).isNull();
    assertThat(r.quarterTotals()).containsOnlyKeys(
        Period.quarter(2026, 1), Period.quarter(2026, 2), Period.quarter(2026, 3), Period.quarter(2026, 4));
  }

  @Test
  void given_weights_weigh_the_quarters() {
    // GIVEN Q4 (with Double 11) weighing double
    AnnualReview r =
        AnnualReviewer.meanOfQuarters().weights(1, 1, 1, 2).review(LI, 2026, year(80, 84, 86, 90));
    // THEN (80 + 84 + 86 + 2·90) / (1 + 1 + 1 + 2) = 430 / 5 = 86.00
    assertThat(r.total()).isEqualByComparingTo("86.00");
    assertThat(r.weights().get(Period.quarter(2026, 4))).isEqualByComparingTo("2");
  }

  @Test
  void the_trend_is_the_least_squares_slope_per_quarter() {
    // GIVEN 80, 84, 86, 90 at x = 1..4: n = 4, Σx = 10, Σy = 340, Σxy = 80 + 168 + 258 + 360 = 866,
    //       Σx² = 30 → slope = (4·866 − 10·340) / (4·30 − 10²) = (3464 − 3400) / 20 = 3.2
    Trend t = AnnualReviewer.meanOfQuarters().review(LI, 2026, year(80, 84, 86, 90)).trend();
    assertThat(t.slopePerQuarter()).isEqualByComparingTo("3.2");
    assertThat(t.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(t.quarters()).isEqualTo(4);
    // AND reversed it declines by 3.2
    Trend down = AnnualReviewer.meanOfQuarters().review(LI, 2026, year(90, 86, 84, 80)).trend();
    assertThat(down.slopePerQuarter()).isEqualByComparingTo("-3.2");
    assertThat(down.direction()).isEqualTo(TrendDirection.DECLINING);
  }

  @Test
  void a_slope_within_the_tolerance_is_stable_including_its_boundary() {
    // GIVEN 85, 85.5, 84.5, 85: Σxy = 85 + 171 + 253.5 + 340 = 849.5, Σy = 340
    //       → slope = (4·849.5 − 3400) / 20 = −2 / 20 = −0.1, within ±1
    Trend flat = AnnualReviewer.meanOfQuarters().review(LI, 2026, year(85, 85.5, 84.5, 85)).trend();
    assertThat(flat.slopePerQuarter()).isEqualByComparingTo("-0.1");
    assertThat(flat.direction()).isEqualTo(TrendDirection.STABLE);
    // AND 80, 81, 82, 83 has slope exactly 1 = the tolerance: still STABLE
    Trend edge = AnnualReviewer.meanOfQuarters().review(LI, 2026, year(80, 81, 82, 83)).trend();
    assertThat(edge.slopePerQuarter()).isEqualByComparingTo("1");
    assertThat(edge.direction()).isEqualTo(TrendDirection.STABLE);
    // AND with a tolerance of 0.5 the same slope improves
    Trend strict = AnnualReviewer.meanOfQuarters().trendTolerance(0.5)
        .review(LI, 2026, year(80, 81, 82, 83)).trend();
    assertThat(strict.direction()).isEqualTo(TrendDirection.IMPROVING);
  }

  @Test
  void a_missing_quarter_is_flagged_and_the_mean_taken_over_the_others() {
    // GIVEN no Q3: 80, 84, –, 90
    List<Evaluation> quarters =
        List.of(quarter(LI, 1, 80), quarter(LI, 2, 84), quarter(LI, 4, 90));
    AnnualReview r = AnnualReviewer.meanOfQuarters().review(LI, 2026, quarters);
    // THEN (80 + 84 + 90) / 3 = 254 / 3 = 84.666… → 84.67 (half up), Q3 listed as missing
    assertThat(r.total()).isEqualByComparingTo("84.67");
    assertThat(r.missingQuarters()).containsExactly(Period.quarter(2026, 3));
    // AND the trend fits x = 1, 2, 4: Σx = 7, Σy = 254, Σxy = 80 + 168 + 360 = 608, Σx² = 21
    //     → slope = (3·608 − 7·254) / (3·21 − 7²) = (1824 − 1778) / 14 = 46 / 14 = 3.285714285714286
    assertThat(r.trend().slopePerQuarter()).isEqualByComparingTo("3.285714285714286");
  }

  @Test
  void a_missing_quarter_fails_when_incomplete_years_are_not_allowed() {
    List<Evaluation> quarters = List.of(quarter(LI, 1, 80), quarter(LI, 2, 84));
    assertThatThrownBy(
            () -> AnnualReviewer.meanOfQuarters().incomplete(IncompletePolicy.FAIL)
                .review(LI, 2026, quarters))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', field 'quarters': 2026-Q3, 2026-Q4 have no evaluation for 2026"
                + " (incomplete years are not allowed)");
  }

  @Test
  void one_quarter_gives_an_unknown_trend_and_none_is_an_error() {
    AnnualReview r = AnnualReviewer.meanOfQuarters().review(LI, 2026, List.of(quarter(LI, 2, 77)));
    assertThat(r.total()).isEqualByComparingTo("77.00");
    assertThat(r.trend().direction()).isEqualTo(TrendDirection.UNKNOWN);
    assertThat(r.trend().slopePerQuarter()).isNull();
    assertThatThrownBy(() -> AnnualReviewer.meanOfQuarters().review(LI, 2026, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', field 'quarterly evaluations': none were given for 2026");
  }

  @Test
  void zero_weights_on_the_quarters_present_are_an_error() {
    // GIVEN only Q4's weight, and Q4 missing
    AnnualReviewer reviewer = AnnualReviewer.meanOfQuarters().weights(0, 0, 0, 1);
    assertThatThrownBy(() -> reviewer.review(LI, 2026, year(80, 84, 86)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', field 'weights': 0 is the sum of the weights of the quarters present"
                + " (2026-Q1, 2026-Q2, 2026-Q3): the mean is undefined");
  }

  @Test
  void evaluations_of_another_subject_another_year_or_twice_a_quarter_are_rejected() {
    AnnualReviewer reviewer = AnnualReviewer.meanOfQuarters();
    assertThatThrownBy(() -> reviewer.review(LI, 2026, List.of(quarter(WANG, 1, 80))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', field 'subject': emp-2 is another subject's evaluation");
    assertThatThrownBy(() -> reviewer.review(LI, 2027, List.of(quarter(LI, 1, 80))))
        .hasMessage("subject 'emp-1', field 'period': 2026-Q1 is not a quarter of 2027");
    assertThatThrownBy(() -> reviewer.review(LI, 2026, List.of(quarter(LI, 1, 80), quarter(LI, 1, 81))))
        .hasMessage("subject 'emp-1', field 'period': 2026-Q1 has two evaluations");
    Evaluation monthly = Yardstick.evaluate(LI).in("2026-07").against(QUARTERLY)
        .with(Measurement.of("emp-1", "score", Period.parse("2026-07"), 1));
    assertThatThrownBy(() -> reviewer.review(LI, 2026, List.of(monthly)))
        .hasMessage("subject 'emp-1', field 'period': 2026-07 is not a quarter of 2026");
  }

  @Test
  void bad_weights_and_tolerances_are_rejected_naming_the_value() {
    assertThatThrownBy(() -> AnnualReviewer.meanOfQuarters().weights(1, -1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of Q2 must not be negative, got -1");
    assertThatThrownBy(() -> AnnualReviewer.meanOfQuarters().weights(1, 1, Double.NaN, 1))
        .hasMessage("weight of Q3 must be a finite number, got NaN");
    assertThatThrownBy(() -> AnnualReviewer.meanOfQuarters().weights(0, 0, 0, 0))
        .hasMessage("quarter weights must not all be 0");
    assertThatThrownBy(() -> AnnualReviewer.meanOfQuarters().trendTolerance(-0.5))
        .hasMessage("trend tolerance must not be negative, got -0.5");
    assertThatThrownBy(() -> AnnualReviewer.onAnnualAggregates(QUARTERLY).weights(1, 1, 1, 1))
        .hasMessage("quarter weights apply to MEAN_OF_QUARTERS, not to ANNUAL_AGGREGATES");
    assertThatThrownBy(() -> AnnualReviewer.meanOfQuarters().targets(Map.of()))
        .hasMessage("annual targets apply to ANNUAL_AGGREGATES, not to MEAN_OF_QUARTERS");
    assertThatThrownBy(() -> AnnualReviewer.of(AnnualMethod.ANNUAL_AGGREGATES, null))
        .hasMessage("annual method ANNUAL_AGGREGATES needs an annual scorecard");
  }

  static final Indicator GMV = Indicator.builder("gmv").unit(Unit.CURRENCY).build();
  static final Indicator CVR =
      Indicator.builder("cvr").unit(Unit.RATIO).aggregation(Aggregation.RATIO_OF_SUMS).build();
  static final Scorecard ANNUAL =
      Yardstick.scorecard("annual")
          .section("all", 100)
          .item(GMV).weight(50).scoredBy(Times.factor(0.00001))
          .item(CVR).weight(50).scoredBy(Times.factor(2000))
          .build();

  static List<Measurement> monthsOf2026(String subject, int skipMonth) {
    List<Measurement> list = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      if (month == skipMonth) {
        continue;
      }
      Period p = Period.month(2026, month);
      list.add(Measurement.of(subject, "gmv", p, new BigDecimal("750000")));
      list.add(Measurement.ratio(subject, "cvr", p, 400, 10_000));
    }
    return list;
  }

  @Test
  void the_year_can_be_evaluated_once_on_its_aggregates() {
    // GIVEN twelve months of GMV 750 000 and conversions 400 / 10 000
    // WHEN aggregated to the year and evaluated on the annual card
    AnnualReview r =
        AnnualReviewer.of(AnnualMethod.ANNUAL_AGGREGATES, ANNUAL)
            .review(LI, 2026, year(80, 84, 86, 90), monthsOf2026("emp-1", 0));
    // THEN GMV = 12 × 750 000 = 9 000 000 scores 9 000 000 × 0.00001 = 90; the conversion rate is
    //      4 800 / 120 000 = 0.04 and scores 0.04 × 2000 = 80; total 0.5·90 + 0.5·80 = 85.00
    assertThat(r.method()).isEqualTo(AnnualMethod.ANNUAL_AGGREGATES);
    assertThat(r.aggregates().find("emp-1", "gmv").orElseThrow().value()).isEqualByComparingTo("9000000");
    assertThat(r.aggregates().find("emp-1", "cvr").orElseThrow().value()).isEqualByComparingTo("0.04");
    assertThat(r.annualEvaluation().period()).isEqualTo(Period.year(2026));
    assertThat(r.total()).isEqualByComparingTo("85.00");
    assertThat(r.weights()).isEmpty();
    // AND the trend still comes from the quarters
    assertThat(r.trend().slopePerQuarter()).isEqualByComparingTo("3.2");
  }

  @Test
  void a_missing_month_of_the_year_is_flagged_or_refused() {
    // GIVEN no March
    AnnualReview flagged =
        AnnualReviewer.onAnnualAggregates(ANNUAL).review(LI, 2026, year(80), monthsOf2026("emp-1", 3));
    // THEN the aggregates name 2026-03 as missing (GMV is the partial 11 × 750 000 = 8 250 000)
    assertThat(flagged.aggregates().find("emp-1", "gmv").orElseThrow().missingMonths())
        .containsExactly(Period.parse("2026-03"));
    assertThat(flagged.aggregates().find("emp-1", "gmv").orElseThrow().value())
        .isEqualByComparingTo("8250000");
    // AND under FAIL the review fails naming it
    assertThatThrownBy(
            () -> AnnualReviewer.onAnnualAggregates(ANNUAL).incomplete(IncompletePolicy.FAIL)
                .review(LI, 2026, year(80), monthsOf2026("emp-1", 3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'cvr', field 'months': 2026-03 is missing from 2026"
                + " (incomplete periods are not allowed)");
  }

  @Test
  void the_aggregates_method_needs_the_subjects_own_monthly_measurements() {
    AnnualReviewer reviewer = AnnualReviewer.onAnnualAggregates(ANNUAL);
    assertThatThrownBy(() -> reviewer.review(LI, 2026, year(80)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "annual review by ANNUAL_AGGREGATES needs the monthly measurements: call"
                + " review(subject, year, quarterly, monthly)");
    assertThatThrownBy(() -> reviewer.review(LI, 2026, year(80), monthsOf2026("emp-2", 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'subjectId': emp-2 belongs to another subject");
  }

  @Test
  void a_trend_needs_quarters_of_one_year() {
    Map<Period, BigDecimal> mixed =
        Map.of(Period.quarter(2026, 4), BigDecimal.ONE, Period.quarter(2027, 1), BigDecimal.TEN);
    assertThatThrownBy(() -> Trend.acrossQuarters(new java.util.TreeMap<>(mixed), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trend quarters must be of one year, got 2026 and 2027");
    assertThatThrownBy(
            () -> Trend.acrossQuarters(Map.of(Period.parse("2026-07"), BigDecimal.ONE), BigDecimal.ONE))
        .hasMessage("trend period 2026-07 is not a quarter");
    assertThatThrownBy(() -> new Trend(null, TrendDirection.UNKNOWN, 1, new BigDecimal("-1")))
        .hasMessage("trend tolerance must not be negative, got -1");
  }
}

package dev.yardstick.tracking.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodAggregatorTest {

  static final Indicator GMV = Indicator.builder("gmv").unit(Unit.CURRENCY).build(); // SUM
  static final Indicator CVR =
      Indicator.builder("cvr").unit(Unit.RATIO).aggregation(Aggregation.RATIO_OF_SUMS).build();
  static final Indicator CVR_MEAN =
      Indicator.builder("cvr-mean").unit(Unit.RATIO).aggregation(Aggregation.MEAN).build();
  static final Indicator CSAT = Indicator.builder("csat").unit(Unit.SCORE).build(); // MEAN
  static final Indicator SKUS =
      Indicator.builder("skus").unit(Unit.COUNT).aggregation(Aggregation.LAST).build();
  static final Indicator FASTEST =
      Indicator.builder("fastest").unit(Unit.SECONDS).aggregation(Aggregation.MIN).build();
  static final Indicator SLOWEST =
      Indicator.builder("slowest").unit(Unit.SECONDS).aggregation(Aggregation.MAX).build();

  static final PeriodAggregator AGGREGATOR =
      PeriodAggregator.of(List.of(GMV, CVR, CVR_MEAN, CSAT, SKUS, FASTEST, SLOWEST));
  static final Period Q3 = Period.parse("2026-Q3");
  static final Period JUL = Period.parse("2026-07");
  static final Period AUG = Period.parse("2026-08");
  static final Period SEP = Period.parse("2026-09");

  static Measurement m(String indicator, Period month, String value) {
    return Measurement.of("emp-1", indicator, month, new BigDecimal(value));
  }

  static Measurement ratio(String indicator, Period month, long numerator, long denominator) {
    return Measurement.ratio(
        "emp-1", indicator, month, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  @Test
  void a_sum_is_exact_to_the_cent() {
    // GIVEN monthly GMV of 1 250 000.10, 980 000.25 and 1 100 000.30
    List<Measurement> monthly =
        List.of(m("gmv", JUL, "1250000.10"), m("gmv", AUG, "980000.25"), m("gmv", SEP, "1100000.30"));

    // WHEN rolled up to the quarter
    Aggregate q3 = AGGREGATOR.aggregate(monthly, Q3).find("emp-1", "gmv").orElseThrow();

    // THEN 1 250 000.10 + 980 000.25 + 1 100 000.30 = 3 330 000.65 exactly (no binary rounding)
    assertThat(q3.value()).isEqualByComparingTo("3330000.65");
    assertThat(q3.aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(q3.isComplete()).isTrue();
    assertThat(q3.months()).containsExactly(JUL, AUG, SEP);
  }

  @Test
  void tenths_that_binary_doubles_cannot_hold_still_sum_exactly() {
    // GIVEN 0.10 + 0.20 + 0.30, which is 0.6000000000000001 in doubles
    List<Measurement> monthly = List.of(m("gmv", JUL, "0.10"), m("gmv", AUG, "0.20"), m("gmv", SEP, "0.30"));
    // WHEN summed; THEN exactly 0.60
    assertThat(AGGREGATOR.aggregate(monthly, Q3).aggregates().get(0).value()).isEqualByComparingTo("0.6");
  }

  @Test
  void a_ratio_of_sums_differs_from_the_mean_of_the_monthly_ratios() {
    // GIVEN buyers/visitors of 300/10 000 (3%), 50/1 000 (5%) and 450/15 000 (3%), and the same
    // monthly rates as plain values for a MEAN indicator
    List<Measurement> monthly =
        List.of(
            ratio("cvr", JUL, 300, 10_000),
            ratio("cvr", AUG, 50, 1_000),
            ratio("cvr", SEP, 450, 15_000),
            m("cvr-mean", JUL, "0.03"),
            m("cvr-mean", AUG, "0.05"),
            m("cvr-mean", SEP, "0.03"));

    // WHEN rolled up
    AggregationResult result = AGGREGATOR.aggregate(monthly, Q3);

    // THEN the ratio of sums is (300 + 50 + 450) / (10 000 + 1 000 + 15 000) = 800 / 26 000
    //      = 0.030769230769230769… → 16 significant digits 0.03076923076923077
    Aggregate ros = result.find("emp-1", "cvr").orElseThrow();
    assertThat(ros.value()).isEqualByComparingTo("0.03076923076923077");
    assertThat(ros.numerator()).isEqualByComparingTo("800");
    assertThat(ros.denominator()).isEqualByComparingTo("26000");
    // AND the mean of the plain rates is (0.03 + 0.05 + 0.03) / 3 = 0.11 / 3 = 0.03666666666666667:
    //     the quiet month of 1 000 visitors weighs as much as the busy ones
    assertThat(result.find("emp-1", "cvr-mean").orElseThrow().value())
        .isEqualByComparingTo("0.03666666666666667");
  }

  @Test
  void a_rate_with_numerator_and_denominator_under_mean_is_rejected_rather_than_averaged() {
    // GIVEN July's conversion as 300/10 000 for an indicator that says MEAN
    List<Measurement> monthly =
        List.of(ratio("cvr-mean", JUL, 300, 10_000), ratio("cvr-mean", AUG, 50, 1_000));
    // WHEN rolled up; THEN refused: averaging the rates would throw the visitors away
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'cvr-mean', field 'numerator': 300 is the numerator of a"
                + " rate for 2026-07, but the indicator aggregates as MEAN, which would average the"
                + " monthly rates and lose numerator and denominator: aggregate it as"
                + " RATIO_OF_SUMS");
  }

  @Test
  void a_ratio_indicator_built_without_an_aggregation_is_a_ratio_of_sums() {
    // GIVEN a Unit.RATIO indicator that does not say how it aggregates
    Indicator rate = Indicator.builder("fcr").unit(Unit.RATIO).build();
    List<Measurement> monthly =
        List.of(ratio("fcr", JUL, 90, 100), ratio("fcr", AUG, 10, 100), ratio("fcr", SEP, 300, 400));

    // WHEN rolled up
    Aggregate q3 =
        PeriodAggregator.of(List.of(rate)).aggregate(monthly, Q3).find("emp-1", "fcr").orElseThrow();

    // THEN (90 + 10 + 300) ÷ (100 + 100 + 400) = 400 ÷ 600 = 0.6666666666666667, not the mean of
    //      the rates (0.9 + 0.1 + 0.75) ÷ 3 = 0.5833…; numerator and denominator are kept
    assertThat(rate.aggregation()).isEqualTo(Aggregation.RATIO_OF_SUMS);
    assertThat(q3.value()).isEqualByComparingTo("0.6666666666666667");
    assertThat(q3.numerator()).isEqualByComparingTo("400");
    assertThat(q3.denominator()).isEqualByComparingTo("600");
  }

  @Test
  void incidents_by_category_are_summed_over_the_months() {
    // GIVEN a count indicator (SUM) with incidents by category: July 1 complaint and 2 late
    // replies, August 2 complaints, September 1 late reply
    Indicator incidents = Indicator.builder("incidents").unit(Unit.COUNT).build();
    List<Measurement> monthly =
        List.of(
            Measurement.of("emp-1", "incidents", JUL, 3).withPart("complaint", 1)
                .withPart("late-reply", 2),
            Measurement.of("emp-1", "incidents", AUG, 2).withPart("complaint", 2),
            Measurement.of("emp-1", "incidents", SEP, 1).withPart("late-reply", 1));

    // WHEN rolled up to the quarter
    Measurement q3 =
        PeriodAggregator.of(List.of(incidents)).aggregate(monthly, Q3).measurementsOf("emp-1").get(0);

    // THEN complaints 1 + 2 = 3, late replies 2 + 1 = 3 (a month without the category adds 0),
    //      in the order the categories first appear; the value is 3 + 2 + 1 = 6
    assertThat(q3.parts()).containsExactly(
        entry("complaint", new BigDecimal("3")), entry("late-reply", new BigDecimal("3")));
    assertThat(q3.value()).isEqualByComparingTo("6");
  }

  @Test
  void ratings_by_rater_are_averaged_over_the_months_in_which_each_rater_rated() {
    // GIVEN ratings of a MEAN score: the manager rates every month (4, 5, 5), peer Wang in July
    // and September (3, 4), peer Li in September only (5)
    List<Measurement> monthly =
        List.of(
            m("csat", JUL, "0").withPart("manager", 4).withPart("peer.wang", 3),
            m("csat", AUG, "0").withPart("manager", 5),
            m("csat", SEP, "0").withPart("manager", 5).withPart("peer.wang", 4)
                .withPart("peer.li", 5));

    // WHEN rolled up to the quarter
    Measurement q3 = AGGREGATOR.aggregate(monthly, Q3).measurementsOf("emp-1").get(0);

    // THEN each rater's mean of the months they rated, a month without them is no 0:
    //      manager 14 ÷ 3 = 4.666666666666667 (16 digits), Wang 7 ÷ 2 = 3.5, Li 5
    assertThat(q3.parts()).containsExactly(
        entry("manager", new BigDecimal("4.666666666666667")),
        entry("peer.wang", new BigDecimal("3.5")),
        entry("peer.li", new BigDecimal("5")));
  }

  @Test
  void a_part_that_cannot_be_aggregated_is_an_error_naming_subject_indicator_part_and_months() {
    // GIVEN a LAST indicator (SKU count) with a part "slow-movers" in July and September
    List<Measurement> monthly =
        List.of(
            m("skus", JUL, "120").withPart("slow-movers", 7),
            m("skus", AUG, "125"),
            m("skus", SEP, "128").withPart("slow-movers", 9));
    // WHEN rolled up; THEN refused rather than dropped
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'skus', field 'parts.slow-movers': 7 in 2026-07, 9 in"
                + " 2026-09 cannot be aggregated: the indicator aggregates as LAST, for which parts"
                + " have no roll-up; declare one with parts(\"skus\", PartAggregation.SUM or MEAN)");
  }

  @Test
  void a_ratio_of_sums_becomes_a_ratio_measurement_of_the_quarter() {
    // GIVEN 300/10 000 and 50/1 000 and 450/15 000
    List<Measurement> monthly =
        List.of(ratio("cvr", JUL, 300, 10_000), ratio("cvr", AUG, 50, 1_000), ratio("cvr", SEP, 450, 15_000));
    // WHEN turned into a measurement
    Measurement q3 = AGGREGATOR.aggregate(monthly, Q3).measurementsOf("emp-1").get(0);
    // THEN it is a 2026-Q3 ratio 800 / 26 000 that keeps its parts
    assertThat(q3.period()).isEqualTo(Q3);
    assertThat(q3.isRatio()).isTrue();
    assertThat(q3.numerator()).isEqualByComparingTo("800");
    assertThat(q3.denominator()).isEqualByComparingTo("26000");
    assertThat(q3.value()).isEqualByComparingTo("0.03076923076923077");
  }

  @Test
  void a_mean_divides_by_the_months_to_sixteen_digits() {
    // GIVEN CSAT 4.5, 4.7, 4.9 and another subject's 1, 2, 2
    List<Measurement> monthly =
        List.of(
            m("csat", JUL, "4.5"), m("csat", AUG, "4.7"), m("csat", SEP, "4.9"),
            Measurement.of("emp-2", "csat", JUL, 1), Measurement.of("emp-2", "csat", AUG, 2),
            Measurement.of("emp-2", "csat", SEP, 2));
    AggregationResult result = AGGREGATOR.aggregate(monthly, Q3);
    // THEN 14.1 / 3 = 4.7 and 5 / 3 = 1.666… → 1.666666666666667 (DECIMAL64, half-even)
    assertThat(result.find("emp-1", "csat").orElseThrow().value()).isEqualByComparingTo("4.7");
    assertThat(result.find("emp-2", "csat").orElseThrow().value())
        .isEqualByComparingTo("1.666666666666667");
  }

  @Test
  void last_min_and_max_pick_the_right_month() {
    // GIVEN SKU counts 120, 135, 128 and response times 30, 25, 41 seconds
    List<Measurement> monthly =
        List.of(
            m("skus", JUL, "120"), m("skus", SEP, "128"), m("skus", AUG, "135"),
            m("fastest", JUL, "30"), m("fastest", AUG, "25"), m("fastest", SEP, "41"),
            m("slowest", JUL, "30"), m("slowest", AUG, "25"), m("slowest", SEP, "41"));
    AggregationResult result = AGGREGATOR.aggregate(monthly, Q3);
    // THEN LAST is September's 128 whatever the input order, MIN 25, MAX 41
    assertThat(result.find("emp-1", "skus").orElseThrow().value()).isEqualByComparingTo("128");
    assertThat(result.find("emp-1", "fastest").orElseThrow().value()).isEqualByComparingTo("25");
    assertThat(result.find("emp-1", "slowest").orElseThrow().value()).isEqualByComparingTo("41");
  }

  @Test
  void a_missing_month_is_flagged_and_not_silently_averaged() {
    // GIVEN no August for GMV, CSAT and SKU count
    List<Measurement> monthly =
        List.of(
            m("gmv", JUL, "100"), m("gmv", SEP, "300"),
            m("csat", JUL, "4"), m("csat", SEP, "5"),
            m("skus", JUL, "120"), m("skus", AUG, "135"));
    // WHEN flagged (the default)
    AggregationResult result = AGGREGATOR.aggregate(monthly, Q3);
    // THEN each aggregate says which months it lacks; the sum is the partial 400, the mean of
    //      the two months present is 4.5, LAST is August's 135 as September is missing
    Aggregate gmv = result.find("emp-1", "gmv").orElseThrow();
    assertThat(gmv.missingMonths()).containsExactly(AUG);
    assertThat(gmv.months()).containsExactly(JUL, SEP);
    assertThat(gmv.value()).isEqualByComparingTo("400");
    assertThat(result.find("emp-1", "csat").orElseThrow().value()).isEqualByComparingTo("4.5");
    Aggregate skus = result.find("emp-1", "skus").orElseThrow();
    assertThat(skus.value()).isEqualByComparingTo("135");
    assertThat(skus.missingMonths()).containsExactly(SEP);
    assertThat(result.isComplete()).isFalse();
    assertThat(result.incomplete()).hasSize(3);
  }

  @Test
  void a_missing_month_fails_when_the_caller_forbids_incomplete_periods() {
    List<Measurement> monthly = List.of(m("gmv", JUL, "100"));
    assertThatThrownBy(
            () -> AGGREGATOR.incomplete(IncompletePolicy.FAIL).aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'months': 2026-08, 2026-09 are missing from"
                + " 2026-Q3 (incomplete periods are not allowed)");
    List<Measurement> one = List.of(m("gmv", JUL, "100"), m("gmv", SEP, "100"));
    assertThatThrownBy(() -> AGGREGATOR.incomplete(IncompletePolicy.FAIL).aggregate(one, Q3))
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'months': 2026-08 is missing from"
                + " 2026-Q3 (incomplete periods are not allowed)");
  }

  @Test
  void months_roll_up_to_a_half_year_and_a_year() {
    // GIVEN GMV of 1, 2, …, 12 for the months of 2026
    List<Measurement> monthly = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      monthly.add(m("gmv", Period.month(2026, month), Integer.toString(month)));
    }
    // WHEN rolled up to the year and to each half
    Aggregate year = AGGREGATOR.aggregate(monthly, Period.year(2026)).aggregates().get(0);
    List<AggregationResult> halves = AGGREGATOR.aggregateEach(monthly, PeriodType.HALF_YEAR);
    // THEN 1 + … + 12 = 78; H1 = 1 + … + 6 = 21, H2 = 7 + … + 12 = 57
    assertThat(year.value()).isEqualByComparingTo("78");
    assertThat(halves).extracting(AggregationResult::period)
        .containsExactly(Period.parse("2026-H1"), Period.parse("2026-H2"));
    assertThat(halves.get(0).aggregates().get(0).value()).isEqualByComparingTo("21");
    assertThat(halves.get(1).aggregates().get(0).value()).isEqualByComparingTo("57");
    // AND by quarter: 6, 15, 24, 33
    assertThat(AGGREGATOR.aggregateEach(monthly, PeriodType.QUARTER))
        .extracting(r -> r.aggregates().get(0).value().toPlainString())
        .containsExactly("6", "15", "24", "33");
  }

  @Test
  void a_whole_company_is_aggregated_in_one_call_sorted_by_subject_and_indicator() {
    // GIVEN three subjects with two indicators, given in scrambled order
    List<Measurement> monthly = new ArrayList<>();
    for (String subject : new String[] {"emp-3", "emp-1", "emp-2"}) {
      for (Period month : Q3.months()) {
        monthly.add(Measurement.of(subject, "gmv", month, 10));
        monthly.add(Measurement.ratio(subject, "cvr", month, 1, 20));
      }
    }
    // WHEN aggregated
    AggregationResult result = AGGREGATOR.aggregate(monthly, Q3);
    // THEN one aggregate per subject and indicator, sorted; each GMV is 30, each CVR 3/60 = 0.05
    assertThat(result.aggregates())
        .extracting(a -> a.subjectId() + "/" + a.indicatorId())
        .containsExactly(
            "emp-1/cvr", "emp-1/gmv", "emp-2/cvr", "emp-2/gmv", "emp-3/cvr", "emp-3/gmv");
    assertThat(result.measurements()).hasSize(6);
    assertThat(result.find("emp-2", "gmv").orElseThrow().value()).isEqualByComparingTo("30");
    assertThat(result.find("emp-3", "cvr").orElseThrow().value()).isEqualByComparingTo("0.05");
  }

  @Test
  void a_measurement_that_is_not_monthly_is_rejected() {
    List<Measurement> monthly = List.of(Measurement.of("emp-1", "gmv", Q3, 10));
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'period': 2026-Q3 is not a month: only"
                + " monthly measurements roll up to 2026-Q3");
    assertThatThrownBy(() -> AGGREGATOR.aggregateEach(monthly, PeriodType.YEAR))
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'period': 2026-Q3 is not a month: only"
                + " monthly measurements roll up to YEAR");
  }

  @Test
  void a_month_outside_the_target_period_is_rejected() {
    List<Measurement> monthly = List.of(m("gmv", Period.parse("2026-10"), "10"));
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'period': 2026-10 is outside the target"
                + " period 2026-Q3");
  }

  @Test
  void an_unknown_indicator_is_rejected() {
    List<Measurement> monthly = List.of(m("refunds", JUL, "10"));
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'refunds', field 'indicatorId': refunds is not one of the"
                + " aggregator's indicators");
  }

  @Test
  void a_ratio_of_sums_without_numerator_and_denominator_names_subject_indicator_and_month() {
    List<Measurement> monthly = List.of(ratio("cvr", JUL, 3, 100), m("cvr", AUG, "0.03"));
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'cvr', field 'numerator' is missing for 2026-08:"
                + " the indicator aggregates as RATIO_OF_SUMS, so every month needs its numerator"
                + " and denominator");
  }

  @Test
  void a_month_measured_twice_is_rejected_with_both_values() {
    List<Measurement> monthly = List.of(m("gmv", JUL, "100"), m("gmv", JUL, "200.50"));
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'period': 2026-07 has two measurements (100"
                + " and 200.5)");
  }

  @Test
  void denominators_that_sum_to_zero_are_rejected() {
    // GIVEN 1/2 and 1/−2: each month is defined, their sum of denominators is 0
    List<Measurement> monthly = List.of(ratio("cvr", JUL, 1, 2), ratio("cvr", AUG, 1, -2));
    assertThatThrownBy(() -> AGGREGATOR.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'cvr', field 'denominator': 0 is the sum of the"
                + " denominators over 2026-Q3: the ratio of sums is undefined");
  }

  @Test
  void a_month_is_not_a_target_period() {
    assertThatThrownBy(() -> AGGREGATOR.aggregate(List.of(), JUL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target period 2026-07 is a month: aggregate to a quarter, half-year or year");
    assertThatThrownBy(() -> AGGREGATOR.aggregateEach(List.of(), PeriodType.MONTH))
        .hasMessage("period type MONTH is not an aggregate: use QUARTER, HALF_YEAR or YEAR");
  }

  @Test
  void two_different_indicators_with_one_id_are_rejected() {
    Indicator other = Indicator.builder("gmv").unit(Unit.COUNT).aggregation(Aggregation.MAX).build();
    assertThatThrownBy(() -> PeriodAggregator.of(List.of(GMV, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator id 'gmv' is used by two different indicators");
    // the same indicator twice is harmless
    assertThat(PeriodAggregator.of(List.of(GMV, GMV)).incompletePolicy())
        .isEqualTo(IncompletePolicy.FLAG);
  }

  @Test
  void an_aggregate_whose_months_do_not_make_up_its_period_is_rejected() {
    assertThatThrownBy(
            () ->
                new Aggregate(
                    "emp-1", "gmv", Q3, Aggregation.SUM, BigDecimal.ONE, null, null,
                    List.of(JUL), List.of(AUG)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "aggregate of 'gmv' for 'emp-1': months [2026-07] and missing months [2026-08] do not"
                + " make up 2026-Q3");
  }
}

package dev.yardstick.tracking.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectPolicyTest {

  static final Indicator GMV = Indicator.builder("gmv").unit(Unit.CURRENCY).build(); // SUM
  static final Indicator CVR = Indicator.builder("cvr").unit(Unit.RATIO).build(); // RATIO_OF_SUMS
  static final Indicator CSAT = Indicator.builder("csat").unit(Unit.SCORE).build(); // MEAN
  static final Indicator SKUS =
      Indicator.builder("skus").unit(Unit.COUNT).aggregation(Aggregation.LAST).build();
  static final Period Q3 = Period.parse("2026-Q3");
  static final Period JUL = Period.parse("2026-07");
  static final Period AUG = Period.parse("2026-08");
  static final Period SEP = Period.parse("2026-09");

  static final PeriodAggregator COMPANY =
      PeriodAggregator.of(List.of(GMV, CVR, CSAT, SKUS))
          .forSubjects(List.of("emp-1", "emp-2", "emp-3"))
          .rejections(RejectionPolicy.COLLECT);

  static Measurement gmv(String subject, Period month, int value) {
    return Measurement.of(subject, "gmv", month, value);
  }

  @Test
  void a_duplicate_month_an_unknown_indicator_and_a_leaver_are_rejected_and_the_rest_aggregated() {
    // GIVEN a company's quarter with three bad rows among good ones
    List<Measurement> monthly =
        List.of(
            gmv("emp-1", JUL, 100), gmv("emp-1", AUG, 200), gmv("emp-1", SEP, 300),
            gmv("emp-2", JUL, 10), gmv("emp-2", JUL, 11), gmv("emp-2", AUG, 20),
            Measurement.of("emp-3", "refunds", JUL, 5), gmv("emp-3", SEP, 7),
            gmv("emp-9", JUL, 1000));

    // WHEN aggregated collecting the bad rows
    AggregationResult q3 = COMPANY.aggregate(monthly, Q3);

    // THEN emp-1 sums 100 + 200 + 300 = 600; emp-2's contradictory July is left out, so August's
    //      20 remains and July is flagged missing; emp-3's GMV is September's 7
    assertThat(q3.find("emp-1", "gmv").orElseThrow().value()).isEqualByComparingTo("600");
    Aggregate emp2 = q3.find("emp-2", "gmv").orElseThrow();
    assertThat(emp2.value()).isEqualByComparingTo("20");
    assertThat(emp2.missingMonths()).containsExactly(JUL, SEP);
    assertThat(q3.find("emp-3", "gmv").orElseThrow().value()).isEqualByComparingTo("7");
    // AND each refused row comes back in input order with its reason and message
    assertThat(q3.rejected())
        .extracting(r -> r.measurement().subjectId(), RejectedMeasurement::reason)
        .containsExactly(
            tuple("emp-2", RejectionReason.DUPLICATE_MONTH),
            tuple("emp-2", RejectionReason.DUPLICATE_MONTH),
            tuple("emp-3", RejectionReason.UNKNOWN_INDICATOR),
            tuple("emp-9", RejectionReason.OUTSIDE_BATCH));
    assertThat(q3.rejected().get(0).measurement()).isSameAs(monthly.get(3));
    assertThat(q3.rejected().get(1).measurement()).isSameAs(monthly.get(4));
    assertThat(q3.rejected().get(0).message())
        .isEqualTo(
            "subject 'emp-2', indicator 'gmv', field 'period': 2026-07 has 2 measurements (10 and"
                + " 11): none of them is aggregated");
    assertThat(q3.rejected().get(2).message())
        .isEqualTo(
            "subject 'emp-3', indicator 'refunds', field 'indicatorId': refunds is not one of the"
                + " aggregator's indicators");
    assertThat(q3.rejected().get(3).message())
        .isEqualTo(
            "subject 'emp-9', indicator 'gmv', field 'subjectId': emp-9 is not one of the batch's"
                + " subjects (a leaver?): the measurement of 2026-07 is not aggregated");
    assertThat(q3.rejectedOf("emp-2")).hasSize(2);
    assertThat(q3.rejectedOf("emp-1")).isEmpty();
    // AND the rows add up: 3 + 1 + 1 aggregated months and 4 rejected rows are the 9 given
    assertThat(q3.aggregates()).extracting(a -> a.months().size()).containsExactly(3, 1, 1);
    assertThat(q3.rowCount()).isEqualTo(9).isEqualTo(monthly.size());
  }

  @Test
  void the_default_stays_strict_and_fails_on_the_first_bad_row() {
    // GIVEN the same batch with the default policy
    PeriodAggregator strict =
        PeriodAggregator.of(List.of(GMV)).forSubjects(List.of("emp-1"));
    assertThat(strict.rejectionPolicy()).isEqualTo(RejectionPolicy.FAIL_FAST);
    assertThat(strict.subjects()).contains(java.util.Set.of("emp-1"));
    assertThat(PeriodAggregator.of(List.of(GMV)).subjects()).isEmpty();
    List<Measurement> monthly = List.of(gmv("emp-1", JUL, 1), gmv("emp-40", JUL, 2));
    // WHEN aggregated; THEN the leaver's row fails the call
    assertThatThrownBy(() -> strict.aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-40', indicator 'gmv', field 'subjectId': emp-40 is not one of the"
                + " batch's subjects (a leaver?): the measurement of 2026-07 is not aggregated");
    // AND without a batch every subject is aggregated
    assertThat(PeriodAggregator.of(List.of(GMV)).aggregate(monthly, Q3).aggregates()).hasSize(2);
  }

  @Test
  void every_kind_of_bad_row_is_rejected_with_its_reason_and_the_counts_add_up() {
    // GIVEN one row of each kind a row can be refused for, beside emp-1's good CSAT
    List<Measurement> monthly =
        List.of(
            Measurement.of("emp-1", "csat", JUL, 4),
            Measurement.of("emp-1", "gmv", Q3, 5),                       // not monthly
            Measurement.of("emp-1", "gmv", Period.parse("2026-10"), 5),  // outside the quarter
            Measurement.of("emp-1", "cvr", JUL, 0.03),                   // rate without n/d
            Measurement.ratio("emp-1", "csat", AUG, 4, 5),               // rate under MEAN
            Measurement.ratio("emp-2", "cvr", JUL, 1, 2),                // Σ denominators = 0
            Measurement.ratio("emp-2", "cvr", AUG, 1, -2),
            Measurement.of("emp-3", "skus", JUL, 5).withPart("slow", 1)); // part without roll-up

    // WHEN aggregated collecting
    AggregationResult q3 = COMPANY.aggregate(monthly, Q3);

    // THEN only emp-1's CSAT is aggregated and each other row has its reason, in input order
    assertThat(q3.aggregates()).extracting(Aggregate::indicatorId).containsExactly("csat");
    assertThat(q3.rejected())
        .extracting(RejectedMeasurement::reason)
        .containsExactly(
            RejectionReason.NOT_MONTHLY,
            RejectionReason.OUTSIDE_PERIOD,
            RejectionReason.NOT_A_RATIO,
            RejectionReason.RATE_UNDER_MEAN,
            RejectionReason.ZERO_DENOMINATOR,
            RejectionReason.ZERO_DENOMINATOR,
            RejectionReason.PART_NOT_AGGREGABLE);
    assertThat(q3.rejected().get(4).message())
        .isEqualTo(
            "subject 'emp-2', indicator 'cvr', field 'denominator': 0 is the sum of the"
                + " denominators over 2026-Q3: the ratio of sums is undefined");
    assertThat(q3.rowCount()).isEqualTo(monthly.size());
  }

  @Test
  void an_incomplete_period_under_fail_rejects_every_row_of_that_indicator() {
    // GIVEN emp-1's complete GMV and emp-2's GMV without September
    List<Measurement> monthly = new ArrayList<>();
    for (Period month : Q3.months()) {
      monthly.add(gmv("emp-1", month, 1));
    }
    monthly.add(gmv("emp-2", JUL, 1));
    monthly.add(gmv("emp-2", AUG, 1));
    // WHEN incomplete periods fail and bad rows are collected
    AggregationResult q3 = COMPANY.incomplete(IncompletePolicy.FAIL).aggregate(monthly, Q3);
    // THEN emp-1 is aggregated (1 + 1 + 1 = 3) and emp-2's two rows are rejected as incomplete
    assertThat(q3.aggregates()).extracting(Aggregate::subjectId).containsExactly("emp-1");
    assertThat(q3.find("emp-1", "gmv").orElseThrow().value()).isEqualByComparingTo("3");
    assertThat(q3.rejected())
        .extracting(RejectedMeasurement::reason)
        .containsExactly(RejectionReason.INCOMPLETE_PERIOD, RejectionReason.INCOMPLETE_PERIOD);
    assertThat(q3.rejected().get(0).message())
        .isEqualTo(
            "subject 'emp-2', indicator 'gmv', field 'months': 2026-09 is missing from 2026-Q3"
                + " (incomplete periods are not allowed)");
    assertThat(q3.rowCount()).isEqualTo(5);
  }

  @Test
  void a_month_measured_three_times_rejects_all_three_and_leaves_no_aggregate() {
    List<Measurement> monthly = List.of(gmv("emp-1", JUL, 1), gmv("emp-1", JUL, 2), gmv("emp-1", JUL, 3));
    AggregationResult q3 = COMPANY.aggregate(monthly, Q3);
    assertThat(q3.aggregates()).isEmpty();
    assertThat(q3.rejected()).hasSize(3);
    assertThat(q3.rejected().get(2).message())
        .isEqualTo(
            "subject 'emp-1', indicator 'gmv', field 'period': 2026-07 has 3 measurements (1 and 2"
                + " and 3): none of them is aggregated");
  }

  @Test
  void aggregating_each_quarter_keeps_each_rejection_in_its_quarter() {
    // GIVEN a year's GMV with a quarterly row in Q2 and a leaver's row in Q4
    List<Measurement> monthly = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      monthly.add(gmv("emp-1", Period.month(2026, month), month));
    }
    monthly.add(Measurement.of("emp-1", "gmv", Period.parse("2026-Q2"), 99));
    monthly.add(gmv("emp-7", Period.month(2026, 11), 99));
    // WHEN each quarter is aggregated collecting
    List<AggregationResult> quarters = COMPANY.aggregateEach(monthly, PeriodType.QUARTER);
    // THEN the four quarters sum 6, 15, 24, 33; Q2 rejects the quarterly row, Q4 the leaver
    assertThat(quarters)
        .extracting(r -> r.find("emp-1", "gmv").orElseThrow().value().toPlainString())
        .containsExactly("6", "15", "24", "33");
    assertThat(quarters).extracting(r -> r.rejected().size()).containsExactly(0, 1, 0, 1);
    assertThat(quarters.get(1).rejected().get(0).reason()).isEqualTo(RejectionReason.NOT_MONTHLY);
    assertThat(quarters.get(3).rejected().get(0).reason())
        .isEqualTo(RejectionReason.OUTSIDE_BATCH);
    assertThat(quarters.stream().mapToInt(AggregationResult::rowCount).sum())
        .isEqualTo(monthly.size());
  }

  @Test
  void a_rejected_measurement_needs_a_reason_and_a_message() {
    Measurement row = gmv("emp-1", JUL, 1);
    assertThatThrownBy(() -> new RejectedMeasurement(row, RejectionReason.DUPLICATE_MONTH, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rejected measurement of 'gmv' for 'emp-1' needs a message");
    assertThat(new AggregationResult(Q3, List.of()).rejected()).isEmpty();
    List<RejectedMeasurement> list = new ArrayList<>();
    list.add(new RejectedMeasurement(row, RejectionReason.DUPLICATE_MONTH, "twice"));
    AggregationResult result = new AggregationResult(Q3, List.of(), list);
    list.clear();
    assertThat(result.rejected()).hasSize(1);
    assertThat(result.rowCount()).isEqualTo(1);
  }
}

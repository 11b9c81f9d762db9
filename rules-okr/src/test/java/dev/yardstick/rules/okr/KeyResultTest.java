package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyResultTest {

  static final ConfidenceScale TEN = ConfidenceScale.ZERO_TO_TEN;
  static final LocalDate JUL_31 = LocalDate.of(2026, 7, 31);
  static final LocalDate AUG_31 = LocalDate.of(2026, 8, 31);
  static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

  @Test
  void an_increasing_metric_progresses_by_its_share_of_the_way_from_start_to_target() {
    // GIVEN launch 12 new products, from 0, with 9 launched at the last check-in
    KeyResult kr =
        KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
            .checkIn(SEP_30, 9, 8, TEN);

    // WHEN / THEN (9 − 0) ÷ (12 − 0) = 0.75
    assertThat(kr.measure())
        .isInstanceOfSatisfying(Measure.Metric.class, m -> assertThat(m.isIncreasing()).isTrue());
    assertThat(kr.current()).isEqualTo(9);
    assertThat(kr.progress()).isEqualTo(0.75);
  }

  @Test
  void a_decreasing_metric_progresses_as_the_value_falls_towards_the_target() {
    // GIVEN cut the return rate from 8% to 5%; it is 6.5% now
    KeyResult kr =
        KeyResult.metric("kr-returns", "Return rate down to 5%", 1, 0.08, 0.05)
            .checkIn(SEP_30, 0.065, 6, TEN);

    // WHEN / THEN (0.065 − 0.08) ÷ (0.05 − 0.08) = −0.015 ÷ −0.03 = 0.5
    assertThat(((Measure.Metric) kr.measure()).isIncreasing()).isFalse();
    assertThat(kr.progress()).isEqualTo(0.5);
  }

  @Test
  void a_decreasing_metric_two_thirds_of_the_way_scores_two_thirds() {
    // GIVEN from 8% to 5%, now 6%
    KeyResult kr =
        KeyResult.metric("kr-returns", "Return rate down to 5%", 1, 0.08, 0.05)
            .checkIn(SEP_30, 0.06, 6, TEN);

    // WHEN / THEN (0.06 − 0.08) ÷ (0.05 − 0.08) = −0.02 ÷ −0.03 = 2/3
    assertThat(kr.progress()).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void a_value_that_moved_the_wrong_way_scores_zero_in_either_direction() {
    // GIVEN an increasing metric that fell and a decreasing one that rose
    KeyResult up =
        KeyResult.metric("kr-up", "Orders up to 20", 1, 10, 20).checkIn(SEP_30, 8, 3, TEN);
    KeyResult down =
        KeyResult.metric("kr-down", "Return rate down to 5%", 1, 0.08, 0.05)
            .checkIn(SEP_30, 0.09, 3, TEN);

    // WHEN / THEN (8 − 10) ÷ 10 = −0.2 and (0.09 − 0.08) ÷ −0.03 = −1/3 both floor at 0
    assertThat(up.progress()).isZero();
    assertThat(down.progress()).isZero();
    assertThat(up.progress(Overshoot.RECORD)).isZero();
    assertThat(down.progress(Overshoot.RECORD)).isZero();
  }

  @Test
  void progress_past_the_target_is_clamped_to_one_unless_overshoot_is_recorded() {
    // GIVEN 15 products launched against a target of 12
    KeyResult kr =
        KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
            .checkIn(SEP_30, 15, 10, TEN);

    // WHEN / THEN clamped: 1; recorded: 15 ÷ 12 = 1.25
    assertThat(kr.progress()).isEqualTo(1.0);
    assertThat(kr.progress(Overshoot.CLAMP)).isEqualTo(1.0);
    assertThat(kr.progress(Overshoot.RECORD)).isEqualTo(1.25);
  }

  @Test
  void a_metric_from_a_negative_start_to_a_zero_target_works() {
    // GIVEN a net promoter score from −20 to 0, now −5
    KeyResult kr = KeyResult.metric("kr-nps", "NPS to 0", 1, -20, 0).checkIn(SEP_30, -5, 5, TEN);

    // WHEN / THEN (−5 − (−20)) ÷ (0 − (−20)) = 15 ÷ 20 = 0.75
    assertThat(kr.progress()).isEqualTo(0.75);
  }

  @Test
  void progress_is_computed_on_the_decimals_as_typed_so_seven_tenths_is_exactly_seven_tenths() {
    // GIVEN conversion from 3% to 5%, now 4.4%: binary doubles give (0.044 − 0.03) ÷ (0.05 − 0.03)
    // = 0.6999999999999998, which would grade yellow
    KeyResult kr =
        KeyResult.metric("kr-cvr", "Conversion to 5%", 1, 0.03, 0.05)
            .checkIn(SEP_30, 0.044, 7, TEN);

    // WHEN / THEN 0.014 ÷ 0.02 = 0.7 exactly, which grades green and lands in the target zone
    assertThat((0.044 - 0.03) / (0.05 - 0.03)).isLessThan(0.7);
    assertThat(kr.progress()).isEqualTo(0.7);
    assertThat(ColourBands.DEFAULT.colour(kr.progress())).isEqualTo(Colour.GREEN);
    assertThat(ZoneModel.DEFAULT.zone(kr)).isEqualTo(Zone.TARGET);
  }

  @Test
  void without_check_ins_the_current_value_is_the_baseline() {
    // GIVEN key results without check-ins
    KeyResult metric = KeyResult.metric("kr-m", "From 5 to 10", 1, 5, 10);
    KeyResult milestone = KeyResult.milestone("kr-ms", "Open the flagship store", 1);
    KeyResult percent = KeyResult.percentComplete("kr-pc", "Migrate the catalogue", 1);

    // WHEN / THEN the metric's start and 0 otherwise, all at progress 0
    assertThat(metric.current()).isEqualTo(5);
    assertThat(metric.latestCheckIn()).isEmpty();
    assertThat(metric.progress()).isZero();
    assertThat(milestone.current()).isZero();
    assertThat(milestone.progress()).isZero();
    assertThat(percent.current()).isZero();
    assertThat(percent.progress()).isZero();
  }

  @Test
  void the_latest_check_in_by_date_gives_the_current_value_whatever_the_order_added() {
    // GIVEN check-ins added out of date order
    KeyResult kr =
        KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
            .checkIn(SEP_30, 9, 8, TEN)
            .checkIn(JUL_31, 3, 7, TEN)
            .checkIn(AUG_31, 7, 6, TEN);

    // WHEN / THEN the history is sorted by date and the September value is current: 9 ÷ 12
    assertThat(kr.checkIns()).extracting(CheckIn::date).containsExactly(JUL_31, AUG_31, SEP_30);
    assertThat(kr.current()).isEqualTo(9);
    assertThat(kr.progress()).isEqualTo(0.75);
  }

  @Test
  void of_two_check_ins_on_the_same_date_the_one_added_later_wins() {
    // GIVEN a check-in of 6 and a same-day correction to 7
    KeyResult kr =
        KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
            .checkIn(AUG_31, 6, 6, TEN)
            .checkIn(AUG_31, 7, 6, TEN)
            .checkIn(JUL_31, 3, 7, TEN);

    // WHEN / THEN both are kept, in the order added, and the correction is current: 7 ÷ 12
    assertThat(kr.checkIns()).extracting(CheckIn::value).containsExactly(3.0, 6.0, 7.0);
    assertThat(kr.current()).isEqualTo(7);
    assertThat(kr.latestCheckIn(AUG_31)).map(CheckIn::value).contains(7.0);
  }

  @Test
  void progress_as_of_a_date_uses_the_latest_check_in_on_or_before_it() {
    // GIVEN 3 launched by 31 July and 6 by 31 August
    KeyResult kr =
        KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
            .checkIn(JUL_31, 3, 7, TEN)
            .checkIn(AUG_31, 6, 6, TEN);

    // WHEN / THEN 30 Aug: 3 ÷ 12 = 0.25; 31 Aug: 6 ÷ 12 = 0.5; 1 July: baseline 0
    assertThat(kr.progressAsOf(LocalDate.of(2026, 8, 30))).isEqualTo(0.25);
    assertThat(kr.progressAsOf(AUG_31)).isEqualTo(0.5);
    assertThat(kr.progressAsOf(LocalDate.of(2026, 7, 1))).isZero();
    assertThat(kr.currentAsOf(LocalDate.of(2026, 7, 1))).isZero();
    assertThat(kr.latestCheckIn(LocalDate.of(2026, 7, 1))).isEmpty();
  }

  @Test
  void a_milestone_is_done_at_one_and_not_done_at_zero() {
    // GIVEN a milestone checked in as not done, then done
    KeyResult open =
        KeyResult.milestone("kr-store", "Open the flagship store", 1).checkIn(JUL_31, 0, 5, TEN);
    KeyResult done = open.checkIn(AUG_31, 1, 10, TEN);

    // WHEN / THEN 0 then 1
    assertThat(open.progress()).isZero();
    assertThat(done.progress()).isEqualTo(1.0);
  }

  @Test
  void percent_complete_progresses_by_the_value_over_one_hundred() {
    // GIVEN 45% of the catalogue migrated
    KeyResult kr =
        KeyResult.percentComplete("kr-pc", "Migrate the catalogue", 1).checkIn(AUG_31, 45, 6, TEN);

    // WHEN / THEN 45 ÷ 100 = 0.45
    assertThat(kr.progress()).isEqualTo(0.45);
  }

  @Test
  void archiving_keeps_the_history() {
    // GIVEN a key result with a check-in
    KeyResult kr =
        KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
            .checkIn(JUL_31, 3, 7, TEN);

    // WHEN archived
    KeyResult archived = kr.archive();

    // THEN it is marked and keeps its check-ins
    assertThat(kr.archived()).isFalse();
    assertThat(archived.archived()).isTrue();
    assertThat(archived.checkIns()).isEqualTo(kr.checkIns());
  }

  @Test
  void a_metric_whose_start_equals_its_target_is_rejected_naming_the_key_result() {
    assertThatThrownBy(() -> KeyResult.metric("kr-flat", "Keep 5", 1, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result 'kr-flat': metric start and target must differ, got start=5 and target=5:"
                + " nothing to move means no progress to measure (use a milestone)");
    assertThatThrownBy(() -> new Measure.Metric(0, -0.0))
        .hasMessage(
            "metric start and target must differ, got start=0 and target=0: nothing to move means"
                + " no progress to measure (use a milestone)");
  }

  @Test
  void a_metric_with_a_non_finite_start_or_target_is_rejected() {
    assertThatThrownBy(() -> new Measure.Metric(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric start must be a finite number, got NaN");
    assertThatThrownBy(() -> new Measure.Metric(0, Double.POSITIVE_INFINITY))
        .hasMessage("metric target must be a finite number, got Infinity");
  }

  @Test
  void a_milestone_check_in_other_than_zero_or_one_is_rejected() {
    KeyResult kr = KeyResult.milestone("kr-store", "Open the flagship store", 1);
    assertThatThrownBy(() -> kr.checkIn(JUL_31, 0.5, 5, TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result 'kr-store': a milestone check-in value must be 1 (done) or 0 (not done),"
                + " got 0.5 on 2026-07-31");
  }

  @Test
  void a_percent_complete_check_in_outside_zero_to_one_hundred_is_rejected() {
    KeyResult kr = KeyResult.percentComplete("kr-pc", "Migrate the catalogue", 1);
    assertThatThrownBy(() -> kr.checkIn(JUL_31, 120, 5, TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result 'kr-pc': a percent-complete check-in value must be 0 to 100, got 120 on"
                + " 2026-07-31");
    assertThatThrownBy(() -> kr.checkIn(JUL_31, -1, 5, TEN))
        .hasMessage(
            "key result 'kr-pc': a percent-complete check-in value must be 0 to 100, got -1 on"
                + " 2026-07-31");
  }

  @Test
  void a_weight_that_is_not_positive_is_rejected_naming_the_key_result() {
    assertThatThrownBy(() -> KeyResult.metric("kr-1", "Launch", 0, 0, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result 'kr-1' weight must be greater than 0, got 0");
    assertThatThrownBy(() -> KeyResult.milestone("kr-1", "Launch", -2))
        .hasMessage("key result 'kr-1' weight must be greater than 0, got -2");
    assertThatThrownBy(() -> KeyResult.milestone("kr-1", "Launch", Double.NaN))
        .hasMessage("key result 'kr-1' weight must be a finite number, got NaN");
  }

  @Test
  void a_blank_title_or_a_malformed_id_is_rejected() {
    assertThatThrownBy(() -> KeyResult.milestone("kr-1", " ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result 'kr-1' title must not be blank, got ' '");
    assertThatThrownBy(() -> KeyResult.milestone("kr 1", "Launch", 1))
        .hasMessage(
            "key result id must be 1 to 128 letters, digits, '.', '_' or '-' starting with a"
                + " letter or digit, got 'kr 1'");
  }

  @Test
  void raw_measure_progress_is_neither_floored_nor_clamped() {
    // GIVEN the measures themselves
    Measure.Metric metric = new Measure.Metric(10, 20);

    // WHEN / THEN (5 − 10) ÷ 10 = −0.5 and (25 − 10) ÷ 10 = 1.5; 150% complete is 1.5
    assertThat(metric.progress(5)).isEqualTo(-0.5);
    assertThat(metric.progress(25)).isEqualTo(1.5);
    assertThat(metric.baseline()).isEqualTo(10);
    assertThat(new Measure.PercentComplete().progress(150)).isEqualTo(1.5);
    assertThat(new Measure.Milestone().progress(1)).isEqualTo(1);
  }

  @Test
  void check_ins_are_kept_in_an_immutable_history() {
    KeyResult kr = KeyResult.metric("kr-launch", "Launch", 1, 0, 12).checkIn(JUL_31, 3, 7, TEN);
    List<CheckIn> history = kr.checkIns();
    assertThatThrownBy(() -> history.add(CheckIn.of(AUG_31, 4, 7, TEN)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

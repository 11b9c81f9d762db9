package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrSetTest {

  static final ConfidenceScale TEN = ConfidenceScale.ZERO_TO_TEN;
  static final Period Q3 = Period.parse("2026-Q3");
  static final Period Q4 = Period.parse("2026-Q4");

  /** An objective of {@code owner} with one key result from 0 to 100 at {@code current}. */
  static Objective.Builder objective(String id, String owner, Period period, double current) {
    return Objective.builder(id, "Objective " + id)
        .owner(owner)
        .period(period)
        .keyResult(
            KeyResult.metric(id + "-kr", "Reach 100", 1, 0, 100)
                .checkIn(period.end(), current, 5, TEN));
  }

  @Test
  void the_owner_score_is_the_weighted_mean_of_their_objective_scores() {
    // GIVEN objectives of weight 2 at 0.5 and weight 1 at 0.8
    OkrSet okrs =
        OkrSet.of(
            objective("a", "emp-1", Q3, 50).weight(2).build(),
            objective("b", "emp-1", Q3, 80).weight(1).build());

    // WHEN / THEN (2 × 0.5 + 1 × 0.8) ÷ 3 = 1.8 ÷ 3 = 0.6
    assertThat(okrs.ownerScore("emp-1", Q3)).isEqualTo(0.6);
  }

  @Test
  void archived_objectives_other_owners_and_other_periods_do_not_count() {
    // GIVEN emp-1's Q3 objective at 0.4, beside an archived one, another owner's and a Q4 one
    OkrSet okrs =
        OkrSet.of(
            objective("a", "emp-1", Q3, 40).build(),
            objective("b", "emp-1", Q3, 100).archived().build(),
            objective("c", "emp-2", Q3, 100).build(),
            objective("d", "emp-1", Q4, 100).build());

    // WHEN / THEN only a: 0.4
    assertThat(okrs.ownerScore("emp-1", Q3)).isEqualTo(0.4);
    assertThat(okrs.objectivesOf("emp-1", Q3)).extracting(Objective::id).containsExactly("a");
  }

  @Test
  void a_year_takes_the_objectives_of_its_quarters() {
    // GIVEN emp-1's Q3 objective at 0.5 and Q4 objective at 0.8, weight 1 each
    OkrSet okrs =
        OkrSet.of(objective("a", "emp-1", Q3, 50).build(), objective("b", "emp-1", Q4, 80).build());

    // WHEN / THEN 2026: (0.5 + 0.8) ÷ 2 = 0.65
    assertThat(okrs.ownerScore("emp-1", Period.year(2026))).isEqualTo(0.65);
  }

  @Test
  void the_owner_score_can_be_taken_over_one_commitment() {
    // GIVEN a committed objective at 0.6 and an aspirational one at 0.35
    OkrSet okrs =
        OkrSet.of(
            objective("a", "emp-1", Q3, 60).committed().build(),
            objective("b", "emp-1", Q3, 35).aspirational().build());

    // WHEN / THEN each kind alone
    assertThat(okrs.ownerScore("emp-1", Q3, Commitment.COMMITTED)).isEqualTo(0.6);
    assertThat(okrs.ownerScore("emp-1", Q3, Commitment.ASPIRATIONAL)).isEqualTo(0.35);
  }

  @Test
  void an_owner_without_active_objectives_has_no_score() {
    OkrSet okrs = OkrSet.of(objective("a", "emp-1", Q3, 40).build());
    assertThatThrownBy(() -> okrs.ownerScore("emp-9", Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', field 'objectives': none are active for this owner within 2026-Q3");
    assertThatThrownBy(() -> okrs.ownerScore("emp-1", Q3, Commitment.ASPIRATIONAL))
        .hasMessage(
            "subject 'emp-1', field 'objectives': none are active for this owner within 2026-Q3"
                + " with commitment ASPIRATIONAL");
  }

  @Test
  void the_measurement_carries_the_owner_score_and_its_split_by_commitment() {
    // GIVEN a committed objective of weight 3 at 0.6 and an aspirational one of weight 1 at 0.35
    OkrSet okrs =
        OkrSet.of(
            objective("a", "emp-1", Q3, 60).weight(3).build(),
            objective("b", "emp-1", Q3, 35).weight(1).aspirational().build());

    // WHEN
    Measurement m = okrs.measurement("emp-1", "okr-score", Q3);

    // THEN value (3 × 0.6 + 1 × 0.35) ÷ 4 = 2.15 ÷ 4 = 0.5375; shares 3/4 and 1/4
    assertThat(m.subjectId()).isEqualTo("emp-1");
    assertThat(m.indicatorId()).isEqualTo("okr-score");
    assertThat(m.period()).isEqualTo(Q3);
    assertThat(m.value()).isEqualByComparingTo("0.5375");
    assertThat(m.parts())
        .containsOnlyKeys("committed", "committed-weight", "aspirational", "aspirational-weight");
    assertThat(m.parts().get(Okr.COMMITTED_PART)).isEqualByComparingTo("0.6");
    assertThat(m.parts().get(Okr.COMMITTED_WEIGHT_PART)).isEqualByComparingTo("0.75");
    assertThat(m.parts().get(Okr.ASPIRATIONAL_PART)).isEqualByComparingTo("0.35");
    assertThat(m.parts().get(Okr.ASPIRATIONAL_WEIGHT_PART)).isEqualByComparingTo("0.25");
  }

  @Test
  void a_kind_the_owner_does_not_have_gets_a_zero_share_and_no_score_part() {
    // GIVEN only a committed objective at 0.4
    OkrSet okrs = OkrSet.of(objective("a", "emp-1", Q3, 40).build());

    // WHEN
    Measurement m = okrs.measurement("emp-1", "okr-score", Q3);

    // THEN
    assertThat(m.value()).isEqualByComparingTo("0.4");
    assertThat(m.parts()).containsOnlyKeys("committed", "committed-weight", "aspirational-weight");
    assertThat(m.parts().get(Okr.COMMITTED_WEIGHT_PART)).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(m.parts().get(Okr.ASPIRATIONAL_WEIGHT_PART)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void a_measurement_of_one_commitment_carries_that_kind_only() {
    OkrSet okrs =
        OkrSet.of(
            objective("a", "emp-1", Q3, 60).build(),
            objective("b", "emp-1", Q3, 35).aspirational().build());
    Measurement m =
        okrs.measurement("emp-1", "okr-aspirational-score", Q3, Commitment.ASPIRATIONAL);
    assertThat(m.value()).isEqualByComparingTo("0.35");
    assertThat(m.parts()).isEmpty();
  }

  @Test
  void a_measurement_for_an_owner_without_objectives_names_subject_and_indicator() {
    OkrSet okrs = OkrSet.of(objective("a", "emp-1", Q3, 60).build());
    assertThatThrownBy(() -> okrs.measurement("emp-2", "okr-score", Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-2', indicator 'okr-score', field 'objectives': none are active for this"
                + " owner within 2026-Q3");
    assertThatThrownBy(
            () -> okrs.measurement("emp-1", "okr-aspirational-score", Q3, Commitment.ASPIRATIONAL))
        .hasMessage(
            "subject 'emp-1', indicator 'okr-aspirational-score', field 'objectives': none are"
                + " active for this owner within 2026-Q3 with commitment ASPIRATIONAL");
  }

  @Test
  void a_set_that_records_overshoot_scores_past_one() {
    // GIVEN an objective at 150 of 100
    List<Objective> objectives = List.of(objective("a", "emp-1", Q3, 150).build());

    // WHEN / THEN clamped 1; recorded 1.5
    assertThat(OkrSet.of(objectives).ownerScore("emp-1", Q3)).isEqualTo(1.0);
    OkrSet recording = OkrSet.of(objectives, Overshoot.RECORD);
    assertThat(recording.overshoot()).isEqualTo(Overshoot.RECORD);
    assertThat(recording.ownerScore("emp-1", Q3)).isEqualTo(1.5);
    assertThat(recording.measurement("emp-1", "okr-score", Q3).value()).isEqualByComparingTo("1.5");
  }

  @Test
  void an_objective_id_may_appear_only_once() {
    assertThatThrownBy(
            () ->
                OkrSet.of(
                    objective("a", "emp-1", Q3, 1).build(), objective("a", "emp-2", Q3, 2).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective id 'a' appears twice in the OKR set");
  }

  @Test
  void with_adds_a_new_objective_or_replaces_the_one_of_the_same_id() {
    // GIVEN a set with a at 0.4
    OkrSet okrs = OkrSet.of(objective("a", "emp-1", Q3, 40).build());

    // WHEN a is replaced by a check-in at 0.9 and b (at 0.5) is added
    Objective a =
        okrs.objective("a")
            .orElseThrow()
            .checkIn("a-kr", CheckIn.of(LocalDate.of(2026, 9, 30), 90, 9, TEN));
    OkrSet later = okrs.with(a).with(objective("b", "emp-1", Q3, 50).build());

    // THEN (0.9 + 0.5) ÷ 2 = 0.7, order kept; the original set is unchanged
    assertThat(later.objectives()).extracting(Objective::id).containsExactly("a", "b");
    assertThat(later.ownerScore("emp-1", Q3)).isEqualTo(0.7);
    assertThat(okrs.ownerScore("emp-1", Q3)).isEqualTo(0.4);
    assertThat(okrs.objective("zzz")).isEmpty();
    assertThat(okrs).hasToString("OkrSet[1 objectives, CLAMP]");
  }

  @Test
  void the_measured_value_keeps_sixteen_significant_digits_like_core_ratios() {
    // GIVEN three objectives of weight 1 at 0.5, 0.5 and 0.6
    OkrSet okrs =
        OkrSet.of(
            objective("a", "emp-1", Q3, 50).build(),
            objective("b", "emp-1", Q3, 50).build(),
            objective("c", "emp-1", Q3, 60).build());

    // WHEN / THEN 1.6 ÷ 3 = 0.5333…, to 16 digits; the committed share is 3 ÷ 3 = 1
    Measurement m = okrs.measurement("emp-1", "okr-score", Q3);
    assertThat(m.value()).isEqualTo(new BigDecimal("0.5333333333333333"));
    assertThat(m.parts().get(Okr.COMMITTED_WEIGHT_PART)).isEqualTo(BigDecimal.ONE);
    assertThat(okrs.ownerScore("emp-1", Q3)).isEqualTo(1.6 / 3);
  }

  @Test
  void a_result_beyond_the_range_of_a_double_is_a_state_error_not_infinity() {
    // GIVEN overshoot recorded on a metric moving 1e-300 that moved 1e300
    Objective o =
        Objective.builder("o", "Absurd")
            .owner("emp-1")
            .period(Q3)
            .keyResult(
                KeyResult.metric("k", "Tiny", 1, 0, 1e-300).checkIn(Q3.end(), 1e300, 5, TEN))
            .build();

    // WHEN / THEN (1e300 − 0) ÷ 1e-300 = 1e600 does not fit a double
    assertThatThrownBy(() -> o.score(Overshoot.RECORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("result 1.000000E+600 is beyond the range of a double");
  }
}

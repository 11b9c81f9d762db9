package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

  static final ConfidenceScale TEN = ConfidenceScale.ZERO_TO_TEN;
  static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

  /** A metric from 0 to 10 at {@code current}: progress current ÷ 10. */
  static KeyResult tenths(String id, double weight, double current) {
    return KeyResult.metric(id, "Reach 10", weight, 0, 10).checkIn(SEP_30, current, 5, TEN);
  }

  static Objective.Builder objective(String id) {
    return Objective.builder(id, "Objective " + id).owner("emp-1").period("2026-Q3");
  }

  @Test
  void the_objective_score_is_the_weighted_mean_of_its_key_results() {
    // GIVEN key results of weight 3 at 0.5 and weight 1 at 1.0
    Objective o = objective("o").keyResult(tenths("a", 3, 5)).keyResult(tenths("b", 1, 10)).build();

    // WHEN / THEN (3 × 0.5 + 1 × 1.0) ÷ (3 + 1) = 2.5 ÷ 4 = 0.625
    assertThat(o.score()).isEqualTo(0.625);
  }

  @Test
  void key_results_moving_in_opposite_directions_average_their_progress() {
    // GIVEN new products up from 0 to 100 (now 40) and the return rate down from 8% to 5% (now
    // 6.5%)
    Objective o =
        objective("o")
            .keyResult(KeyResult.metric("up", "Launch 100", 1, 0, 100).checkIn(SEP_30, 40, 5, TEN))
            .keyResult(
                KeyResult.metric("down", "Returns to 5%", 1, 0.08, 0.05)
                    .checkIn(SEP_30, 0.065, 5, TEN))
            .build();

    // WHEN / THEN up: 40 ÷ 100 = 0.4; down: (0.065 − 0.08) ÷ (0.05 − 0.08) = 0.5; mean 0.45
    assertThat(o.score()).isEqualTo(0.45);
  }

  @Test
  void a_key_result_that_moved_the_wrong_way_pulls_the_score_down_by_its_weight() {
    // GIVEN returns went up from 8% to 9% (wrong way) beside a key result at 0.8
    Objective o =
        objective("o")
            .keyResult(
                KeyResult.metric("down", "Returns to 5%", 1, 0.08, 0.05)
                    .checkIn(SEP_30, 0.09, 5, TEN))
            .keyResult(tenths("up", 1, 8))
            .build();

    // WHEN / THEN (0 + 0.8) ÷ 2 = 0.4
    assertThat(o.score()).isEqualTo(0.4);
  }

  @Test
  void archived_key_results_do_not_count() {
    // GIVEN a key result at 0.2 and an archived one at 0.8
    Objective o =
        objective("o").keyResult(tenths("a", 1, 2)).keyResult(tenths("b", 1, 8).archive()).build();

    // WHEN / THEN only a counts: 0.2
    assertThat(o.score()).isEqualTo(0.2);
    assertThat(o.activeKeyResults()).extracting(KeyResult::id).containsExactly("a");
    assertThat(o.archiveKeyResult("a").keyResults()).allMatch(KeyResult::archived);
  }

  @Test
  void overshoot_recorded_lifts_the_objective_score_above_what_clamping_gives() {
    // GIVEN key results at 15 of 10 and at 5 of 10
    Objective o = objective("o").keyResult(tenths("a", 1, 15)).keyResult(tenths("b", 1, 5)).build();

    // WHEN / THEN clamped: (1 + 0.5) ÷ 2 = 0.75; recorded: (1.5 + 0.5) ÷ 2 = 1.0
    assertThat(o.score()).isEqualTo(0.75);
    assertThat(o.score(Overshoot.RECORD)).isEqualTo(1.0);
  }

  @Test
  void an_objective_whose_key_results_are_all_archived_cannot_be_scored() {
    Objective o =
        objective("o")
            .keyResult(tenths("a", 1, 2).archive())
            .keyResult(tenths("b", 1, 8).archive())
            .build();
    assertThatThrownBy(o::score)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("objective 'o' has no active key result to score: all 2 are archived");
  }

  @Test
  void the_builder_defaults_to_an_individual_committed_objective_of_weight_one() {
    // GIVEN / WHEN only the required parts
    Objective o = objective("o").keyResult(tenths("a", 1, 2)).build();

    // THEN
    assertThat(o.level()).isEqualTo(OkrLevel.INDIVIDUAL);
    assertThat(o.commitment()).isEqualTo(Commitment.COMMITTED);
    assertThat(o.weight()).isEqualTo(1);
    assertThat(o.alignedTo()).isEmpty();
    assertThat(o.archived()).isFalse();
    assertThat(o.period()).isEqualTo(Period.parse("2026-Q3"));
    assertThat(o.archive().archived()).isTrue();
  }

  @Test
  void the_builder_records_commitment_level_weight_and_alignment() {
    Objective o =
        objective("o")
            .level(OkrLevel.TEAM)
            .aspirational()
            .weight(2.5)
            .alignsTo("parent", "kr-9")
            .keyResult(tenths("a", 1, 2))
            .archived()
            .build();
    assertThat(o.level()).isEqualTo(OkrLevel.TEAM);
    assertThat(o.commitment()).isEqualTo(Commitment.ASPIRATIONAL);
    assertThat(o.weight()).isEqualTo(2.5);
    assertThat(o.alignedTo()).contains(Alignment.toKeyResult("parent", "kr-9"));
    assertThat(o.archived()).isTrue();
    assertThat(
            objective("p")
                .alignsTo("parent")
                .committed()
                .keyResult(tenths("a", 1, 2))
                .build()
                .alignment())
        .isEqualTo(new Alignment("parent", null, 1));
  }

  @Test
  void a_check_in_through_the_objective_updates_one_key_result() {
    // GIVEN an objective with a at 0.2 and b at 0.4
    Objective o = objective("o").keyResult(tenths("a", 1, 2)).keyResult(tenths("b", 1, 4)).build();

    // WHEN a gets a later check-in of 6
    Objective later = o.checkIn("a", CheckIn.of(SEP_30, 6, 7, TEN));

    // THEN (0.6 + 0.4) ÷ 2 = 0.5, and the original is unchanged at (0.2 + 0.4) ÷ 2 = 0.3
    assertThat(later.score()).isEqualTo(0.5);
    assertThat(o.score()).isEqualTo(0.3);
    assertThat(later.keyResult("a").orElseThrow().checkIns()).hasSize(2);
  }

  @Test
  void a_check_in_for_an_unknown_key_result_is_rejected() {
    Objective o = objective("o").keyResult(tenths("a", 1, 2)).build();
    assertThatThrownBy(() -> o.checkIn("nope", CheckIn.of(SEP_30, 6, 7, TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'o' has no key result 'nope'");
    assertThatThrownBy(() -> o.archiveKeyResult("nope"))
        .hasMessage("objective 'o' has no key result 'nope'");
  }

  @Test
  void an_objective_without_owner_or_period_cannot_be_built() {
    assertThatThrownBy(
            () ->
                Objective.builder("o", "Grow")
                    .period("2026-Q3")
                    .keyResult(tenths("a", 1, 2))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("objective 'o' has no owner: call owner(subjectId)");
    assertThatThrownBy(
            () ->
                Objective.builder("o", "Grow").owner("emp-1").keyResult(tenths("a", 1, 2)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("objective 'o' has no period: call period(period)");
  }

  @Test
  void an_objective_needs_key_results_with_unique_ids() {
    assertThatThrownBy(() -> objective("o").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'o' needs at least one key result");
    assertThatThrownBy(
            () -> objective("o").keyResult(tenths("a", 1, 2)).keyResult(tenths("a", 1, 3)).build())
        .hasMessage("objective 'o' has key result 'a' twice");
  }

  @Test
  void a_check_in_dated_before_the_period_is_rejected() {
    KeyResult early =
        KeyResult.metric("a", "Reach 10", 1, 0, 10).checkIn(LocalDate.of(2026, 6, 30), 1, 5, TEN);
    assertThatThrownBy(() -> objective("o").keyResult(early).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective 'o', key result 'a': check-in date 2026-06-30 is before the objective's"
                + " period 2026-Q3 starts (2026-07-01)");
  }

  @Test
  void a_check_in_after_the_period_is_accepted_for_late_grading() {
    // GIVEN the final count recorded on 3 October for Q3
    KeyResult late =
        KeyResult.metric("a", "Reach 10", 1, 0, 10).checkIn(LocalDate.of(2026, 10, 3), 7, 5, TEN);

    // WHEN / THEN it counts: 7 ÷ 10 = 0.7
    assertThat(objective("o").keyResult(late).build().score()).isEqualTo(0.7);
  }

  @Test
  void invalid_objective_fields_are_rejected_naming_the_objective() {
    assertThatThrownBy(() -> objective("o").weight(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'o' weight must be greater than 0, got 0");
    assertThatThrownBy(() -> Objective.builder("o", "  "))
        .hasMessage("objective 'o' title must not be blank, got '  '");
    assertThatThrownBy(() -> Objective.builder("o", "Grow").owner("emp 1"))
        .hasMessage(
            "objective 'o' owner id must be 1 to 128 letters, digits, '.', '_' or '-' starting"
                + " with a letter or digit, got 'emp 1'");
    assertThatThrownBy(() -> Alignment.toObjective("parent").withWeight(-1))
        .hasMessage("alignment weight must be greater than 0, got -1");
    assertThatThrownBy(() -> Alignment.toKeyResult("parent", "kr 1"))
        .hasMessage(
            "aligned key result id must be 1 to 128 letters, digits, '.', '_' or '-' starting"
                + " with a letter or digit, got 'kr 1'");
  }

  @Test
  void an_alignment_prints_what_it_points_to() {
    assertThat(Alignment.toObjective("co")).hasToString("objective 'co'");
    assertThat(Alignment.toKeyResult("co", "k1")).hasToString("key result 'k1' of objective 'co'");
    assertThat(Alignment.toKeyResult("co", "k1").keyResult()).contains("k1");
  }
}

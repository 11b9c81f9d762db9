package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.domain.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  static final ConfidenceScale TEN = ConfidenceScale.ZERO_TO_TEN;
  static final Period Q3 = Period.parse("2026-Q3");
  static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

  /** A metric from 0 to 10 at {@code current}: progress current ÷ 10. */
  static KeyResult tenths(String id, double weight, double current) {
    return KeyResult.metric(id, "Reach 10", weight, 0, 10).checkIn(SEP_30, current, 5, TEN);
  }

  static Objective.Builder objective(String id, OkrLevel level) {
    return Objective.builder(id, "Objective " + id).owner("owner-" + id).period(Q3).level(level);
  }

  /** Company C: k1 at 0.5 and k2 at 0.8, weight 1 each. */
  static Objective.Builder company() {
    return objective("C", OkrLevel.COMPANY)
        .keyResult(tenths("k1", 1, 5))
        .keyResult(tenths("k2", 1, 8));
  }

  /** Department D at 0.2, aligned to C's k1. */
  static Objective.Builder department() {
    return objective("D", OkrLevel.DEPARTMENT).keyResult(tenths("d1", 1, 2)).alignsTo("C", "k1");
  }

  /** Team T at 0.6, aligned to C as a whole. */
  static Objective.Builder team() {
    return objective("T", OkrLevel.TEAM).keyResult(tenths("t1", 1, 6)).alignsTo("C");
  }

  @Test
  void an_objective_with_nothing_aligned_to_it_rolls_up_to_its_own_score() {
    // GIVEN company C alone
    OkrSet okrs = OkrSet.of(company().build());

    // WHEN / THEN (0.5 + 0.8) ÷ 2 = 0.65, its score
    assertThat(okrs.rolledUp("C")).isEqualTo(0.65);
    assertThat(okrs.rolledUp("C")).isEqualTo(okrs.objective("C").orElseThrow().score());
    assertThat(okrs.children("C")).isEmpty();
  }

  @Test
  void children_aligned_to_a_key_result_and_to_the_objective_roll_up_with_weight_one() {
    // GIVEN C (k1 0.5, k2 0.8), D (0.2) aligned to k1, T (0.6) aligned to C
    OkrSet okrs = OkrSet.of(company().build(), department().build(), team().build());

    // WHEN / THEN R(k1) = (0.5 + 1 × 0.2) ÷ (1 + 1) = 0.35
    //             own(C) = (1 × 0.35 + 1 × 0.8) ÷ 2 = 0.575
    //             R(C) = (0.575 + 1 × 0.6) ÷ (1 + 1) = 0.5875
    assertThat(okrs.rolledUp("C")).isEqualTo(0.5875);
    assertThat(okrs.rolledUp("D")).isEqualTo(0.2);
    assertThat(okrs.rolledUp("T")).isEqualTo(0.6);
    assertThat(okrs.rollUp())
        .containsExactly(
            java.util.Map.entry("C", 0.5875),
            java.util.Map.entry("D", 0.2),
            java.util.Map.entry("T", 0.6));
    assertThat(okrs.children("C")).extracting(Objective::id).containsExactly("D", "T");
  }

  @Test
  void alignment_weights_and_deeper_levels_roll_up_through_the_tree() {
    // GIVEN as before, plus individual I (0.9) aligned to T with weight 2
    Objective individual =
        objective("I", OkrLevel.INDIVIDUAL)
            .keyResult(tenths("i1", 1, 9))
            .alignsTo(Alignment.toObjective("T").withWeight(2))
            .build();
    OkrSet okrs = OkrSet.of(individual, company().build(), department().build(), team().build());

    // WHEN / THEN R(T) = (0.6 + 2 × 0.9) ÷ (1 + 2) = 2.4 ÷ 3 = 0.8
    //             R(k1) = 0.35, own(C) = (0.35 + 0.8) ÷ 2 = 0.575
    //             R(C) = (0.575 + 0.8) ÷ 2 = 0.6875
    assertThat(okrs.rolledUp("T")).isEqualTo(0.8);
    assertThat(okrs.rolledUp("C")).isEqualTo(0.6875);
  }

  @Test
  void the_parent_key_result_weights_apply_to_the_rolled_up_key_results() {
    // GIVEN C with k1 (weight 3, 0.5) and k2 (weight 1, 0.8), D (0.2) aligned to k1
    Objective c =
        objective("C", OkrLevel.COMPANY)
            .keyResult(tenths("k1", 3, 5))
            .keyResult(tenths("k2", 1, 8))
            .build();
    OkrSet okrs = OkrSet.of(c, department().build());

    // WHEN / THEN R(k1) = (0.5 + 0.2) ÷ 2 = 0.35; R(C) = own(C) = (3 × 0.35 + 1 × 0.8) ÷ 4 = 1.85 ÷
    // 4 = 0.4625
    assertThat(okrs.rolledUp("C")).isEqualTo(0.4625);
  }

  @Test
  void a_decreasing_child_key_result_rolls_up_by_its_progress() {
    // GIVEN T's only key result cuts returns from 8% to 5% and stands at 6.5%: progress 0.5
    Objective t =
        objective("T", OkrLevel.TEAM)
            .keyResult(
                KeyResult.metric("t1", "Returns to 5%", 1, 0.08, 0.05)
                    .checkIn(SEP_30, 0.065, 5, TEN))
            .alignsTo("C")
            .build();
    OkrSet okrs = OkrSet.of(company().build(), t);

    // WHEN / THEN R(C) = (0.65 + 0.5) ÷ 2 = 0.575
    assertThat(okrs.rolledUp("C")).isEqualTo(0.575);
  }

  @Test
  void an_archived_child_is_left_out_of_the_roll_up_and_its_own_children_become_unaligned() {
    // GIVEN T archived, with I aligned to T
    Objective individual =
        objective("I", OkrLevel.INDIVIDUAL).keyResult(tenths("i1", 1, 9)).alignsTo("T").build();
    OkrSet okrs =
        OkrSet.of(company().build(), department().build(), team().archived().build(), individual);

    // WHEN / THEN R(C) = own(C) = (0.35 + 0.8) ÷ 2 = 0.575; I aligns to nothing that counts
    assertThat(okrs.rolledUp("C")).isEqualTo(0.575);
    assertThat(okrs.rollUp()).containsOnlyKeys("C", "D", "I");
    assertThat(okrs.unaligned()).extracting(Objective::id).containsExactly("I");
    assertThatThrownBy(() -> okrs.rolledUp("T"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'T' is archived and has no roll-up");
  }

  @Test
  void a_child_aligned_to_an_archived_key_result_is_left_out_and_reported() {
    // GIVEN C's k1 archived, D aligned to k1
    Objective c = company().build().archiveKeyResult("k1");
    OkrSet okrs = OkrSet.of(c, department().build());

    // WHEN / THEN R(C) = own(C) = 0.8 (k2 only); D is unaligned
    assertThat(okrs.rolledUp("C")).isEqualTo(0.8);
    assertThat(okrs.children("C")).isEmpty();
    assertThat(okrs.unaligned()).extracting(Objective::id).containsExactly("D");
  }

  @Test
  void a_parent_whose_key_results_are_all_archived_rolls_up_to_its_children() {
    // GIVEN C with both key results archived, T (0.6, weight 1) and T2 (0.9, weight 2) aligned to C
    Objective c = company().build().archiveKeyResult("k1").archiveKeyResult("k2");
    Objective t2 =
        objective("T2", OkrLevel.TEAM)
            .keyResult(tenths("t1", 1, 9))
            .alignsTo(Alignment.toObjective("C").withWeight(2))
            .build();
    OkrSet okrs = OkrSet.of(c, team().build(), t2);

    // WHEN / THEN (1 × 0.6 + 2 × 0.9) ÷ 3 = 2.4 ÷ 3 = 0.8
    assertThat(okrs.rolledUp("C")).isEqualTo(0.8);
  }

  @Test
  void a_parent_with_nothing_active_to_roll_up_is_a_state_error() {
    Objective c = company().build().archiveKeyResult("k1").archiveKeyResult("k2");
    OkrSet okrs = OkrSet.of(c);
    assertThatThrownBy(() -> okrs.rolledUp("C"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("objective 'C' has no active key result and no aligned objective to roll up");
  }

  @Test
  void the_roll_up_uses_the_overshoot_policy_of_the_set() {
    // GIVEN T at 15 of 10 aligned to C (0.65)
    Objective t =
        objective("T", OkrLevel.TEAM).keyResult(tenths("t1", 1, 15)).alignsTo("C").build();

    // WHEN / THEN clamped: (0.65 + 1) ÷ 2 = 0.825; recorded: (0.65 + 1.5) ÷ 2 = 1.075
    assertThat(OkrSet.of(company().build(), t).rolledUp("C")).isEqualTo(0.825);
    assertThat(OkrSet.of(java.util.List.of(company().build(), t), Overshoot.RECORD).rolledUp("C"))
        .isCloseTo(1.075, within(1e-15));
  }

  @Test
  void an_unknown_objective_has_no_roll_up() {
    OkrSet okrs = OkrSet.of(company().build());
    assertThatThrownBy(() -> okrs.rolledUp("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'nope' is not in the OKR set");
    assertThatThrownBy(() -> okrs.children("nope"))
        .hasMessage("objective 'nope' is not in the OKR set");
  }

  @Test
  void objectives_below_company_level_that_align_to_nothing_are_reported() {
    // GIVEN company objectives (never reported), an aligned team, an unaligned department and
    // individual, and an archived unaligned team
    OkrSet okrs =
        OkrSet.of(
            company().build(),
            objective("C2", OkrLevel.COMPANY).keyResult(tenths("x", 1, 1)).build(),
            team().build(),
            objective("D2", OkrLevel.DEPARTMENT).keyResult(tenths("x", 1, 1)).build(),
            objective("I2", OkrLevel.INDIVIDUAL).keyResult(tenths("x", 1, 1)).build(),
            objective("T2", OkrLevel.TEAM).keyResult(tenths("x", 1, 1)).archived().build());

    // WHEN / THEN in set order
    assertThat(okrs.unaligned()).extracting(Objective::id).containsExactly("D2", "I2");
  }

  @Test
  void an_objective_aligned_to_itself_is_a_cycle() {
    Objective a = objective("a", OkrLevel.TEAM).keyResult(tenths("x", 1, 1)).alignsTo("a").build();
    assertThatThrownBy(() -> OkrSet.of(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objectives align in a cycle: 'a' → 'a'");
  }

  @Test
  void two_objectives_aligned_to_each_other_are_a_cycle() {
    Objective a = objective("a", OkrLevel.TEAM).keyResult(tenths("x", 1, 1)).alignsTo("b").build();
    Objective b =
        objective("b", OkrLevel.TEAM).keyResult(tenths("y", 1, 1)).alignsTo("a", "x").build();
    assertThatThrownBy(() -> OkrSet.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objectives align in a cycle: 'a' → 'b' → 'a'");
  }

  @Test
  void a_cycle_entered_from_outside_is_reported_from_its_first_member_in_the_set() {
    // GIVEN x → b, and the cycle a → b → c → a; the walk from x enters the cycle at b
    Objective x = objective("x", OkrLevel.TEAM).keyResult(tenths("k", 1, 1)).alignsTo("b").build();
    Objective a = objective("a", OkrLevel.TEAM).keyResult(tenths("k", 1, 1)).alignsTo("b").build();
    Objective b = objective("b", OkrLevel.TEAM).keyResult(tenths("k", 1, 1)).alignsTo("c").build();
    Objective c = objective("c", OkrLevel.TEAM).keyResult(tenths("k", 1, 1)).alignsTo("a").build();

    // WHEN / THEN the cycle only, starting at a (listed before b and c)
    assertThatThrownBy(() -> OkrSet.of(x, a, b, c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objectives align in a cycle: 'a' → 'b' → 'c' → 'a'");
  }

  @Test
  void an_alignment_to_a_missing_objective_is_rejected_naming_both() {
    Objective t =
        objective("T", OkrLevel.TEAM).keyResult(tenths("t1", 1, 1)).alignsTo("nope").build();
    assertThatThrownBy(() -> OkrSet.of(company().build(), t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'T' aligns to objective 'nope', which is not in the OKR set");
  }

  @Test
  void an_alignment_to_a_missing_key_result_is_rejected_naming_the_objectives_and_key_result() {
    Objective t =
        objective("T", OkrLevel.TEAM).keyResult(tenths("t1", 1, 1)).alignsTo("C", "k9").build();
    assertThatThrownBy(() -> OkrSet.of(company().build(), t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective 'T' aligns to key result 'k9' of objective 'C', which has no such key"
                + " result");
  }

  @Test
  void a_parent_below_the_child_level_is_rejected() {
    Objective c =
        objective("C", OkrLevel.COMPANY).keyResult(tenths("k", 1, 1)).alignsTo("T").build();
    Objective t = objective("T", OkrLevel.TEAM).keyResult(tenths("k", 1, 1)).build();
    assertThatThrownBy(() -> OkrSet.of(c, t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective 'C' (COMPANY) cannot align to objective 'T' (TEAM): a parent must be at the"
                + " same level or a higher one");
  }

  @Test
  void a_parent_whose_period_does_not_contain_the_child_is_rejected() {
    Objective c = company().period("2026-Q2").build();
    assertThatThrownBy(() -> OkrSet.of(c, team().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective 'T' (2026-Q3) cannot align to objective 'C' (2026-Q2): the parent's period"
                + " must contain the child's");
  }

  @Test
  void a_quarterly_child_may_align_to_a_yearly_parent_and_to_a_peer_at_its_level() {
    // GIVEN a yearly company objective (0.65), T aligned to it, T2 (0.4) aligned to its peer T
    Objective t2 =
        objective("T2", OkrLevel.TEAM).keyResult(tenths("k", 1, 4)).alignsTo("T").build();
    OkrSet okrs = OkrSet.of(company().period("2026").build(), team().build(), t2);

    // WHEN / THEN R(T) = (0.6 + 0.4) ÷ 2 = 0.5; R(C) = (0.65 + 0.5) ÷ 2 = 0.575
    assertThat(okrs.rolledUp("T")).isEqualTo(0.5);
    assertThat(okrs.rolledUp("C")).isEqualTo(0.575);
    assertThat(okrs.unaligned()).isEmpty();
  }
}

package dev.yardstick.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardRailsTest {

  static final GradeScale SCALE = GradeScale.defaultScale(); // D <60 ≤ C <70 ≤ B <80 ≤ A <90 ≤ S
  static final Grade S = SCALE.require("S");
  static final Grade A = SCALE.require("A");
  static final Grade B = SCALE.require("B");
  static final Grade C = SCALE.require("C");
  static final Grade D = SCALE.require("D");

  /** Exactly 20 / 70 / 10 over S+A / B / C+D: 2 / 7 / 1 of 10. */
  static Quota.Builder exact() {
    return Quota.builder().group("top", 20, "S", "A").group("middle", 70, "B")
        .group("bottom", 10, "C", "D");
  }

  /** A weak team: natural S A B C C D D D D D. */
  static List<Candidate> weakTeam() {
    return List.of(
        Candidate.of("emp-01", 92), Candidate.of("emp-02", 88), Candidate.of("emp-03", 75),
        Candidate.of("emp-04", 65), Candidate.of("emp-05", 62), Candidate.of("emp-06", 58),
        Candidate.of("emp-07", 55), Candidate.of("emp-08", 52), Candidate.of("emp-09", 50),
        Candidate.of("emp-10", 40));
  }

  @Test
  void without_guard_rails_an_exact_quota_lifts_a_d_two_grades_to_b() {
    // GIVEN the weak team and the exact quota as plain forced ranking
    Quota forced = exact().guardRails(GuardRails.NONE).build();
    // WHEN calibrated
    CalibrationResult r = Calibration.of(SCALE, forced).calibrate(weakTeam());
    // THEN middle takes 7 (positions 3 to 9): the four D's 58 … 50 become B, two grades up
    assertThat(r.finalGrade("emp-06")).isEqualTo(B);
    assertThat(r.finalGrade("emp-09")).isEqualTo(B);
    assertThat(r.violations()).isEmpty();
    assertThat(r.held()).isEmpty();
  }

  @Test
  void by_default_a_quota_moves_nobody_more_than_one_grade() {
    // GIVEN the weak team and the exact quota with its default guard rails
    Quota quota = exact().build();
    assertThat(quota.guardRails()).isEqualTo(new GuardRails(1, 1, null));
    // WHEN calibrated
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(weakTeam());
    // THEN only B and the C's fit in middle (a C → B is one step); the D's stay D
    assertThat(r.finalGrades()).containsExactly(
        Map.entry("emp-01", S), Map.entry("emp-02", A), Map.entry("emp-03", B),
        Map.entry("emp-04", B), Map.entry("emp-05", B), Map.entry("emp-06", D),
        Map.entry("emp-07", D), Map.entry("emp-08", D), Map.entry("emp-09", D),
        Map.entry("emp-10", D));
    // AND the quota is reported broken, naming the four people the rails held
    List<String> held = List.of("emp-06", "emp-07", "emp-08", "emp-09");
    assertThat(r.violations()).extracting(Violation::message, Violation::subjects)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("group 'middle' must have exactly 7, has 3", held),
            org.assertj.core.groups.Tuple.tuple("group 'bottom' must have exactly 1, has 5", held));
    assertThat(r.held()).extracting(GuardRailHold::subjectId).containsExactlyElementsOf(held);
    assertThat(r.held().get(0)).hasToString(
        "emp-06: the quota wanted D → B, 2 steps up; the guard rails allow at most 1: proposed D");
    // AND the C's lifted one step are ordinary quota changes
    assertThat(r.changes()).extracting(GradeChange::subjectId).containsExactly("emp-04", "emp-05");
  }

  @Test
  void a_floor_keeps_everyone_below_it_at_the_grade_of_their_total() {
    // GIVEN at most 2 steps up, but nobody below C lifted
    Quota quota = exact().guardRails(GuardRails.steps(2, 1).withFloor("C")).build();
    // WHEN the weak team is calibrated
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(weakTeam());
    // THEN the D's stay D, with the floor as the reason
    assertThat(r.finalGrade("emp-06")).isEqualTo(D);
    assertThat(r.held().get(0).reason()).isEqualTo(
        "the quota wanted D → B; D is below the floor C, nobody below it is lifted: proposed D");
    assertThat(r.finalGrade("emp-05")).isEqualTo(B);
  }

  @Test
  void without_a_floor_two_steps_up_lift_a_d_to_b() {
    // GIVEN at most 2 steps up and no floor
    Quota quota = exact().guardRails(GuardRails.steps(2, 1)).build();
    // WHEN the weak team is calibrated THEN it is forced ranking again
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(weakTeam());
    assertThat(r.finalGrade("emp-06")).isEqualTo(B);
    assertThat(r.held()).isEmpty();
  }

  @Test
  void guard_rails_hold_people_the_quota_would_push_down_two_grades() {
    // GIVEN a strong team of 5, natural S S S A A, and exactly 20% S+A (1): 4 must go to B or worse
    Quota quota = Quota.builder().group("top", 20, "S", "A").group("rest", 80, "B", "C", "D")
        .build();
    List<Candidate> people =
        List.of(Candidate.of("emp-1", 99), Candidate.of("emp-2", 95), Candidate.of("emp-3", 91),
            Candidate.of("emp-4", 85), Candidate.of("emp-5", 82));
    // WHEN calibrated with the default rails
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(people);
    // THEN the S's cannot fall two grades to B: they stay S; the A's go one step to B
    assertThat(r.finalGrades()).containsExactly(
        Map.entry("emp-1", S), Map.entry("emp-2", S), Map.entry("emp-3", S),
        Map.entry("emp-4", B), Map.entry("emp-5", B));
    assertThat(r.held()).extracting(GuardRailHold::subjectId, GuardRailHold::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("emp-2",
                "the quota wanted S → B, 2 steps down; the guard rails allow at most 1: proposed S"),
            org.assertj.core.groups.Tuple.tuple("emp-3",
                "the quota wanted S → B, 2 steps down; the guard rails allow at most 1: proposed S"));
    assertThat(r.violations()).extracting(Violation::toString).containsExactly(
        "group 'top' must have exactly 1, has 3; concerns emp-2, emp-3",
        "group 'rest' must have exactly 4, has 2; concerns emp-2, emp-3");
  }

  @Test
  void whom_the_rails_hold_in_one_group_pushes_the_next_person_into_another() {
    // GIVEN exactly 20 / 40 / 40 of 5 (1 / 2 / 2) and natural S S B C C
    Quota quota = Quota.builder().group("top", 20, "S", "A").group("middle", 40, "B")
        .group("bottom", 40, "C", "D").build();
    List<Candidate> people = List.of(Candidate.of("emp-1", 99), Candidate.of("emp-2", 95),
        Candidate.of("emp-3", 75), Candidate.of("emp-4", 65), Candidate.of("emp-5", 62));
    // WHEN calibrated: the quota wants emp-2 down to B (two steps), the rails keep emp-2 in top;
    // middle must still take 2, so emp-4 comes up one step from C to B
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(people);
    // THEN both are held, each with its reason
    assertThat(r.held()).extracting(GuardRailHold::toString).containsExactly(
        "emp-2: the quota wanted S → B, 2 steps down; the guard rails allow at most 1: proposed S",
        "emp-4: the quota wanted to keep C; the guard rails held others, so the ranking placed this"
            + " person in group 'middle': proposed B");
    assertThat(r.finalGrades()).containsExactly(
        Map.entry("emp-1", S), Map.entry("emp-2", S), Map.entry("emp-3", B),
        Map.entry("emp-4", B), Map.entry("emp-5", C));
    // AND each violation names the person who crossed its boundary
    assertThat(r.violations()).extracting(Violation::toString).containsExactly(
        "group 'top' must have exactly 1, has 2; concerns emp-2",
        "group 'bottom' must have exactly 2, has 1; concerns emp-4");
    assertThat(r.held().get(0).naturalGrade()).isEqualTo(S);
    assertThat(r.held().get(0).quotaGrade()).isEqualTo(B);
    assertThat(r.held().get(0).proposedGrade()).isEqualTo(S);
  }

  @Test
  void a_hold_that_changes_nothing_or_has_no_reason_is_refused() {
    // GIVEN / WHEN holds whose quota grade is the proposed one, or without a reason THEN refused
    assertThatThrownBy(() -> new GuardRailHold("emp-1", C, B, B, "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a guard-rail hold of 'emp-1' must change the quota's grade, got B both times");
    assertThatThrownBy(() -> new GuardRailHold("emp-1", C, B, C, " "))
        .hasMessage("held 'emp-1' reason must not be blank, got ' '");
  }

  @Test
  void no_steps_at_all_keep_every_natural_grade() {
    // GIVEN rails of 0 steps either way
    Quota quota = exact().guardRails(GuardRails.steps(0, 0)).build();
    // WHEN the weak team is calibrated THEN nobody moves and the C's are held as well
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(weakTeam());
    assertThat(r.changes()).isEmpty();
    assertThat(r.held()).extracting(GuardRailHold::subjectId)
        .containsExactly("emp-04", "emp-05", "emp-06", "emp-07", "emp-08", "emp-09");
    assertThat(r.held().get(0).reason())
        .isEqualTo("the quota wanted C → B, 1 steps up; the guard rails allow at most 0: proposed C");
  }

  @Test
  void an_override_is_not_limited_by_the_guard_rails_and_is_named_in_the_violation_it_causes() {
    // GIVEN the default-railed proposal for the weak team
    CalibrationResult proposal = Calibration.of(SCALE, exact().build()).calibrate(weakTeam());
    // WHEN HR lifts emp-10 from D to A (three steps)
    CalibrationResult r = proposal.withOverride(new GradeOverride("emp-10", A, "Wang Fang (HRBP)",
        Instant.parse("2026-10-12T09:30:00Z"), "carried the Double 11 launch"));
    // THEN the override stands and the top violation names emp-10
    assertThat(r.finalGrade("emp-10")).isEqualTo(A);
    assertThat(r.violations()).extracting(Violation::group, Violation::subjects)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("top", List.of("emp-10")),
            org.assertj.core.groups.Tuple.tuple("middle",
                List.of("emp-06", "emp-07", "emp-08", "emp-09")),
            org.assertj.core.groups.Tuple.tuple("bottom",
                List.of("emp-06", "emp-07", "emp-08", "emp-09", "emp-10")));
  }

  @Test
  void the_final_grade_holds_the_grade_by_total_and_every_reason() {
    // GIVEN the railed proposal, emp-04 lifted C → B by the quota, then overridden to A
    Instant at = Instant.parse("2026-10-12T09:30:00Z");
    CalibrationResult r = Calibration.of(SCALE, exact().build()).calibrate(weakTeam())
        .withOverride(new GradeOverride("emp-04", A, "Wang Fang (HRBP)", at, "led the launch"));
    // WHEN the final grade is read
    FinalGrade g = r.finalGradeOf("emp-04");
    // THEN it holds both grades, the total and both reasons in order
    assertThat(g.subjectId()).isEqualTo("emp-04");
    assertThat(g.total()).isEqualByComparingTo("65");
    assertThat(g.byTotal()).isEqualTo(C);
    assertThat(g.grade()).isEqualTo(A);
    assertThat(g.isChanged()).isTrue();
    assertThat(g.overrides()).extracting(GradeChange::by).containsExactly("Wang Fang (HRBP)");
    assertThat(g.reason()).isEqualTo(
        "C → B by the quota: position 4 of 10 (total 65) is placed in quota group 'middle'"
            + " (exactly 7: 70% of 10 = 7, largest remainder); natural grade C is in group"
            + " 'bottom'; then B → A by Wang Fang (HRBP) at 2026-10-12T09:30:00Z: led the launch");
    // AND an unchanged person's final grade is the grade of the total, with no reason
    FinalGrade top = r.finalGradeOf("emp-01");
    assertThat(top.isChanged()).isFalse();
    assertThat(top.reason()).isEmpty();
    assertThat(top).hasToString("emp-01: S (by the total)");
    assertThat(r.finalGradeDetails()).extracting(FinalGrade::subjectId).startsWith("emp-01", "emp-02");
    assertThatThrownBy(() -> r.finalGradeOf("emp-99"))
        .hasMessage("subject 'emp-99' is not in the population");
  }

  @Test
  void a_final_grade_whose_changes_do_not_lead_to_it_is_rejected() {
    // GIVEN a change C → B of emp-1
    GradeChange cToB = new GradeChange("emp-1", C, B, GradeChange.Source.CALIBRATION,
        "calibration", null, "quota");
    // WHEN final grades are made that do not fit it THEN each is rejected naming the grades
    assertThatThrownBy(() -> new FinalGrade("emp-1", java.math.BigDecimal.TEN, C, A, List.of(cToB)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("final grade of 'emp-1' is A, but its changes lead from C to B");
    assertThatThrownBy(() -> new FinalGrade("emp-1", java.math.BigDecimal.TEN, D, B, List.of(cToB)))
        .hasMessage("final grade of 'emp-1': change C → B does not start from D");
    assertThatThrownBy(() -> new FinalGrade("emp-2", java.math.BigDecimal.TEN, C, B, List.of(cToB)))
        .hasMessage("final grade of 'emp-2' has a change of 'emp-1'");
    assertThatThrownBy(() -> FinalGrade.ofTotal("emp-1", java.math.BigDecimal.TEN, C)
            .equals(new FinalGrade("emp-1", java.math.BigDecimal.TEN, C, B, List.of())))
        .hasMessage("final grade of 'emp-1' is B, but its changes lead from C to C");
  }

  @Test
  void guard_rails_reject_negative_steps_and_a_floor_off_the_scale() {
    // GIVEN / WHEN bad rails THEN the value is named
    assertThatThrownBy(() -> GuardRails.steps(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("guard rails' most steps up must be 0 or more, got -1");
    assertThatThrownBy(() -> GuardRails.steps(1, -2))
        .hasMessage("guard rails' most steps down must be 0 or more, got -2");
    assertThatThrownBy(() -> GuardRails.DEFAULT.withFloor(" "))
        .hasMessage("guard rails' floor grade must not be blank, got ' '");
    Quota quota = exact().guardRails(GuardRails.DEFAULT.withFloor("E")).build();
    assertThatThrownBy(() -> Calibration.of(SCALE, quota))
        .hasMessage("guard rails' floor grade 'E' is not on the scale [S, A, B, C, D]");
  }

  @Test
  void guard_rails_are_part_of_the_quota_and_say_what_they_do() {
    // GIVEN the same groups with and without rails
    Quota railed = exact().build();
    Quota forced = railed.withGuardRails(GuardRails.NONE);
    // THEN they differ, and read as what they allow
    assertThat(railed).isNotEqualTo(forced).hasSameHashCodeAs(exact().build());
    assertThat(railed.hashCode()).isNotEqualTo(forced.hashCode());
    assertThat(forced.guardRails()).isEqualTo(GuardRails.NONE);
    assertThat(Quota.of(railed.groups())).isEqualTo(railed);
    assertThat(Quota.of(railed.groups(), GuardRails.NONE)).isEqualTo(forced);
    assertThat(GuardRails.DEFAULT.withFloor("C"))
        .hasToString("at most 1 step up and 1 step down, nobody below C lifted");
    assertThat(GuardRails.NONE)
        .hasToString("at most any number of steps up and any number of steps down");
    assertThat(GuardRails.steps(2, 0)).hasToString("at most 2 steps up and 0 steps down");
    assertThat(railed.toString()).endsWith(", guard rails at most 1 step up and 1 step down");
  }

  @Test
  void over_many_random_teams_nobody_moves_past_the_rails_and_everyone_held_is_named() {
    // GIVEN 500 random teams of 1 to 15 under exact, at-most and at-least quotas with rails
    java.util.Random random = new java.util.Random(20261012L);
    Quota[] quotas = {
      exact().build(),
      Quota.builder().atMost("top", 20, "S", "A").atMost("middle", 70, "B")
          .atLeast("bottom", 10, "C", "D").build(),
      exact().guardRails(GuardRails.steps(1, 2).withFloor("C")).build()
    };
    for (int t = 0; t < 500; t++) {
      Quota quota = quotas[t % quotas.length];
      List<Candidate> team = new java.util.ArrayList<>();
      int size = 1 + random.nextInt(15);
      for (int i = 0; i < size; i++) {
        team.add(Candidate.of("emp-" + i, random.nextInt(101)));
      }
      // WHEN calibrated
      CalibrationResult r = Calibration.of(SCALE, quota).calibrate(team);
      GuardRails rails = quota.guardRails();
      java.util.Set<String> named = new java.util.HashSet<>();
      r.violations().forEach(v -> named.addAll(v.subjects()));
      for (CalibrationEntry e : r.entries()) {
        // THEN nobody moves further than the rails allow, and nobody below the floor is lifted
        int moved = SCALE.rank(e.naturalGrade()) - SCALE.rank(e.proposedGrade());
        assertThat(moved).as("team %d, %s", t, e).isBetween(-rails.maxStepsDown(), rails.maxStepsUp());
        if (rails.floor() != null && SCALE.rank(e.naturalGrade()) > SCALE.rank(SCALE.require("C"))) {
          assertThat(moved).as("team %d, %s", t, e).isLessThanOrEqualTo(0);
        }
      }
      // AND whoever the rails held is named by a violation
      for (GuardRailHold h : r.held()) {
        if (quota.groupIndexOf(h.quotaGrade().code()) != quota.groupIndexOf(h.proposedGrade().code())) {
          assertThat(named).as("team %d, %s", t, h).contains(h.subjectId());
        }
      }
      assertThat(r.held().isEmpty()).as("team %d", t).isEqualTo(r.violations().isEmpty());
    }
  }
}

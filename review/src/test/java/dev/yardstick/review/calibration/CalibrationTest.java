package dev.yardstick.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  static final GradeScale SCALE = GradeScale.defaultScale();
  static final Grade S = SCALE.require("S");
  static final Grade A = SCALE.require("A");
  static final Grade B = SCALE.require("B");
  static final Grade C = SCALE.require("C");
  static final Instant MONDAY = Instant.parse("2026-10-12T09:30:00Z");

  /** Natural grades S A A B B B C: 3 in top, 3 in middle, 1 in bottom. */
  static List<Candidate> sevenPeople() {
    return List.of(
        Candidate.of("emp-5", 75),
        Candidate.of("emp-1", 95),
        Candidate.of("emp-7", 65),
        Candidate.of("emp-2", 88),
        Candidate.of("emp-4", 78),
        Candidate.of("emp-3", 84),
        Candidate.of("emp-6", 72));
  }

  @Test
  void a_team_of_7_under_20_70_10_gets_1_top_5_middle_1_bottom() {
    // GIVEN 20 / 70 / 10 over S+A / B / C+D, exact bounds; allocation 1 / 5 / 1 (see QuotaTest)
    Calibration calibration = Calibration.of(SCALE, QuotaTest.twentySeventyTen());
    // WHEN the 7 are calibrated
    CalibrationResult r = calibration.calibrate(sevenPeople());
    // THEN they are ranked by total: 95, 88, 84, 78, 75, 72, 65
    assertThat(r.entries()).extracting(CalibrationEntry::subjectId)
        .containsExactly("emp-1", "emp-2", "emp-3", "emp-4", "emp-5", "emp-6", "emp-7");
    // natural grades S A A B B B C break the quota: top 3 of exactly 1, middle 3 of exactly 5
    assertThat(r.naturalDistribution().violations()).extracting(Violation::message)
        .containsExactly(
            "group 'top' must have exactly 1, has 3", "group 'middle' must have exactly 5, has 3");
    // the proposal keeps emp-1 at S and moves emp-2 and emp-3 (A, 88 and 84) down to B
    assertThat(r.finalGrades()).containsExactly(
        Map.entry("emp-1", S), Map.entry("emp-2", B), Map.entry("emp-3", B),
        Map.entry("emp-4", B), Map.entry("emp-5", B), Map.entry("emp-6", B),
        Map.entry("emp-7", C));
    assertThat(r.proposedDistribution().gradeCounts())
        .containsExactly(Map.entry("S", 1), Map.entry("A", 0), Map.entry("B", 5),
            Map.entry("C", 1), Map.entry("D", 0));
    assertThat(r.violations()).isEmpty();
    // every change is in the audit trail, with the arithmetic
    assertThat(r.changes()).hasSize(2);
    GradeChange first = r.changes().get(0);
    assertThat(first.subjectId()).isEqualTo("emp-2");
    assertThat(first.from()).isEqualTo(A);
    assertThat(first.to()).isEqualTo(B);
    assertThat(first.source()).isEqualTo(GradeChange.Source.CALIBRATION);
    assertThat(first.at()).isNull();
    assertThat(first.reason())
        .isEqualTo("position 2 of 7 (total 88) is placed in quota group 'middle' (exactly 5: 70%"
            + " of 7 = 4.9, largest remainder); natural grade A is in group 'top'");
  }

  @Test
  void overrides_record_who_when_and_why_and_the_violations_they_cause() {
    // GIVEN the proposal for the 7 (emp-2 moved from A to B)
    CalibrationResult proposal =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen()).calibrate(sevenPeople());
    // WHEN the HRBP gives emp-2 back an A
    CalibrationResult r =
        proposal.withOverride(
            new GradeOverride("emp-2", A, "Wang Fang (HRBP)", MONDAY, "led the Double 11 launch"));
    // THEN the final grade is A, the proposal is kept, and the override is in the trail
    CalibrationEntry e = r.entry("emp-2").orElseThrow();
    assertThat(e.naturalGrade()).isEqualTo(A);
    assertThat(e.proposedGrade()).isEqualTo(B);
    assertThat(e.finalGrade()).isEqualTo(A);
    assertThat(r.overrides()).hasSize(1);
    assertThat(r.changes()).hasSize(3);
    assertThat(r.changes().get(2))
        .hasToString("emp-2: B → A by Wang Fang (HRBP) at 2026-10-12T09:30:00Z: led the Double 11"
            + " launch");
    // top now has 2 of exactly 1 and middle 4 of exactly 5: both reported after the override
    assertThat(r.violations()).extracting(Violation::message)
        .containsExactly(
            "group 'top' must have exactly 1, has 2", "group 'middle' must have exactly 5, has 4");
    assertThat(r.finalDistribution().count("top")).isEqualTo(2);
    // the proposal itself is unchanged
    assertThat(proposal.finalGrade("emp-2")).isEqualTo(B);
    assertThat(proposal.violations()).isEmpty();
  }

  @Test
  void an_override_by_grade_code_records_the_scales_own_grade() {
    // GIVEN a grade made from its code only, without the scale's names
    CalibrationResult proposal =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen()).calibrate(sevenPeople());
    // WHEN emp-2 is overridden to Grade.of("A")
    CalibrationResult r =
        proposal.withOverride(new GradeOverride("emp-2", Grade.of("A"), "Wang Fang", MONDAY, "why"));
    // THEN the scale's A, with its names, is recorded
    assertThat(r.finalGrade("emp-2")).isEqualTo(A);
    assertThat(r.finalGrade("emp-2").name()).isEqualTo("Exceeds expectations");
    assertThat(r.overrides().get(0).grade()).isEqualTo(A);
  }

  @Test
  void a_second_override_records_the_grade_it_replaces() {
    // GIVEN the proposal for the 7 (emp-2 moved from A to B)
    // WHEN emp-2 is overridden to A, then to S
    // THEN the trail shows each step from the grade it replaced
    CalibrationResult r =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen())
            .calibrate(sevenPeople())
            .withOverrides(
                List.of(
                    new GradeOverride("emp-2", A, "Wang Fang", MONDAY, "launch"),
                    new GradeOverride("emp-2", S, "Li Na (director)", MONDAY.plusSeconds(3600),
                        "company award")));
    assertThat(r.changes()).extracting(GradeChange::from, GradeChange::to, GradeChange::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(A, B, "calibration"),
            org.assertj.core.groups.Tuple.tuple(A, B, "calibration"),
            org.assertj.core.groups.Tuple.tuple(B, A, "Wang Fang"),
            org.assertj.core.groups.Tuple.tuple(A, S, "Li Na (director)"));
    assertThat(r.finalGrade("emp-2")).isEqualTo(S);
  }

  @Test
  void invalid_overrides_are_rejected_naming_subject_and_grade() {
    // GIVEN the proposal for the 7
    // WHEN no-op, unknown-subject, off-scale and unexplained overrides are applied
    // THEN each is rejected naming the subject and the value
    CalibrationResult r =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen()).calibrate(sevenPeople());
    assertThatThrownBy(() -> r.withOverride(new GradeOverride("emp-2", B, "x", MONDAY, "why")))
        .hasMessage("override of 'emp-2' to B changes nothing: it is already the final grade");
    assertThatThrownBy(() -> r.withOverride(new GradeOverride("emp-99", A, "x", MONDAY, "why")))
        .hasMessage("override of 'emp-99': the subject is not in the population");
    assertThatThrownBy(
            () -> r.withOverride(new GradeOverride("emp-2", Grade.of("X"), "x", MONDAY, "why")))
        .hasMessage("override of 'emp-2': grade 'X' is not on the scale [S, A, B, C, D]");
    assertThatThrownBy(() -> new GradeOverride("emp-2", A, "x", MONDAY, " "))
        .hasMessage("override of 'emp-2' reason must not be blank, got ' '");
    assertThatThrownBy(() -> new GradeOverride("emp-2", A, "", MONDAY, "why"))
        .hasMessage("override of 'emp-2' by must not be blank, got ''");
  }

  @Test
  void equal_totals_split_by_tie_key_when_the_better_group_cannot_hold_both() {
    // GIVEN 7 people, two tied at 85 for the single top seat (exactly 1)
    List<Candidate> people =
        List.of(
            Candidate.of("emp-b", 85), Candidate.of("emp-a", 85), Candidate.of("emp-c", 78),
            Candidate.of("emp-d", 77), Candidate.of("emp-e", 76), Candidate.of("emp-f", 75),
            Candidate.of("emp-g", 50));
    // WHEN calibrated under 20 / 70 / 10 (1 / 5 / 1)
    CalibrationResult r =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen()).calibrate(people);
    // THEN both share rank 1, the tie key (subject id) keeps emp-a in top; emp-b goes to B
    assertThat(r.entries()).extracting(CalibrationEntry::subjectId, CalibrationEntry::rank)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("emp-a", 1),
            org.assertj.core.groups.Tuple.tuple("emp-b", 1),
            org.assertj.core.groups.Tuple.tuple("emp-c", 3));
    assertThat(r.finalGrade("emp-a")).isEqualTo(A);
    assertThat(r.finalGrade("emp-b")).isEqualTo(B);
    assertThat(r.tieSplits()).singleElement()
        .hasToString("total 85 split at group 'top': kept [emp-a], moved [emp-b]");
    assertThat(r.changes()).singleElement()
        .extracting(GradeChange::reason).asString().endsWith("; equal totals split by tie key");
  }

  @Test
  void a_caller_chosen_tie_key_decides_a_split_tie() {
    // GIVEN the same tie, with hire dates as tie keys: emp-b joined earlier
    List<Candidate> people =
        List.of(
            Candidate.of("emp-b", 85).withTieKey("2019-03-01"),
            Candidate.of("emp-a", 85).withTieKey("2022-07-15"),
            Candidate.of("emp-c", 78), Candidate.of("emp-d", 77), Candidate.of("emp-e", 76),
            Candidate.of("emp-f", 75), Candidate.of("emp-g", 50));
    CalibrationResult r =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen()).calibrate(people);
    // WHEN calibrated (above)
    // THEN seniority wins: emp-b keeps the A
    assertThat(r.finalGrade("emp-b")).isEqualTo(A);
    assertThat(r.finalGrade("emp-a")).isEqualTo(B);
  }

  @Test
  void equal_totals_share_the_better_group_when_its_bound_allows() {
    // GIVEN top at least 20% (2 of 10), middle at most 70% (7), bottom at least 10% (1);
    // one natural A (88) and two tied at 79 (B) at the top of the ranking
    Quota quota =
        Quota.builder().atLeast("top", 20, "S", "A").atMost("middle", 70, "B")
            .atLeast("bottom", 10, "C", "D").build();
    List<Candidate> people =
        List.of(
            Candidate.of("emp-1", 88), Candidate.of("emp-2", 79), Candidate.of("emp-3", 79),
            Candidate.of("emp-4", 75), Candidate.of("emp-5", 74), Candidate.of("emp-6", 73),
            Candidate.of("emp-7", 72), Candidate.of("emp-8", 71), Candidate.of("emp-9", 70),
            Candidate.of("emp-10", 65));
    // WHEN calibrated: top must take 2, the cut falls between the two 79s, taking both (3) fits
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(people);
    // THEN both 79s get the lowest top grade, A; nobody is split
    assertThat(r.finalGrade("emp-2")).isEqualTo(A);
    assertThat(r.finalGrade("emp-3")).isEqualTo(A);
    assertThat(r.tieSplits()).isEmpty();
    // middle takes the next 6 (at most 7), bottom the natural C
    assertThat(r.finalDistribution().groups()).extracting(GroupTally::actual)
        .containsExactly(3, 6, 1);
    assertThat(r.violations()).isEmpty();
  }

  @Test
  void at_most_and_at_least_bounds_move_only_the_people_a_bound_requires() {
    // GIVEN top at most 20%, middle at most 70%, bottom at least 10%: 2 / 7 / 1 of 10;
    // natural grades: one A, nine B
    Quota quota =
        Quota.builder().atMost("top", 20, "S", "A").atMost("middle", 70, "B")
            .atLeast("bottom", 10, "C", "D").build();
    List<Candidate> people =
        List.of(
            Candidate.of("emp-01", 85), Candidate.of("emp-02", 79), Candidate.of("emp-03", 78),
            Candidate.of("emp-04", 77), Candidate.of("emp-05", 76), Candidate.of("emp-06", 75),
            Candidate.of("emp-07", 74), Candidate.of("emp-08", 73), Candidate.of("emp-09", 72),
            Candidate.of("emp-10", 71));
    // WHEN calibrated
    CalibrationResult r = Calibration.of(SCALE, quota).calibrate(people);
    // THEN nobody is promoted into top (1 of at most 2 stays 1), middle keeps 7 and the last 2
    // go to bottom with its best grade, C
    assertThat(r.finalGrade("emp-01")).isEqualTo(A);
    assertThat(r.finalGrade("emp-02")).isEqualTo(B);
    assertThat(r.finalGrade("emp-09")).isEqualTo(C);
    assertThat(r.finalGrade("emp-10")).isEqualTo(C);
    assertThat(r.changes()).extracting(GradeChange::subjectId).containsExactly("emp-09", "emp-10");
    assertThat(r.naturalDistribution().violations()).extracting(Violation::message)
        .containsExactly("group 'middle' must have at most 7, has 9",
            "group 'bottom' must have at least 1, has 0");
    assertThat(r.violations()).isEmpty();
  }

  @Test
  void a_strong_team_may_give_more_top_grades() {
    // GIVEN a table: team graded S → 30 / 60 / 10, otherwise 20 / 70 / 10
    Quota strong =
        Quota.builder().group("top", 30, "S", "A").group("middle", 60, "B")
            .group("bottom", 10, "C", "D").build();
    TeamQuotas table =
        TeamQuotas.builder().when("S", strong).otherwise(QuotaTest.twentySeventyTen()).build();
    // WHEN the same 7 people are calibrated in a team graded S and in one graded B
    CalibrationResult inStrongTeam =
        Calibration.of(SCALE, table.quotaFor(S)).calibrate(sevenPeople());
    CalibrationResult inAverageTeam =
        Calibration.of(SCALE, table.quotaFor(B)).calibrate(sevenPeople());
    // THEN the strong team keeps 2 in top (30% of 7 = 2.1 → 2): emp-2 keeps A
    assertThat(inStrongTeam.finalGrade("emp-2")).isEqualTo(A);
    assertThat(inStrongTeam.finalDistribution().count("top")).isEqualTo(2);
    // the average team keeps 1 (20% of 7 = 1.4 → 1): emp-2 moves to B
    assertThat(inAverageTeam.finalGrade("emp-2")).isEqualTo(B);
    assertThat(inAverageTeam.finalDistribution().count("top")).isEqualTo(1);
  }

  @Test
  void team_quotas_need_a_fallback() {
    // GIVEN a team quota table without otherwise(...)
    // WHEN it is built
    // THEN it fails, saying what to call
    assertThatThrownBy(() -> TeamQuotas.builder().when("S", QuotaTest.twentySeventyTen()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("team quotas need a quota for other team grades: call otherwise(quota)");
  }

  @Test
  void evaluations_are_calibrated_by_their_rounded_totals() {
    // GIVEN evaluations with raw totals 89.996 (shown 90.00, S) and 80 (A)
    CalibrationResult r =
        Calibration.of(SCALE, Quota.builder().group("all", 100, "S", "A", "B", "C", "D").build())
            .calibrateEvaluations(
                List.of(Fixtures.withTotal("emp-1", 80), Fixtures.withTotal("emp-2", 89.996)));
    // WHEN calibrated
    // THEN they are ranked by the totals as shown
    assertThat(r.entries()).extracting(e -> e.candidate().total().toPlainString())
        .containsExactly("90", "80");
    assertThat(r.finalGrade("emp-2")).isEqualTo(S);
  }

  @Test
  void a_population_with_a_subject_twice_or_a_total_off_the_scale_is_rejected() {
    // GIVEN a subject twice, and a total of 201 on a 0–200 scale
    // WHEN they are calibrated
    // THEN the subject and the value are named
    Calibration c = Calibration.of(SCALE, QuotaTest.twentySeventyTen());
    assertThatThrownBy(() -> c.calibrate(List.of(Candidate.of("emp-1", 80), Candidate.of("emp-1", 70))))
        .hasMessage("subject 'emp-1' appears twice in the population");
    assertThatThrownBy(() -> c.calibrate(List.of(Candidate.of("emp-1", 201))))
        .hasMessage("subject 'emp-1': total 201 is outside the grade scale's range [0, 200]");
  }

  @Test
  void any_grading_can_be_checked_against_the_quota() {
    // GIVEN last year's grades of 10 people: 4 in top, 5 B, 1 C; the quota allocates 2 / 7 / 1
    Distribution d =
        Calibration.of(SCALE, QuotaTest.twentySeventyTen())
            .distribution(List.of(S, A, A, A, B, B, B, B, B, C));
    // WHEN the grading is checked against 20 / 70 / 10
    // THEN top has 4 of exactly 2 and middle 5 of exactly 7
    assertThat(d.meetsQuota()).isFalse();
    assertThat(d.violations()).extracting(Violation::message)
        .containsExactly("group 'top' must have exactly 2, has 4",
            "group 'middle' must have exactly 7, has 5");
  }
}

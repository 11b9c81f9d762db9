package dev.yardstick.review.versioning;

import static dev.yardstick.review.testing.Fixtures.Q2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.testing.Fixtures;
import dev.yardstick.review.testing.TestScoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  static final GradeScale SCALE = GradeScale.defaultScale();

  /** Q2 measurements of three people. */
  static List<Measurement> q2Measurements() {
    List<Measurement> all = new ArrayList<>();
    // emp-1: gmv 100, cvr 0.021 / 0.035 = 60
    all.addAll(Fixtures.measurements("emp-1", Q2, "gmv", 1_000_000, "cvr", 0.021));
    // emp-2: gmv 80, cvr 100
    all.addAll(Fixtures.measurements("emp-2", Q2, "gmv", 800_000, "cvr", 0.035));
    // emp-3: gmv 92, cvr 0.0308 / 0.035 = 88
    all.addAll(Fixtures.measurements("emp-3", Q2, "gmv", 920_000, "cvr", 0.0308));
    return all;
  }

  static List<Evaluation> q2OnV1() {
    Scorecard v1 = VersioningFixtures.v1();
    List<Evaluation> list = new ArrayList<>();
    for (String id : List.of("emp-1", "emp-2", "emp-3")) {
      List<Measurement> mine = new ArrayList<>();
      for (Measurement m : q2Measurements()) {
        if (m.subjectId().equals(id)) {
          mine.add(m);
        }
      }
      list.add(Yardstick.evaluate(Fixtures.employee(id)).in(Q2).against(v1).with(mine));
    }
    return list;
  }

  @Test
  void rescoring_q2_under_the_balanced_proposal_shows_who_changes_grade_and_why() {
    // GIVEN Q2 under v1 (gmv 75%, cvr 25%):
    //   emp-1 0.75 × 100 + 0.25 × 60 = 90.00 (S), emp-2 60 + 25 = 85.00 (A), emp-3 69 + 22 = 91.00 (S)
    List<Evaluation> past = q2OnV1();
    assertThat(past).extracting(e -> e.total().toPlainString())
        .containsExactly("90.00", "85.00", "91.00");
    // WHEN re-scored under the proposal (gmv 50%, cvr 50%):
    //   emp-1 50 + 30 = 80.00 (A), emp-2 40 + 50 = 90.00 (S), emp-3 46 + 44 = 90.00 (S)
    WhatIfResult result =
        WhatIf.of(VersioningFixtures.proposal(), SCALE).rescore(past, q2Measurements());
    // THEN emp-1 drops S → A (exactly on the A/S boundary both times) and emp-2 rises A → S
    assertThat(result.failures()).isEmpty();
    assertThat(result.gradeChanges()).extracting(Rescore::explanation)
        .containsExactly(
            "emp-1: S → A, total 90.00 → 80.00 (-10.00); moved most: gmv -25.00, cvr +15.00",
            "emp-2: A → S, total 85.00 → 90.00 (+5.00); moved most: cvr +25.00, gmv -20.00");
    Rescore emp3 = result.rescores().get(2);
    assertThat(emp3.gradeChanged()).isFalse();
    assertThat(emp3.explanation())
        .isEqualTo("emp-3: S unchanged, total 91.00 → 90.00 (-1.00); moved most: gmv -23.00, cvr +22.00");
    // the contributions behind the explanation: gmv 0.75 × 100 = 75 → 0.5 × 100 = 50
    ItemShift gmv = result.rescores().get(0).movers().get(0);
    assertThat(gmv.indicatorId()).isEqualTo("gmv");
    assertThat(gmv.before()).isCloseTo(75, within(1e-9));
    assertThat(gmv.after()).isCloseTo(50, within(1e-9));
    // the past evaluations keep their version; the re-scored ones are on the proposal
    assertThat(emp3.original().scorecardVersion()).isEqualTo(1);
    assertThat(emp3.rescored().period()).isEqualTo(Q2);
  }

  @Test
  void the_number_of_movers_is_configurable() {
    // GIVEN the Q2 evaluations
    // WHEN re-scored listing one mover
    // THEN only the largest mover, gmv, is listed
    WhatIfResult result =
        WhatIf.of(VersioningFixtures.proposal(), SCALE).topMovers(1).rescore(q2OnV1(), q2Measurements());
    assertThat(result.rescores().get(0).movers()).extracting(ItemShift::indicatorId)
        .containsExactly("gmv");
  }

  @Test
  void per_subject_targets_are_carried_over() {
    // GIVEN emp-4 had its own GMV target of 800 000 in Q2: gmv 800 000 → 100, cvr 100 → v1 100
    List<Measurement> m = Fixtures.measurements("emp-4", Q2, "gmv", 800_000, "cvr", 0.035);
    Evaluation past =
        Yardstick.evaluate(Fixtures.employee("emp-4")).in(Q2).against(VersioningFixtures.v1())
            .targets(Map.of("gmv", Target.of(800_000))).with(m);
    // WHEN re-scored
    Rescore r = WhatIf.of(VersioningFixtures.proposal(), SCALE).rescore(List.of(past), m).rescores().get(0);
    // THEN the own target applies again: 0.5 × 100 + 0.5 × 100 = 100.00 (80 against the default
    // target would have given 90.00)
    assertThat(r.newTotal()).isEqualByComparingTo("100.00");
    ItemResult gmv = r.rescored().item("gmv").orElseThrow();
    assertThat(gmv.target()).isEqualTo(Target.of(800_000));
    assertThat(gmv.flags()).contains(ItemFlag.TARGET_OVERRIDDEN);
    assertThat(r.movers()).extracting(ItemShift::indicatorId).containsExactly("cvr", "gmv");
  }

  @Test
  void the_team_score_is_carried_over() {
    // GIVEN v1 and the proposal both blend 80% own and 20% team; emp-1's team scored 90 in Q2
    Scorecard v1 = VersioningFixtures.card(75, 25, TeamLink.blend(80, 20)).build();
    Scorecard v2 = VersioningFixtures.card(50, 50, TeamLink.blend(80, 20)).build();
    List<Measurement> m = Fixtures.measurements("emp-1", Q2, "gmv", 1_000_000, "cvr", 0.021);
    Evaluation past =
        Yardstick.evaluate(Fixtures.employee("emp-1")).in(Q2).against(v1).teamScore(90).with(m);
    // v1: 0.8 × 90 + 0.2 × 90 = 90.00
    assertThat(past.total()).isEqualByComparingTo("90.00");
    // WHEN re-scored under v2
    Rescore r = WhatIf.of(v2, SCALE).rescore(List.of(past), m).rescores().get(0);
    // THEN the same team score is blended with the new own total 80:
    // 0.8 × 80 + 0.2 × 90 = 64 + 18 = 82.00
    assertThat(r.newTotal()).isEqualByComparingTo("82.00");
  }

  @Test
  void a_person_who_cannot_be_rescored_is_a_failure_with_the_reason() {
    // GIVEN a proposal adding CAC, which was not measured in Q2
    Scorecard withCac =
        Yardstick.scorecard("growth")
            .section("KPI", 100)
            .item(Fixtures.GMV).weight(50).target(Target.of(1_000_000)).scoredBy(TestScoring.percentOfTarget())
            .item(Fixtures.CVR).weight(30).target(Target.of(0.035)).scoredBy(TestScoring.percentOfTarget())
            .item(Fixtures.CAC).weight(20).target(Target.of(60)).scoredBy(TestScoring.percentOfTarget())
            .build();
    // WHEN the Q2 evaluations are re-scored
    WhatIfResult result = WhatIf.of(withCac, SCALE).rescore(q2OnV1(), q2Measurements());
    // THEN nobody is re-scored, and each failure names the missing measurement
    assertThat(result.rescores()).isEmpty();
    assertThat(result.failures()).hasSize(3);
    Outcome.Failed first = result.failures().get(0);
    assertThat(first.subject().id()).isEqualTo("emp-1");
    assertThat(first.errorType()).isEqualTo("InvalidInputException");
    assertThat(first.reason())
        .isEqualTo("subject 'emp-1', indicator 'cac', field 'measurement' is missing for"
            + " 2026-Q2 (scorecard 'growth' requires every item)");
  }
}

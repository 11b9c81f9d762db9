package dev.yardstick.assertj;

import static dev.yardstick.assertj.YardstickAssertions.assertThat;
import static dev.yardstick.assertj.YardstickAssertions.assertThatWarnings;
import static dev.yardstick.assertj.YardstickAssertionsTest.CVR;
import static dev.yardstick.assertj.YardstickAssertionsTest.EVALUATION;
import static dev.yardstick.assertj.YardstickAssertionsTest.GMV;
import static dev.yardstick.assertj.YardstickAssertionsTest.LI;
import static dev.yardstick.assertj.YardstickAssertionsTest.Q3;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.assertj.fixtures.YardstickFixtures;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.SectionResult;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.GradeOverride;
import dev.yardstick.review.calibration.GuardRails;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.rules.kpi.catalog.EcommerceRoles;
import dev.yardstick.rules.okr.Colour;
import dev.yardstick.rules.okr.ConfidenceScale;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.tracking.warning.Severity;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each assertion both passing and failing, with the failure message it gives. */
class AssertionMessagesTest {

  /** A floored item and a missing one, built by hand like the evaluation of YardstickAssertionsTest. */
  static final ItemResult RETURNS = new ItemResult("return-rate", new BigDecimal("0.2"), Target.of(0.05), 50,
      0.5, 0, new BigDecimal("0.00"), 0, "ratio-to-target",
      Explanation.of("return rate {} is far above target {}; floored at {}", 0.2, 0.05, 0), Set.of(ItemFlag.FLOORED));
  static final ItemResult CAC = new ItemResult("cac", null, Target.of(80), 50, 0.5, 0, new BigDecimal("0.00"),
      0, "ratio-to-target", Explanation.of("no measurement; scored {}", 0), Set.of(ItemFlag.MISSING_SCORED_ZERO));
  /** 0.5 × 0 + 0.5 × 0 = 0, no evaluation flag. */
  static final Evaluation UNFLAGGED = new Evaluation(LI, Q3, "store-ops-manager", 2,
      List.of(new SectionResult("KPI", 100, 1, 0, new BigDecimal("0.00"), false, List.of(RETURNS, CAC))),
      null, 0, new BigDecimal("0.00"), Set.of());

  static final Subject WANG = Subject.employee("emp-18", "Wang Fang", "store-ops-manager", "team-a");
  static final BatchResult BATCH = new BatchResult(Q3, List.of(new Outcome.Evaluated(EVALUATION),
      new Outcome.Failed(WANG, "InvalidInputException", "subject 'emp-18', indicator 'cvr', field 'measurement': none")));

  // ---------------------------------------------------------------- evaluation

  @Test
  void a_grade_is_checked_on_the_default_scale_and_a_wrong_one_names_both_grades() {
    // GIVEN a total of 106.29, in S (90 to 200) on the default scale
    // WHEN / THEN S passes, A fails naming the expected and the actual grade
    assertThat(EVALUATION).hasGrade("S").hasTotal(106.29);
    assertThatThrownBy(() -> assertThat(EVALUATION).hasGrade("A"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected emp-17 in 2026-Q3 to be graded A but the total 106.29 is graded S");
  }

  @Test
  void the_breakdown_shows_each_items_weight_as_a_percentage() {
    // GIVEN weights 0.6 and 0.4; WHEN a total assertion fails; THEN they show as 60.00% and 40.00%
    assertThatThrownBy(() -> assertThat(EVALUATION).hasTotal("100"))
        .hasMessageContaining("weight  60.00%")
        .hasMessageContaining("weight  40.00%");
  }

  @Test
  void flags_of_the_evaluation_pass_when_present_and_fail_listing_the_flags() {
    // GIVEN one evaluation flagged CAPPED and one without flags
    // WHEN / THEN the present flag and the absence of flags pass; a missing flag fails listing the flags
    assertThat(EVALUATION).hasFlag(EvaluationFlag.CAPPED).hasTotal(106.29);
    assertThat(UNFLAGGED).hasNoFlags().hasTotal(0);
    assertThatThrownBy(() -> assertThat(EVALUATION).hasFlag(EvaluationFlag.RENORMALISED))
        .hasMessageContaining("Expected evaluation of emp-17 to have flag RENORMALISED but its flags were [CAPPED]");
  }

  @Test
  void a_wrong_scorecard_id_or_version_fails_naming_both() {
    // GIVEN an evaluation made with store-ops-manager v2; WHEN another version or id is expected; THEN it fails
    assertThatThrownBy(() -> assertThat(EVALUATION).usedScorecard("store-ops-manager", 3))
        .hasMessageContaining("to use scorecard store-ops-manager v3 but it used store-ops-manager v2");
    assertThatThrownBy(() -> assertThat(EVALUATION).usedScorecard("cs-specialist", 2))
        .hasMessageContaining("to use scorecard cs-specialist v2 but it used store-ops-manager v2");
  }

  // ---------------------------------------------------------------- items

  @Test
  void floored_and_missing_items_pass_and_other_items_fail_naming_the_item() {
    // GIVEN a floored item, a missing item and the capped GMV item
    // WHEN / THEN each passes its own assertion, chained; the others fail
    assertThat(RETURNS).wasFloored().isNotCapped().hasScore(0);
    assertThat(CAC).wasMissing().hasFlag(ItemFlag.MISSING_SCORED_ZERO);
    assertThatThrownBy(() -> assertThat(GMV).wasMissing())
        .hasMessageContaining("Expected item 'store-gmv' to be missing but its actual was 1300000");
    assertThatThrownBy(() -> assertThat(CVR).wasFloored())
        .hasMessageContaining("Expected item 'conversion-rate' to have flag FLOORED but its flags were []");
  }

  @Test
  void explanation_and_strategy_assertions_fail_quoting_what_was_there() {
    // GIVEN the capped GMV item; WHEN another text or strategy is expected; THEN the message quotes the actual
    assertThat(GMV).explanationContains("capped at 120").wasScoredBy("threshold-target-stretch");
    assertThatThrownBy(() -> assertThat(GMV).explanationContains("below threshold"))
        .hasMessageContaining("Expected the explanation of item 'store-gmv' to contain")
        .hasMessageContaining("below threshold")
        .hasMessageContaining("actual 1300000 is above stretch 1200000; capped at 120");
    assertThatThrownBy(() -> assertThat(GMV).wasScoredBy("linear"))
        .hasMessageContaining(
            "Expected item 'store-gmv' to be scored by 'linear' but it was scored by 'threshold-target-stretch'");
  }

  // ---------------------------------------------------------------- batches

  @Test
  void a_wrong_count_of_evaluated_subjects_fails_listing_the_failures() {
    // GIVEN one evaluated and one failed subject, and a batch with no failure
    BatchResult clean = new BatchResult(Q3, List.of(new Outcome.Evaluated(EVALUATION)));
    // WHEN / THEN two evaluated subjects are expected: the failures are listed, or "none"
    assertThatThrownBy(() -> assertThat(BATCH).hasEvaluated(2))
        .hasMessageContaining("Expected 2 evaluated subjects but there were 1; failures:")
        .hasMessageContaining("emp-18: subject 'emp-18', indicator 'cvr'");
    assertThatThrownBy(() -> assertThat(clean).hasEvaluated(2))
        .hasMessageContaining("Expected 2 evaluated subjects but there were 1; failures: none");
  }

  @Test
  void a_failure_of_another_type_or_reason_fails_quoting_the_actual_failure() {
    // GIVEN emp-18 failed with an InvalidInputException about indicator 'cvr'
    // WHEN / THEN the right type and reason pass in either order; others fail quoting type and reason
    assertThat(BATCH).hasFailureFor("emp-18").ofType("InvalidInputException").withReasonContaining("'cvr'");
    assertThatThrownBy(() -> assertThat(BATCH).hasFailureFor("emp-18").ofType("IllegalStateException"))
        .hasMessageContaining("Expected the failure of emp-18 to be a IllegalStateException but it was a"
            + " InvalidInputException: subject 'emp-18'");
    assertThatThrownBy(() -> assertThat(BATCH).hasFailureFor("emp-18").withReasonContaining("indicator 'gmv'"))
        .hasMessageContaining("Expected the failure of emp-18 to give a reason containing")
        .hasMessageContaining("indicator 'gmv'")
        .hasMessageContaining("but the reason was");
  }

  // ---------------------------------------------------------------- warnings

  @Test
  void warnings_are_selected_by_kind_and_a_missing_kind_fails_listing_the_warnings() {
    // GIVEN a red CAC ceiling breach for emp-17 and an amber GMV pace warning for emp-3
    Period aug = Period.parse("2026-08");
    List<Warning> warnings = List.of(
        new Warning("emp-17", "cac", aug, WarningKind.CEILING_BREACH, Severity.RED, new BigDecimal("80"),
            new BigDecimal("96.5"), null, "CAC 96.5 is above its ceiling 80"),
        new Warning("emp-3", "store-gmv", aug, WarningKind.PACE, Severity.AMBER, new BigDecimal("2000000"),
            new BigDecimal("1800000"), new BigDecimal("2700000"), "GMV behind pace"));
    // WHEN / THEN narrowing chains in any order; a pace warning on CAC does not exist
    assertThatWarnings(warnings).hasNoneFor("emp-9").hasNoneFor("emp-10");
    assertThatWarnings(warnings).containsBreachOf("cac").withSeverity(Severity.RED).forSubject("emp-17");
    assertThatThrownBy(() -> assertThatWarnings(warnings).contains(WarningKind.PACE, "cac"))
        .hasMessageContaining("Expected a PACE warning of 'cac' but the warnings were:")
        .hasMessageContaining("AMBER PACE emp-3 store-gmv 2026-08: GMV behind pace");
  }

  @Test
  void an_empty_list_of_warnings_is_reported_as_none() {
    // GIVEN no warnings; WHEN a breach is expected; THEN the message says there were none
    assertThatThrownBy(() -> assertThatWarnings(List.of()).containsBreachOf("cac"))
        .hasMessageContaining("Expected a ceiling or floor breach of 'cac' but the warnings were: none");
  }

  // ---------------------------------------------------------------- OKRs

  @Test
  void okr_scores_within_the_tolerance_of_1e_9_pass_and_a_wrong_colour_or_progress_fails() {
    // GIVEN a key result without check-in (progress 0) in an objective scoring 0 (red, below 0.4),
    // and the launch key result at 9 of 12 (9 / 12 = 0.75)
    KeyResult idle = KeyResult.metric("kr-idle", "Open 3 new stores", 100, 0, 3);
    Objective zero = Objective.builder("o-zero", "Open stores").owner("emp-17").period("2026-Q3").committed()
        .keyResult(idle).build();
    KeyResult launch = KeyResult.metric("kr-launch", "Launch 12 new products", 50, 0, 12)
        .checkIn(LocalDate.of(2026, 9, 30), 9, 0.8, ConfidenceScale.ZERO_TO_ONE);
    // WHEN / THEN exactly 1e-9 away still passes (|0 - 1e-9| = 1e-9 is not above the tolerance)
    assertThat(zero).hasScore(1e-9).isGraded(Colour.RED);
    assertThat(idle).hasProgress(1e-9).hasProgress(0);
    assertThat(launch).hasProgress(0.75);
    assertThatThrownBy(() -> assertThat(zero).isGraded(Colour.GREEN))
        .hasMessageContaining("Expected objective 'o-zero' to be GREEN but its score 0.0 is RED");
    assertThatThrownBy(() -> assertThat(launch).hasProgress(0.5))
        .hasMessageContaining("Expected key result 'kr-launch' to have progress 0.5 but it was 0.75 (current 9.0)");
  }

  // ---------------------------------------------------------------- calibration

  @Test
  void a_broken_quota_and_a_wrong_count_fail_naming_the_groups_and_the_final_grades() {
    // GIVEN 7 people, 20 / 70 / 10 → 1 / 5 / 1: emp-1 keeps S, emp-2 (91, natural S) moves down to B
    // forced ranking (no guard rails): emp-2 (91, S) may fall two grades to B
    Quota quota = Quota.builder().group("top", 20, "S", "A").group("middle", 70, "B").group("bottom", 10, "C", "D")
        .guardRails(GuardRails.NONE).build();
    List<Candidate> people = new ArrayList<>();
    double[] totals = {95, 91, 88, 79, 75, 72, 58};
    for (int i = 0; i < totals.length; i++) {
      people.add(Candidate.of("emp-" + (i + 1), BigDecimal.valueOf(totals[i])));
    }
    GradeScale scale = GradeScale.defaultScale();
    CalibrationResult proposal = Calibration.of(scale, quota).calibrate(people);
    // AND an override that puts emp-2 in the top group too: top 2, middle 4
    CalibrationResult overridden = proposal.withOverride(new GradeOverride("emp-2", scale.require("A"),
        "Wang Fang (HRBP)", Instant.parse("2026-10-12T09:30:00Z"), "led the Double 11 launch"));
    // WHEN / THEN
    assertThat(proposal).hasNoViolations().hasFinalCount("top", 1);
    assertThatThrownBy(() -> assertThat(proposal).hasFinalCount("top", 2))
        .hasMessageContaining("Expected 2 people in group 'top' but there were 1; final grades")
        .hasMessageContaining("emp-1=S")
        .hasMessageContaining("emp-2=B");
    assertThatThrownBy(() -> assertThat(overridden).hasNoViolations())
        .hasMessageContaining("Expected the final grades to keep the quota but:")
        .hasMessageContaining("group 'top' must have exactly 1, has 2")
        .hasMessageContaining("group 'middle' must have exactly 5, has 4");
  }

  // ---------------------------------------------------------------- fixtures

  @Test
  void fixture_employees_are_numbered_in_order_of_creation() {
    // GIVEN fresh fixtures; WHEN two employees are made; THEN they are emp-1 and emp-2 of the role's team
    YardstickFixtures data = YardstickFixtures.seed(3);
    Subject first = data.employee("cs-specialist");
    Subject second = data.employee("store-ops-manager");
    org.assertj.core.api.Assertions.assertThat(first.id()).isEqualTo("emp-1");
    org.assertj.core.api.Assertions.assertThat(first.teamId()).isEqualTo("team-cs-specialist");
    org.assertj.core.api.Assertions.assertThat(second.id()).isEqualTo("emp-2");
    org.assertj.core.api.Assertions.assertThat(data.role("store-ops-manager").id()).isEqualTo("store-ops-manager");
  }

  @Test
  void drawn_values_lie_between_70_and_130_percent_of_the_target() {
    // GIVEN every catalog role's card; WHEN values are drawn; THEN each plain value with a non-zero
    // target is target × (0.7 + 0.6 × u), u in [0, 1): between 70% and 130% of the target, give or
    // take the rounding to 4 decimals (hence 69% and 131%)
    YardstickFixtures data = YardstickFixtures.seed(11);
    int checked = 0;
    for (var role : EcommerceRoles.all()) {
      Subject s = data.employee(role.id());
      Scorecard card = data.scorecard(role.id());
      List<Measurement> drawn = data.measurements(s, card, Q3);
      for (int i = 0; i < drawn.size(); i++) {
        Item item = card.items().get(i);
        Measurement m = drawn.get(i);
        Target target = item.target();
        if (target == null || target.target() == 0 || !m.parts().isEmpty()) {
          continue;
        }
        double share = m.value().divide(BigDecimal.valueOf(target.target()), MathContext.DECIMAL64).doubleValue();
        org.assertj.core.api.Assertions.assertThat(share).as(item.indicatorId()).isBetween(0.69, 1.31);
        checked++;
      }
    }
    org.assertj.core.api.Assertions.assertThat(checked).isGreaterThan(10);
  }
}

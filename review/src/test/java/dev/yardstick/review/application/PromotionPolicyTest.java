package dev.yardstick.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionPolicyTest {

  static final GradeScale SCALE = GradeScale.defaultScale();
  static final Grade S = SCALE.require("S");
  static final Grade A = SCALE.require("A");
  static final Grade B = SCALE.require("B");
  static final Grade D = SCALE.require("D");
  static final Period Q3 = Period.parse("2026-Q3");

  final PromotionPolicy policy =
      PromotionPolicy.of(
          SCALE, PromotionRule.consecutiveGrades(2, "A"), PromotionRule.minimumTenureMonths(12));

  @Test
  void two_consecutive_quarters_at_a_or_better_and_12_months_qualify() {
    // GIVEN hired 2025-10-01: 2025-10-01 to 2026-10-01 (the day after 2026-Q3 ends) = 12 months;
    // Q2 graded A, Q3 graded S
    PromotionDecision d =
        policy.assess(
            new PromotionCase("emp-7", LocalDate.parse("2025-10-01"), Q3,
                List.of(GradedPeriod.of("2026-Q3", S), GradedPeriod.of("2026-Q2", A))));
    // WHEN assessed (above)
    // THEN eligible, each rule met with its facts
    assertThat(d.eligible()).isTrue();
    assertThat(d.failures()).isEmpty();
    assertThat(d.checks()).extracting(RuleCheck::toString)
        .containsExactly(
            "[met] A or better in 2 consecutive periods: 2026-Q2 to 2026-Q3 graded A, S",
            "[met] at least 12 months of tenure: 12 full months from 2025-10-01 to the end of"
                + " 2026-Q3");
  }

  @Test
  void one_day_short_of_the_tenure_does_not_qualify() {
    // GIVEN hired 2025-10-02: to 2026-10-01 is 11 full months and 30 days
    PromotionDecision d =
        policy.assess(
            new PromotionCase("emp-7", LocalDate.parse("2025-10-02"), Q3,
                List.of(GradedPeriod.of("2026-Q2", A), GradedPeriod.of("2026-Q3", A))));
    // WHEN assessed
    // THEN only the tenure rule fails, one month short
    assertThat(d.eligible()).isFalse();
    assertThat(d.failures()).singleElement().extracting(RuleCheck::detail)
        .isEqualTo("11 full months from 2025-10-02 to the end of 2026-Q3, 1 short");
  }

  @Test
  void every_failed_condition_is_listed() {
    // GIVEN hired 2026-01-15 (8 full months to 2026-10-01), Q2 graded B and Q3 not graded yet
    PromotionDecision d =
        policy.assess(
            new PromotionCase("emp-8", LocalDate.parse("2026-01-15"), Q3,
                List.of(GradedPeriod.of("2026-Q2", B))));
    // WHEN assessed (above)
    // THEN both rules fail, with every reason
    assertThat(d.eligible()).isFalse();
    assertThat(d.failures()).extracting(RuleCheck::detail)
        .containsExactly(
            "needs A or better in each of 2026-Q2 to 2026-Q3: 2026-Q2 was B; 2026-Q3 has no grade",
            "8 full months from 2026-01-15 to the end of 2026-Q3, 4 short");
  }

  @Test
  void a_missing_quarter_breaks_the_run_of_consecutive_grades() {
    // GIVEN A in Q1 and Q3 but nothing in Q2
    PromotionDecision d =
        policy.assess(
            new PromotionCase("emp-9", LocalDate.parse("2020-01-01"), Q3,
                List.of(GradedPeriod.of("2026-Q1", A), GradedPeriod.of("2026-Q3", A))));
    // WHEN assessed for 2026-Q3
    // THEN the missing 2026-Q2 is the reason
    assertThat(d.failures()).singleElement().extracting(RuleCheck::detail)
        .isEqualTo("needs A or better in each of 2026-Q2 to 2026-Q3: 2026-Q2 has no grade");
  }

  @Test
  void no_grade_below_a_bar_looks_back_over_the_periods() {
    // GIVEN nothing below C in the last 4 quarters; Q1 was D
    PromotionPolicy p = PromotionPolicy.of(SCALE, PromotionRule.noGradeBelow("C", 4));
    PromotionDecision d =
        p.assess(
            new PromotionCase("emp-1", LocalDate.parse("2020-01-01"), Q3,
                List.of(GradedPeriod.of("2025-Q3", D), GradedPeriod.of("2026-Q1", D),
                    GradedPeriod.of("2026-Q3", A))));
    // WHEN assessed (above)
    // THEN 2025-Q4 … 2026-Q3 are looked at: only 2026-Q1 fails; 2025-Q3 is too old
    assertThat(d.failures()).singleElement()
        .hasToString("[not met] no grade below C in the last 4 periods: 2026-Q1 was D");
  }

  @Test
  void invalid_policies_and_cases_are_rejected() {
    // GIVEN rules, policies and cases with invalid values
    // WHEN they are built or assessed
    // THEN each message names the value
    assertThatThrownBy(() -> PromotionPolicy.of(SCALE, PromotionRule.consecutiveGrades(2, "X")))
        .hasMessage("grade 'X' is not on the scale [S, A, B, C, D]");
    assertThatThrownBy(() -> PromotionPolicy.of(SCALE, List.of()))
        .hasMessage("promotion policy has no rules");
    assertThatThrownBy(() -> PromotionRule.consecutiveGrades(0, "A"))
        .hasMessage("consecutive periods must be 1 or more, got 0");
    assertThatThrownBy(() -> PromotionRule.minimumTenureMonths(-1))
        .hasMessage("minimum tenure months must be 0 or more, got -1");
    assertThatThrownBy(
            () -> new PromotionCase("emp-1", LocalDate.parse("2020-01-01"), Q3,
                List.of(GradedPeriod.of("2026-Q3", A), GradedPeriod.of("2026-Q3", B))))
        .hasMessage("subject 'emp-1' has period 2026-Q3 twice in its history");
    assertThatThrownBy(
            () -> policy.assess(new PromotionCase("emp-1", LocalDate.parse("2020-01-01"), Q3,
                List.of(GradedPeriod.of("2026-Q3", Grade.of("X"))))))
        .hasMessage("subject 'emp-1', period 2026-Q3: grade 'X' is not on the scale [S, A, B, C, D]");
  }
}

package dev.yardstick.review.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.application.GradedPeriod;
import dev.yardstick.review.application.PayMatrix;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionCase;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.PromotionPolicy;
import dev.yardstick.review.application.PromotionRule;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.GradeOverride;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The final grade is one value: the sheet, pay and promotion read the same one. */
class FinalGradeEverywhereTest {

  static final GradeScale SCALE = GradeScale.defaultScale();
  static final Grade S = SCALE.require("S");
  static final Grade A = SCALE.require("A");
  static final Grade B = SCALE.require("B");
  static final Instant MONDAY = Instant.parse("2026-10-12T09:30:00Z");
  static final String QUOTA_REASON =
      "position 2 of 5 (total 96.2) is placed in quota group 'rest' (exactly 4: 80% of 5 = 4,"
          + " largest remainder); natural grade S is in group 'top'";

  /**
   * Li Wei's Q3 (total 96.20, S by the total) in a team of 5 where only 20% (1) may be S: emp-0
   * (99) keeps the S, Li goes one step down to A; then HR overrides Li to B.
   */
  static CalibrationResult calibrated() {
    Quota quota = Quota.builder().group("top", 20, "S").group("rest", 80, "A", "B", "C", "D")
        .build();
    return Calibration.of(SCALE, quota)
        .calibrate(List.of(Candidate.of("emp-0", 99), Candidate.of(InterviewSheetTest.q3()),
            Candidate.of("emp-2", 75), Candidate.of("emp-3", 74), Candidate.of("emp-4", 65)))
        .withOverride(new GradeOverride("emp-1", B, "Wang Fang (HRBP)", MONDAY,
            "conduct complaints upheld"));
  }

  @Test
  void the_sheet_heads_with_the_final_grade_and_shows_the_grade_by_the_total_and_why() {
    // GIVEN Li's final grade B (S by the total, A by the quota, B by the override)
    FinalGrade li = calibrated().finalGradeOf("emp-1");
    // WHEN the sheet is built with the scale and the final grade
    InterviewSheet sheet = InterviewSheet.builder(InterviewSheetTest.q3()).grades(SCALE)
        .finalGrade(li).build();
    // THEN its headline is the final grade B, not the grade of the total S
    assertThat(sheet.grade()).isEqualTo(B);
    assertThat(sheet.finalGrade()).isEqualTo(li);
    // AND the header shows the grade by the total and each change with its reason
    assertThat(sheet.toMarkdown(Locale.ENGLISH)).contains(String.join("\n",
        "- Total: 96.20",
        "- Grade: B (Meets expectations)",
        "- Grade by the total: S (Outstanding)",
        "- Changed S → A by the quota: " + QUOTA_REASON,
        "- Changed A → B by Wang Fang (HRBP) at 2026-10-12T09:30:00Z: conduct complaints upheld",
        ""));
    assertThat(sheet.toPlainText(Locale.SIMPLIFIED_CHINESE)).contains(String.join("\n",
        "等级：B（良好）",
        "按总分等级：S（卓越）",
        "S → A，配额校准：" + QUOTA_REASON,
        "A → B，人工调整（Wang Fang (HRBP)，2026-10-12T09:30:00Z）：conduct complaints upheld",
        ""));
  }

  @Test
  void a_sheet_whose_final_grade_is_the_grade_by_the_total_shows_no_reason() {
    // GIVEN emp-0, S by the total and finally
    Evaluation top = Fixtures.withTotal("emp-0", 99);
    // WHEN the sheet is built with that final grade
    InterviewSheet sheet = InterviewSheet.builder(top)
        .finalGrade(calibrated().finalGradeOf("emp-0")).build();
    // THEN it heads with S and says nothing more about the grade
    assertThat(sheet.toMarkdown(Locale.ENGLISH)).contains("- Grade: S (Outstanding)\n")
        .doesNotContain("by the total", "Changed");
  }

  @Test
  void a_final_grade_given_by_code_heads_the_sheet_with_the_scales_names() {
    // GIVEN Li's final grade as bare codes (no names), and the default scale
    FinalGrade bare = FinalGrade.ofTotal("emp-1", new BigDecimal("96.20"), Grade.of("S"));
    // WHEN the sheet is built with and without the scale
    InterviewSheet named = InterviewSheet.builder(InterviewSheetTest.q3()).grades(SCALE)
        .finalGrade(bare).build();
    InterviewSheet unnamed = InterviewSheet.builder(InterviewSheetTest.q3()).finalGrade(bare)
        .build();
    // THEN with the scale the headline is the scale's S, with its name; without, the bare code
    assertThat(named.grade()).isEqualTo(S);
    assertThat(named.toMarkdown(Locale.ENGLISH)).contains("- Grade: S (Outstanding)\n");
    assertThat(unnamed.grade()).isEqualTo(Grade.of("S"));
    assertThat(unnamed.toMarkdown(Locale.ENGLISH)).contains("- Grade: S\n");
    // AND a final grade that is not on the scale is shown as given
    InterviewSheet off = InterviewSheet.builder(InterviewSheetTest.q3()).grades(SCALE)
        .finalGrade(FinalGrade.ofTotal("emp-1", new BigDecimal("96.2"), Grade.of("X"))).build();
    assertThat(off.grade()).isEqualTo(Grade.of("X"));
  }

  @Test
  void a_final_grade_of_another_person_or_total_is_refused() {
    // GIVEN Li's evaluation (emp-1, 96.20)
    InterviewSheet.Builder builder = InterviewSheet.builder(InterviewSheetTest.q3());
    // WHEN emp-0's final grade, or one for another total, is given THEN it is refused
    assertThatThrownBy(() -> builder.finalGrade(calibrated().finalGradeOf("emp-0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("final grade of 'emp-0' given for the sheet of 'emp-1'");
    assertThatThrownBy(() -> builder.finalGrade(FinalGrade.ofTotal("emp-1", new BigDecimal("96.3"), S)))
        .hasMessage("final grade of 'emp-1' is for total 96.3, but the evaluation's total is 96.20");
    // AND a sheet heading with another grade than its final grade cannot be made
    InterviewSheet sheet = InterviewSheet.builder(InterviewSheetTest.q3())
        .finalGrade(calibrated().finalGradeOf("emp-1")).build();
    assertThatThrownBy(() -> new InterviewSheet(sheet.subject(), sheet.period(),
            sheet.scorecardId(), sheet.scorecardVersion(), sheet.total(), S, null,
            List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Map.of(), "", "",
            sheet.finalGrade()))
        .hasMessage("interview sheet of 'emp-1' heads with grade S, but the final grade is B");
  }

  @Test
  void pay_is_proposed_from_the_final_grade_and_carries_it() {
    // GIVEN the matrix S +12% ×2, A +8% ×1.5, B +5% ×1 and Li's final grade B
    PayMatrix pay = PayMatrix.builder(SCALE).row("S", 12, 2).row("A", 8, 1.5).row("B", 5, 1)
        .row("C", 0, 0.5).row("D", 0, 0).build();
    FinalGrade li = calibrated().finalGradeOf("emp-1");
    // WHEN the proposal is made from the final grade
    PayProposal p = pay.propose(li, new BigDecimal("12000.00"), new BigDecimal("6000.00"));
    // THEN B's terms are paid: 12000 × 5 ÷ 100 = 600.00, bonus 6000 × 1 = 6000.00
    assertThat(p.grade()).isEqualTo(B);
    assertThat(p.salaryIncrease()).isEqualTo(new BigDecimal("600.00"));
    assertThat(p.bonus()).isEqualTo(new BigDecimal("6000.00"));
    // AND the proposal shows the grade by the total and why
    assertThat(p.finalGrade()).isEqualTo(li);
    assertThat(p.finalGrade().byTotal()).isEqualTo(S);
    assertThat(p.finalGrade().reason()).isEqualTo("S → A by the quota: " + QUOTA_REASON
        + "; then A → B by Wang Fang (HRBP) at 2026-10-12T09:30:00Z: conduct complaints upheld");
    // AND a proposal cannot carry a final grade other than the grade it pays
    assertThatThrownBy(() -> new PayProposal(A, null, p.terms(), p.teamCoefficient(),
            p.baseSalary(), p.salaryIncrease(), p.newSalary(), p.bonusBase(), p.bonus(), li))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pay proposal of grade A cannot carry the final grade B of 'emp-1'");
    // AND the old way still works, without a final grade
    assertThat(pay.propose(B, new BigDecimal("12000.00"), new BigDecimal("6000.00")).finalGrade())
        .isNull();
  }

  @Test
  void promotion_is_decided_on_the_final_grade_and_carries_it() {
    // GIVEN A or better in two quarters; Li had A in Q2 and the final grade B in Q3 (S by total)
    PromotionPolicy policy = PromotionPolicy.of(SCALE, PromotionRule.consecutiveGrades(2, "A"));
    FinalGrade li = calibrated().finalGradeOf("emp-1");
    Period q3 = Period.parse("2026-Q3");
    // WHEN assessed on the final grade
    PromotionDecision d = policy.assess(PromotionCase.of(LocalDate.parse("2024-01-01"), q3, li,
        List.of(GradedPeriod.of("2026-Q2", A))));
    // THEN the B counts (not the S of the total): not eligible, and the decision shows why
    assertThat(d.eligible()).isFalse();
    assertThat(d.failures()).singleElement().extracting(c -> c.detail())
        .isEqualTo("needs A or better in each of 2026-Q2 to 2026-Q3: 2026-Q3 was B");
    assertThat(d.finalGrade()).isEqualTo(li);
    assertThat(d.subjectId()).isEqualTo("emp-1");
    // AND a case whose history disagrees with its final grade, or is another person's, is refused
    assertThatThrownBy(() -> new PromotionCase("emp-1", LocalDate.parse("2024-01-01"), q3,
            List.of(GradedPeriod.of("2026-Q3", S)), li))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("promotion case of 'emp-1': the history's grade of 2026-Q3 is not the final"
            + " grade B");
    assertThatThrownBy(() -> new PromotionCase("emp-9", LocalDate.parse("2024-01-01"), q3,
            List.of(GradedPeriod.of("2026-Q3", B)), li))
        .hasMessage("promotion case of 'emp-9' has the final grade of 'emp-1'");
    assertThatThrownBy(() -> new PromotionCase("emp-1", LocalDate.parse("2024-01-01"), q3,
            List.of(GradedPeriod.of("2026-Q2", B)), li))
        .hasMessage("promotion case of 'emp-1': the history's grade of 2026-Q3 is not the final"
            + " grade B");
  }

  @Test
  void an_uncalibrated_final_grade_is_the_grade_of_the_total() {
    // GIVEN Li's evaluation and no calibration
    FinalGrade g = FinalGrade.ofTotal(InterviewSheetTest.q3(), SCALE);
    // THEN the final grade is the scale's grade of the rounded total, unchanged
    assertThat(g.grade()).isEqualTo(S);
    assertThat(g.byTotal()).isEqualTo(S);
    assertThat(g.total()).isEqualByComparingTo("96.2");
    assertThat(g.isChanged()).isFalse();
    assertThat(g.changes()).isEmpty();
  }
}

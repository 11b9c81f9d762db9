package dev.yardstick.samples.output;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.RuleCheck;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.application.TrainingRecommendation;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.interview.InterviewSheet;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.samples.company.DataNote;
import dev.yardstick.samples.company.Employee;
import dev.yardstick.samples.company.ReviewResult;
import dev.yardstick.samples.company.Roster;
import dev.yardstick.samples.company.SampleRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The interview sheets as Markdown: the review module's sheet (strengths, weaknesses, improvement
 * directions, next-period goals, room for comments) followed by a section on what the quarter
 * means for the person: the calibrated grade, pay, promotion, training, OKRs and data notes. A
 * person who could not be evaluated gets a short sheet with the reason.
 *
 * <pre>{@code
 * String md = Interviews.markdown(run, "emp-01", Locale.CHINESE);
 * }</pre>
 */
public final class Interviews {

  private Interviews() {}

  /** The sheet of one employee in English ({@code en}) or Chinese ({@code zh}). */
  public static String markdown(SampleRun run, String employeeId, Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    Employee e = Roster.employee(employeeId);
    ReviewResult review = run.review();
    InterviewSheet sheet = review.interviews().get(employeeId);
    if (sheet == null) {
      String reason = run.batch().outcome(employeeId)
          .filter(o -> o instanceof Outcome.Failed)
          .map(o -> ((Outcome.Failed) o).reason())
          .orElse("not evaluated");
      return (zh ? "# 绩效面谈表：" : "# Performance interview: ") + e.name() + "\n\n"
          + (zh ? "本期未能评估：" : "Not evaluated this period: ") + reason + "\n";
    }
    StringBuilder md = new StringBuilder(sheet.toMarkdown(locale));
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(zh ? "## 校准与结果应用" : "## Calibration and application");
    lines.add("");
    // an employee with an interview sheet was evaluated, so the review has all of their results
    FinalGrade finalGrade = Objects.requireNonNull(review.finalGrades().get(employeeId), "final grade");
    Grade grade = finalGrade.grade();
    String natural = finalGrade.byTotal().code();
    boolean moved = finalGrade.isChanged();
    lines.add(zh
        ? "- 校准后等级：**" + grade.code() + "**（" + grade.name(Locale.CHINESE) + "）"
            + (moved ? "；按分数为 " + natural + "，按团队配额调整" : "；与按分数所得等级一致")
        : "- Grade after calibration: **" + grade.code() + "** (" + grade.name() + ")"
            + (moved ? "; " + natural + " by the total, changed to fit the team's quota" : "; the same as by the total"));
    PayProposal pay = Objects.requireNonNull(review.pay().get(employeeId), "pay proposal");
    String percent = pay.terms().salaryAdjustmentPercent().stripTrailingZeros().toPlainString();
    lines.add(zh
        ? "- 调薪建议：月薪 " + Fmt.money(pay.baseSalary()) + " → " + Fmt.money(pay.newSalary()) + "（+" + percent + "%）"
        : "- Salary proposal: monthly " + Fmt.money(pay.baseSalary()) + " → " + Fmt.money(pay.newSalary()) + " (+" + percent + "%)");
    String coefficient = pay.terms().bonusCoefficient().stripTrailingZeros().toPlainString();
    lines.add(zh
        ? "- 季度奖金：" + Fmt.money(pay.bonusBase()) + " × " + coefficient + " = " + Fmt.money(pay.bonus())
        : "- Quarterly bonus: " + Fmt.money(pay.bonusBase()) + " × " + coefficient + " = " + Fmt.money(pay.bonus()));
    PromotionDecision promotion =
        Objects.requireNonNull(review.promotions().get(employeeId), "promotion decision");
    lines.add((zh ? "- 晋升资格：" : "- Promotion: ")
        + (promotion.eligible() ? (zh ? "符合" : "eligible") : (zh ? "暂不符合" : "not eligible")));
    for (RuleCheck check : promotion.checks()) {
      lines.add("  - " + (check.met() ? "✓ " : "✗ ") + check.rule() + ": " + check.detail());
    }
    TrainingPlan plan = Objects.requireNonNull(review.training().get(employeeId), "training plan");
    if (!plan.recommendations().isEmpty()) {
      List<String> topics = new ArrayList<>();
      for (TrainingRecommendation r : plan.recommendations()) {
        topics.add(r.topic().name(locale) + " (" + String.join(", ", r.indicatorIds()) + ")");
      }
      lines.add((zh ? "- 培训建议：" : "- Training: ") + String.join(zh ? "；" : "; ", topics));
    }
    for (Objective o : run.okrs().objectives()) {
      if (o.ownerId().equals(employeeId)) {
        lines.add((zh ? "- OKR：" : "- OKR: ") + o.title() + (zh ? "，得分 " : ", score ")
            + Fmt.decimal(o.score(), 2));
        o.activeKeyResults().forEach(kr -> lines.add("  - " + kr.title() + (zh ? "：进度 " : ": progress ")
            + Fmt.percent(java.math.BigDecimal.valueOf(kr.progress()))));
      }
    }
    Evaluation ev = run.batch().outcome(employeeId).map(o -> ((Outcome.Evaluated) o).evaluation()).orElseThrow();
    if (ev.team() != null) {
      lines.add((zh ? "- 团队挂钩：" : "- Linked to the team: ") + String.join(" · ", ConsoleSummary.flags(run, ev).stream()
          .filter(f -> f.startsWith("team")).toList()));
    }
    for (DataNote note : run.dataNotes()) {
      if (note.subjectId().equals(employeeId)) {
        lines.add(zh
            ? "- 数据说明：" + note.missingMonths() + " 无数据（休假）；" + String.join("、", note.excluded())
                + " 未计入（不足一季的累计值），其余权重按比例放大（EXCLUDE_AND_RENORMALISE）"
            : "- Data note: no facts for " + note.missingMonths() + " (on leave); " + String.join(", ", note.excluded())
                + " left out (a sum of fewer months than the quarter), the other weights scaled back to 100%"
                + " (EXCLUDE_AND_RENORMALISE)");
      }
    }
    md.append(String.join("\n", lines)).append('\n');
    return md.toString();
  }
}

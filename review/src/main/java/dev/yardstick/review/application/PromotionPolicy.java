package dev.yardstick.review.application;

import dev.yardstick.review.grade.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Promotion eligibility (晋升资格): every rule must be met; the decision lists each rule with the
 * facts, so a person who does not qualify sees every reason at once.
 *
 * <pre>{@code
 * PromotionPolicy policy = PromotionPolicy.of(GradeScale.defaultScale(),
 *     PromotionRule.consecutiveGrades(2, "A"), PromotionRule.minimumTenureMonths(12));
 * PromotionDecision d = policy.assess(new PromotionCase("emp-7", LocalDate.parse("2025-10-01"),
 *     Period.parse("2026-Q3"), List.of(GradedPeriod.of("2026-Q2", a), GradedPeriod.of("2026-Q3", s))));
 * d.eligible();    // true
 * d.failures();    // empty
 * policy.assess(PromotionCase.of(hired, q3, calibration.finalGradeOf("emp-7"), earlier))
 *     .finalGrade();   // the grade used, the grade of the total and why they differ
 * }</pre>
 *
 * <p>Immutable and thread-safe when its rules are.
 */
public final class PromotionPolicy {

  private final GradeScale scale;
  private final List<PromotionRule> rules;

  private PromotionPolicy(GradeScale scale, List<PromotionRule> rules) {
    this.scale = scale;
    this.rules = rules;
  }

  /**
   * A policy of these rules.
   *
   * @throws IllegalArgumentException if there is no rule or a rule names a grade not on the scale
   */
  public static PromotionPolicy of(GradeScale scale, List<PromotionRule> rules) {
    Objects.requireNonNull(scale, "scale");
    List<PromotionRule> copy = List.copyOf(rules);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("promotion policy has no rules");
    }
    for (PromotionRule rule : copy) {
      rule.validate(scale);
    }
    return new PromotionPolicy(scale, copy);
  }

  /** A policy of these rules. */
  public static PromotionPolicy of(GradeScale scale, PromotionRule... rules) {
    return of(scale, List.of(rules));
  }

  /** The rules, in order. */
  public List<PromotionRule> rules() {
    return rules;
  }

  /**
   * Checks one person against every rule.
   *
   * @throws IllegalArgumentException if the history holds a grade that is not on the scale
   */
  public PromotionDecision assess(PromotionCase promotionCase) {
    Objects.requireNonNull(promotionCase, "promotionCase");
    for (GradedPeriod g : promotionCase.history()) {
      if (!scale.contains(g.grade())) {
        throw new IllegalArgumentException(
            "subject '" + promotionCase.subjectId() + "', period " + g.period() + ": grade '"
                + g.grade().code() + "' is not on the scale " + scale.codes());
      }
    }
    List<RuleCheck> checks = new ArrayList<>();
    boolean all = true;
    for (PromotionRule rule : rules) {
      RuleCheck check = Objects.requireNonNull(rule.check(promotionCase, scale), "rule check");
      checks.add(check);
      all &= check.met();
    }
    return new PromotionDecision(
        promotionCase.subjectId(), all, checks, promotionCase.finalGrade());
  }
}

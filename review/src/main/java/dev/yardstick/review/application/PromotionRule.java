package dev.yardstick.review.application;

import dev.yardstick.core.domain.Period;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Args;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One condition of a {@link PromotionPolicy}. The built-in rules are below; a company may
 * implement its own.
 *
 * <pre>{@code
 * PromotionRule.consecutiveGrades(2, "A");   // the review period and the one before at A or better
 * PromotionRule.minimumTenureMonths(12);     // 12 full months by the end of the review period
 * PromotionRule.noGradeBelow("C", 4);        // nothing below C in the last 4 periods
 * }</pre>
 */
public interface PromotionRule {

  /** What the rule asks, in a few words. */
  String description();

  /**
   * Checks the rule is consistent with the scale, once, when the policy is built.
   *
   * @throws IllegalArgumentException if it names a grade that is not on the scale
   */
  default void validate(GradeScale scale) {}

  /** Checks one person. */
  RuleCheck check(PromotionCase promotionCase, GradeScale scale);

  /**
   * The review period and the {@code periods − 1} periods before it (of the same type) are each
   * graded {@code minGrade} or better. A period without a grade breaks the run.
   */
  static PromotionRule consecutiveGrades(int periods, String minGrade) {
    return new ConsecutiveGrades(periods, minGrade);
  }

  /**
   * At least {@code months} full months from the hire date to the end of the review period
   * (counted as {@link ChronoUnit#MONTHS} from the hire date to the day after the period's last
   * day, so someone hired on 2025-10-01 has 12 months at the end of 2026-Q3).
   */
  static PromotionRule minimumTenureMonths(int months) {
    return new MinimumTenure(months);
  }

  /**
   * None of the review period and the {@code periods − 1} before it is graded below {@code
   * grade}; periods without a grade are not counted.
   */
  static PromotionRule noGradeBelow(String grade, int periods) {
    return new NoGradeBelow(grade, periods);
  }

  /** The review period and the {@code count − 1} periods before it, oldest first. */
  private static List<Period> lookBack(Period review, int count) {
    List<Period> periods = new ArrayList<>();
    Period p = review;
    for (int i = 0; i < count; i++) {
      periods.add(0, p);
      p = p.previous();
    }
    return periods;
  }

  /**
   * See {@link PromotionRule#consecutiveGrades(int, String)}.
   *
   * @param periods how many consecutive periods, 1 or more
   * @param minGrade the code of the lowest grade that counts
   */
  record ConsecutiveGrades(int periods, String minGrade) implements PromotionRule {
    /** Validates. */
    public ConsecutiveGrades {
      Args.atLeast(periods, 1, "consecutive periods");
      Args.text(minGrade, "minimum grade");
    }

    @Override
    public String description() {
      return minGrade + " or better in " + periods + " consecutive period" + (periods == 1 ? "" : "s");
    }

    @Override
    public void validate(GradeScale scale) {
      scale.require(minGrade);
    }

    @Override
    public RuleCheck check(PromotionCase c, GradeScale scale) {
      Grade bar = scale.require(minGrade);
      List<Period> window = lookBack(c.reviewPeriod(), periods);
      List<String> problems = new ArrayList<>();
      List<String> grades = new ArrayList<>();
      for (Period p : window) {
        Optional<GradedPeriod> graded = c.gradeIn(p);
        if (graded.isEmpty()) {
          problems.add(p + " has no grade");
        } else {
          Grade g = graded.get().grade();
          grades.add(g.code());
          if (!scale.isAtLeast(g, bar)) {
            problems.add(p + " was " + g.code());
          }
        }
      }
      String span = window.get(0) + (periods == 1 ? "" : " to " + window.get(window.size() - 1));
      if (problems.isEmpty()) {
        return new RuleCheck(
            description(), true, span + " graded " + String.join(", ", grades));
      }
      return new RuleCheck(
          description(), false, "needs " + minGrade + " or better in each of " + span + ": "
              + String.join("; ", problems));
    }
  }

  /**
   * See {@link PromotionRule#minimumTenureMonths(int)}.
   *
   * @param months the minimum full months, 0 or more
   */
  record MinimumTenure(int months) implements PromotionRule {
    /** Validates. */
    public MinimumTenure {
      Args.atLeast(months, 0, "minimum tenure months");
    }

    @Override
    public String description() {
      return "at least " + months + " months of tenure";
    }

    @Override
    public RuleCheck check(PromotionCase c, GradeScale scale) {
      LocalDate end = c.reviewPeriod().end();
      long served = Math.max(0, ChronoUnit.MONTHS.between(c.hireDate(), end.plusDays(1)));
      String facts =
          served + " full months from " + c.hireDate() + " to the end of " + c.reviewPeriod();
      return served >= months
          ? new RuleCheck(description(), true, facts)
          : new RuleCheck(description(), false, facts + ", " + (months - served) + " short");
    }
  }

  /**
   * See {@link PromotionRule#noGradeBelow(String, int)}.
   *
   * @param grade the code of the lowest acceptable grade
   * @param periods how many periods to look back, including the review period, 1 or more
   */
  record NoGradeBelow(String grade, int periods) implements PromotionRule {
    /** Validates. */
    public NoGradeBelow {
      Args.text(grade, "lowest acceptable grade");
      Args.atLeast(periods, 1, "look-back periods");
    }

    @Override
    public String description() {
      return "no grade below " + grade + " in the last " + periods + " period"
          + (periods == 1 ? "" : "s");
    }

    @Override
    public void validate(GradeScale scale) {
      scale.require(grade);
    }

    @Override
    public RuleCheck check(PromotionCase c, GradeScale scale) {
      Grade bar = scale.require(grade);
      List<String> below = new ArrayList<>();
      for (Period p : lookBack(c.reviewPeriod(), periods)) {
        c.gradeIn(p)
            .filter(g -> !scale.isAtLeast(g.grade(), bar))
            .ifPresent(g -> below.add(p + " was " + g.grade().code()));
      }
      return below.isEmpty()
          ? new RuleCheck(description(), true, "none below " + grade)
          : new RuleCheck(description(), false, String.join("; ", below));
    }
  }
}

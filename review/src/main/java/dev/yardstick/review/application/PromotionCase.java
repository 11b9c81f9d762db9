package dev.yardstick.review.application;

import dev.yardstick.core.domain.Period;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts a promotion decision rests on.
 *
 * @param subjectId the person
 * @param hireDate the first day of employment (or in the current level, as the company counts)
 * @param reviewPeriod the period of the review that considers the promotion; the rules look back
 *     from it
 * @param history final grades by period, in any order, each period at most once
 * @param finalGrade the final grade of the review period, with the grade of the total and the
 *     reasons, when known ({@link #of(LocalDate, Period, FinalGrade, List)}); the history then
 *     holds its grade for the review period
 */
public record PromotionCase(
    String subjectId,
    LocalDate hireDate,
    Period reviewPeriod,
    List<GradedPeriod> history,
    @Nullable FinalGrade finalGrade) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a period is in the history twice, or the final grade is of
   *     another person or is not the history's grade of the review period
   */
  public PromotionCase {
    Args.text(subjectId, "promotion case subject id");
    Objects.requireNonNull(hireDate, "hireDate");
    Objects.requireNonNull(reviewPeriod, "reviewPeriod");
    history = List.copyOf(history);
    Set<Period> seen = new HashSet<>();
    for (GradedPeriod g : history) {
      if (!seen.add(g.period())) {
        throw new IllegalArgumentException(
            "subject '" + subjectId + "' has period " + g.period() + " twice in its history");
      }
    }
    if (finalGrade != null) {
      if (!finalGrade.subjectId().equals(subjectId)) {
        throw new IllegalArgumentException(
            "promotion case of '" + subjectId + "' has the final grade of '"
                + finalGrade.subjectId() + "'");
      }
      String code = finalGrade.grade().code();
      boolean same = false;
      for (GradedPeriod g : history) {
        same |= g.period().equals(reviewPeriod) && g.grade().code().equals(code);
      }
      if (!same) {
        throw new IllegalArgumentException(
            "promotion case of '" + subjectId + "': the history's grade of " + reviewPeriod
                + " is not the final grade " + code);
      }
    }
  }

  /** A case without a final grade of the review period, as before final grades existed. */
  public PromotionCase(
      String subjectId, LocalDate hireDate, Period reviewPeriod, List<GradedPeriod> history) {
    this(subjectId, hireDate, reviewPeriod, history, null);
  }

  /**
   * The case of the person of a final grade: the review period graded with it, after the earlier
   * periods' grades. The decision carries the final grade, so it shows the grade of the total and
   * why the grade used differs from it.
   *
   * <pre>{@code
   * PromotionCase.of(LocalDate.parse("2025-10-01"), Period.parse("2026-Q3"),
   *     result.finalGradeOf("emp-7"), List.of(GradedPeriod.of("2026-Q2", a)));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code earlier} holds the review period
   */
  public static PromotionCase of(
      LocalDate hireDate, Period reviewPeriod, FinalGrade finalGrade, List<GradedPeriod> earlier) {
    List<GradedPeriod> history = new ArrayList<>(earlier);
    history.add(new GradedPeriod(reviewPeriod, finalGrade.grade()));
    return new PromotionCase(finalGrade.subjectId(), hireDate, reviewPeriod, history, finalGrade);
  }

  /** The grade of a period, if the history has it. */
  public Optional<GradedPeriod> gradeIn(Period period) {
    for (GradedPeriod g : history) {
      if (g.period().equals(period)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}

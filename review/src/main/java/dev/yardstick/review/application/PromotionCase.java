package dev.yardstick.review.application;

import dev.yardstick.core.domain.Period;
import dev.yardstick.review.internal.Args;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts a promotion decision rests on.
 *
 * @param subjectId the person
 * @param hireDate the first day of employment (or in the current level, as the company counts)
 * @param reviewPeriod the period of the review that considers the promotion; the rules look back
 *     from it
 * @param history final grades by period, in any order, each period at most once
 */
public record PromotionCase(
    String subjectId, LocalDate hireDate, Period reviewPeriod, List<GradedPeriod> history) {

  /** Validates and copies. */
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

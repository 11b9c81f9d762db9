package dev.yardstick.review.application;

import dev.yardstick.core.domain.Period;
import dev.yardstick.review.grade.Grade;
import java.util.Objects;

/**
 * A person's final grade for one period.
 *
 * @param period the period
 * @param grade the final (calibrated) grade
 */
public record GradedPeriod(Period period, Grade grade) {

  /** Validates. */
  public GradedPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grade, "grade");
  }

  /** A graded period, parsing the period. */
  public static GradedPeriod of(String period, Grade grade) {
    return new GradedPeriod(Period.parse(period), grade);
  }
}

package dev.yardstick.review.grade;

import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The totals that earn one grade: from {@code lower} (inclusive) to {@code upper} (exclusive).
 * The highest band of a scale also includes its upper boundary, the scale's maximum.
 *
 * @param grade the grade
 * @param lower the lowest total of the band, inclusive
 * @param upper the end of the band, exclusive (inclusive for the highest band of a scale)
 */
public record GradeBand(Grade grade, BigDecimal lower, BigDecimal upper) {

  /** Validates: {@code lower < upper}. */
  public GradeBand {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.compareTo(upper) >= 0) {
      throw new IllegalArgumentException(
          "grade band '" + grade.code() + "' must have lower < upper, got ["
              + Numbers.plain(lower) + ", " + Numbers.plain(upper) + ")");
    }
    lower = Numbers.normalise(lower);
    upper = Numbers.normalise(upper);
  }

  /** Whether {@code lower ≤ total < upper}. */
  public boolean contains(BigDecimal total) {
    return total.compareTo(lower) >= 0 && total.compareTo(upper) < 0;
  }

  /** {@code S [90, 200)}. */
  @Override
  public String toString() {
    return grade.code() + " [" + Numbers.plain(lower) + ", " + Numbers.plain(upper) + ")";
  }
}

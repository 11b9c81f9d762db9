package dev.yardstick.review.interview;

import dev.yardstick.core.domain.Period;
import dev.yardstick.review.grade.Grade;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The previous period's result and the change of the total since.
 *
 * @param period the previous period
 * @param total its (rounded) total
 * @param grade its grade, when a scale was given
 * @param change {@code current total − previous total}
 */
public record PreviousResult(
    Period period, BigDecimal total, @Nullable Grade grade, BigDecimal change) {

  /** Validates. */
  public PreviousResult {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(change, "change");
  }
}

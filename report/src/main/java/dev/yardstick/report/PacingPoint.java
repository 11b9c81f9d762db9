package dev.yardstick.report;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.report.internal.Args;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One month of a pacing chart: the cumulative actual so far against the cumulative value the
 * plan expected by then, and the target of the whole period.
 *
 * <pre>{@code
 * PacingPoint july = PacingPoint.of(Period.parse("2026-07"), 310_000, 333_333.33, 1_000_000);
 * PacingPoint sept = PacingPoint.pending(Period.parse("2026-09"), 1_000_000, 1_000_000);
 * }</pre>
 *
 * @param month the month
 * @param actual the cumulative actual at the end of the month, or {@code null} when the month has
 *     no data (not yet reported, or missing)
 * @param expected the cumulative value the plan expected at the end of the month
 * @param target the target of the whole period, in force in this month
 */
public record PacingPoint(
    Period month, @Nullable BigDecimal actual, BigDecimal expected, BigDecimal target) {

  /** Validates: the period is a month. */
  public PacingPoint {
    Objects.requireNonNull(month, "month");
    if (month.type() != PeriodType.MONTH) {
      throw new IllegalArgumentException("pacing point month must be a month, got " + month);
    }
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(target, "target");
  }

  /** A month with data. */
  public static PacingPoint of(Period month, double actual, double expected, double target) {
    return new PacingPoint(
        month,
        Args.decimal(actual, "pacing point " + month + " actual"),
        Args.decimal(expected, "pacing point " + month + " expected"),
        Args.decimal(target, "pacing point " + month + " target"));
  }

  /** A month without data yet: the chart shows the plan but no actual. */
  public static PacingPoint pending(Period month, double expected, double target) {
    return new PacingPoint(
        month,
        null,
        Args.decimal(expected, "pacing point " + month + " expected"),
        Args.decimal(target, "pacing point " + month + " target"));
  }
}

package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a running period stands against its goal on a given day.
 *
 * <ul>
 *   <li>{@code expected = goal × expectedShare}: the value the profile expects to date;
 *   <li>{@code projected = actual ÷ expectedShare}: the end-of-period value if the rest of the
 *       period keeps the same pace relative to the profile (a run-rate projection);
 *   <li>{@code attainment = actual ÷ expected} (equivalently {@code projected ÷ goal}): 1 is
 *       exactly on pace;
 *   <li>{@code status}: from the attainment by the {@link PaceBands}, aware of the direction.
 * </ul>
 *
 * <p>Quotients are to {@link java.math.MathContext#DECIMAL64}; for an indicator in currency,
 * {@code expected} and {@code projected} are rounded half up to the cent (the status is decided on
 * the unrounded values).
 *
 * @param indicatorId the indicator
 * @param period the running period
 * @param asOf the last day counted
 * @param direction which way the indicator improves
 * @param goal the end-of-period target
 * @param expectedShare the profile's cumulative share to {@code asOf}, in (0, 1]
 * @param expected the expected value to date
 * @param actual the actual value to date
 * @param projected the projected end-of-period value
 * @param attainment actual ÷ expected
 * @param status green, amber or red
 */
public record Pace(
    String indicatorId,
    Period period,
    LocalDate asOf,
    Direction direction,
    BigDecimal goal,
    BigDecimal expectedShare,
    BigDecimal expected,
    BigDecimal actual,
    BigDecimal projected,
    BigDecimal attainment,
    PaceStatus status) {

  /** Validates. */
  public Pace {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(expectedShare, "expectedShare");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(projected, "projected");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(status, "status");
  }
}

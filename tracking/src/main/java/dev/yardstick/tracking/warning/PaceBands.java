package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The green and amber bands of a pace status, as tolerated <em>adverse</em> deviations from pace.
 *
 * <p>With attainment of pace {@code a = actual to date ÷ expected to date}, the adverse deviation
 * is {@code 1 − a} when higher is better (behind pace is bad), {@code a − 1} when lower is better
 * (ahead of pace is bad: a cost budget spent too fast) and {@code |a − 1|} when closer to target is
 * better. Deviation ≤ {@code green} is {@link PaceStatus#GREEN}, ≤ {@code amber} is {@link
 * PaceStatus#AMBER}, beyond it {@link PaceStatus#RED}; the boundaries belong to the better status.
 *
 * <pre>{@code
 * PaceBands bands = PaceBands.of(0.05, 0.15);   // GREEN down to 95% of pace, AMBER down to 85%
 * }</pre>
 *
 * @param green the largest adverse deviation that is still green, 0 or more (0.05 = 5%)
 * @param amber the largest adverse deviation that is still amber, at least {@code green}
 */
public record PaceBands(BigDecimal green, BigDecimal amber) {

  /** GREEN within 5% of pace, AMBER within 15%, RED beyond. */
  public static final PaceBands DEFAULT = new PaceBands(new BigDecimal("0.05"), new BigDecimal("0.15"));

  /** Validates. */
  public PaceBands {
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(amber, "amber");
    if (green.signum() < 0) {
      throw new IllegalArgumentException(
          "pace band green must not be negative, got " + Numbers.plain(green));
    }
    if (amber.compareTo(green) < 0) {
      throw new IllegalArgumentException(
          "pace band amber must be at least green (" + Numbers.plain(green) + "), got "
              + Numbers.plain(amber));
    }
  }

  /** Bands from doubles, read as the decimals they print as. */
  public static PaceBands of(double green, double amber) {
    return new PaceBands(
        Numbers.decimal(green, "pace band green"), Numbers.decimal(amber, "pace band amber"));
  }

  /** The status of an attainment of pace for an indicator improving in {@code direction}. */
  public PaceStatus status(BigDecimal attainment, Direction direction) {
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(direction, "direction");
    BigDecimal deviation;
    switch (direction) {
      case HIGHER_IS_BETTER:
        deviation = BigDecimal.ONE.subtract(attainment);
        break;
      case LOWER_IS_BETTER:
        deviation = attainment.subtract(BigDecimal.ONE);
        break;
      default:
        deviation = attainment.subtract(BigDecimal.ONE).abs();
        break;
    }
    if (deviation.compareTo(green) <= 0) {
      return PaceStatus.GREEN;
    }
    return deviation.compareTo(amber) <= 0 ? PaceStatus.AMBER : PaceStatus.RED;
  }
}

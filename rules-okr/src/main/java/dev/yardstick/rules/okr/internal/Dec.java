package dev.yardstick.rules.okr.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Decimal arithmetic for progress, means and pacing.
 *
 * <p>Progress is computed on the decimals the user typed, not on binary doubles: a conversion rate
 * from 3% to 5% that reached 4.4% is {@code (0.044 − 0.03) ÷ (0.05 − 0.03)}, exactly 0.7, which
 * grades green, where double arithmetic gives 0.6999999999999998, which would grade yellow. Grades
 * and zones turn on such boundaries, and the numbers decide pay.
 */
public final class Dec {

  /** 34 significant digits: far more than a double holds, so only the final conversion rounds. */
  public static final MathContext MC = MathContext.DECIMAL128;

  /** One hundred. */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Dec() {}

  /** The decimal a finite double prints as ({@code 0.1} becomes exactly 0.1). */
  public static BigDecimal of(double value) {
    return BigDecimal.valueOf(value);
  }

  /**
   * The nearest double; never -0.0.
   *
   * @throws IllegalStateException if the value is beyond the range of a double, so that infinity
   *     never leaks into a result
   */
  public static double toDouble(BigDecimal value) {
    double d = value.doubleValue();
    if (Double.isInfinite(d)) {
      throw new IllegalStateException(
          "result " + value.round(MathContext.DECIMAL32) + " is beyond the range of a double");
    }
    return d == 0 ? 0 : d;
  }

  /** Whether the value converts to a finite double (its magnitude is at most about 1.8E+308). */
  public static boolean fitsDouble(BigDecimal value) {
    return Double.isFinite(value.doubleValue());
  }

  /** {@code a ÷ b} to {@link #MC}. */
  public static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  /** {@code max(0, value)}. */
  public static BigDecimal floorAtZero(BigDecimal value) {
    return value.signum() < 0 ? BigDecimal.ZERO : value;
  }

  /** {@code min(1, value)}. */
  public static BigDecimal capAtOne(BigDecimal value) {
    return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
  }
}

package dev.yardstick.rules.okr.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Decimal arithmetic for progress, means and pacing.
 *
 * <p>Progress is computed on the decimals the user typed, not on binary doubles: {@code (0.12 −
 * 0.05) ÷ (0.15 − 0.05)} is exactly 0.7 and grades green, where double arithmetic gives
 * 0.6999999999999998 and would grade yellow. Grades and zones turn on such boundaries, and the
 * numbers decide pay.
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

  /** The nearest double; never -0.0. */
  public static double toDouble(BigDecimal value) {
    double d = value.doubleValue();
    return d == 0 ? 0 : d;
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

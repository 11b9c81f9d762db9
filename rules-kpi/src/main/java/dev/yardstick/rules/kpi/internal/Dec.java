package dev.yardstick.rules.kpi.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Decimal arithmetic for scoring formulas.
 *
 * <p>Scores are computed on decimals and converted to a double once, at the end, so that the
 * numbers a person computes by hand come out exactly: 1150000 × 100 ÷ 1000000 is 115, not
 * 114.99999999999999 as in binary floating point, and 0.0315 ÷ 0.035 is 0.9. Doubles enter as
 * the shortest decimal that reads back as them ({@code 0.035} is exactly 0.035).
 */
public final class Dec {

  /** 34 significant digits: far more than a score or its explanation needs. */
  public static final MathContext MC = MathContext.DECIMAL128;

  /** One hundred. */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Dec() {}

  /** The decimal a double prints as. */
  public static BigDecimal of(double value) {
    return BigDecimal.valueOf(value);
  }

  /** {@code a ÷ b} to {@link #MC}. */
  public static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  /** {@code a × 100 ÷ b}: {@code a} as a percentage of {@code b}. */
  public static BigDecimal percentOf(BigDecimal a, BigDecimal b) {
    return a.multiply(HUNDRED).divide(b, MC);
  }

  /**
   * The straight line through {@code (x0, y0)} and {@code (x1, y1)} at {@code x}: {@code y0 + (x
   * − x0) × (y1 − y0) ÷ (x1 − x0)}.
   *
   * @throws ArithmeticException if {@code x0 == x1}; callers rule that out first
   */
  public static BigDecimal line(
      BigDecimal x, BigDecimal x0, BigDecimal x1, BigDecimal y0, BigDecimal y1) {
    BigDecimal slope = y1.subtract(y0).divide(x1.subtract(x0), MC);
    return y0.add(x.subtract(x0).multiply(slope, MC), MC);
  }

  /** A decimal as a double, with {@code -0.0} folded to {@code 0.0}. */
  public static double toDouble(BigDecimal value) {
    double d = value.doubleValue();
    return d == 0 ? 0 : d;
  }

  /**
   * The shortest plain decimal for a double, without exponent or trailing zeros ({@code 120.0}
   * prints as {@code 120}), as in explanations; for messages.
   */
  public static String plain(double value) {
    if (value == 0) {
      return "0";
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The same as {@link #plain(double)} for a decimal. */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The numbers of a list, for {@code Explanation.of(template, numbers)}. */
  public static double[] array(List<Double> values) {
    double[] numbers = new double[values.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = values.get(i);
    }
    return numbers;
  }
}

package dev.yardstick.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-free number formatting. Doubles go through their exact binary value ({@code new
 * BigDecimal(double)}) rather than {@code Double.toString}, whose shortest-digits output changed
 * between JDK releases, so the same data gives the same bytes on every JDK.
 */
public final class Num {

  private Num() {}

  /** An SVG coordinate: at most two decimals, half-up, no trailing zeros, no {@code -0}. */
  public static String coord(double value) {
    return decimal(value, 2);
  }

  /** A double with at most {@code scale} decimals, half-up, no trailing zeros, no {@code -0}. */
  public static String decimal(double value, int scale) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("cannot format " + value + ": charts need finite numbers");
    }
    return plain(new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP));
  }

  /** A decimal without exponent or trailing zeros: {@code 1.50} as {@code 1.5}, {@code 1E+2} as {@code 100}. */
  public static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * A decimal for people: without trailing zeros, the integer part grouped by thousands with
   * commas (Chinese reports group the same way): {@code 1150000} as {@code 1,150,000}.
   */
  public static String grouped(BigDecimal value) {
    String plain = plain(value);
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder sb = new StringBuilder(plain.length() + 8);
    sb.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    return sb.append(plain, end, plain.length()).toString();
  }
}

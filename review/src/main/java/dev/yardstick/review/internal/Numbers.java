package dev.yardstick.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact, locale-free number formatting, so texts are the same on every machine. */
public final class Numbers {

  private Numbers() {}

  /** The shortest decimal that reads back as {@code value}, without exponent or trailing zeros. */
  public static String plain(double value) {
    if (value == 0) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A decimal without exponent or trailing zeros. */
  public static String plain(BigDecimal value) {
    return normalise(value).toPlainString();
  }

  /** A decimal with trailing zeros stripped and zero normalised, kept at scale 0 or more. */
  public static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A value with exactly two decimals, half up: the format of scores and totals. */
  public static String twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A signed value with two decimals: {@code +6.75}, {@code -2.00}, {@code 0.00}. */
  public static String signedTwoDecimals(BigDecimal value) {
    String s = twoDecimals(value);
    return value.signum() > 0 ? "+" + s : s;
  }

  /** A double rounded half up to two decimals, for display. */
  public static BigDecimal round2(double value) {
    return BigDecimal.valueOf(value == 0 ? 0 : value).setScale(2, RoundingMode.HALF_UP);
  }
}

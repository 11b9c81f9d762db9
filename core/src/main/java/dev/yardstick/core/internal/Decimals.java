package dev.yardstick.core.internal;

import java.math.BigDecimal;

/** Number formatting that is exact, locale-free and deterministic. */
public final class Decimals {

  private Decimals() {}

  /**
   * The shortest decimal that reads back as {@code value}, without exponent or trailing zeros:
   * {@code 0.1 + 0.2} prints as {@code 0.30000000000000004}, {@code 120.0} as {@code 120}.
   */
  public static String plain(double value) {
    if (value == 0) {
      return "0"; // also folds -0.0
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The same as {@link #plain(double)} for a decimal. */
  public static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** A decimal with trailing zeros stripped and zero normalised, so that equal numbers are equal. */
  public static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    // keep integers like 100 at scale 0 rather than 1E+2
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

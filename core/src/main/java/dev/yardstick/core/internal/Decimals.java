package dev.yardstick.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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

  /**
   * The shortest decimal that reads back as {@code value} (the nearest one of that length), the
   * same on every JDK: {@code 90.05} for the double nearest 90.05, {@code 0.30000000000000004}
   * for {@code 0.1 + 0.2}; zero for both zeros. {@link BigDecimal#valueOf(double)} goes through
   * {@link Double#toString(double)}, whose digits changed in JDK 19, so a score on a rounding tie
   * could round differently on two JDKs; this does not.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static BigDecimal shortest(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("no decimal for " + value + ": not a finite number");
    }
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      return BigDecimal.valueOf((long) value); // integers: the common case, exact
    }
    BigDecimal exact = new BigDecimal(value);
    // 17 significant digits always read back; fewer are tried from the shortest up
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == value) {
        return candidate;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
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

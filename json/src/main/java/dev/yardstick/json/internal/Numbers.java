package dev.yardstick.json.internal;

import dev.yardstick.core.domain.DecimalLimits;
import java.math.BigDecimal;
import tools.jackson.core.io.NumberOutput;

/**
 * Number text without binary artefacts, the same on every JVM.
 *
 * <p>A double is written as the shortest decimal that reads back as the same double (Jackson's
 * Schubfach writer, so the text does not depend on the JDK's {@code Double.toString}), in plain
 * notation: {@code 92.6} stays {@code 92.6}, {@code 0.1 + 0.2} stays {@code 0.30000000000000004},
 * {@code 120.0} becomes {@code 120} and {@code 1.0E7} becomes {@code 10000000}. Negative zero is
 * written {@code -0.0} so that it reads back as itself. A decimal is written in plain notation with
 * its scale: {@code 92.60} stays {@code 92.60}, never {@code 9.260E+1}.
 */
public final class Numbers {

  /**
   * Decimals whose exponent lies beyond this are refused: {@code 1e999999999} would not fit in
   * memory once expanded. Core's {@link DecimalLimits#MAX_EXPONENT}, so that whatever the reader
   * accepts the core's factories accept too.
   */
  public static final int MAX_SCALE = DecimalLimits.MAX_EXPONENT;

  private Numbers() {}

  /**
   * The text of a finite double.
   *
   * @throws IllegalArgumentException for NaN or infinity, which JSON numbers cannot carry
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(value + " is not a finite number and has no JSON number form");
    }
    if (value == 0) {
      return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0.0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String shortest = NumberOutput.toString(value, true);
    return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
  }

  /** The plain text of a decimal, keeping its scale ({@code 92.60} stays {@code 92.60}). */
  public static String format(BigDecimal value) {
    return value.toPlainString();
  }

  /** Whether a decimal is small enough to expand safely: core's {@link DecimalLimits#isWithin}. */
  public static boolean inRange(BigDecimal value) {
    return DecimalLimits.isWithin(value);
  }
}

package dev.yardstick.tracking.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

/** Exact, locale-free number handling and formatting shared by the tracking packages. */
public final class Numbers {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /** Trailing zeros stripped and zero normalised, integers kept at scale 0, as core does. */
  public static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The plain text of a decimal without exponent or trailing zeros. */
  public static String plain(BigDecimal value) {
    return normalise(value).toPlainString();
  }

  /**
   * The shortest decimal that reads back as {@code value}, plain ({@code 120.0} prints 120); NaN
   * and infinities print as Java prints them, for error messages.
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    return normalise(BigDecimal.valueOf(value)).toPlainString();
  }

  /** {@code value} to 6 significant digits, plain: for messages about measured series. */
  public static String brief(double value) {
    if (value == 0) {
      return "0";
    }
    return normalise(new BigDecimal(value).round(SIX_DIGITS)).toPlainString();
  }

  /** {@code value} with 2 decimals, half up: for σ distances in messages. */
  public static String twoDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A fraction as a percentage with 2 decimals, half up: {@code 0.82504} prints 82.5%. */
  public static String percent(BigDecimal fraction) {
    return plain(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
  }

  /**
   * The decimal a double prints as.
   *
   * @throws IllegalArgumentException naming {@code field} for NaN or infinity
   */
  public static BigDecimal decimal(double value, String field) {
    requireFinite(value, field);
    return BigDecimal.valueOf(value);
  }

  /**
   * Requires a finite double.
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static double requireFinite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + plain(value));
    }
    return value;
  }

  /** Comma-separated plain strings of the elements, in iteration order. */
  public static String join(Collection<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}

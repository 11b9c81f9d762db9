package dev.yardstick.core.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decimals Yardstick accepts: every public factory that takes a {@link BigDecimal}
 * (measurements, their numerators, denominators and parts, the review module's money) and the
 * JSON and CSV readers check their numbers here, so the three boundaries agree.
 *
 * <p>A decimal {@code unscaled × 10^−scale} is accepted when
 *
 * <ul>
 *   <li>its precision (significant digits) is at most {@value #MAX_PRECISION},
 *   <li>its scale lies within ±{@value #MAX_EXPONENT} ({@code 1E-1000} is accepted, {@code
 *       1E-1001} is not), and
 *   <li>its integer digits ({@code precision − scale}) lie within ±{@value #MAX_EXPONENT} (so the
 *       largest power of ten accepted is {@code 1E+999}).
 * </ul>
 *
 * <p>These bounds lie far beyond any real measurement or amount of money, which needs a few dozen
 * digits at most, and keep every step cheap: without them {@code new BigDecimal("1E+100000000")}
 * takes more than a minute to expand and {@code 1E+1000000000} overflows with an {@code
 * ArithmeticException}.
 *
 * <pre>{@code
 * DecimalLimits.isWithin(new BigDecimal("1250000.50"));   // true
 * DecimalLimits.isWithin(new BigDecimal("1E+100000000")); // false
 * }</pre>
 */
public final class DecimalLimits {

  /** The largest scale, and the largest number of integer digits, in either direction. */
  public static final int MAX_EXPONENT = 1000;

  /** The most significant digits. */
  public static final int MAX_PRECISION = 1000;

  /** The longest text of an offending value in a message; longer texts are abbreviated. */
  private static final int MAX_SHOWN = 40;

  private DecimalLimits() {}

  /** Whether {@code value} is within the limits described in the class documentation. */
  public static boolean isWithin(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    long scale = value.scale();
    long precision = value.precision();
    return precision <= MAX_PRECISION
        && Math.abs(scale) <= MAX_EXPONENT
        && Math.abs(precision - scale) <= MAX_EXPONENT;
  }

  /**
   * Requires a decimal within the limits, before anything expands it.
   *
   * @param subjectId the subject, or {@code null} when the value is not about one subject
   * @param indicatorId the indicator, or {@code null}
   * @param field the field, for example {@code "value"} or {@code "base salary"}
   * @return {@code value}
   * @throws InvalidInputException naming the subject, indicator, field and value when it is
   *     beyond the limits
   * @throws NullPointerException naming the field when {@code value} is null
   */
  public static BigDecimal check(
      @Nullable String subjectId, @Nullable String indicatorId, String field, BigDecimal value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (!isWithin(value)) {
      throw new InvalidInputException(
          subjectId,
          indicatorId,
          field,
          shown(value),
          "is out of range: Yardstick takes decimals of at most "
              + MAX_PRECISION
              + " digits whose exponent lies within ±"
              + MAX_EXPONENT);
    }
    return value;
  }

  /** The text of a value for a message, abbreviated when long, never expanded. */
  static String shown(BigDecimal value) {
    String text = value.toString(); // scientific notation for large exponents: never expands
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    return text.substring(0, 20) + "…(" + value.precision() + " digits, scale " + value.scale() + ")";
  }
}

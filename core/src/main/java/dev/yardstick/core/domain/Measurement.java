package dev.yardstick.core.domain;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of one indicator for one subject and period.
 *
 * <p>Values are decimals, so money is exact to the cent and sums over months are exact. A rate
 * carries its numerator and denominator ({@link #ratio}) so that a quarter can later be computed
 * as a ratio of sums. A measurement may also carry named parts, for example incident counts by
 * category for a deduction rule, or ratings by rater.
 *
 * <pre>{@code
 * Measurement gmv = Measurement.of("emp-17", "store-gmv", Period.parse("2026-07"), new BigDecimal("1250000.00"));
 * Measurement cvr = Measurement.ratio("emp-17", "conversion-rate", Period.parse("2026-07"), 3_150, 90_000);
 * }</pre>
 *
 * <p>Every decimal given (value, numerator, denominator, parts) must lie within the {@link
 * DecimalLimits} (at most {@value DecimalLimits#MAX_PRECISION} digits, exponent within ±{@value
 * DecimalLimits#MAX_EXPONENT}); one beyond them is rejected at once with an {@link
 * InvalidInputException} naming the subject, indicator, field and value.
 *
 * @param subjectId who was measured
 * @param indicatorId what was measured
 * @param period when
 * @param value the value, normalised (trailing zeros stripped, so {@code 1.50} equals {@code 1.5})
 * @param numerator for a ratio, the numerator; otherwise {@code null}
 * @param denominator for a ratio, the denominator (never zero); otherwise {@code null}
 * @param parts named components, in insertion order; empty when there are none
 */
public record Measurement(
    String subjectId,
    String indicatorId,
    Period period,
    BigDecimal value,
    @Nullable BigDecimal numerator,
    @Nullable BigDecimal denominator,
    Map<String, BigDecimal> parts) {

  /** Digits kept when a ratio's value is computed from its numerator and denominator. */
  public static final MathContext RATIO_PRECISION = MathContext.DECIMAL64;

  /** Validates and normalises. */
  public Measurement {
    Checks.id(subjectId, "subject id");
    Checks.id(indicatorId, "subject '" + subjectId + "' indicator id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    value = Decimals.normalise(DecimalLimits.check(subjectId, indicatorId, "value", value));
    if ((numerator == null) != (denominator == null)) {
      throw new InvalidInputException(
          subjectId,
          indicatorId,
          numerator == null ? "numerator" : "denominator",
          InvalidInputException.NONE,
          "is missing: a ratio needs both numerator and denominator");
    }
    if (numerator != null && denominator != null) {
      DecimalLimits.check(subjectId, indicatorId, "numerator", numerator);
      DecimalLimits.check(subjectId, indicatorId, "denominator", denominator);
      if (denominator.signum() == 0) {
        throw new InvalidInputException(
            subjectId, indicatorId, "denominator", "0", "cannot be zero: the ratio is undefined");
      }
      numerator = Decimals.normalise(numerator);
      denominator = Decimals.normalise(denominator);
    }
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      parts = Map.of(); // most measurements have no parts: share one empty map
    } else {
      Map<String, BigDecimal> copy = new LinkedHashMap<>();
      for (Map.Entry<String, BigDecimal> part : Checks.orderedCopy(parts, "parts").entrySet()) {
        Checks.id(
            part.getKey(), "subject '" + subjectId + "' indicator '" + indicatorId + "' part");
        String field = "part '" + part.getKey() + "'";
        copy.put(
            part.getKey(),
            Decimals.normalise(DecimalLimits.check(subjectId, indicatorId, field, part.getValue())));
      }
      parts = java.util.Collections.unmodifiableMap(copy);
    }
  }

  /**
   * A plain value.
   *
   * @throws InvalidInputException if {@code value} is beyond the {@link DecimalLimits}
   */
  public static Measurement of(
      String subjectId, String indicatorId, Period period, BigDecimal value) {
    return new Measurement(subjectId, indicatorId, period, value, null, null, Map.of());
  }

  /**
   * A plain value given as a double.
   *
   * @throws InvalidInputException if {@code value} is NaN or infinite
   */
  public static Measurement of(String subjectId, String indicatorId, Period period, double value) {
    return of(subjectId, indicatorId, period, decimal(subjectId, indicatorId, "value", value));
  }

  /**
   * A ratio whose value is {@code numerator ÷ denominator} (to {@link #RATIO_PRECISION}).
   *
   * @throws InvalidInputException if the denominator is zero, or either is beyond the {@link
   *     DecimalLimits}
   */
  public static Measurement ratio(
      String subjectId,
      String indicatorId,
      Period period,
      BigDecimal numerator,
      BigDecimal denominator) {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    DecimalLimits.check(subjectId, indicatorId, "numerator", numerator);
    DecimalLimits.check(subjectId, indicatorId, "denominator", denominator);
    if (denominator.signum() == 0) {
      throw new InvalidInputException(
          subjectId, indicatorId, "denominator", "0", "cannot be zero: the ratio is undefined");
    }
    return new Measurement(
        subjectId,
        indicatorId,
        period,
        numerator.divide(denominator, RATIO_PRECISION),
        numerator,
        denominator,
        Map.of());
  }

  /** A ratio of two doubles; see {@link #ratio(String, String, Period, BigDecimal, BigDecimal)}. */
  public static Measurement ratio(
      String subjectId, String indicatorId, Period period, double numerator, double denominator) {
    return ratio(
        subjectId,
        indicatorId,
        period,
        decimal(subjectId, indicatorId, "numerator", numerator),
        decimal(subjectId, indicatorId, "denominator", denominator));
  }

  /**
   * A copy with one more named part, for example {@code withPart("complaint", 2)}.
   *
   * @throws InvalidInputException if {@code partValue} is beyond the {@link DecimalLimits}
   */
  public Measurement withPart(String name, BigDecimal partValue) {
    Map<String, BigDecimal> copy = new LinkedHashMap<>(parts);
    copy.put(name, Objects.requireNonNull(partValue, "partValue"));
    return new Measurement(subjectId, indicatorId, period, value, numerator, denominator, copy);
  }

  /** A copy with one more named part given as a double. */
  public Measurement withPart(String name, double partValue) {
    return withPart(name, decimal(subjectId, indicatorId, "part '" + name + "'", partValue));
  }

  /** Whether this measurement carries a numerator and denominator. */
  public boolean isRatio() {
    return numerator != null;
  }

  /** The value as a double, for scoring. */
  public double doubleValue() {
    return value.doubleValue();
  }

  /**
   * Converts a double to the decimal it prints as ({@code 0.1} becomes exactly 0.1).
   *
   * @throws InvalidInputException naming the subject, indicator and field for NaN or infinity
   */
  public static BigDecimal decimal(
      String subjectId, String indicatorId, String field, double value) {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(field, "field");
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(
          subjectId, indicatorId, field, Double.toString(value), "is not a finite number");
    }
    return BigDecimal.valueOf(value);
  }
}

package dev.yardstick.tracking.aggregation;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of one subject rolled up over a quarter, half-year or year.
 *
 * <pre>{@code
 * Aggregate q3 = result.find("emp-17", "conversion-rate").orElseThrow();
 * q3.value();          // Σ buyers ÷ Σ visitors
 * q3.missingMonths();  // [2026-09] if September was not reported
 * q3.toMeasurement();  // a 2026-Q3 measurement for Yardstick.evaluate
 *
 * Aggregate quality = result.find("emp-9", "service-quality").orElseThrow();
 * quality.parts();     // {complaint=3, late-reply=3}: the months' incidents by category, summed
 * }</pre>
 *
 * @param subjectId who was measured
 * @param indicatorId what was measured
 * @param period the quarter, half-year or year
 * @param aggregation how the months were combined
 * @param value the aggregate, normalised (trailing zeros stripped)
 * @param numerator for {@link Aggregation#RATIO_OF_SUMS}, Σ numerators; otherwise {@code null}
 * @param denominator for {@link Aggregation#RATIO_OF_SUMS}, Σ denominators; otherwise {@code null}
 * @param months the months that had a measurement, in order (never empty)
 * @param missingMonths the months of {@code period} without a measurement, in order
 * @param parts the months' named parts rolled up by the indicator's {@link PartAggregation}
 *     (incident counts summed, ratings by rater averaged), normalised, in the order they first
 *     appear; empty when no month had parts
 */
public record Aggregate(
    String subjectId,
    String indicatorId,
    Period period,
    Aggregation aggregation,
    BigDecimal value,
    @Nullable BigDecimal numerator,
    @Nullable BigDecimal denominator,
    List<Period> months,
    List<Period> missingMonths,
    Map<String, BigDecimal> parts) {

  /**
   * Validates and copies: the months present and missing make up the period exactly; parts keep
   * their order.
   */
  public Aggregate {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(aggregation, "aggregation");
    value = Numbers.normalise(Objects.requireNonNull(value, "value"));
    months = List.copyOf(months);
    missingMonths = List.copyOf(missingMonths);
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      parts = Map.of();
    } else {
      Map<String, BigDecimal> copy = new LinkedHashMap<>();
      for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
        copy.put(
            Objects.requireNonNull(part.getKey(), "part name"),
            Numbers.normalise(Objects.requireNonNull(part.getValue(), "part value")));
      }
      parts = Collections.unmodifiableMap(copy);
    }
    if ((aggregation == Aggregation.RATIO_OF_SUMS) != (numerator != null && denominator != null)) {
      throw new IllegalArgumentException(
          "aggregate of '" + indicatorId + "' for '" + subjectId + "': numerator and denominator"
              + " are required exactly for RATIO_OF_SUMS, got " + aggregation);
    }
    if (numerator != null && denominator != null) {
      numerator = Numbers.normalise(numerator);
      denominator = Numbers.normalise(denominator);
    }
    if (months.isEmpty()) {
      throw new IllegalArgumentException(
          "aggregate of '" + indicatorId + "' for '" + subjectId + "' has no months");
    }
    Set<Period> all = new HashSet<>(months);
    all.addAll(missingMonths);
    if (all.size() != months.size() + missingMonths.size()
        || !all.equals(new HashSet<>(period.split(PeriodType.MONTH)))) {
      throw new IllegalArgumentException(
          "aggregate of '" + indicatorId + "' for '" + subjectId + "': months " + months
              + " and missing months " + missingMonths + " do not make up " + period);
    }
  }

  /**
   * An aggregate without parts, as before parts were rolled up.
   *
   * <pre>{@code
   * new Aggregate("emp-17", "store-gmv", q3, Aggregation.SUM, new BigDecimal("3330000.65"),
   *     null, null, q3.months(), List.of());
   * }</pre>
   */
  public Aggregate(
      String subjectId,
      String indicatorId,
      Period period,
      Aggregation aggregation,
      BigDecimal value,
      @Nullable BigDecimal numerator,
      @Nullable BigDecimal denominator,
      List<Period> months,
      List<Period> missingMonths) {
    this(
        subjectId, indicatorId, period, aggregation, value, numerator, denominator, months,
        missingMonths, Map.of());
  }

  /** Whether every month of the period had a measurement. */
  public boolean isComplete() {
    return missingMonths.isEmpty();
  }

  /**
   * This aggregate as a measurement of its period, for {@code Yardstick.evaluate(...).in(period)}.
   * A ratio of sums keeps its numerator and denominator, and the parts go with it.
   */
  public Measurement toMeasurement() {
    return new Measurement(
        subjectId, indicatorId, period, value, numerator, denominator, parts);
  }
}

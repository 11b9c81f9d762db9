package dev.yardstick.tracking.aggregation;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.util.HashSet;
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
    List<Period> missingMonths) {

  /** Validates and copies: the months present and missing make up the period exactly. */
  public Aggregate {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(aggregation, "aggregation");
    value = Numbers.normalise(Objects.requireNonNull(value, "value"));
    months = List.copyOf(months);
    missingMonths = List.copyOf(missingMonths);
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

  /** Whether every month of the period had a measurement. */
  public boolean isComplete() {
    return missingMonths.isEmpty();
  }

  /**
   * This aggregate as a measurement of its period, for {@code Yardstick.evaluate(...).in(period)}.
   * A ratio of sums keeps its numerator and denominator.
   */
  public Measurement toMeasurement() {
    return new Measurement(
        subjectId, indicatorId, period, value, numerator, denominator, Map.of());
  }
}

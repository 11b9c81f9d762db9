package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whom and when a calculator measures: the subject, the period, and optionally an indicator id that
 * replaces the calculator's default from {@link IndicatorIds}.
 *
 * <pre>{@code
 * Scope july = Scope.of("emp-17", Period.parse("2026-07"));
 * StoreMetrics.conversionRate(july, traffic);                                // "conversion-rate"
 * StoreMetrics.conversionRate(july.as("new-product-conversion-rate"), newProductTraffic);
 * }</pre>
 *
 * @param subjectId the employee or team measured
 * @param period the period the facts belong to
 * @param indicatorId the indicator id to use instead of the calculator's default, or {@code null}
 */
public record Scope(String subjectId, Period period, @Nullable String indicatorId) {

  /** Validates. */
  public Scope {
    Facts.name(subjectId, "scope subjectId");
    Objects.requireNonNull(period, "period");
    if (indicatorId != null) {
      Facts.name(indicatorId, "scope indicatorId");
    }
  }

  /** A scope that keeps each calculator's default indicator id. */
  public static Scope of(String subjectId, Period period) {
    return new Scope(subjectId, period, null);
  }

  /** The same subject and period, measured under {@code otherIndicatorId}. */
  public Scope as(String otherIndicatorId) {
    return new Scope(subjectId, period, otherIndicatorId);
  }

  /** The indicator id to use: the scope's own, or else {@code defaultId}. */
  String indicatorOr(String defaultId) {
    return indicatorId != null ? indicatorId : defaultId;
  }
}

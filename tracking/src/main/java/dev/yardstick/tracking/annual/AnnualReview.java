package dev.yardstick.tracking.annual;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.tracking.aggregation.AggregationResult;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The annual review of one subject: the year's total, how it was reached, and the trend.
 *
 * <pre>{@code
 * AnnualReview r = AnnualReviewer.meanOfQuarters().review(li, 2026, quarterlyEvaluations);
 * r.total();               // 87.50
 * r.trend().direction();   // IMPROVING
 * }</pre>
 *
 * @param subject who was reviewed
 * @param year the year
 * @param method how the year was combined
 * @param total the year's total, rounded as the reviewer (mean) or the scorecard (aggregates) says
 * @param quarterTotals the published (rounded) total of each quarter evaluated, in quarter order
 * @param weights for {@code MEAN_OF_QUARTERS}, the weight used for each quarter present, as given
 *     (not re-normalised); empty for {@code ANNUAL_AGGREGATES}
 * @param missingQuarters the quarters of the year without an evaluation, in order
 * @param annualEvaluation for {@code ANNUAL_AGGREGATES}, the evaluation of the year; else {@code
 *     null}
 * @param aggregates for {@code ANNUAL_AGGREGATES}, the annual aggregates it was evaluated on (with
 *     their missing months); else {@code null}
 * @param trend the trend of the quarterly totals
 */
public record AnnualReview(
    Subject subject,
    Period year,
    AnnualMethod method,
    BigDecimal total,
    Map<Period, BigDecimal> quarterTotals,
    Map<Period, BigDecimal> weights,
    List<Period> missingQuarters,
    @Nullable Evaluation annualEvaluation,
    @Nullable AggregationResult aggregates,
    Trend trend) {

  /** Validates and copies (maps in quarter order). */
  public AnnualReview {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(year, "year");
    if (year.type() != PeriodType.YEAR) {
      throw new IllegalArgumentException("annual review period " + year + " is not a year");
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(total, "total");
    quarterTotals = Collections.unmodifiableMap(new TreeMap<>(quarterTotals));
    weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    missingQuarters = List.copyOf(missingQuarters);
    Objects.requireNonNull(trend, "trend");
    if ((method == AnnualMethod.ANNUAL_AGGREGATES) != (annualEvaluation != null)) {
      throw new IllegalArgumentException(
          "annual review of '" + subject.id() + "': an annual evaluation is given exactly for"
              + " ANNUAL_AGGREGATES, got " + method);
    }
  }

  /** Whether every quarter of the year had an evaluation. */
  public boolean hasAllQuarters() {
    return missingQuarters.isEmpty();
  }
}

/**
 * Monthly measurements rolled up to a quarter, half-year or year by each indicator's {@link
 * dev.yardstick.core.domain.Aggregation}: sums exact to the cent, ratios as the ratio of sums,
 * parts by their {@link dev.yardstick.tracking.aggregation.PartAggregation} (incident counts
 * summed, ratings averaged per rater), incomplete periods flagged with their missing months (or
 * refused, as the caller chooses), bad rows refused or, under {@link
 * dev.yardstick.tracking.aggregation.RejectionPolicy#COLLECT}, returned with their reason.
 *
 * <pre>{@code
 * AggregationResult q3 = PeriodAggregator.of(card).rejections(RejectionPolicy.COLLECT)
 *     .aggregate(monthly, Period.parse("2026-Q3"));
 * q3.aggregates();   // value, numerator and denominator, parts
 * q3.rejected();     // the rows refused, each with its reason
 * }</pre>
 *
 * <p>Start with {@link dev.yardstick.tracking.aggregation.PeriodAggregator}.
 */
@NullMarked
package dev.yardstick.tracking.aggregation;

import org.jspecify.annotations.NullMarked;

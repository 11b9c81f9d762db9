/**
 * Monthly measurements rolled up to a quarter, half-year or year by each indicator's {@link
 * dev.yardstick.core.domain.Aggregation}: sums exact to the cent, ratios as the ratio of sums,
 * incomplete periods flagged with their missing months (or refused, as the caller chooses).
 *
 * <p>Start with {@link dev.yardstick.tracking.aggregation.PeriodAggregator}.
 */
@NullMarked
package dev.yardstick.tracking.aggregation;

import org.jspecify.annotations.NullMarked;

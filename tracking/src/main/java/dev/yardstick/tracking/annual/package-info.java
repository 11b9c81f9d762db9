/**
 * The annual review (年度復盤): a year combined from its quarterly evaluations (weighted mean) or
 * evaluated once on annual aggregates, with the trend across the quarters.
 *
 * <p>Start with {@link dev.yardstick.tracking.annual.AnnualReviewer}.
 */
@NullMarked
package dev.yardstick.tracking.annual;

import org.jspecify.annotations.NullMarked;

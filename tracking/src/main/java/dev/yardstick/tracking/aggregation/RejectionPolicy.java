package dev.yardstick.tracking.aggregation;

/**
 * What an aggregation does with a measurement it cannot take: a month measured twice, an
 * indicator the aggregator does not know, a subject outside the batch (a leaver), a rate that
 * would be averaged. Either way, no row goes unreported.
 *
 * <pre>{@code
 * AggregationResult q3 = Tracking.aggregator(card).forSubjects(staffIds)
 *     .rejections(RejectionPolicy.COLLECT).aggregate(monthly, Period.parse("2026-Q3"));
 * q3.aggregates();   // everyone else, rolled up
 * q3.rejected();     // each refused row with its reason
 * }</pre>
 */
public enum RejectionPolicy {
  /**
   * Stop at the first bad row with an {@code InvalidInputException} naming the subject,
   * indicator, field and value. The default: strict.
   */
  FAIL_FAST,
  /**
   * Aggregate everything else and return each refused row as a {@link RejectedMeasurement} with
   * its reason, in input order. A problem of a whole subject's indicator (a missing month under
   * {@link IncompletePolicy#FAIL}, denominators summing to 0, a part without a roll-up) refuses
   * every row of that indicator; a month measured twice refuses each of its rows and leaves the
   * month missing. Every input row is then either in an aggregate's months or rejected.
   */
  COLLECT
}

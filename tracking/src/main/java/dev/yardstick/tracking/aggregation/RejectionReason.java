package dev.yardstick.tracking.aggregation;

/**
 * Why an aggregation refused a measurement, for a back office to route without parsing text.
 *
 * <pre>{@code
 * for (RejectedMeasurement r : q3.rejected()) {
 *   if (r.reason() == RejectionReason.OUTSIDE_BATCH) leavers.add(r.measurement().subjectId());
 * }
 * }</pre>
 */
public enum RejectionReason {
  /** The measurement is not of a month. */
  NOT_MONTHLY,
  /** The month lies outside the target period. */
  OUTSIDE_PERIOD,
  /** The indicator is not one of the aggregator's. */
  UNKNOWN_INDICATOR,
  /** The subject is not one of the batch's ({@link PeriodAggregator#forSubjects}), a leaver. */
  OUTSIDE_BATCH,
  /** The subject's indicator has more than one measurement for this month. */
  DUPLICATE_MONTH,
  /** A {@code RATIO_OF_SUMS} month without its numerator and denominator. */
  NOT_A_RATIO,
  /** A rate with numerator and denominator for a {@code MEAN} indicator: it would be averaged. */
  RATE_UNDER_MEAN,
  /** The subject's indicator misses a month under {@link IncompletePolicy#FAIL}. */
  INCOMPLETE_PERIOD,
  /** The subject's indicator's denominators sum to 0: its ratio of sums is undefined. */
  ZERO_DENOMINATOR,
  /** The subject's indicator has a part that its aggregation cannot roll up. */
  PART_NOT_AGGREGABLE
}

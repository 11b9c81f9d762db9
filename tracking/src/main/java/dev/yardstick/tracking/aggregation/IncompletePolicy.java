package dev.yardstick.tracking.aggregation;

/**
 * What to do with a period whose data is incomplete: a quarter with a missing month, a year with
 * a missing quarter.
 */
public enum IncompletePolicy {
  /**
   * Aggregate what is there and flag what is missing ({@code Aggregate.missingMonths()}, {@code
   * AnnualReview.missingQuarters()}). A mean is then the mean of the months present, a sum the sum
   * of the months present: the flag tells the reader it is partial. (Default.)
   */
  FLAG,
  /** Refuse: an {@code InvalidInputException} names the subject, indicator and missing periods. */
  FAIL
}

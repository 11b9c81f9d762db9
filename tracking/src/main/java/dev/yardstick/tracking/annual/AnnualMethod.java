package dev.yardstick.tracking.annual;

/** How an annual review combines the year. */
public enum AnnualMethod {
  /** The weighted mean of the four quarterly evaluation totals (equal weights by default). */
  MEAN_OF_QUARTERS,
  /** One evaluation of the year on the monthly measurements aggregated to the year. */
  ANNUAL_AGGREGATES
}

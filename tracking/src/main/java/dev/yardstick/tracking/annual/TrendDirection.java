package dev.yardstick.tracking.annual;

/** Which way the quarterly totals move. */
public enum TrendDirection {
  /** The slope is above the tolerance: totals rise. */
  IMPROVING,
  /** The slope is within ± the tolerance (inclusive). */
  STABLE,
  /** The slope is below minus the tolerance: totals fall. */
  DECLINING,
  /** Fewer than two quarters: no line can be fitted. */
  UNKNOWN
}

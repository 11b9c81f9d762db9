/**
 * Yardstick tracking: the evaluation rhythm around the core's evaluation (月度跟蹤+季度評估+年度復盤).
 *
 * <ul>
 *   <li>{@code dev.yardstick.tracking.aggregation}: monthly measurements rolled up to quarter,
 *       half-year and year by each indicator's aggregation, incomplete periods flagged;
 *   <li>{@code dev.yardstick.tracking.annual}: the annual review and the trend across quarters;
 *   <li>{@code dev.yardstick.tracking.warning}: early warnings on a running period (pace,
 *       ceilings, floors) as values;
 *   <li>{@code dev.yardstick.tracking.anomaly}: abnormal fluctuation detection (z-score, EWMA);
 *   <li>{@code dev.yardstick.tracking.abtest}: content A/B comparison (two-proportion z-test,
 *       sample size).
 * </ul>
 *
 * <p>{@code dev.yardstick.tracking.Tracking} is the entry point to all of them.
 */
module dev.yardstick.tracking {
  requires transitive dev.yardstick.core;
  requires static org.jspecify;

  exports dev.yardstick.tracking;
  exports dev.yardstick.tracking.aggregation;
  exports dev.yardstick.tracking.annual;
  exports dev.yardstick.tracking.warning;
  exports dev.yardstick.tracking.anomaly;
  exports dev.yardstick.tracking.abtest;
}

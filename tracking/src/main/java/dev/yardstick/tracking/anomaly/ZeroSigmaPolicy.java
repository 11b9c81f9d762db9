package dev.yardstick.tracking.anomaly;

/**
 * What a detector does when its baseline has σ = 0 (every baseline value equal), where "how many
 * σ out" is undefined.
 */
public enum ZeroSigmaPolicy {
  /**
   * Any departure from the constant baseline is an alert, reported without a σ distance. (Default:
   * a metric that never moved and now moves is worth a look.)
   */
  ALERT,
  /** No alert can be raised against a constant baseline; the point is checked and passes. */
  IGNORE
}

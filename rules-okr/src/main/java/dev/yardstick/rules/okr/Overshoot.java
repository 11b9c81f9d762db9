package dev.yardstick.rules.okr;

/**
 * What happens to key-result progress beyond the target. A value that moved the wrong way scores 0
 * under either policy.
 */
public enum Overshoot {
  /**
   * Progress is clamped to [0, 1]: 15 products launched against a target of 12 is 1.0. (Default.)
   */
  CLAMP,
  /** Progress above 1 is kept: 15 against 12 (from 0) is 1.25; only the floor at 0 applies. */
  RECORD
}

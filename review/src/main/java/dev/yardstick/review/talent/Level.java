package dev.yardstick.review.talent;

/** A third of a 9-box axis. */
public enum Level {
  /** Below the first cut-off. */
  LOW,
  /** From the first cut-off (inclusive) to the second (exclusive). */
  MEDIUM,
  /** From the second cut-off (inclusive). */
  HIGH
}

package dev.yardstick.core.evaluation;

/** What happened to one item besides its plain score. */
public enum ItemFlag {
  /** The strategy's cap decided the score. */
  CAPPED,
  /** The strategy's floor decided the score. */
  FLOORED,
  /** There was no measurement and the item scored 0 (policy {@code SCORE_ZERO}). */
  MISSING_SCORED_ZERO,
  /** There was no measurement and the item was left out (policy {@code EXCLUDE_AND_RENORMALISE}). */
  MISSING_EXCLUDED,
  /** A per-subject target replaced the scorecard's default. */
  TARGET_OVERRIDDEN
}

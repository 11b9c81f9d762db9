package dev.yardstick.tracking.abtest;

/** What an A/B comparison concludes. */
public enum Verdict {
  /** Both arms reached the planned size and the difference is significant: one arm wins. */
  WINNER,
  /** Both arms reached the planned size and the difference is not significant. */
  INCONCLUSIVE,
  /**
   * An arm is smaller than the plan requires: no winner is named, even if the difference looks
   * significant, because stopping a fixed-size test early inflates false positives.
   */
  UNDER_POWERED
}

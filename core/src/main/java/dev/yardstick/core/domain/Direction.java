package dev.yardstick.core.domain;

/** Which way an indicator improves. */
public enum Direction {
  /** More is better: GMV, conversion rate, CSAT. */
  HIGHER_IS_BETTER,
  /** Less is better: customer acquisition cost, response time, complaint rate. */
  LOWER_IS_BETTER,
  /** Nearest to the target is best: inventory turnover within a band, budget use. */
  CLOSER_TO_TARGET_IS_BETTER
}

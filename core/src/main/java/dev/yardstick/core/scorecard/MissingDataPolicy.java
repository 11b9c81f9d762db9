package dev.yardstick.core.scorecard;

/**
 * What an evaluation does when an item has no measurement. Chosen per scorecard and recorded in
 * the evaluation's flags. The default is {@link #FAIL}: pay decisions should not rest on data that
 * silently went missing.
 */
public enum MissingDataPolicy {
  /** The evaluation fails with an {@code InvalidInputException} naming the item. (Default.) */
  FAIL,
  /** The item scores 0 and keeps its weight. */
  SCORE_ZERO,
  /**
   * The item is left out and the remaining weights of its section are re-normalised to 100%; a
   * section with no item left is left out the same way among the sections.
   */
  EXCLUDE_AND_RENORMALISE
}

/**
 * Yardstick core: the immutable model, the scoring SPI and the fluent API.
 *
 * @uses dev.yardstick.core.scoring.ScoringStrategy
 */
module dev.yardstick.core {
  requires static transitive org.jspecify;

  exports dev.yardstick.core;
  exports dev.yardstick.core.domain;
  exports dev.yardstick.core.scoring;
  exports dev.yardstick.core.scorecard;
  exports dev.yardstick.core.evaluation;

  uses dev.yardstick.core.scoring.ScoringStrategy;
}

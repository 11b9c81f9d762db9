/**
 * Objectives and key results for Yardstick: key-result progress from check-ins, objective and owner
 * scores, colour grades and commit/target/stretch zones, pacing against the period, alignment
 * roll-ups, and the OKR scoring strategies that put an OKR score into a scorecard next to KPIs.
 *
 * @provides dev.yardstick.core.scoring.ScoringStrategy {@code okr-committed}, {@code
 *     okr-aspirational} and {@code okr-blended}
 */
module dev.yardstick.rules.okr {
  requires transitive dev.yardstick.core;
  requires static org.jspecify;

  exports dev.yardstick.rules.okr;

  provides dev.yardstick.core.scoring.ScoringStrategy with
      dev.yardstick.rules.okr.OkrCommittedStrategy,
      dev.yardstick.rules.okr.OkrAspirationalStrategy,
      dev.yardstick.rules.okr.OkrBlendedStrategy;
}

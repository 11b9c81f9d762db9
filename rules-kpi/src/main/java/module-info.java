/**
 * Yardstick KPI rules: the KPI scoring strategies and the e-commerce catalog of functional
 * modules, roles, indicators and default scorecards.
 *
 * @provides dev.yardstick.core.scoring.ScoringStrategy the seven KPI strategies
 */
module dev.yardstick.rules.kpi {
  requires transitive dev.yardstick.core;
  requires static org.jspecify;

  exports dev.yardstick.rules.kpi;
  exports dev.yardstick.rules.kpi.metrics;
  exports dev.yardstick.rules.kpi.catalog;

  provides dev.yardstick.core.scoring.ScoringStrategy with
      dev.yardstick.rules.kpi.ThresholdTargetStretch,
      dev.yardstick.rules.kpi.RatioToTarget,
      dev.yardstick.rules.kpi.CloserToTarget,
      dev.yardstick.rules.kpi.Banded,
      dev.yardstick.rules.kpi.Milestone,
      dev.yardstick.rules.kpi.Deduction,
      dev.yardstick.rules.kpi.Ratings;
}

package dev.yardstick.tracking.warning;

/** What a warning is about. */
public enum WarningKind {
  /** The running period is behind its pace (or, lower is better, ahead of it). */
  PACE,
  /** A value rose above its ceiling, for example customer acquisition cost above its threshold. */
  CEILING_BREACH,
  /** A value fell below its floor, for example a conversion rate below its minimum. */
  FLOOR_BREACH,
  /** An abnormal fluctuation in a daily or weekly series. */
  ANOMALY,
  /** A month needed to judge the pace has no measurement, so the pace cannot be judged. */
  MISSING_DATA
}

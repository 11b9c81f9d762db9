package dev.yardstick.core.domain;

/** Whether an indicator is one of a role's core (核心) or auxiliary (輔助) indicators. */
public enum Tier {
  /** A core indicator (核心指標), weighing more in the role's scorecard. */
  CORE,
  /** An auxiliary indicator (輔助指標). */
  AUXILIARY
}

package dev.yardstick.core.domain;

/**
 * Whether an indicator measures an outcome or the work that leads to it; the domain guide asks
 * for both, so that evaluation is not "GMV only" (唯GMV論).
 */
public enum Nature {
  /** A result indicator (結果指標): GMV, conversion, CSAT. */
  RESULT,
  /** A process indicator (過程指標): report timeliness, script compliance, content output. */
  PROCESS
}

package dev.yardstick.report;

/** The traffic-light colour of a warning marker on a pacing chart. */
public enum Severity {
  /** On track; shown for context, for example a warning that was cleared. */
  GREEN,
  /** Needs attention. */
  AMBER,
  /** Needs action now. */
  RED
}

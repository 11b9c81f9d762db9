package dev.yardstick.tracking.warning;

/** How urgent a warning is; warnings sort the most severe first. */
public enum Severity {
  /** Needs attention: the amber band or an amber limit was crossed, or data is missing. */
  AMBER,
  /** Needs action now: the red band or a red limit was crossed. */
  RED
}

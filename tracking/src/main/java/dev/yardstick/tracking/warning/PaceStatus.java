package dev.yardstick.tracking.warning;

/** How a running period stands against its pace. */
public enum PaceStatus {
  /** On pace, ahead of it in the good direction, or behind it by no more than the green band. */
  GREEN,
  /** Adverse deviation beyond the green band but within the amber band. */
  AMBER,
  /** Adverse deviation beyond the amber band. */
  RED
}

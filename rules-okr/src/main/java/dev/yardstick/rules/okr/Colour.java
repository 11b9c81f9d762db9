package dev.yardstick.rules.okr;

/** The traffic-light grade of an OKR score; see {@link ColourBands}. */
public enum Colour {
  /** Failed to make real progress. */
  RED,
  /** Made progress but fell short. */
  YELLOW,
  /** Delivered. */
  GREEN
}

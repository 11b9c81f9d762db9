package dev.yardstick.report;

/** What the reader of an item's score should know besides the number. */
public enum ItemMark {
  /** A cap decided the score: the formula gave more. */
  CAPPED,
  /** A floor decided the score: the formula gave less. */
  FLOORED,
  /** There was no measurement. */
  MISSING,
  /** The item was left out of the total (there was no measurement and the weights were re-normalised). */
  EXCLUDED
}

package dev.yardstick.core.evaluation;

/** Facts about a whole evaluation that a reader of its total should know. */
public enum EvaluationFlag {
  /** At least one item had no measurement. */
  MISSING_DATA,
  /** Items or sections were left out and the remaining weights re-normalised. */
  RENORMALISED,
  /** At least one item's score was capped. */
  CAPPED,
  /** At least one item's score was floored. */
  FLOORED,
  /** The total was linked to the team's result. */
  TEAM_LINKED
}

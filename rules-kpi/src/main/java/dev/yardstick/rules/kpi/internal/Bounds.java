package dev.yardstick.rules.kpi.internal;

import dev.yardstick.core.scoring.ColumnScorer;

/**
 * {@code Score.bounded} for column scorers: the value and bound code it gives, written into the
 * scorer's arrays, with -0.0 folded to 0.0 as {@code Score} folds it. A NaN raw score stays NaN
 * (neither bound applies to it), so the row goes to the strategy's {@code score}.
 */
public final class Bounds {

  private Bounds() {}

  /** {@code value} with -0.0 folded to 0.0, as {@code Score} stores it; other values unchanged. */
  public static double fold(double value) {
    return value + 0.0;
  }

  /**
   * Writes {@code Score.bounded(raw, floor, cap)} at row {@code r}.
   *
   * @param floor the floor as the strategy passes it, at most {@code cap} (validated)
   * @param cap the cap as the strategy passes it
   */
  public static void bounded(
      double raw, double floor, double cap, double[] scores, byte[] bounds, int r) {
    // without branches (whether a row is capped is as random as the data): floor ≤ cap, so at
    // most one bound applies; a NaN stays NaN with neither; -0.0 is folded by the + 0.0
    scores[r] = Math.min(Math.max(raw, floor), cap) + 0.0;
    bounds[r] =
        (byte) ((raw > cap ? ColumnScorer.CAPPED : 0) | (raw < floor ? ColumnScorer.FLOORED : 0));
  }
}

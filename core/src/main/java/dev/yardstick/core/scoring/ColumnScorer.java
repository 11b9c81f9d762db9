package dev.yardstick.core.scoring;

/**
 * Scores a column of values without creating objects: the fast path of table evaluation ({@code
 * Yardstick.evaluate(MeasurementTable)}), offered by a strategy through {@link
 * ScoringStrategy#columnScorer}.
 *
 * <p>The contract is strict, because the table and the one-by-one evaluation must agree bit for
 * bit: for every row it scores, a column scorer writes exactly the {@link Score#value()} and
 * {@link Score#bound()} that {@link ScoringStrategy#score} gives for a measurement of that value
 * (and those parts). Where it cannot be sure of that cheaply (a decimal too long for its fast
 * arithmetic, a result too close to a rounding boundary, an input the strategy would reject, a
 * part it does not expect) it writes {@link Double#NaN}, and the row is evaluated through {@link
 * ScoringStrategy#score}, which gives the exact result or the precise error. Rows whose value is
 * {@link DecimalColumn#MISSING} are never read from {@code scores}; a scorer may write anything
 * there.
 *
 * <pre>{@code
 * // in a strategy whose score is actual ÷ target × 100, uncapped
 * public ColumnScorer columnScorer(Params p, Indicator indicator, Target target) {
 *   double t = target.target();
 *   return (values, from, to, scores, bounds) -> {
 *     for (int r = from; r < to; r++) {
 *       scores[r] = exactPercent(values.unscaled(r), values.scale(), t); // NaN when unsure
 *       bounds[r] = ColumnScorer.NONE;
 *     }
 *   };
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe: several threads score disjoint row ranges
 * of the same column at once.
 */
@FunctionalInterface
public interface ColumnScorer {

  /** {@code bounds[r]} for {@link Score.Bound#NONE}. */
  byte NONE = 0;
  /** {@code bounds[r]} for {@link Score.Bound#CAPPED}. */
  byte CAPPED = 1;
  /** {@code bounds[r]} for {@link Score.Bound#FLOORED}. */
  byte FLOORED = 2;

  /**
   * Scores rows {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param values the item's column (with its parts)
   * @param from the first row
   * @param to one past the last row
   * @param scores receives at index {@code r} the score of row {@code r}, -0.0 folded to 0.0, or
   *     NaN when row {@code r} must be scored by {@link ScoringStrategy#score}
   * @param bounds receives at index {@code r} {@link #NONE}, {@link #CAPPED} or {@link #FLOORED}
   */
  void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds);

  /** The bound code of a score's bound. */
  static byte code(Score.Bound bound) {
    return bound == Score.Bound.CAPPED ? CAPPED : bound == Score.Bound.FLOORED ? FLOORED : NONE;
  }
}

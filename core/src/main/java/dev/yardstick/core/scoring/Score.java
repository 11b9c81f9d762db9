package dev.yardstick.core.scoring;

import java.util.Objects;

/**
 * What a {@link ScoringStrategy} gives for one item: the score, whether a cap or floor bound it,
 * and the explanation.
 *
 * <pre>{@code
 * return Score.capped(120, Explanation.of("{}% of target, capped at {}", 134, 120));
 * }</pre>
 *
 * @param value the score, full precision; never NaN or infinite
 * @param bound whether a cap or a floor decided the score
 * @param explanation how the score was reached
 */
public record Score(double value, Bound bound, Explanation explanation) {

  /** Whether a limit of the strategy decided the score. */
  public enum Bound {
    /** The score is what the formula gave. */
    NONE,
    /** The formula gave more than the cap; the score is the cap. */
    CAPPED,
    /** The formula gave less than the floor; the score is the floor. */
    FLOORED
  }

  /** Validates: a finite value. */
  public Score {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(
          "a score must be a finite number, got " + value + " (" + explanation + ")");
    }
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(explanation, "explanation");
    if (value == 0) {
      value = 0; // fold -0.0, which would print and compare differently
    }
  }

  /** A score the formula gave directly. */
  public static Score of(double value, Explanation explanation) {
    return new Score(value, Bound.NONE, explanation);
  }

  /** A score held at the cap. */
  public static Score capped(double cap, Explanation explanation) {
    return new Score(cap, Bound.CAPPED, explanation);
  }

  /** A score held at the floor. */
  public static Score floored(double floor, Explanation explanation) {
    return new Score(floor, Bound.FLOORED, explanation);
  }

  /**
   * Applies a floor and a cap to a raw score and notes which one decided it.
   *
   * @param raw the formula's score
   * @param floor the least score
   * @param cap the greatest score, at least {@code floor}
   * @param explanation how {@code raw} was reached; the bound is appended to it
   */
  public static Score bounded(double raw, double floor, double cap, Explanation explanation) {
    if (raw > cap) {
      return capped(cap, explanation.then("capped at {}", cap));
    }
    if (raw < floor) {
      return floored(floor, explanation.then("floored at {}", floor));
    }
    return of(raw, explanation);
  }
}

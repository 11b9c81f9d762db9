package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;

/**
 * Grades a score on the 0.0–1.0 OKR scale red, yellow or green.
 *
 * <p>Google grades OKRs 0.0–0.3 red, 0.4–0.6 yellow and 0.7–1.0 green (J. Doerr, <i>Measure What
 * Matters</i>, 2018: "0.7 to 1.0 = green (we delivered); 0.4 to 0.6 = yellow (we made progress, but
 * fell short of completion); 0.0 to 0.3 = red (we failed to make real progress)"). Read literally
 * those bands leave 0.3–0.4 and 0.6–0.7 ungraded, because Google scores in tenths. Here the bands
 * are contiguous, each including its lower bound and excluding its upper one:
 *
 * <pre>
 * RED     [0,          yellowFrom)     default [0, 0.4)
 * YELLOW  [yellowFrom, greenFrom)      default [0.4, 0.7)
 * GREEN   [greenFrom,  1]              default [0.7, 1]
 * </pre>
 *
 * <p>so a score graded in tenths lands in Google's band, and 0.35 is red, 0.65 yellow. A score
 * above 1 (overshoot recorded) is green.
 *
 * <pre>{@code
 * ColourBands.DEFAULT.colour(0.675);             // YELLOW
 * new ColourBands(0.5, 0.8).colour(0.75);        // YELLOW: a stricter company
 * }</pre>
 *
 * @param yellowFrom the lowest yellow score, above 0
 * @param greenFrom the lowest green score, above {@code yellowFrom}, at most 1
 */
public record ColourBands(double yellowFrom, double greenFrom) {

  /** Red below 0.4, yellow from 0.4, green from 0.7. */
  public static final ColourBands DEFAULT = new ColourBands(0.4, 0.7);

  /** Validates: {@code 0 < yellowFrom < greenFrom ≤ 1}. */
  public ColourBands {
    Args.finite(yellowFrom, "colour bands yellowFrom");
    Args.finite(greenFrom, "colour bands greenFrom");
    if (!(0 < yellowFrom && yellowFrom < greenFrom && greenFrom <= 1)) {
      throw new IllegalArgumentException(
          "colour bands need 0 < yellowFrom < greenFrom ≤ 1, got yellowFrom="
              + Args.plain(yellowFrom)
              + " and greenFrom="
              + Args.plain(greenFrom));
    }
  }

  /**
   * The colour of a score.
   *
   * @throws IllegalArgumentException if the score is negative or not finite
   */
  public Colour colour(double score) {
    checkScore(score);
    if (score >= greenFrom) {
      return Colour.GREEN;
    }
    return score >= yellowFrom ? Colour.YELLOW : Colour.RED;
  }

  static void checkScore(double score) {
    Args.finite(score, "score to grade");
    if (score < 0) {
      throw new IllegalArgumentException(
          "score to grade must be 0 or more, got " + Args.plain(score));
    }
  }
}

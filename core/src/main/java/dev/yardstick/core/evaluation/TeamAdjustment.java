package dev.yardstick.core.evaluation;

import dev.yardstick.core.internal.Checks;
import java.util.Objects;

/**
 * How the team's result changed an individual's total, for the evaluation's breakdown.
 *
 * @param kind {@code "blend"} or {@code "coefficient"}
 * @param individualTotal the individual's own total, full precision
 * @param teamScore the team's total that was given
 * @param factor for a blend, the team's weight in percent; for a coefficient, the coefficient
 * @param linkedTotal the total after the link, full precision
 */
public record TeamAdjustment(
    String kind, double individualTotal, double teamScore, double factor, double linkedTotal) {

  /** Validates. */
  public TeamAdjustment {
    Objects.requireNonNull(kind, "kind");
    Checks.finite(individualTotal, "individualTotal");
    Checks.finite(teamScore, "teamScore");
    Checks.finite(factor, "factor");
    Checks.finite(linkedTotal, "linkedTotal");
  }
}

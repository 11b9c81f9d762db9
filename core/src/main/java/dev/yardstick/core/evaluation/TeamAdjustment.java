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

  /** The kind of a weighted blend of own and team totals. */
  public static final String BLEND = "blend";

  /** The kind of a team coefficient applied to the own total. */
  public static final String COEFFICIENT = "coefficient";

  /** Validates. */
  public TeamAdjustment {
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals(BLEND) && !kind.equals(COEFFICIENT)) {
      throw new IllegalArgumentException(
          "team adjustment kind must be \"blend\" or \"coefficient\", got \"" + kind + "\"");
    }
    Checks.finite(individualTotal, "individualTotal");
    Checks.finite(teamScore, "teamScore");
    Checks.finite(factor, "factor");
    Checks.finite(linkedTotal, "linkedTotal");
  }
}

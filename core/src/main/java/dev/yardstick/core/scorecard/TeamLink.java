package dev.yardstick.core.scorecard;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import java.util.List;
import java.util.Objects;

/**
 * How an individual's result is linked to their team's (個人績效與團隊績效相掛鉤), chosen per
 * scorecard and shown in the evaluation's breakdown.
 *
 * <pre>{@code
 * TeamLink.none();
 * TeamLink.blend(80, 20);                                   // 80% own result, 20% team result
 * TeamLink.coefficient(List.of(                             // own result × team coefficient
 *     new TeamLink.Band(0, 0.8), new TeamLink.Band(60, 1.0), new TeamLink.Band(90, 1.2)));
 * }</pre>
 */
public sealed interface TeamLink permits TeamLink.None, TeamLink.Blend, TeamLink.Coefficient {

  /** No link: the total is the individual's own. */
  static TeamLink none() {
    return None.INSTANCE;
  }

  /** A weighted blend of the individual's and the team's totals; the weights sum to 100. */
  static TeamLink blend(double individualWeight, double teamWeight) {
    return new Blend(individualWeight, teamWeight);
  }

  /** The individual's total times a coefficient looked up from the team's total. */
  static TeamLink coefficient(List<Band> bands) {
    return new Coefficient(bands);
  }

  /** Whether an evaluation on this scorecard needs the team's total. */
  default boolean needsTeamScore() {
    return !(this instanceof None);
  }

  /** No link. */
  enum None implements TeamLink {
    /** The only instance. */
    INSTANCE
  }

  /**
   * {@code total = (individualWeight × own + teamWeight × team) ÷ 100}.
   *
   * @param individualWeight the weight of the individual's own total, in percent
   * @param teamWeight the weight of the team's total, in percent
   */
  record Blend(double individualWeight, double teamWeight) implements TeamLink {
    /** Validates: non-negative weights summing to 100 (within 1e-9). */
    public Blend {
      Checks.nonNegative(individualWeight, "team blend individual weight");
      Checks.nonNegative(teamWeight, "team blend team weight");
      if (Math.abs(individualWeight + teamWeight - 100) > 1e-9) {
        throw new IllegalArgumentException(
            "team blend weights must sum to 100, got "
                + Decimals.plain(individualWeight)
                + " + "
                + Decimals.plain(teamWeight));
      }
    }
  }

  /**
   * A step of the coefficient table: a team total of at least {@code minTeamScore} (and below
   * the next band's) gives {@code coefficient}.
   *
   * @param minTeamScore the lowest team total of the band, inclusive
   * @param coefficient the multiplier, zero or more
   */
  record Band(double minTeamScore, double coefficient) {
    /** Validates. */
    public Band {
      Checks.finite(minTeamScore, "team band minimum score");
      Checks.nonNegative(coefficient, "team band coefficient");
    }
  }

  /**
   * {@code total = own × coefficient(team)}, the coefficient taken from the band the team's
   * total falls in. A team total below the first band is an error, not a silent default.
   *
   * @param bands bands with strictly increasing minimums
   */
  record Coefficient(List<Band> bands) implements TeamLink {
    /** Validates: at least one band, minimums strictly increasing. */
    public Coefficient {
      bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("team coefficient needs at least one band");
      }
      for (int i = 1; i < bands.size(); i++) {
        if (bands.get(i).minTeamScore() <= bands.get(i - 1).minTeamScore()) {
          throw new IllegalArgumentException(
              "team coefficient bands must have strictly increasing minimums, got "
                  + Decimals.plain(bands.get(i - 1).minTeamScore())
                  + " then "
                  + Decimals.plain(bands.get(i).minTeamScore()));
        }
      }
    }

    /**
     * The coefficient for a team total, or {@code -1} when the total lies below the first band.
     */
    public double coefficientFor(double teamScore) {
      double result = -1;
      for (Band band : bands) {
        if (teamScore >= band.minTeamScore()) {
          result = band.coefficient();
        }
      }
      return result;
    }
  }
}

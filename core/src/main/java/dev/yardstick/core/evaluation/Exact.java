package dev.yardstick.core.evaluation;

import dev.yardstick.core.internal.Decimals;
import dev.yardstick.core.scorecard.Rounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The exact decimal arithmetic of a scorecard's subtotals and totals, and the test that tells when
 * the double computation already decides the rounded result.
 *
 * <p>Every number enters as the shortest decimal of its double ({@link Decimals#shortest}, the
 * same on every JDK: an item score of 90.05 is 90.05, a weight of 70 is 70), and the card's arithmetic is done on
 * fractions of decimals without any intermediate rounding:
 *
 * <pre>
 * subtotal(s)   = Σ wᵢ·sᵢ ÷ Σ wᵢ                  over the items that count in section s
 * individual    = Σ Wₛ·subtotal(s) ÷ Σ Wₛ          over the sections that count
 * blend         = ((100 − t)·individual + t·team) ÷ 100   (t: the team's weight)
 * coefficient   = individual × c
 * </pre>
 *
 * <p>A value is rounded once, from its fraction, with the card's scale and mode ({@link
 * BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds the exact quotient). Computing every
 * total that way would cost a few microseconds per person, so the engines compute in doubles and
 * ask {@link #roundFast} whether the double is far enough from a rounding boundary that its error
 * cannot change the result; only the rest (ties such as 86.515, values a hair from one) take the
 * fractions. Both paths give the same decimal, because the error bound is a proven bound.
 */
final class Exact {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double[] POW10 = {
    1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10
  };
  /** The unit round-off 2^-53, doubled to leave a factor of two of slack in every bound. */
  private static final double U = 0x1p-52;
  /** Scaled values at or above this in magnitude are not rounded from the double. */
  private static final double FAST_LIMIT = 0x1p50;

  private Exact() {}

  /**
   * A bound on how far a total (or subtotal) computed in doubles from {@code items} scores and
   * weights in {@code sections} sections may lie from the exact decimal arithmetic of the same
   * shortest decimals, given {@code magnitude}, the same weighted mean taken over the scores'
   * absolute values (so that cancellation is accounted for).
   *
   * <p>Each score and weight is within 2⁻⁵³ (relative) of its shortest decimal, each operation adds
   * at most 2⁻⁵³; a weighted mean of n terms with positive weights accumulates at most about 2n +
   * 10 such errors relative to the mean of absolute values. The bound counts each twice, plus a
   * margin for the team link.
   */
  static double errorBound(int items, int sections, double magnitude) {
    return (2.0 * items + 2.0 * sections + 24) * U * magnitude;
  }

  /**
   * The rounding of the exact value that {@code value} approximates to within {@code error}, or
   * {@code null} when the double is too close to a rounding boundary (a tie for the half-way
   * modes, an integer step for the others) or too large to decide it.
   */
  static @Nullable BigDecimal roundFast(Rounding rounding, double value, double error) {
    int scale = rounding.scale();
    double pow = POW10[scale];
    double scaled = value * pow;
    if (!(Math.abs(scaled) < FAST_LIMIT)) {
      return null;
    }
    // the error of the value, scaled, plus the one rounding error of the multiplication
    double margin = error * pow + Math.abs(scaled) * U;
    double floor = Math.floor(scaled);
    double fraction = scaled - floor; // exact: floor and scaled are within a factor of two
    long base = (long) floor;
    RoundingMode mode = rounding.mode();
    long unscaled;
    switch (mode) {
      case HALF_UP:
      case HALF_DOWN:
      case HALF_EVEN:
        if (Math.abs(fraction - 0.5) <= margin) {
          return null;
        }
        unscaled = fraction > 0.5 ? base + 1 : base;
        break;
      default:
        if (fraction <= margin || fraction >= 1 - margin) {
          return null;
        }
        boolean away =
            mode == RoundingMode.CEILING
                || (mode == RoundingMode.UP && value > 0)
                || (mode == RoundingMode.DOWN && value < 0);
        unscaled = away ? base + 1 : base;
        break;
    }
    return Evaluator.decimal(unscaled, scale);
  }

  /** The shortest decimal of a finite double ({@link Decimals#shortest}); zero for both zeros. */
  static BigDecimal decimal(double value) {
    return Decimals.shortest(value);
  }

  /**
   * A section's subtotal: {@code Σ wᵢ·sᵢ ÷ Σ wᵢ} over items {@code from} to {@code to - 1} whose
   * {@code counted} flag is set; {@code null} when none counts or their weights sum to 0.
   */
  static @Nullable Fraction subtotal(
      double[] weights, double[] scores, boolean[] counted, int from, int to) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weightSum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      if (counted[i]) {
        BigDecimal w = decimal(weights[i]);
        weighted = weighted.add(w.multiply(decimal(scores[i])));
        weightSum = weightSum.add(w);
      }
    }
    return weightSum.signum() == 0 ? null : new Fraction(weighted, weightSum);
  }

  /**
   * The individual total: {@code Σ Wₛ·subtotal(s) ÷ Σ Wₛ} over the sections whose subtotal is not
   * {@code null}.
   *
   * @throws IllegalArgumentException if no section counts
   */
  static Fraction individual(double[] sectionWeights, @Nullable Fraction[] subtotals) {
    Fraction sum = null;
    BigDecimal weightSum = BigDecimal.ZERO;
    for (int s = 0; s < subtotals.length; s++) {
      Fraction subtotal = subtotals[s];
      if (subtotal != null) {
        BigDecimal w = decimal(sectionWeights[s]);
        Fraction term = subtotal.times(w);
        sum = sum == null ? term : sum.plus(term);
        weightSum = weightSum.add(w);
      }
    }
    if (sum == null || weightSum.signum() == 0) {
      throw new IllegalArgumentException("no section counts: nothing to total");
    }
    return sum.over(weightSum);
  }

  /**
   * The total after the team link that {@code team} records (a blend with the team's weight as
   * its factor, or a coefficient), or {@code individual} when there is none.
   */
  static Fraction linked(Fraction individual, @Nullable TeamAdjustment team) {
    if (team == null) {
      return individual;
    }
    return team.kind().equals(TeamAdjustment.BLEND)
        ? blend(individual, team.factor(), team.teamScore())
        : coefficient(individual, team.factor());
  }

  /** {@code ((100 − t)·individual + t·team) ÷ 100}. */
  static Fraction blend(Fraction individual, double teamWeight, double teamScore) {
    BigDecimal t = decimal(teamWeight);
    Fraction own = individual.times(HUNDRED.subtract(t));
    Fraction team = new Fraction(t.multiply(decimal(teamScore)), BigDecimal.ONE);
    return own.plus(team).over(HUNDRED);
  }

  /** {@code individual × coefficient}. */
  static Fraction coefficient(Fraction individual, double coefficient) {
    return individual.times(decimal(coefficient));
  }

  /**
   * A quotient of two decimals, {@code numerator ÷ denominator} with a positive denominator, kept
   * unreduced and unrounded.
   */
  record Fraction(BigDecimal numerator, BigDecimal denominator) {

    Fraction plus(Fraction other) {
      if (denominator.compareTo(other.denominator) == 0) {
        return new Fraction(numerator.add(other.numerator), denominator);
      }
      return new Fraction(
          numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
          denominator.multiply(other.denominator));
    }

    Fraction times(BigDecimal factor) {
      return new Fraction(numerator.multiply(factor), denominator);
    }

    /** Divided by a positive decimal. */
    Fraction over(BigDecimal divisor) {
      return new Fraction(numerator, denominator.multiply(divisor));
    }

    /** Rounded once with the rounding's scale and mode. */
    BigDecimal round(Rounding rounding) {
      return numerator.divide(denominator, rounding.scale(), rounding.mode());
    }

    /**
     * The value as a decimal without trailing zeros: exact when its expansion ends, else correct
     * to 34 significant digits ({@link MathContext#DECIMAL128}, half even).
     */
    BigDecimal value() {
      BigDecimal v;
      try {
        v = numerator.divide(denominator);
      } catch (ArithmeticException nonTerminating) {
        v = numerator.divide(denominator, MathContext.DECIMAL128);
      }
      return Decimals.normalise(v);
    }
  }
}

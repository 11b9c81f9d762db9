package dev.yardstick.tracking.abtest;

import dev.yardstick.tracking.internal.Normal;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares the conversion of two content variants with the two-proportion z-test.
 *
 * <ul>
 *   <li>test statistic with the <em>pooled</em> standard error (the null hypothesis says both arms
 *       share one rate): {@code z = (p_B − p_A) ÷ √(p̂(1−p̂)(1/n_A + 1/n_B))}, {@code p̂ = (x_A +
 *       x_B) ÷ (n_A + n_B)};
 *   <li>two-sided p-value {@code 2·(1 − Φ(|z|))}, with Φ from an erfc accurate to ~1e-15;
 *   <li>confidence interval of the difference at {@code 1 − α} with the <em>unpooled</em> (Wald)
 *       standard error {@code √(p_A(1−p_A)/n_A + p_B(1−p_B)/n_B)}: outside the null hypothesis
 *       the arms' rates differ, so each keeps its own variance;
 *   <li>the verdict: {@link Verdict#UNDER_POWERED} if an arm has fewer visitors than {@link
 *       TestPlan#requiredPerArm()}; otherwise {@link Verdict#WINNER} (the arm with the higher
 *       rate) if {@code p < α}, strictly, else {@link Verdict#INCONCLUSIVE}.
 * </ul>
 *
 * <p>When both arms convert at 0% or both at 100% the pooled standard error is 0 and there is no
 * evidence of a difference: z is reported as 0 and the p-value as 1. The Wald interval is then the
 * single point 0; the Wald interval is known to be too narrow for rates near 0 or 1 and small
 * arms, which the sample-size requirement guards against.
 *
 * <pre>{@code
 * AbResult r = AbTest.compare(Arm.of("A", 480, 12_000), Arm.of("B", 560, 12_000),
 *     TestPlan.of(0.04, Lift.absolute(0.01)));   // needs 6 745 visitors per arm
 * r.pValue();    // 0.0112…
 * r.verdict();   // WINNER
 * r.winner();    // "B"
 * }</pre>
 */
public final class AbTest {

  private AbTest() {}

  /**
   * Compares a variant with the control.
   *
   * @throws IllegalArgumentException if the arms share a name
   */
  public static AbResult compare(Arm control, Arm variant, TestPlan plan) {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(plan, "plan");
    if (control.name().equals(variant.name())) {
      throw new IllegalArgumentException(
          "arms must have different names, both are '" + control.name() + "'");
    }
    double nA = control.visitors();
    double nB = variant.visitors();
    double pA = control.rate();
    double pB = variant.rate();
    double difference = pB - pA;
    Double relative = control.conversions() == 0 ? null : difference / pA;
    double pooled = (double) (control.conversions() + variant.conversions()) / (nA + nB);
    double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
    double z = pooledSe > 0 ? difference / pooledSe : 0;
    double p = z == 0 ? 1 : Math.min(1, 2 * Normal.upperTail(Math.abs(z)));
    double unpooledSe = Math.sqrt(pA * (1 - pA) / nA + pB * (1 - pB) / nB);
    double zCi = Normal.quantile(1 - plan.alpha() / 2);
    double lower = difference - zCi * unpooledSe;
    double upper = difference + zCi * unpooledSe;
    long required = plan.requiredPerArm();

    Verdict verdict;
    String winner = null;
    if (control.visitors() < required || variant.visitors() < required) {
      verdict = Verdict.UNDER_POWERED;
    } else if (p < plan.alpha()) {
      verdict = Verdict.WINNER;
      winner = difference > 0 ? variant.name() : control.name();
    } else {
      verdict = Verdict.INCONCLUSIVE;
    }
    String summary =
        "'" + variant.name() + "' converts " + pct(pB) + " against " + pct(pA) + " for '"
            + control.name() + "' (difference " + signedPoints(difference) + ", "
            + pct(1 - plan.alpha()) + " CI " + signedPoints(lower) + " to " + signedPoints(upper)
            + "), z = " + Numbers.brief(z) + ", p = " + Numbers.brief(p) + ": "
            + conclusion(verdict, winner, control, variant, plan, required);
    return new AbResult(
        control, variant, plan, difference, relative, pooled, pooledSe, z, p, unpooledSe,
        1 - plan.alpha(), lower, upper, required, verdict, winner, summary);
  }

  private static String conclusion(
      Verdict verdict, @Nullable String winner, Arm control, Arm variant, TestPlan plan, long required) {
    switch (verdict) {
      case WINNER:
        return "'" + winner + "' wins at α = " + Numbers.plain(plan.alpha());
      case INCONCLUSIVE:
        return "inconclusive at α = " + Numbers.plain(plan.alpha());
      default:
        return "under-powered: " + control.visitors() + " and " + variant.visitors()
            + " visitors, " + required + " per arm required to detect the " + plan.minimumDetectableLift()
            + " from " + Numbers.plain(plan.baselineRate()) + " with power "
            + Numbers.plain(plan.power());
    }
  }

  private static String pct(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String signedPoints(double fraction) {
    BigDecimal points = BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP);
    return (points.signum() > 0 ? "+" : "") + points.toPlainString() + " pp";
  }
}

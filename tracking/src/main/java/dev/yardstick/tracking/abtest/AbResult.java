package dev.yardstick.tracking.abtest;

import dev.yardstick.tracking.internal.Numbers;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The comparison of two arms. The difference is {@code variant − control}.
 *
 * @param control the control arm (A)
 * @param variant the variant arm (B)
 * @param plan the plan the test was designed with
 * @param difference {@code p_B − p_A}
 * @param relativeLift {@code (p_B − p_A) ÷ p_A}, or {@code null} when the control rate is 0
 * @param pooledRate {@code (x_A + x_B) ÷ (n_A + n_B)}
 * @param pooledStandardError {@code √(p̂(1−p̂)(1/n_A + 1/n_B))}, the standard error under H₀
 * @param zScore {@code difference ÷ pooledStandardError}; 0 when that is 0 (both rates 0 or 1)
 * @param pValue the two-sided p-value {@code 2·(1 − Φ(|z|))}; 1 when z is 0
 * @param unpooledStandardError {@code √(p_A(1−p_A)/n_A + p_B(1−p_B)/n_B)}, the Wald standard error
 * @param confidenceLevel {@code 1 − α}
 * @param ciLower the lower end of the Wald interval {@code difference ± z_{1−α/2}·unpooled SE}
 * @param ciUpper the upper end of that interval
 * @param requiredPerArm the plan's minimum visitors per arm
 * @param verdict winner, inconclusive or under-powered
 * @param winner the winning arm's name for {@link Verdict#WINNER}; otherwise {@code null}
 * @param summary one English line with the numbers and the verdict
 */
public record AbResult(
    Arm control,
    Arm variant,
    TestPlan plan,
    double difference,
    @Nullable Double relativeLift,
    double pooledRate,
    double pooledStandardError,
    double zScore,
    double pValue,
    double unpooledStandardError,
    double confidenceLevel,
    double ciLower,
    double ciUpper,
    long requiredPerArm,
    Verdict verdict,
    @Nullable String winner,
    String summary) {

  /** Validates: finite statistics, a winner exactly for {@link Verdict#WINNER}. */
  public AbResult {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(plan, "plan");
    Numbers.requireFinite(difference, "difference");
    if (relativeLift != null) {
      Numbers.requireFinite(relativeLift, "relativeLift");
    }
    Numbers.requireFinite(pooledRate, "pooledRate");
    Numbers.requireFinite(pooledStandardError, "pooledStandardError");
    Numbers.requireFinite(zScore, "zScore");
    Numbers.requireFinite(pValue, "pValue");
    Numbers.requireFinite(unpooledStandardError, "unpooledStandardError");
    Numbers.requireFinite(confidenceLevel, "confidenceLevel");
    Numbers.requireFinite(ciLower, "ciLower");
    Numbers.requireFinite(ciUpper, "ciUpper");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    if ((verdict == Verdict.WINNER) != (winner != null)) {
      throw new IllegalArgumentException(
          "a winner is named exactly when the verdict is WINNER, got " + verdict);
    }
  }

  /** The control's conversion rate. */
  public double controlRate() {
    return control.rate();
  }

  /** The variant's conversion rate. */
  public double variantRate() {
    return variant.rate();
  }
}

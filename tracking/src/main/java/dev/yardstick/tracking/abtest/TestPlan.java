package dev.yardstick.tracking.abtest;

import dev.yardstick.tracking.internal.Normal;
import dev.yardstick.tracking.internal.Numbers;
import java.util.Objects;

/**
 * What an A/B test is designed to detect: the baseline conversion rate, the minimum detectable
 * lift, the significance level α (two-sided) and the power 1 − β.
 *
 * <p>{@link #requiredPerArm()} is the standard sample size for comparing two proportions with
 * equal arms (for example Fleiss, Levin &amp; Paik, <i>Statistical Methods for Rates and
 * Proportions</i>, §4.2, without continuity correction):
 *
 * <pre>
 *   n = ( z_{1−α/2}·√(2·p̄(1−p̄)) + z_{1−β}·√(p₁(1−p₁) + p₂(1−p₂)) )² ÷ (p₂ − p₁)²,   p̄ = (p₁+p₂)/2
 * </pre>
 *
 * <p>rounded up to a whole visitor (after discarding binary noise below 1e-9 relative, so that an
 * exact integer is not pushed up by one).
 *
 * <pre>{@code
 * TestPlan plan = TestPlan.of(0.05, Lift.relative(0.10));   // α 0.05, power 0.8
 * plan.requiredPerArm();                                     // 31234
 * }</pre>
 *
 * @param baselineRate the control's expected conversion rate, between 0 and 1 exclusive
 * @param minimumDetectableLift the lift to detect
 * @param alpha the two-sided significance level, between 0 and 1 exclusive (0.05)
 * @param power the probability of detecting the lift, between 0 and 1 exclusive (0.8)
 */
public record TestPlan(double baselineRate, Lift minimumDetectableLift, double alpha, double power) {

  /** Validates; the lifted rate must stay below 1. */
  public TestPlan {
    open(baselineRate, "baseline rate");
    Objects.requireNonNull(minimumDetectableLift, "minimumDetectableLift");
    open(alpha, "alpha");
    open(power, "power");
    minimumDetectableLift.applyTo(baselineRate);
  }

  /** A plan with α = 0.05 and power 0.8. */
  public static TestPlan of(double baselineRate, Lift minimumDetectableLift) {
    return new TestPlan(baselineRate, minimumDetectableLift, 0.05, 0.8);
  }

  /** A copy with another significance level. */
  public TestPlan withAlpha(double significance) {
    return new TestPlan(baselineRate, minimumDetectableLift, significance, power);
  }

  /** A copy with another power. */
  public TestPlan withPower(double probability) {
    return new TestPlan(baselineRate, minimumDetectableLift, alpha, probability);
  }

  /** The rate the plan wants to detect, p₂. */
  public double targetRate() {
    return minimumDetectableLift.applyTo(baselineRate);
  }

  /** The minimum number of visitors in each arm. */
  public long requiredPerArm() {
    double p1 = baselineRate;
    double p2 = targetRate();
    double pBar = (p1 + p2) / 2;
    double zAlpha = Normal.quantile(1 - alpha / 2);
    double zBeta = Normal.quantile(power);
    double root =
        zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    double n = root * root / ((p2 - p1) * (p2 - p1));
    if (!Double.isFinite(n) || n > Long.MAX_VALUE / 2.0) {
      throw new IllegalArgumentException(
          "plan needs more visitors than can be counted: " + this);
    }
    return (long) Math.ceil(n - n * 1e-9);
  }

  private static void open(double value, String field) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(
          field + " must be between 0 and 1 exclusive, got " + Numbers.plain(value));
    }
  }
}

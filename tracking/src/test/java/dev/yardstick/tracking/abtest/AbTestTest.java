package dev.yardstick.tracking.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values were computed independently with CPython 3.11 on this machine, straight from
 * the textbook formulas, using {@code math.erfc} for the p-value ({@code erfc(|z|/√2)}) and {@code
 * statistics.NormalDist().inv_cdf} for the quantiles, printed with {@code repr}; for example
 *
 * <pre>
 *   pa, pb = 480/12000, 560/12000; pp = (480+560)/24000
 *   se = sqrt(pp*(1-pp)*(1/12000+1/12000)); z = (pb-pa)/se; p = erfc(abs(z)/sqrt(2))
 *   seu = sqrt(pa*(1-pa)/12000 + pb*(1-pb)/12000); lo, hi = (pb-pa) ∓ inv_cdf(0.975)*seu
 * </pre>
 */
class AbTestTest {

  static final double TIGHT = 1e-12;

  @Test
  void a_significant_lift_with_enough_visitors_names_the_variant_the_winner() {
    // GIVEN A 480/12 000 (4%) and B 560/12 000 (4.667%), planned to detect 4% → 5% (6 745 per arm)
    AbResult r =
        AbTest.compare(Arm.of("A", 480, 12_000), Arm.of("B", 560, 12_000), TestPlan.of(0.04, Lift.absolute(0.01)));

    // THEN the python reference values
    assertThat(r.difference()).isCloseTo(0.006666666666666668, within(TIGHT));
    assertThat(r.pooledRate()).isCloseTo(0.043333333333333335, within(TIGHT));
    assertThat(r.pooledStandardError()).isCloseTo(0.002628546986313781, within(TIGHT));
    assertThat(r.zScore()).isCloseTo(2.5362554678985827, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.011204496343423829, within(1e-14));
    assertThat(r.unpooledStandardError()).isCloseTo(0.002628194705003305, within(TIGHT));
    assertThat(r.ciLower()).isCloseTo(0.0015154997005013202, within(TIGHT));
    assertThat(r.ciUpper()).isCloseTo(0.011817833632832016, within(TIGHT));
    assertThat(r.confidenceLevel()).isCloseTo(0.95, within(1e-15));
    assertThat(r.relativeLift()).isCloseTo(0.16666666666666669, within(TIGHT)); // 0.00667 / 0.04
    assertThat(r.requiredPerArm()).isEqualTo(6745);
    assertThat(r.verdict()).isEqualTo(Verdict.WINNER);
    assertThat(r.winner()).isEqualTo("B");
    assertThat(r.summary())
        .isEqualTo(
            "'B' converts 4.67% against 4.00% for 'A' (difference +0.67 pp, 95.00% CI +0.15 pp to"
                + " +1.18 pp), z = 2.53626, p = 0.0112045: 'B' wins at α = 0.05");
  }

  @Test
  void the_control_wins_when_the_variant_converts_significantly_worse() {
    // GIVEN A 600/15 000 (4%) and B 520/15 000 (3.467%)
    AbResult r =
        AbTest.compare(Arm.of("A", 600, 15_000), Arm.of("B", 520, 15_000), TestPlan.of(0.04, Lift.absolute(0.01)));
    assertThat(r.zScore()).isCloseTo(-2.4363686836119784, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.014835554966795013, within(1e-14));
    assertThat(r.ciLower()).isCloseTo(-0.009623368386184888, within(TIGHT));
    assertThat(r.ciUpper()).isCloseTo(-0.0010432982804817834, within(TIGHT));
    assertThat(r.winner()).isEqualTo("A");
  }

  @Test
  void a_small_difference_with_enough_visitors_is_inconclusive() {
    // GIVEN A 200/5 000 (4%) and B 215/5 000 (4.3%), planned for 4% → 6% (1 863 per arm)
    AbResult r =
        AbTest.compare(Arm.of("A", 200, 5_000), Arm.of("B", 215, 5_000), TestPlan.of(0.04, Lift.absolute(0.02)));
    assertThat(r.zScore()).isCloseTo(0.7520923168750957, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.4519955440303816, within(1e-14));
    assertThat(r.ciLower()).isCloseTo(-0.004817824385915027, within(TIGHT));
    assertThat(r.ciUpper()).isCloseTo(0.010817824385915019, within(TIGHT));
    assertThat(r.requiredPerArm()).isEqualTo(1863);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.winner()).isNull();
    assertThat(r.summary()).endsWith(": inconclusive at α = 0.05");
  }

  @Test
  void arms_below_the_required_size_are_under_powered_even_when_the_difference_looks_significant() {
    // GIVEN A 40/1 000 and B 70/1 000: p = 0.00326, but the plan (4% + 15% relative = 4.6%)
    //       needs 17 943 per arm
    AbResult r =
        AbTest.compare(Arm.of("A", 40, 1_000), Arm.of("B", 70, 1_000), TestPlan.of(0.04, Lift.relative(0.15)));
    assertThat(r.pValue()).isCloseTo(0.0032562696284120693, within(1e-14));
    assertThat(r.requiredPerArm()).isEqualTo(17943);
    assertThat(r.verdict()).isEqualTo(Verdict.UNDER_POWERED);
    assertThat(r.winner()).isNull();
    assertThat(r.summary())
        .endsWith(
            ": under-powered: 1000 and 1000 visitors, 17943 per arm required to detect the"
                + " relative lift 0.15 from 0.04 with power 0.8");
  }

  @Test
  void the_required_sample_size_follows_the_standard_formula() {
    // python: n = (z975·√(2·p̄(1−p̄)) + z_power·√(p1(1−p1) + p2(1−p2)))² / (p2 − p1)²
    // 5% → 5.5% (10% relative), α 0.05, power 0.8: 31 233.44 → 31 234
    assertThat(TestPlan.of(0.05, Lift.relative(0.10)).requiredPerArm()).isEqualTo(31234);
    // 10% → 12% (absolute 0.02), α 0.05, power 0.9: 5 141.31 → 5 142
    assertThat(TestPlan.of(0.10, Lift.absolute(0.02)).withPower(0.9).requiredPerArm()).isEqualTo(5142);
    // 4% → 4.6%, α 0.05, power 0.8: 17 942.67 → 17 943
    assertThat(TestPlan.of(0.04, Lift.relative(0.15)).requiredPerArm()).isEqualTo(17943);
    // a stricter α needs more: α 0.01 is larger than α 0.05
    assertThat(TestPlan.of(0.05, Lift.relative(0.10)).withAlpha(0.01).requiredPerArm()).isGreaterThan(31234);
    assertThat(TestPlan.of(0.05, Lift.relative(0.10)).targetRate()).isCloseTo(0.055, within(1e-15));
  }

  @Test
  void arms_that_both_never_convert_show_no_evidence_of_a_difference() {
    // GIVEN 0/500 and 0/500: the pooled standard error is 0
    AbResult r = AbTest.compare(Arm.of("A", 0, 500), Arm.of("B", 0, 500), TestPlan.of(0.04, Lift.absolute(0.02)));
    // THEN z is reported as 0, p as 1, the interval collapses to 0, and no relative lift exists
    assertThat(r.zScore()).isZero();
    assertThat(r.pValue()).isEqualTo(1.0);
    assertThat(r.ciLower()).isZero();
    assertThat(r.ciUpper()).isZero();
    assertThat(r.relativeLift()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.UNDER_POWERED);
  }

  @Test
  void every_validation_names_the_field_and_value() {
    assertThatThrownBy(() -> Arm.of("A", 101, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arm 'A' conversions must be 0 to 100 (its visitors), got 101");
    assertThatThrownBy(() -> Arm.of("A", -1, 100))
        .hasMessage("arm 'A' conversions must be 0 to 100 (its visitors), got -1");
    assertThatThrownBy(() -> Arm.of("A", 0, 0)).hasMessage("arm 'A' visitors must be 1 or more, got 0");
    assertThatThrownBy(() -> Arm.of(" ", 0, 1)).hasMessage("arm name must not be blank, got ' '");
    assertThatThrownBy(
            () -> AbTest.compare(Arm.of("A", 1, 10), Arm.of("A", 2, 10), TestPlan.of(0.1, Lift.absolute(0.1))))
        .hasMessage("arms must have different names, both are 'A'");
    assertThatThrownBy(() -> Lift.relative(0)).hasMessage("lift must be greater than 0, got 0");
    assertThatThrownBy(() -> Lift.absolute(Double.NaN)).hasMessage("lift must be a finite number, got NaN");
    assertThatThrownBy(() -> TestPlan.of(0.6, Lift.relative(1)))
        .hasMessage("baseline rate 0.6 with relative lift 1 gives 1.2, which is not below 1");
    assertThatThrownBy(() -> TestPlan.of(0, Lift.absolute(0.01)))
        .hasMessage("baseline rate must be between 0 and 1 exclusive, got 0");
    assertThatThrownBy(() -> TestPlan.of(0.04, Lift.absolute(0.01)).withAlpha(1))
        .hasMessage("alpha must be between 0 and 1 exclusive, got 1");
    assertThatThrownBy(() -> TestPlan.of(0.04, Lift.absolute(0.01)).withPower(Double.NaN))
        .hasMessage("power must be between 0 and 1 exclusive, got NaN");
  }
}

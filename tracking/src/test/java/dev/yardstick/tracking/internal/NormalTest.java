package dev.yardstick.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reference values were computed independently with CPython 3.11 on this machine: {@code
 * math.erfc(x)} for erfc, {@code 0.5 * math.erfc(-x / math.sqrt(2))} for Φ, and {@code
 * statistics.NormalDist().inv_cdf(p)} (Wichura's AS 241) for quantiles, printed with {@code repr}.
 */
class NormalTest {

  @Test
  void phi_of_1_96_is_0_9750021048517795() {
    // GIVEN the textbook 97.5% point; WHEN Φ(1.96); THEN it matches to the last digit or so
    assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, within(2e-16));
  }

  @ParameterizedTest(name = "erfc({0}) = {1}")
  @CsvSource({
    "0.0, 1.0",
    "0.3, 0.6713732405408726",
    "0.5, 0.4795001221869535",
    "0.999, 0.15771472979350307",
    "1.0, 0.15729920705028513",
    "1.5, 0.033894853524689274",
    "2.0, 0.004677734981047265",
    "3.0, 2.2090496998585438e-05",
    "4.5, 1.9661604415428873e-10",
    "6.0, 2.1519736712498916e-17",
    "10.0, 2.088487583762545e-45",
    "-1.0, 1.842700792949715"
  })
  void erfc_matches_an_independent_implementation_to_1e_minus_14_relative(double x, double expected) {
    // GIVEN math.erfc's value; WHEN our erfc; THEN the relative error is below 1e-14
    // (the series below 1 and the continued fraction above 1 both meet it; A&S 7.1.26 would not)
    assertThat(Normal.erfc(x)).isCloseTo(expected, within(Math.abs(expected) * 1e-14));
  }

  @Test
  void the_upper_tail_keeps_its_relative_accuracy_far_out() {
    // GIVEN 1 − Φ(8) = 0.5·erfc(8/√2) = 6.220960574271819e-16 (python), which 1 − cdf(8) would
    // lose entirely to cancellation; WHEN upperTail(8); THEN accurate to 1e-13 relative
    assertThat(Normal.upperTail(8)).isCloseTo(6.220960574271819e-16, within(6.2e-16 * 1e-13));
    assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980316300957, within(1e-18));
  }

  @ParameterizedTest(name = "quantile({0}) = {1}")
  @CsvSource({
    "0.975, 1.959963984540054",
    "0.025, -1.9599639845400538",
    "0.8, 0.8416212335729144",
    "0.9, 1.2815515655446008",
    "0.995, 2.5758293035489",
    "0.5, 0.0",
    "1e-10, -6.361340902404056"
  })
  void the_quantile_reaches_full_double_precision(double p, double expected) {
    // GIVEN NormalDist().inv_cdf(p) (and 1.959963984540054 from tables for 0.975);
    // WHEN Acklam's start plus two Halley steps; THEN within 2e-15 (a few ulps) of the reference,
    // where Acklam alone is off by up to 1.15e-9 relative
    assertThat(Normal.quantile(p)).isCloseTo(expected, within(2e-15 * Math.max(1, Math.abs(expected))));
  }

  @Test
  void the_quantile_inverts_the_cdf() {
    // GIVEN a few points; WHEN quantile(cdf(x)); THEN x again (to 1e-12: cdf rounds near 1)
    for (double x : new double[] {-5, -2.5, -0.1, 0.7, 3.3}) {
      assertThat(Normal.quantile(Normal.cdf(x))).isCloseTo(x, within(1e-12));
    }
  }

  @Test
  void a_probability_outside_zero_to_one_is_rejected_naming_it() {
    assertThatThrownBy(() -> Normal.quantile(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be between 0 and 1 exclusive, got 1.0");
    assertThatThrownBy(() -> Normal.quantile(0))
        .hasMessage("probability must be between 0 and 1 exclusive, got 0.0");
    assertThatThrownBy(() -> Normal.quantile(Double.NaN))
        .hasMessage("probability must be between 0 and 1 exclusive, got NaN");
    assertThatThrownBy(() -> Normal.erfc(Double.NaN))
        .hasMessage("erfc argument must be a number, got NaN");
  }
}

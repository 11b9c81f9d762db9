package dev.yardstick.tracking.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed case used below: μ0 = 10, σ = 1, λ = 0.5, L = 3, so λ/(2 − λ) = 1/3.
 *
 * <pre>
 *   t = 1: x = 12, z = 10 + 0.5·(12 − 10) = 11, σ_z = √(1/3 · (1 − 0.5²)) = √(1/4) = 0.5,
 *          limits 10 ± 1.5 = [8.5, 11.5]: inside, 2σ_z out
 *   t = 2: x = 13, z = 11 + 0.5·(13 − 11) = 12, σ_z = √(1/3 · (1 − 0.5⁴)) = √(5/16) = 0.5590,
 *          limits 10 ± 1.6771 = [8.3229, 11.6771]: z = 12 is OUT, (12 − 10) / 0.5590 = 3.5777σ_z
 *   t = 3: x = 10, z = 12 + 0.5·(10 − 12) = 11, σ_z = √(1/3 · (1 − 0.5⁶)) = √(63/192) = 0.5728,
 *          inside, 1.7457σ_z out
 *   asymptotic σ_z = √(1/3) = 0.5774, limits 10 ± 1.7321
 * </pre>
 */
class EwmaDetectorTest {

  static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

  static Map<LocalDate, Double> days(double... values) {
    Map<LocalDate, Double> series = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      series.put(JUL_1.plusDays(i), values[i]);
    }
    return series;
  }

  @Test
  void the_ewma_and_its_exact_time_varying_limits_match_the_hand_computation() {
    // GIVEN μ0 = 10 and σ = 1 known, λ = 0.5, L = 3; WHEN 12, 13, 10
    Detection.Checked d =
        (Detection.Checked) EwmaDetector.withKnown(10, 1).lambda(0.5).limitWidth(3).detect(days(12, 13, 10));
    List<CheckedPoint> p = d.points();
    // THEN as in the class comment
    assertThat(p).extracting(CheckedPoint::statistic).containsExactly(11.0, 12.0, 11.0);
    assertThat(p.get(0).sigma()).isCloseTo(0.5, within(1e-15));
    assertThat(p.get(0).lower()).isCloseTo(8.5, within(1e-12));
    assertThat(p.get(0).upper()).isCloseTo(11.5, within(1e-12));
    assertThat(p.get(1).sigma()).isCloseTo(Math.sqrt(5.0 / 16), within(1e-15));
    assertThat(p.get(1).upper()).isCloseTo(10 + 3 * Math.sqrt(5.0 / 16), within(1e-12));
    assertThat(p.get(2).sigma()).isCloseTo(Math.sqrt(63.0 / 192), within(1e-15));
    assertThat(p).extracting(CheckedPoint::out).containsExactly(false, true, false);
    assertThat(p.get(0).sigmas().getAsDouble()).isCloseTo(2, within(1e-12));
    assertThat(p.get(2).sigmas().getAsDouble()).isCloseTo(1.7457431218879391, within(1e-12));

    AnomalyAlert alert = d.alerts().get(0);
    assertThat(alert.date()).isEqualTo(LocalDate.of(2026, 7, 2));
    assertThat(alert.sigmas().getAsDouble()).isCloseTo(3.5777087639996634, within(1e-12));
    assertThat(alert.message())
        .isEqualTo(
            "2026-07-02: EWMA 12 after 13 (t = 2) is 3.58σ of the EWMA above μ0, outside the"
                + " limits 8.32295 to 11.6771 (λ 0.5, L 3); baseline: given μ0 and σ (μ 10, σ 1)");
  }

  @Test
  void the_sigma_factor_widens_from_the_first_point_to_its_asymptote() {
    EwmaDetector ewma = EwmaDetector.withKnown(10, 1).lambda(0.5);
    // √(1/3 · (1 − 0.5^(2t))): 0.5, 0.5590, 0.5728, …, → √(1/3) = 0.57735
    assertThat(ewma.sigmaFactor(1)).isCloseTo(0.5, within(1e-15));
    assertThat(ewma.sigmaFactor(2)).isCloseTo(0.5590169943749475, within(1e-15));
    assertThat(ewma.sigmaFactor(3)).isCloseTo(0.57282196186948, within(1e-15));
    assertThat(ewma.sigmaFactor(60)).isCloseTo(Math.sqrt(1.0 / 3), within(1e-15));
    // AND with λ = 1 the chart is a Shewhart chart: factor 1 from the start
    assertThat(EwmaDetector.withKnown(0, 1).lambda(1).sigmaFactor(1)).isEqualTo(1.0);
    assertThatThrownBy(() -> ewma.sigmaFactor(0))
        .hasMessage("EWMA time t must be 1 or more, got 0");
  }

  @Test
  void an_early_shift_is_caught_by_the_exact_limits_that_asymptotic_limits_would_miss() {
    // GIVEN a first point of 13.2: z1 = 10 + 0.5·3.2 = 11.6
    Detection d = EwmaDetector.withKnown(10, 1).lambda(0.5).detect(days(13.2));
    // THEN 11.6 > the exact upper limit 11.5 at t = 1 → alert,
    //      although it is below the asymptotic 10 + 3·√(1/3) = 11.732
    assertThat(d.alerts()).singleElement().satisfies(a -> assertThat(a.sigmas().getAsDouble()).isCloseTo(3.2, within(1e-12)));
    assertThat(11.6).isLessThan(10 + 3 * Math.sqrt(1.0 / 3));
  }

  @Test
  void mu0_and_sigma_are_estimated_from_a_baseline_window_of_the_first_points() {
    // GIVEN a baseline of 9, 10, 11 (μ0 = 10, sample σ = 1), then 12, 13, 10 as above
    Detection.Checked d =
        (Detection.Checked) EwmaDetector.fromBaseline(3).lambda(0.5).detect(days(9, 10, 11, 12, 13, 10));
    // THEN monitoring starts at the 4th point with t = 1, and the results equal the known case
    assertThat(d.points()).extracting(CheckedPoint::statistic).containsExactly(11.0, 12.0, 11.0);
    assertThat(d.alertDates()).containsExactly(LocalDate.of(2026, 7, 5));
    Baseline b = d.points().get(0).baseline();
    assertThat(b.from()).isEqualTo(JUL_1);
    assertThat(b.to()).isEqualTo(LocalDate.of(2026, 7, 3));
    assertThat(b.points()).isEqualTo(3);
    assertThat(d.alerts().get(0).message())
        .endsWith("baseline: EWMA baseline of 3 points 2026-07-01..2026-07-03 (μ 10, σ 1)");
    assertThat(d.method()).isEqualTo("EWMA λ 0.5, L 3, μ0 and σ from the first 3 points (sample σ)");
  }

  @Test
  void too_little_history_gives_no_alert_and_says_so() {
    Detection d = EwmaDetector.fromBaseline(3).detect(days(9, 10, 11));
    assertThat(d.isInsufficient()).isTrue();
    assertThat(d.alerts()).isEmpty();
    assertThat(((Detection.InsufficientHistory) d).message())
        .isEqualTo(
            "insufficient history: need 4 points, have 3 (EWMA λ 0.2, L 3, μ0 and σ from the"
                + " first 3 points (sample σ))");
  }

  @Test
  void a_constant_baseline_keeps_the_ewma_exactly_at_mu0_and_alerts_on_any_move() {
    // GIVEN 0.1 three times, then 0.1 (z stays 0.1 exactly: z + λ(x − z) with x = z) and 0.2
    Detection.Checked d =
        (Detection.Checked) EwmaDetector.fromBaseline(3).detect(days(0.1, 0.1, 0.1, 0.1, 0.2));
    assertThat(d.points().get(0).statistic()).isEqualTo(0.1);
    assertThat(d.points().get(0).out()).isFalse();
    assertThat(d.alertDates()).containsExactly(LocalDate.of(2026, 7, 5));
    assertThat(d.alerts().get(0).sigmas()).isEmpty();
    assertThat(d.alerts().get(0).message())
        .isEqualTo(
            "2026-07-05: EWMA 0.12 after 0.2 (t = 2) departs from the constant baseline: σ is 0,"
                + " so the distance in σ is undefined; baseline: EWMA baseline of 3 points"
                + " 2026-07-01..2026-07-03 (μ 0.1, σ 0)");
    // AND IGNORE raises nothing
    assertThat(EwmaDetector.withKnown(5, 0).onZeroSigma(ZeroSigmaPolicy.IGNORE).detect(days(7)).alerts())
        .isEmpty();
  }

  @Test
  void bad_settings_are_rejected_naming_the_value() {
    assertThatThrownBy(() -> EwmaDetector.fromBaseline(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EWMA baseline must be 2 points or more, got 1");
    assertThatThrownBy(() -> EwmaDetector.fromBaseline(5).lambda(0))
        .hasMessage("EWMA lambda must be greater than 0 and at most 1, got 0");
    assertThatThrownBy(() -> EwmaDetector.fromBaseline(5).lambda(1.5))
        .hasMessage("EWMA lambda must be greater than 0 and at most 1, got 1.5");
    assertThatThrownBy(() -> EwmaDetector.fromBaseline(5).limitWidth(-3))
        .hasMessage("EWMA limit width must be greater than 0, got -3");
    assertThatThrownBy(() -> EwmaDetector.withKnown(10, -1))
        .hasMessage("EWMA sigma must not be negative, got -1");
    assertThatThrownBy(() -> EwmaDetector.withKnown(Double.NaN, 1))
        .hasMessage("EWMA mean μ0 must be a finite number, got NaN");
  }
}

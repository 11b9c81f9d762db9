package dev.yardstick.tracking.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZScoreDetectorTest {

  static final LocalDate JUN_1 = LocalDate.of(2026, 6, 1); // a Monday

  /** Consecutive days from 1 June. */
  static Map<LocalDate, Double> days(double... values) {
    Map<LocalDate, Double> series = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      series.put(JUN_1.plusDays(i), values[i]);
    }
    return series;
  }

  @Test
  void a_point_beyond_three_sample_sigmas_of_the_trailing_window_is_an_alert() {
    // GIVEN 9, 10, 11, 13.5, 10 and a trailing window of 3
    Detection d = ZScoreDetector.trailing(3).detect(days(9, 10, 11, 13.5, 10));

    // THEN 13.5 is checked against {9, 10, 11}: μ = 10, sample σ = √((1 + 0 + 1) / (3 − 1)) = 1,
    //      z = (13.5 − 10) / 1 = 3.5 > 3 → alert. (The population σ √(2/3) = 0.816 would give 4.29.)
    // AND 10 is checked against {10, 11, 13.5}: μ = 11.5, σ = √((2.25 + 0.25 + 4) / 2) = √3.25
    //     = 1.8028, z = −1.5 / 1.8028 = −0.832 → no alert
    assertThat(d).isInstanceOf(Detection.Checked.class);
    Detection.Checked checked = (Detection.Checked) d;
    assertThat(checked.points()).hasSize(2);
    assertThat(checked.alerts()).singleElement().satisfies(alert -> {
      assertThat(alert.date()).isEqualTo(LocalDate.of(2026, 6, 4));
      assertThat(alert.sigmas().getAsDouble()).isEqualTo(3.5);
      assertThat(alert.centre()).isEqualTo(10.0);
      assertThat(alert.isAbove()).isTrue();
      assertThat(alert.baseline().from()).isEqualTo(JUN_1);
      assertThat(alert.baseline().to()).isEqualTo(LocalDate.of(2026, 6, 3));
      assertThat(alert.baseline().sigma()).isEqualTo(1.0);
      assertThat(alert.message())
          .isEqualTo(
              "2026-06-04: 13.5 is 3.50σ above the mean of the trailing 3 points"
                  + " 2026-06-01..2026-06-03 (μ 10, σ 1), beyond ±3σ");
    });
    CheckedPoint last = checked.points().get(1);
    assertThat(last.centre()).isCloseTo(11.5, within(1e-12));
    assertThat(last.sigma()).isCloseTo(Math.sqrt(3.25), within(1e-12));
    assertThat(last.sigmas().getAsDouble()).isCloseTo(-0.8320502943378437, within(1e-12));
    assertThat(last.out()).isFalse();
    // AND the limits are μ ± 3σ: 10 ± 3 for the alert
    assertThat(checked.points().get(0).lower()).isEqualTo(7.0);
    assertThat(checked.points().get(0).upper()).isEqualTo(13.0);
  }

  @Test
  void a_point_exactly_on_the_threshold_is_no_alert() {
    // GIVEN {9, 10, 11} then 13: z = 3 exactly, not beyond 3
    assertThat(ZScoreDetector.trailing(3).detect(days(9, 10, 11, 13)).alerts()).isEmpty();
    // AND below: 7 gives z = −3 exactly, no alert; 6.9 gives −3.1, an alert below
    assertThat(ZScoreDetector.trailing(3).detect(days(9, 10, 11, 7)).alerts()).isEmpty();
    AnomalyAlert below = ZScoreDetector.trailing(3).detect(days(9, 10, 11, 6.9)).alerts().get(0);
    assertThat(below.isAbove()).isFalse();
    assertThat(below.sigmas().getAsDouble()).isCloseTo(-3.1, within(1e-12));
    // AND a lower threshold of 2.5 flags 13
    assertThat(ZScoreDetector.trailing(3).threshold(2.5).detect(days(9, 10, 11, 13)).alerts()).hasSize(1);
  }

  @Test
  void too_little_history_gives_no_alert_and_says_so() {
    // GIVEN 3 points for a window of 3, which needs 3 + 1
    Detection d = ZScoreDetector.trailing(3).detect(days(9, 10, 50));
    assertThat(d.isInsufficient()).isTrue();
    assertThat(d.alerts()).isEmpty();
    Detection.InsufficientHistory short3 = (Detection.InsufficientHistory) d;
    assertThat(short3.needed()).isEqualTo(4);
    assertThat(short3.available()).isEqualTo(3);
    assertThat(short3.message())
        .isEqualTo(
            "insufficient history: need 4 points, have 3 (z-score against the trailing 3 points,"
                + " sample σ, alert beyond ±3σ)");
    assertThat(ZScoreDetector.trailing(2).detect(Map.of()).isInsufficient()).isTrue();
  }

  @Test
  void a_constant_baseline_has_sigma_zero_and_any_change_is_an_alert_without_a_sigma_distance() {
    // GIVEN 0.1, 0.1, 0.1 — whose floating-point sum / 3 is 0.10000000000000002, not 0.1 — then
    // 0.1 and 0.2
    Detection d = ZScoreDetector.trailing(3).detect(days(0.1, 0.1, 0.1, 0.1));
    // THEN the baseline is exactly μ = 0.1, σ = 0 and 0.1 raises nothing
    assertThat(d.alerts()).isEmpty();
    assertThat(((Detection.Checked) d).points().get(0).baseline().sigma()).isZero();

    AnomalyAlert alert = ZScoreDetector.trailing(3).detect(days(5, 5, 5, 6)).alerts().get(0);
    assertThat(alert.sigmas()).isEmpty();
    assertThat(alert.message())
        .isEqualTo(
            "2026-06-04: 6 departs from the constant trailing 3 points 2026-06-01..2026-06-03"
                + " (μ 5, σ 0): σ is 0, so the distance in σ is undefined");
    // AND the IGNORE policy raises nothing
    assertThat(
            ZScoreDetector.trailing(3).onZeroSigma(ZeroSigmaPolicy.IGNORE).detect(days(5, 5, 5, 6)).alerts())
        .isEmpty();
  }

  /** Three weeks from Monday 1 June: weekdays 99 (odd days) or 101 (even), Saturdays ~200. */
  static Map<LocalDate, Double> weeklyCycle() {
    Map<LocalDate, Double> series = new HashMap<>();
    for (int day = 1; day <= 20; day++) {
      LocalDate date = LocalDate.of(2026, 6, day);
      double value;
      switch (date.getDayOfWeek()) {
        case SATURDAY:
          value = day == 6 ? 198 : day == 13 ? 202 : 200;
          break;
        case SUNDAY:
          value = 100;
          break;
        default:
          value = day % 2 == 1 ? 99 : 101;
      }
      series.put(date, value);
    }
    return series;
  }

  @Test
  void the_same_weekday_baseline_removes_the_weekly_cycle() {
    // GIVEN Saturdays at 198, 202, 200 and weekdays around 100
    Map<LocalDate, Double> series = weeklyCycle();
    LocalDate saturday = LocalDate.of(2026, 6, 20);

    // WHEN the trailing 5 points (Mon 15 .. Fri 19: 99, 101, 99, 101, 99) are the baseline,
    // μ = 99.8, σ = √(4.8 / 4) = 1.095, so Saturday's 200 is z = 91.5 → alert
    assertThat(ZScoreDetector.trailing(5).detect(series).alerts())
        .extracting(AnomalyAlert::date).contains(saturday);

    // WHEN the same weekday over 2 weeks is the baseline, Saturday 20 is compared with 13 (202)
    // and 6 (198): μ = 200, σ = √((4 + 4) / 1) = 2.83, z = 0 → no alert; only 15–20 June have two
    // earlier weeks, and each weekday is within 0.71σ of its own mean
    Detection.Checked seasonal = (Detection.Checked) ZScoreDetector.sameWeekday(2).detect(series);
    assertThat(seasonal.alerts()).isEmpty();
    assertThat(seasonal.points()).extracting(CheckedPoint::date)
        .containsExactly(
            LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 17),
            LocalDate.of(2026, 6, 18), LocalDate.of(2026, 6, 19), saturday);
    CheckedPoint sat = seasonal.points().get(5);
    assertThat(sat.centre()).isEqualTo(200.0);
    assertThat(sat.sigma()).isCloseTo(Math.sqrt(8), within(1e-12));
  }

  @Test
  void a_weekday_spike_is_caught_against_its_own_weekday_and_named_so() {
    // GIVEN Wednesday 17 June at 130 against Wednesdays 3 (99) and 10 (101): μ 100, σ √2,
    // z = 30 / 1.41421 = 21.21
    Map<LocalDate, Double> series = weeklyCycle();
    series.put(LocalDate.of(2026, 6, 17), 130.0);
    AnomalyAlert alert = ZScoreDetector.sameWeekday(2).detect(series).alerts().get(0);
    assertThat(alert.sigmas().getAsDouble()).isCloseTo(30 / Math.sqrt(2), within(1e-9));
    assertThat(alert.message())
        .isEqualTo(
            "2026-06-17: 130 is 21.21σ above the mean of the same weekday (WEDNESDAY) over 2 weeks"
                + " 2026-06-03..2026-06-10 (μ 100, σ 1.41421), beyond ±3σ");
    // AND without 10 June, 17 June has no full baseline and is not checked
    series.remove(LocalDate.of(2026, 6, 10));
    assertThat(((Detection.Checked) ZScoreDetector.sameWeekday(2).detect(series)).points())
        .extracting(CheckedPoint::date).doesNotContain(LocalDate.of(2026, 6, 17));
  }

  @Test
  void two_weeks_of_days_are_too_few_for_a_two_week_weekday_baseline() {
    Map<LocalDate, Double> series = new HashMap<>();
    for (int day = 1; day <= 14; day++) {
      series.put(LocalDate.of(2026, 6, day), 100.0);
    }
    Detection d = ZScoreDetector.sameWeekday(2).detect(series);
    assertThat(d.isInsufficient()).isTrue();
    assertThat(((Detection.InsufficientHistory) d).message())
        .isEqualTo(
            "insufficient history: need 3 points, have 2 (z-score against the same weekday over"
                + " the last 2 weeks, sample σ, alert beyond ±3σ)");
  }

  @Test
  void decimal_values_are_accepted_and_bad_values_rejected_naming_the_date() {
    Map<LocalDate, BigDecimal> decimals = new HashMap<>();
    decimals.put(JUN_1, new BigDecimal("9"));
    decimals.put(JUN_1.plusDays(1), new BigDecimal("10"));
    decimals.put(JUN_1.plusDays(2), new BigDecimal("11"));
    decimals.put(JUN_1.plusDays(3), new BigDecimal("13.5"));
    assertThat(ZScoreDetector.trailing(3).detect(decimals).alerts()).hasSize(1);

    assertThatThrownBy(() -> ZScoreDetector.trailing(3).detect(days(1, Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series value of 2026-06-02 must be a finite number, got NaN");
    Map<LocalDate, Double> withNull = new HashMap<>();
    withNull.put(JUN_1, null);
    assertThatThrownBy(() -> ZScoreDetector.trailing(3).detect(withNull))
        .hasMessage("series value of 2026-06-01 is missing (null)");
  }

  @Test
  void bad_settings_are_rejected_naming_the_value() {
    assertThatThrownBy(() -> ZScoreDetector.trailing(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trailing window must be 2 points or more, got 1");
    assertThatThrownBy(() -> ZScoreDetector.sameWeekday(1))
        .hasMessage("same-weekday window must be 2 weeks or more, got 1");
    assertThatThrownBy(() -> ZScoreDetector.trailing(5).threshold(0))
        .hasMessage("z-score threshold must be greater than 0, got 0");
    assertThatThrownBy(() -> ZScoreDetector.trailing(5).threshold(Double.NaN))
        .hasMessage("z-score threshold must be a finite number, got NaN");
  }
}

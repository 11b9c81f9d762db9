package dev.yardstick.tracking.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacerTest {

  static final Indicator GMV = Indicator.builder("gmv").unit(Unit.CURRENCY).build();
  static final Indicator ORDERS = Indicator.builder("orders").unit(Unit.COUNT).build();
  static final Indicator SPEND =
      Indicator.builder("spend").unit(Unit.CURRENCY).direction(Direction.LOWER_IS_BETTER).build();
  static final Indicator BUDGET_USE =
      Indicator.builder("budget-use").unit(Unit.CURRENCY)
          .direction(Direction.CLOSER_TO_TARGET_IS_BETTER).build();
  static final Indicator CVR =
      Indicator.builder("cvr").unit(Unit.RATIO).aggregation(Aggregation.RATIO_OF_SUMS).build();

  static final Period Q2 = Period.parse("2026-Q2");
  static final Period Q3 = Period.parse("2026-Q3");
  // Q3 has 31 + 31 + 30 = 92 days; 15 August is day 31 + 15 = 46, exactly half
  static final LocalDate AUG_15 = LocalDate.of(2026, 8, 15);

  /** Jan..Dec, summing to 100, weighted towards 618 (June) and Double 11 (November). */
  static final PaceProfile ECOMMERCE = PaceProfile.seasonal(6, 5, 7, 7, 8, 14, 7, 7, 8, 9, 15, 7);

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void linear_pace_at_half_the_quarter_expects_half_the_goal() {
    // GIVEN a goal of 3 000 000 and 1 200 000 by day 46 of 92
    Pace pace = Pacer.linear().pace(GMV, Q3, d("3000000"), AUG_15, d("1200000"));
    // THEN share 46/92 = 0.5, expected 1 500 000.00, projected 1 200 000 / 0.5 = 2 400 000.00,
    //      attainment 1 200 000 / 1 500 000 = 0.8: 20% behind, beyond the 15% amber band → RED
    assertThat(pace.expectedShare()).isEqualByComparingTo("0.5");
    assertThat(pace.expected()).isEqualByComparingTo("1500000.00");
    assertThat(pace.expected().scale()).isEqualTo(2);
    assertThat(pace.projected()).isEqualByComparingTo("2400000.00");
    assertThat(pace.attainment()).isEqualByComparingTo("0.8");
    assertThat(pace.status()).isEqualTo(PaceStatus.RED);
  }

  @Test
  void the_bands_apply_with_their_boundaries_to_the_better_status() {
    Pacer pacer = Pacer.linear(); // green within 5%, amber within 15%
    // 1 440 000 / 1 500 000 = 0.96 → 4% behind → GREEN
    assertThat(pacer.pace(GMV, Q3, d("3000000"), AUG_15, d("1440000")).status()).isEqualTo(PaceStatus.GREEN);
    // 1 425 000 / 1 500 000 = 0.95 → exactly 5% behind → still GREEN
    assertThat(pacer.pace(GMV, Q3, d("3000000"), AUG_15, d("1425000")).status()).isEqualTo(PaceStatus.GREEN);
    // 1 380 000 / 1 500 000 = 0.92 → 8% behind → AMBER
    assertThat(pacer.pace(GMV, Q3, d("3000000"), AUG_15, d("1380000")).status()).isEqualTo(PaceStatus.AMBER);
    // 1 275 000 / 1 500 000 = 0.85 → exactly 15% behind → still AMBER
    assertThat(pacer.pace(GMV, Q3, d("3000000"), AUG_15, d("1275000")).status()).isEqualTo(PaceStatus.AMBER);
    // 1 274 999.99 → just beyond → RED
    assertThat(pacer.pace(GMV, Q3, d("3000000"), AUG_15, d("1274999.99")).status()).isEqualTo(PaceStatus.RED);
    // running ahead is never adverse for higher-is-better: 1 800 000 / 1 500 000 = 1.2 → GREEN
    assertThat(pacer.pace(GMV, Q3, d("3000000"), AUG_15, d("1800000")).status()).isEqualTo(PaceStatus.GREEN);
    // with bands 2% / 10%, 0.92 is AMBER and 0.96 AMBER too
    Pacer tight = pacer.bands(PaceBands.of(0.02, 0.10));
    assertThat(tight.pace(GMV, Q3, d("3000000"), AUG_15, d("1440000")).status()).isEqualTo(PaceStatus.AMBER);
  }

  @Test
  void a_seasonal_profile_expects_less_before_618_and_turns_red_into_green() {
    // GIVEN Q2 weights April 7, May 8, June 14 (sum 29) and 1 450 000 by 31 May against 2 900 000
    LocalDate may31 = LocalDate.of(2026, 5, 31);
    Pace seasonal = Pacer.of(ECOMMERCE).pace(GMV, Q2, d("2900000"), may31, d("1450000"));
    // THEN share (7 + 8) / 29 = 15/29 = 0.5172413793103448 (16 digits), expected 2 900 000 × 15/29
    //      = 1 500 000.00, attainment 1 450 000 / 1 500 000 = 0.9666… → 3.3% behind → GREEN,
    //      projected 1 450 000 × 29/15 = 2 803 333.333… → 2 803 333.33
    assertThat(seasonal.expectedShare()).isEqualByComparingTo("0.5172413793103448");
    assertThat(seasonal.expected()).isEqualByComparingTo("1500000.00");
    assertThat(seasonal.projected()).isEqualByComparingTo("2803333.33");
    assertThat(seasonal.status()).isEqualTo(PaceStatus.GREEN);

    // AND the linear profile expects (30 + 31) / 91 = 61/91 of 2 900 000 = 1 943 956.04; attainment
    //     1 450 000 / 1 943 956.04 = 0.7459 → 25% behind → RED
    Pace linear = Pacer.linear().pace(GMV, Q2, d("2900000"), may31, d("1450000"));
    assertThat(linear.expected()).isEqualByComparingTo("1943956.04");
    assertThat(linear.status()).isEqualTo(PaceStatus.RED);
  }

  @Test
  void a_seasonal_share_grows_linearly_within_a_month() {
    // GIVEN 18 June (618): (7 + 8 + 14 × 18/30) / 29 = (15 + 8.4) / 29 = 23.4 / 29
    //       = 0.806896551724137931… → 0.8068965517241379
    assertThat(ECOMMERCE.cumulativeShare(Q2, LocalDate.of(2026, 6, 18)))
        .isEqualByComparingTo("0.8068965517241379");
    // AND on the last day the share is exactly 1, on the first day 7 × 1/30 / 29 = 7/870
    assertThat(ECOMMERCE.cumulativeShare(Q2, LocalDate.of(2026, 6, 30))).isEqualByComparingTo("1");
    assertThat(ECOMMERCE.cumulativeShare(Q2, LocalDate.of(2026, 4, 1)))
        .isEqualByComparingTo(BigDecimal.valueOf(7).divide(BigDecimal.valueOf(870), java.math.MathContext.DECIMAL64));
    // AND over the year, 30 November holds 6+5+7+7+8+14+7+7+8+9+15 = 93 of 100
    assertThat(ECOMMERCE.cumulativeShare(Period.year(2026), LocalDate.of(2026, 11, 30)))
        .isEqualByComparingTo("0.93");
  }

  @Test
  void for_a_lower_is_better_cost_running_ahead_of_pace_is_adverse() {
    // GIVEN a marketing spend budget of 900 000 for Q3; expected by 15 August: 450 000.00
    Pacer pacer = Pacer.linear();
    // WHEN 540 000 is spent: attainment 540 000 / 450 000 = 1.2 → 20% over pace → RED
    Pace over = pacer.pace(SPEND, Q3, d("900000"), AUG_15, d("540000"));
    assertThat(over.attainment()).isEqualByComparingTo("1.2");
    assertThat(over.projected()).isEqualByComparingTo("1080000.00");
    assertThat(over.status()).isEqualTo(PaceStatus.RED);
    // AND 486 000: 1.08 → 8% over → AMBER
    assertThat(pacer.pace(SPEND, Q3, d("900000"), AUG_15, d("486000")).status()).isEqualTo(PaceStatus.AMBER);
    // AND 360 000: 0.8, under budget → GREEN (which would be RED for higher-is-better)
    assertThat(pacer.pace(SPEND, Q3, d("900000"), AUG_15, d("360000")).status()).isEqualTo(PaceStatus.GREEN);
  }

  @Test
  void closer_to_target_counts_deviation_both_ways() {
    // 495 000 / 450 000 = 1.1 and 405 000 / 450 000 = 0.9: both 10% off → AMBER
    Pacer pacer = Pacer.linear();
    assertThat(pacer.pace(BUDGET_USE, Q3, d("900000"), AUG_15, d("495000")).status()).isEqualTo(PaceStatus.AMBER);
    assertThat(pacer.pace(BUDGET_USE, Q3, d("900000"), AUG_15, d("405000")).status()).isEqualTo(PaceStatus.AMBER);
  }

  @Test
  void a_core_target_paces_against_its_target_level_and_must_run_the_indicators_way() {
    // GIVEN threshold 2.4 M, target 3 M, stretch 3.6 M: the goal is 3 000 000
    Pace pace = Pacer.linear().pace(GMV, Q3, Target.levels(2_400_000, 3_000_000, 3_600_000), AUG_15, d("1500000"));
    assertThat(pace.goal()).isEqualByComparingTo("3000000");
    assertThat(pace.attainment()).isEqualByComparingTo("1");
    // AND an ascending target for a lower-is-better spend is refused
    assertThatThrownBy(
            () -> Pacer.linear().pace(SPEND, Q3, Target.levels(800_000, 900_000, 1_000_000), AUG_15, d("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "target of 'spend' (lower is better) must have threshold ≥ target ≥ stretch, got"
                + " 800000 / 900000 / 1000000");
  }

  @Test
  void a_count_keeps_sixteen_digits_instead_of_cents() {
    // GIVEN 1 000 orders aimed at over 92 days, 300 by day 31 (31 July)
    Pace pace = Pacer.linear().pace(ORDERS, Q3, d("1000"), LocalDate.of(2026, 7, 31), d("300"));
    // THEN expected 1000 × 31/92 = 336.95652173913043… → 336.9565217391304 (16 digits)
    assertThat(pace.expected()).isEqualByComparingTo("336.9565217391304");
  }

  @Test
  void daily_and_monthly_actuals_sum_to_date() {
    // GIVEN daily GMV of 100.10 on 1 July and 200.20 on 15 August
    BigDecimal days =
        Pacer.sumOfDays(Q3, AUG_15, Map.of(LocalDate.of(2026, 7, 1), d("100.10"), AUG_15, d("200.20")));
    assertThat(days).isEqualByComparingTo("300.30");
    // AND July 1 000 000 plus August-to-date 200 000
    BigDecimal months =
        Pacer.sumOfMonths(
            Q3,
            AUG_15,
            List.of(
                Measurement.of("emp-1", "gmv", Period.parse("2026-07"), 1_000_000),
                Measurement.of("emp-1", "gmv", Period.parse("2026-08"), 200_000)));
    assertThat(months).isEqualByComparingTo("1200000");
  }

  @Test
  void actuals_outside_the_period_or_after_the_day_are_rejected() {
    assertThatThrownBy(() -> Pacer.sumOfDays(Q3, AUG_15, Map.of(LocalDate.of(2026, 8, 16), d("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daily actual of 2026-08-16 is outside 2026-Q3 up to 2026-08-15");
    assertThatThrownBy(
            () -> Pacer.sumOfMonths(Q3, AUG_15, List.of(Measurement.of("emp-1", "gmv", Period.parse("2026-09"), 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'period': 2026-09 is outside 2026-Q3 up to 2026-08-15");
    assertThatThrownBy(
            () -> Pacer.sumOfMonths(Q3, AUG_15, List.of(Measurement.of("emp-1", "gmv", Q3, 1))))
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'period': 2026-Q3 is not a month");
    Measurement july = Measurement.of("emp-1", "gmv", Period.parse("2026-07"), 1);
    assertThatThrownBy(() -> Pacer.sumOfMonths(Q3, AUG_15, List.of(july, july)))
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'period': 2026-07 has two measurements");
    assertThatThrownBy(
            () -> Pacer.sumOfMonths(Q3, AUG_15, List.of(july, Measurement.of("emp-2", "gmv", Period.parse("2026-08"), 1))))
        .hasMessage("subject 'emp-2', indicator 'gmv', field 'subjectId': emp-2 differs from the first measurement's subject 'emp-1'");
    assertThatThrownBy(
            () -> Pacer.sumOfMonths(Q3, AUG_15, List.of(july, Measurement.of("emp-1", "orders", Period.parse("2026-08"), 1))))
        .hasMessage("subject 'emp-1', indicator 'orders', field 'indicatorId': orders differs from the first measurement's indicator 'gmv'");
  }

  @Test
  void every_pace_validation_names_the_field_and_value() {
    Pacer pacer = Pacer.linear();
    assertThatThrownBy(() -> pacer.pace(CVR, Q3, d("0.03"), AUG_15, d("0.02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pace needs a cumulative (SUM) indicator, but 'cvr' aggregates as RATIO_OF_SUMS:"
                + " watch it with a ceiling or floor instead");
    assertThatThrownBy(() -> pacer.pace(GMV, Q3, d("0"), AUG_15, d("1")))
        .hasMessage("pace goal of 'gmv' must be greater than 0, got 0");
    assertThatThrownBy(() -> pacer.pace(GMV, Q3, d("-5"), AUG_15, d("1")))
        .hasMessage("pace goal of 'gmv' must be greater than 0, got -5");
    assertThatThrownBy(() -> pacer.pace(GMV, Q3, d("10"), LocalDate.of(2026, 10, 1), d("1")))
        .hasMessage("asOf 2026-10-01 is outside the period 2026-Q3 (2026-07-01 to 2026-09-30)");
    PaceProfile nothingYet =
        new PaceProfile() {
          @Override
          public BigDecimal cumulativeShare(Period period, LocalDate asOf) {
            return BigDecimal.ZERO;
          }

          @Override
          public String description() {
            return "back-loaded";
          }
        };
    assertThatThrownBy(() -> Pacer.of(nothingYet).pace(GMV, Q3, d("10"), AUG_15, d("1")))
        .hasMessage(
            "profile back-loaded gives the share 0 for 2026-Q3 on 2026-08-15: it must be greater"
                + " than 0 and at most 1");
  }

  @Test
  void profiles_and_bands_reject_bad_settings() {
    assertThatThrownBy(() -> PaceProfile.seasonal(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seasonal profile needs 12 month weights, January to December, got 11");
    assertThatThrownBy(() -> PaceProfile.seasonal(1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1))
        .hasMessage("seasonal weight of MARCH must be greater than 0, got 0");
    assertThatThrownBy(() -> PaceProfile.seasonal(1, 1, 1, 1, 1, Double.NaN, 1, 1, 1, 1, 1, 1))
        .hasMessage("seasonal weight of JUNE must be a finite number, got NaN");
    assertThatThrownBy(() -> new PaceProfile.Seasonal(Map.of()))
        .hasMessage("seasonal profile has no weight for JANUARY");
    assertThatThrownBy(() -> PaceBands.of(0.10, 0.05))
        .hasMessage("pace band amber must be at least green (0.1), got 0.05");
    assertThatThrownBy(() -> PaceBands.of(-0.01, 0.05))
        .hasMessage("pace band green must not be negative, got -0.01");
    assertThatThrownBy(() -> PaceProfile.linear().cumulativeShare(Q3, LocalDate.of(2026, 6, 30)))
        .hasMessage("asOf 2026-06-30 is outside the period 2026-Q3 (2026-07-01 to 2026-09-30)");
  }
}

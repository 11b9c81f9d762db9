package dev.yardstick.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScaleTest {

  private static String ticks(Scale scale) {
    StringBuilder sb = new StringBuilder();
    for (BigDecimal tick : scale.ticks()) {
      sb.append(sb.length() == 0 ? "" : " ").append(Num.plain(tick));
    }
    return sb.toString();
  }

  @Test
  void zero_to_120_in_six_steps_is_steps_of_20() {
    // GIVEN 0..120 in about 6 steps: 120 / 6 = 20, a nice step
    Scale scale = Scale.nice(0, 120, 6, 0);

    // THEN the axis is exactly 0..120 and 100 is at 100 / 120 of it
    assertThat(ticks(scale)).isEqualTo("0 20 40 60 80 100 120");
    assertThat(scale.fraction(100)).isEqualTo(100.0 / 120);
  }

  @Test
  void a_raw_step_rounds_up_to_1_2_or_5_times_a_power_of_ten() {
    // GIVEN raw steps of 130 / 6 = 21.7 (→ 50), 6 / 5 = 1.2 (→ 2), 1000000 / 5 = 200000 (→ 200000)
    // and 0.3 / 3 = 0.1 (→ 0.1)
    // THEN the ticks are exact decimals
    assertThat(ticks(Scale.nice(0, 130, 6, 0))).isEqualTo("0 50 100 150");
    assertThat(ticks(Scale.nice(0, 6, 5, 1))).isEqualTo("0 2 4 6");
    assertThat(ticks(Scale.nice(0, 1_000_000, 5, 0)))
        .isEqualTo("0 200000 400000 600000 800000 1000000");
    assertThat(ticks(Scale.nice(0, 0.3, 3, 0))).isEqualTo("0 0.1 0.2 0.3");
  }

  @Test
  void the_axis_extends_below_zero_to_a_whole_step() {
    // GIVEN −20..120: 140 / 6 = 23.3 → 50; −20 / 50 rounds down to −1 step
    assertThat(ticks(Scale.nice(-20, 120, 6, 0))).isEqualTo("-50 0 50 100 150");
  }

  @Test
  void the_least_step_holds_for_small_counts() {
    // GIVEN counts up to 2 in about 5 steps: 0.4 would be the step, but people come whole
    assertThat(ticks(Scale.nice(0, 2, 5, 1))).isEqualTo("0 1 2");
  }

  @Test
  void a_flat_range_is_opened_to_one_step() {
    // GIVEN min = max
    // THEN the axis still has a length
    assertThat(ticks(Scale.nice(0, 0, 5, 1))).isEqualTo("0 1");
    assertThat(ticks(Scale.nice(5, 5, 5, 0))).isEqualTo("5 5.2 5.4 5.6 5.8 6");
  }

  @Test
  void bounds_that_are_not_finite_or_reversed_are_a_bug_in_the_caller() {
    assertThatThrownBy(() -> Scale.nice(0, Double.NaN, 5, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("axis bounds must be finite, got 0.0 to NaN");
    assertThatThrownBy(() -> Scale.nice(2, 1, 5, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("axis bounds are reversed: 2.0 to 1.0");
  }
}

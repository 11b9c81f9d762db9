package dev.yardstick.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void a_single_value_target_has_all_three_levels_equal_and_runs_both_ways() {
    Target t = Target.of(0.035);
    assertThat(t.threshold()).isEqualTo(0.035);
    assertThat(t.stretch()).isEqualTo(0.035);
    assertThat(t.isAscending()).isTrue();
    assertThat(t.isDescending()).isTrue();
    assertThat(t).hasToString("0.035");
  }

  @Test
  void descending_levels_describe_a_lower_is_better_target() {
    Target cac = Target.levels(80, 60, 50);
    assertThat(cac.isDescending()).isTrue();
    assertThat(cac.isAscending()).isFalse();
    assertThat(cac).hasToString("80 / 60 / 50");
  }

  @Test
  void threshold_equal_to_target_is_allowed() {
    assertThat(Target.levels(100, 100, 120).isAscending()).isTrue();
  }

  @Test
  void zero_and_negative_levels_are_allowed_when_they_run_one_way() {
    assertThat(Target.levels(-20, -10, 0).isAscending()).isTrue();
  }

  @Test
  void levels_that_change_direction_are_rejected_naming_them() {
    assertThatThrownBy(() -> Target.levels(80, 100, 90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target levels must run one way, threshold to target to stretch, got threshold=80, target=100, stretch=90");
  }

  @Test
  void non_finite_levels_are_rejected_naming_the_level() {
    assertThatThrownBy(() -> Target.levels(Double.NaN, 1, 2))
        .hasMessage("target threshold must be a finite number, got NaN");
    assertThatThrownBy(() -> Target.of(Double.POSITIVE_INFINITY))
        .hasMessage("target threshold must be a finite number, got Infinity");
    assertThatThrownBy(() -> Target.levels(1, 2, Double.NEGATIVE_INFINITY))
        .hasMessage("target stretch must be a finite number, got -Infinity");
  }
}

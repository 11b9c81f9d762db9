package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  @Test
  void an_actual_exactly_on_the_target_is_met() {
    // GIVEN target 10 products launched  WHEN 10  THEN met: 100
    Score s = score(Kpi.milestone(), GMV, Target.of(10), 10);
    assertThat(s.value()).isEqualTo(100.0);
    assertThat(s.explanation().text()).isEqualTo("met: actual 10 ≥ target 10: score 100");
  }

  @Test
  void an_actual_short_of_the_target_is_not_met() {
    // GIVEN target 10  WHEN 9.99  THEN 0
    Score s = score(Kpi.milestone(), GMV, Target.of(10), 9.99);
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.explanation().text()).isEqualTo("not met: actual 9.99 < target 10: score 0");
  }

  @Test
  void lower_is_better_is_met_at_or_below_the_target() {
    // GIVEN a CAC target of 60
    // WHEN / THEN 60 → met; 61 → not met
    assertThat(score(Kpi.milestone(), CAC, Target.of(60), 60).value()).isEqualTo(100.0);
    Score s = score(Kpi.milestone(), CAC, Target.of(60), 61);
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.explanation().text())
        .isEqualTo("not met: actual 61 > target 60 (lower is better): score 0");
  }

  @Test
  void scores_are_configurable() {
    // GIVEN met 100, not met 40  WHEN not met  THEN 40
    assertThat(score(Kpi.milestone(100, 40), GMV, Target.of(10), 3).value()).isEqualTo(40.0);
  }

  @Test
  void a_done_flag_is_met_when_not_zero_and_needs_no_target() {
    // GIVEN a done flag  WHEN 1 / 0 / -1 without a target
    Score done = score(Kpi.doneFlag(100, 0), GMV, null, 1);
    // THEN 100 / 0 / 100
    assertThat(done.value()).isEqualTo(100.0);
    assertThat(done.explanation().text()).isEqualTo("done (actual 1 is not 0): score 100");
    Score notDone = score(Kpi.doneFlag(100, 0), GMV, null, 0);
    assertThat(notDone.value()).isEqualTo(0.0);
    assertThat(notDone.explanation().text()).isEqualTo("not done (actual 0): score 0");
    assertThat(score(Kpi.doneFlag(100, 0), GMV, null, -1).value()).isEqualTo(100.0);
  }

  @Test
  void a_closer_to_target_indicator_is_rejected_against_a_target() {
    assertThatThrownBy(() -> score(Kpi.milestone(), TURNOVER, Target.of(6), 6))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'turnover', field 'direction': CLOSER_TO_TARGET_IS_BETTER"
                + " cannot be scored by milestone against a target: use closer-to-target");
  }

  @Test
  void every_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.milestone(50, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone parameter 'notMetScore' must not exceed metScore (50), got 60");
    assertThatThrownBy(() -> Kpi.milestone(Double.NaN, 0))
        .hasMessage("milestone parameter 'metScore' must be a finite number, got NaN");
    assertThatThrownBy(() -> Kpi.doneFlag(100, Double.NEGATIVE_INFINITY))
        .hasMessage("milestone parameter 'notMetScore' must be a finite number, got -Infinity");
  }
}

package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import org.junit.jupiter.api.Test;

class CloserToTargetTest {

  /** Full score within ±0.5 turns of the target, 0 at 3 turns away. */
  static final ScoringRule<CloserToTarget.Params> ABSOLUTE =
      Kpi.closerToTarget().tolerance(0.5).floorAt(3).rule();
  /** Full score within ±5% of the target, 0 at 25% away. */
  static final ScoringRule<CloserToTarget.Params> RELATIVE =
      Kpi.closerToTarget().relative().tolerance(0.05).floorAt(0.25).rule();

  @Test
  void inside_the_tolerance_the_score_is_full() {
    // GIVEN target 6 turns  WHEN 6.4 (0.4 away)
    Score s = score(ABSOLUTE, TURNOVER, Target.of(6), 6.4);
    // THEN 100
    assertThat(s.value()).isEqualTo(100.0);
    assertThat(s.explanation().text())
        .isEqualTo("actual 6.4 is 0.4 from target 6, within tolerance 0.5: full score 100");
  }

  @Test
  void a_distance_exactly_on_the_tolerance_still_scores_full() {
    // GIVEN target 6  WHEN 6.5 and 5.5 (exactly 0.5 away on either side)  THEN 100
    assertThat(score(ABSOLUTE, TURNOVER, Target.of(6), 6.5).value()).isEqualTo(100.0);
    assertThat(score(ABSOLUTE, TURNOVER, Target.of(6), 5.5).value()).isEqualTo(100.0);
  }

  @Test
  void outside_the_tolerance_the_score_falls_linearly() {
    // GIVEN target 6  WHEN 4.5 (1.5 away)
    Score s = score(ABSOLUTE, TURNOVER, Target.of(6), 4.5);
    // THEN 100 − (100 − 0) × (1.5 − 0.5) ÷ (3 − 0.5) = 100 − 40 = 60
    assertThat(s.value()).isEqualTo(60.0);
    assertThat(s.explanation().text())
        .isEqualTo(
            "actual 4.5 is 1.5 from target 6, beyond tolerance 0.5; falling to 0 at 3: 60");
    // and the same on the other side: 7.5 → 60
    assertThat(score(ABSOLUTE, TURNOVER, Target.of(6), 7.5).value()).isEqualTo(60.0);
  }

  @Test
  void exactly_at_the_floor_distance_the_floor_is_reached_without_a_flag() {
    // GIVEN target 6  WHEN 9 (3 away)  THEN 100 − 100 × 2.5 ÷ 2.5 = 0, not flagged
    Score s = score(ABSOLUTE, TURNOVER, Target.of(6), 9);
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void beyond_the_floor_distance_the_floor_is_flagged() {
    // GIVEN target 6  WHEN 10 (4 away)
    Score s = score(ABSOLUTE, TURNOVER, Target.of(6), 10);
    // THEN 100 − 100 × 3.5 ÷ 2.5 = -40, floored at 0
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(s.explanation().text()).endsWith(": -40; floored at 0");
  }

  @Test
  void relative_distances_are_fractions_of_the_target() {
    // GIVEN target 200, ±5% full, 0 at 25%
    // WHEN / THEN 190 is 5% away: full
    assertThat(score(RELATIVE, TURNOVER, Target.of(200), 190).value()).isEqualTo(100.0);
    // 230 is 30 ÷ 200 = 15% away: 100 − 100 × (0.15 − 0.05) ÷ (0.25 − 0.05) = 50
    Score s = score(RELATIVE, TURNOVER, Target.of(200), 230);
    assertThat(s.value()).isEqualTo(50.0);
    assertThat(s.explanation().text())
        .isEqualTo(
            "actual 230 is 15% from target 200, beyond tolerance 5%; falling to 0 at 25%: 50");
  }

  @Test
  void a_relative_distance_to_a_target_of_zero_is_rejected() {
    assertThatThrownBy(() -> score(RELATIVE, TURNOVER, Target.of(0), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'turnover', field 'target': 0 cannot be 0 with a relative"
                + " tolerance: the distance is a fraction of the target");
  }

  @Test
  void an_absolute_distance_to_a_target_of_zero_works() {
    // GIVEN target 0 (budget variance)  WHEN 1.5  THEN 100 − 100 × 1 ÷ 2.5 = 60
    assertThat(score(ABSOLUTE, TURNOVER, Target.of(0), 1.5).value()).isEqualTo(60.0);
  }

  @Test
  void negative_targets_are_measured_by_their_magnitude() {
    // GIVEN target -10, absolute ±1, floor at 5  WHEN -12 (2 away)
    ScoringRule<CloserToTarget.Params> rule = Kpi.closerToTarget().tolerance(1).floorAt(5).rule();
    // THEN 100 − 100 × (2 − 1) ÷ (5 − 1) = 75
    assertThat(score(rule, TURNOVER, Target.of(-10), -12).value()).isEqualTo(75.0);
    // relative: target -200, actual -230 is 30 ÷ |-200| = 15% away → 50
    assertThat(score(RELATIVE, TURNOVER, Target.of(-200), -230).value()).isEqualTo(50.0);
  }

  @Test
  void full_score_and_floor_are_configurable() {
    // GIVEN full 120, floor 20  WHEN 1.5 away
    ScoringRule<CloserToTarget.Params> rule =
        Kpi.closerToTarget().tolerance(0.5).floorAt(3).fullScore(120).floor(20).rule();
    // THEN 120 − (120 − 20) × 1 ÷ 2.5 = 80
    assertThat(score(rule, TURNOVER, Target.of(6), 4.5).value()).isEqualTo(80.0);
  }

  @Test
  void every_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.closerToTarget().tolerance(1).floorAt(1).rule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "closer-to-target parameter 'floorDistance' must be greater than tolerance (1), got"
                + " 1");
    assertThatThrownBy(() -> Kpi.closerToTarget().tolerance(-0.5).floorAt(1).rule())
        .hasMessage("closer-to-target parameter 'tolerance' must not be negative, got -0.5");
    assertThatThrownBy(() -> Kpi.closerToTarget().tolerance(0.5).rule())
        .hasMessage("closer-to-target parameter 'floorDistance' must be a finite number, got NaN");
    assertThatThrownBy(() -> Kpi.closerToTarget().floorAt(1).fullScore(10).floor(20).rule())
        .hasMessage("closer-to-target parameter 'fullScore' must be at least floor (20), got 10");
    assertThatThrownBy(() -> Kpi.closerToTarget().floorAt(1).floor(Double.NaN).rule())
        .hasMessage("closer-to-target parameter 'floor' must be a finite number, got NaN");
  }
}

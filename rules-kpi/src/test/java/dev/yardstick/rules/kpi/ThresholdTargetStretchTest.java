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
import dev.yardstick.core.scoring.ScoringRule;
import org.junit.jupiter.api.Test;

class ThresholdTargetStretchTest {

  static final Target GMV_LEVELS = Target.levels(800_000, 1_000_000, 1_200_000);
  static final ScoringRule<ThresholdTargetStretch.Params> RULE_60_100_120 =
      Kpi.thresholdTargetStretch(60, 100, 120);

  @Test
  void a_value_exactly_on_the_threshold_scores_the_threshold_score() {
    // GIVEN levels 800000 / 1000000 / 1200000 scored 60 / 100 / 120
    // WHEN the actual is exactly the threshold
    Score s = score(RULE_60_100_120, GMV, GMV_LEVELS, 800_000);
    // THEN 60 + (800000 − 800000) × … = 60
    assertThat(s.value()).isEqualTo(60.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void a_value_between_threshold_and_target_is_interpolated() {
    // GIVEN the GMV levels and 60 / 100 / 120
    // WHEN the actual is 900000
    Score s = score(RULE_60_100_120, GMV, GMV_LEVELS, 900_000);
    // THEN 60 + (900000 − 800000) × (100 − 60) ÷ (1000000 − 800000) = 60 + 20 = 80
    assertThat(s.value()).isEqualTo(80.0);
    assertThat(s.explanation().text())
        .isEqualTo(
            "actual 900000 is between threshold 800000 (score 60) and target 1000000 (score 100):"
                + " 80");
  }

  @Test
  void a_value_on_the_target_scores_the_target_score() {
    // GIVEN the GMV levels  WHEN the actual is the target  THEN 100
    assertThat(score(RULE_60_100_120, GMV, GMV_LEVELS, 1_000_000).value()).isEqualTo(100.0);
  }

  @Test
  void a_value_between_target_and_stretch_is_interpolated() {
    // GIVEN the GMV levels
    // WHEN the actual is 1100000
    Score s = score(RULE_60_100_120, GMV, GMV_LEVELS, 1_100_000);
    // THEN 100 + (1100000 − 1000000) × (120 − 100) ÷ (1200000 − 1000000) = 100 + 10 = 110
    assertThat(s.value()).isEqualTo(110.0);
  }

  @Test
  void a_value_on_the_stretch_scores_the_stretch_score_without_a_cap_flag() {
    // GIVEN the GMV levels  WHEN the actual is the stretch level
    Score s = score(RULE_60_100_120, GMV, GMV_LEVELS, 1_200_000);
    // THEN 120, not flagged
    assertThat(s.value()).isEqualTo(120.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void beyond_the_stretch_the_default_cap_holds_the_stretch_score() {
    // GIVEN the default cap (= stretch score 120)
    // WHEN the actual is 1500000
    Score s = score(RULE_60_100_120, GMV, GMV_LEVELS, 1_500_000);
    // THEN the extended line gives 120 + 300000 × 20 ÷ 200000 = 150, capped at 120
    assertThat(s.value()).isEqualTo(120.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(s.explanation().text())
        .isEqualTo(
            "actual 1500000 is beyond stretch 1200000: the line from target 1000000 (score 100)"
                + " to stretch (score 120) extended gives 150; capped at 120");
  }

  @Test
  void a_higher_cap_lets_the_target_to_stretch_slope_continue_up_to_the_cap() {
    // GIVEN a cap of 150: slope 20 points per 200000 = 0.0001 per unit
    ScoringRule<ThresholdTargetStretch.Params> rule =
        Kpi.thresholdTargetStretch(60, 100, 120, 0, 150);
    // WHEN / THEN 1300000 → 120 + 100000 × 0.0001 = 130
    assertThat(score(rule, GMV, GMV_LEVELS, 1_300_000).value()).isEqualTo(130.0);
    // 1500000 → 120 + 300000 × 0.0001 = 150, exactly the cap: not flagged
    Score atCap = score(rule, GMV, GMV_LEVELS, 1_500_000);
    assertThat(atCap.value()).isEqualTo(150.0);
    assertThat(atCap.bound()).isEqualTo(Score.Bound.NONE);
    // 1600000 → 160, capped at 150
    Score above = score(rule, GMV, GMV_LEVELS, 1_600_000);
    assertThat(above.value()).isEqualTo(150.0);
    assertThat(above.bound()).isEqualTo(Score.Bound.CAPPED);
  }

  @Test
  void below_the_threshold_the_floor_applies_and_is_flagged() {
    // GIVEN the GMV levels  WHEN the actual is one below the threshold
    Score s = score(RULE_60_100_120, GMV, GMV_LEVELS, 799_999);
    // THEN the floor 0, flagged
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(s.explanation().text())
        .isEqualTo("actual 799999 is below threshold 800000: floor score 0");
  }

  @Test
  void scores_50_100_150_change_the_slopes() {
    // GIVEN scores 50 / 100 / 150
    ScoringRule<ThresholdTargetStretch.Params> rule = Kpi.thresholdTargetStretch(50, 100, 150);
    // WHEN / THEN 900000 → 50 + 100000 × 50 ÷ 200000 = 75
    // 1100000 → 100 + 100000 × 50 ÷ 200000 = 125
    assertThat(score(rule, GMV, GMV_LEVELS, 900_000).value()).isEqualTo(75.0);
    assertThat(score(rule, GMV, GMV_LEVELS, 1_100_000).value()).isEqualTo(125.0);
  }

  @Test
  void lower_is_better_runs_the_same_formula_on_descending_levels() {
    // GIVEN CAC threshold 80, target 60, stretch 50
    Target cac = Target.levels(80, 60, 50);
    // WHEN / THEN 70 → 60 + (70 − 80) × (100 − 60) ÷ (60 − 80) = 60 + 20 = 80
    assertThat(score(RULE_60_100_120, CAC, cac, 70).value()).isEqualTo(80.0);
    // 55 → 100 + (55 − 60) × (120 − 100) ÷ (50 − 60) = 100 + 10 = 110
    assertThat(score(RULE_60_100_120, CAC, cac, 55).value()).isEqualTo(110.0);
    // 80 → exactly the threshold: 60
    assertThat(score(RULE_60_100_120, CAC, cac, 80).value()).isEqualTo(60.0);
    // 45 → beyond the stretch (below it): capped at 120
    Score best = score(RULE_60_100_120, CAC, cac, 45);
    assertThat(best.value()).isEqualTo(120.0);
    assertThat(best.bound()).isEqualTo(Score.Bound.CAPPED);
  }

  @Test
  void lower_is_better_above_the_threshold_is_floored() {
    // GIVEN CAC levels 80 / 60 / 50  WHEN the CAC is 81
    Score s = score(RULE_60_100_120, CAC, Target.levels(80, 60, 50), 81);
    // THEN the floor
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(s.explanation().text())
        .isEqualTo("actual 81 is above threshold 80 (lower is better): floor score 0");
  }

  @Test
  void threshold_equal_to_target_scores_the_target_score_at_that_level() {
    // GIVEN threshold = target = 100, stretch 120
    Target levels = Target.levels(100, 100, 120);
    // WHEN / THEN on the shared level: the higher score, 100
    assertThat(score(RULE_60_100_120, GMV, levels, 100).value()).isEqualTo(100.0);
    // just below: the floor
    assertThat(score(RULE_60_100_120, GMV, levels, 99.99).value()).isEqualTo(0.0);
    // 110 → 100 + 10 × 20 ÷ 20 = 110
    assertThat(score(RULE_60_100_120, GMV, levels, 110).value()).isEqualTo(110.0);
  }

  @Test
  void target_equal_to_stretch_scores_the_stretch_score_and_does_not_extrapolate() {
    // GIVEN threshold 80, target = stretch = 100, cap 200 (extrapolation would be allowed)
    Target levels = Target.levels(80, 100, 100);
    ScoringRule<ThresholdTargetStretch.Params> rule =
        Kpi.thresholdTargetStretch(60, 100, 120, 0, 200);
    // WHEN / THEN on the shared level: the higher score, 120
    assertThat(score(rule, GMV, levels, 100).value()).isEqualTo(120.0);
    // beyond it: no slope to extend, still 120, not flagged
    Score beyond = score(rule, GMV, levels, 150);
    assertThat(beyond.value()).isEqualTo(120.0);
    assertThat(beyond.bound()).isEqualTo(Score.Bound.NONE);
    // 90 → 60 + 10 × 40 ÷ 20 = 80
    assertThat(score(rule, GMV, levels, 90).value()).isEqualTo(80.0);
  }

  @Test
  void all_levels_equal_is_met_or_not_met_by_the_indicator_direction() {
    // GIVEN single-value targets
    // WHEN / THEN higher is better: 100 reaches 100 → stretch score 120; 99 → floor
    assertThat(score(RULE_60_100_120, GMV, Target.of(100), 100).value()).isEqualTo(120.0);
    assertThat(score(RULE_60_100_120, GMV, Target.of(100), 99).bound())
        .isEqualTo(Score.Bound.FLOORED);
    // lower is better: 40 reaches 50 → 120; 60 → floor
    assertThat(score(RULE_60_100_120, CAC, Target.of(50), 40).value()).isEqualTo(120.0);
    assertThat(score(RULE_60_100_120, CAC, Target.of(50), 60).value()).isEqualTo(0.0);
  }

  @Test
  void negative_levels_interpolate_like_any_others() {
    // GIVEN levels -100 / -50 / 0 (a loss to be reduced)
    // WHEN the actual is -75
    Score s = score(RULE_60_100_120, GMV, Target.levels(-100, -50, 0), -75);
    // THEN 60 + (-75 − -100) × 40 ÷ (-50 − -100) = 60 + 25 × 40 ÷ 50 = 80
    assertThat(s.value()).isEqualTo(80.0);
  }

  @Test
  void a_closer_to_target_indicator_with_a_single_value_target_is_rejected() {
    // GIVEN a closer-to-target indicator and a single-value target
    // WHEN / THEN
    assertThatThrownBy(() -> score(RULE_60_100_120, TURNOVER, Target.of(6), 6))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'turnover', field 'direction': CLOSER_TO_TARGET_IS_BETTER"
                + " cannot be scored by threshold-target-stretch with a single-value target 6: it"
                + " has no better side (use closer-to-target)");
  }

  @Test
  void a_missing_target_is_rejected_naming_subject_and_indicator() {
    assertThatThrownBy(() -> score(RULE_60_100_120, GMV, null, 6))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'target' is required by this item's"
                + " strategy");
  }

  @Test
  void every_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.thresholdTargetStretch(60, 100, 120, 70, 120))
        .hasMessage(
            "threshold-target-stretch parameter 'thresholdScore' must be at least floor (70), got"
                + " 60");
    assertThatThrownBy(() -> Kpi.thresholdTargetStretch(100, 90, 120))
        .hasMessage(
            "threshold-target-stretch parameter 'targetScore' must be at least thresholdScore"
                + " (100), got 90");
    assertThatThrownBy(() -> Kpi.thresholdTargetStretch(60, 100, 90))
        .hasMessage(
            "threshold-target-stretch parameter 'stretchScore' must be at least targetScore"
                + " (100), got 90");
    assertThatThrownBy(() -> Kpi.thresholdTargetStretch(60, 100, 120, 0, 110))
        .hasMessage(
            "threshold-target-stretch parameter 'cap' must be at least stretchScore (120), got"
                + " 110");
    assertThatThrownBy(() -> Kpi.thresholdTargetStretch(Double.NaN, 100, 120))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "threshold-target-stretch parameter 'thresholdScore' must be a finite number, got"
                + " NaN");
    assertThatThrownBy(
            () -> Kpi.thresholdTargetStretch(60, 100, 120, Double.NEGATIVE_INFINITY, 120))
        .hasMessage(
            "threshold-target-stretch parameter 'floor' must be a finite number, got -Infinity");
    assertThatThrownBy(() -> Kpi.thresholdTargetStretch(60, Double.POSITIVE_INFINITY, 120))
        .hasMessage(
            "threshold-target-stretch parameter 'targetScore' must be a finite number, got"
                + " Infinity");
  }
}

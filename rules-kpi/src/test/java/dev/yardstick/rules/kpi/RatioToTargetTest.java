package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import org.junit.jupiter.api.Test;

class RatioToTargetTest {

  static final ScoringRule<RatioToTarget.Params> CAP_110 =
      Kpi.ratioToTarget().floor(0).cap(110).rule();
  static final ScoringRule<RatioToTarget.Params> INVERSE =
      Kpi.ratioToTarget().lowerIsBetter(RatioToTarget.LowerIsBetter.INVERSE).rule();

  @Test
  void over_achievement_is_capped_and_the_explanation_states_the_numbers() {
    // GIVEN target 1000000 and a cap of 110
    // WHEN the actual is 1150000
    Score s = score(CAP_110, GMV, Target.of(1_000_000), 1_150_000);
    // THEN 1150000 ÷ 1000000 × 100 = 115, capped at 110
    assertThat(s.value()).isEqualTo(110.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(s.explanation().text())
        .isEqualTo("actual 1150000 is 115% of target 1000000; capped at 110");
  }

  @Test
  void under_achievement_is_the_plain_ratio() {
    // GIVEN target 1000000  WHEN 950000  THEN 95
    Score s = score(CAP_110, GMV, Target.of(1_000_000), 950_000);
    assertThat(s.value()).isEqualTo(95.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(s.explanation().text()).isEqualTo("actual 950000 is 95% of target 1000000");
  }

  @Test
  void decimal_rates_come_out_exactly() {
    // GIVEN a conversion target of 3.5%  WHEN 3.15%  THEN 0.0315 ÷ 0.035 × 100 = 90 exactly
    assertThat(score(CAP_110, GMV, Target.of(0.035), 0.0315).value()).isEqualTo(90.0);
    // and exactly on the target: 100
    assertThat(score(CAP_110, GMV, Target.of(0.035), 0.035).value()).isEqualTo(100.0);
  }

  @Test
  void a_target_of_zero_is_rejected_naming_the_field_and_value() {
    assertThatThrownBy(() -> score(CAP_110, GMV, Target.of(0), 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'target': 0 cannot be 0: ratio-to-target"
                + " divides the actual by the target");
  }

  @Test
  void a_negative_target_is_rejected_rather_than_flipping_the_sign() {
    assertThatThrownBy(() -> score(CAP_110, GMV, Target.of(-100), -90))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'target': -100 must be greater than 0:"
                + " ratio-to-target would flip the sign of a ratio to a negative target");
  }

  @Test
  void a_negative_actual_gives_a_negative_ratio_that_the_floor_bounds() {
    // GIVEN target 1000, floor 0  WHEN the actual is -50
    Score s = score(CAP_110, GMV, Target.of(1000), -50);
    // THEN -50 ÷ 1000 × 100 = -5, floored at 0
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(s.explanation().text())
        .isEqualTo("actual -50 is -5% of target 1000; floored at 0");
    // with a floor of -10 the -5 stands
    assertThat(score(Kpi.ratioToTarget(-10, 110), GMV, Target.of(1000), -50).value())
        .isEqualTo(-5.0);
  }

  @Test
  void lower_is_better_uses_the_complement_by_default() {
    // GIVEN a CAC target of 60, floor 0, cap 120 (the defaults)
    ScoringRule<RatioToTarget.Params> rule = Kpi.ratioToTarget().rule();
    // WHEN / THEN 66 is 110% of 60: 200 − 110 = 90
    Score over = score(rule, CAC, Target.of(60), 66);
    assertThat(over.value()).isEqualTo(90.0);
    assertThat(over.explanation().text())
        .isEqualTo("actual 66 is 110% of target 60 (lower is better): 200 − 110 = 90");
    // 54 is 90%: 200 − 90 = 110
    assertThat(score(rule, CAC, Target.of(60), 54).value()).isEqualTo(110.0);
    // 0 is 0%: 200, capped at 120
    Score zero = score(rule, CAC, Target.of(60), 0);
    assertThat(zero.value()).isEqualTo(120.0);
    assertThat(zero.bound()).isEqualTo(Score.Bound.CAPPED);
    // 150 is 250%: 200 − 250 = -50, floored at 0
    Score bad = score(rule, CAC, Target.of(60), 150);
    assertThat(bad.value()).isEqualTo(0.0);
    assertThat(bad.bound()).isEqualTo(Score.Bound.FLOORED);
    // a negative actual, -6, is -10%: 210, capped at 120 (no sign flip: lower stays better)
    assertThat(score(rule, CAC, Target.of(60), -6).value()).isEqualTo(120.0);
  }

  @Test
  void lower_is_better_can_use_the_inverse_target_over_actual() {
    // GIVEN the inverse form, target 60, cap 120
    // WHEN / THEN 66 → 60 ÷ 66 × 100 = 90.9090…
    Score over = score(INVERSE, CAC, Target.of(60), 66);
    assertThat(over.value()).isCloseTo(6000.0 / 66, within(1e-12));
    // 50 → 60 ÷ 50 × 100 = 120, exactly the cap: not flagged
    Score atCap = score(INVERSE, CAC, Target.of(60), 50);
    assertThat(atCap.value()).isEqualTo(120.0);
    assertThat(atCap.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(atCap.explanation().text())
        .isEqualTo("target 60 ÷ actual 50 × 100 = 120 (lower is better)");
    // 48 → 125, capped at 120
    assertThat(score(INVERSE, CAC, Target.of(60), 48).bound()).isEqualTo(Score.Bound.CAPPED);
  }

  @Test
  void the_inverse_form_scores_an_actual_of_zero_at_the_cap() {
    // GIVEN the inverse form  WHEN the actual is 0 (T ÷ 0 is undefined)
    Score s = score(INVERSE, CAC, Target.of(60), 0);
    // THEN the cap, flagged and explained
    assertThat(s.value()).isEqualTo(120.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(s.explanation().text())
        .isEqualTo(
            "actual 0 against target 60 (lower is better): target ÷ actual is unbounded; capped"
                + " at 120");
  }

  @Test
  void the_inverse_form_rejects_a_negative_actual() {
    assertThatThrownBy(() -> score(INVERSE, CAC, Target.of(60), -5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'cac', field 'value': -5 must not be negative for"
                + " ratio-to-target with the inverse form target ÷ actual, which would score it"
                + " below every positive actual");
  }

  @Test
  void a_closer_to_target_indicator_is_rejected() {
    assertThatThrownBy(() -> score(CAP_110, TURNOVER, Target.of(6), 6))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'turnover', field 'direction': CLOSER_TO_TARGET_IS_BETTER"
                + " cannot be scored by ratio-to-target: use closer-to-target");
  }

  @Test
  void the_fluent_spec_starts_from_floor_0_cap_120_and_the_complement() {
    assertThat(Kpi.ratioToTarget().parameters())
        .isEqualTo(new RatioToTarget.Params(0, 120, RatioToTarget.LowerIsBetter.COMPLEMENT));
    assertThat(Kpi.ratioToTarget().cap(150).rule()).isEqualTo(Kpi.ratioToTarget(0, 150));
  }

  @Test
  void every_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.ratioToTarget(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio-to-target parameter 'cap' must be at least floor (10), got 5");
    assertThatThrownBy(() -> Kpi.ratioToTarget().floor(Double.NaN).rule())
        .hasMessage("ratio-to-target parameter 'floor' must be a finite number, got NaN");
    assertThatThrownBy(() -> Kpi.ratioToTarget().cap(Double.POSITIVE_INFINITY).rule())
        .hasMessage("ratio-to-target parameter 'cap' must be a finite number, got Infinity");
  }
}

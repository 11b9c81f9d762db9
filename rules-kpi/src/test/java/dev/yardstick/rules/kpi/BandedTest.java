package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import org.junit.jupiter.api.Test;

class BandedTest {

  static final Target TARGET_1000 = Target.of(1000);
  static final Kpi.BandedSpec TABLE = Kpi.banded().band(80, 60).band(100, 100).band(120, 140);
  static final ScoringRule<Banded.Params> STEPPED = TABLE.rule();
  static final ScoringRule<Banded.Params> INTERPOLATED = TABLE.interpolated().rule();
  static final Indicator COMPLAINT_RATE =
      ScoringFixtures.indicator("complaint-rate", Direction.LOWER_IS_BETTER);

  @Test
  void stepped_bands_have_an_inclusive_lower_bound() {
    // GIVEN 80% → 60, 100% → 100, 120% → 140, target 1000
    // WHEN exactly 100% (1000)
    Score s = score(STEPPED, GMV, TARGET_1000, 1000);
    // THEN the band from 100%: 100
    assertThat(s.value()).isEqualTo(100.0);
    assertThat(s.explanation().text())
        .isEqualTo("achievement 100% falls in the band from 100%: score 100");
  }

  @Test
  void stepped_just_below_a_boundary_keeps_the_lower_band() {
    // GIVEN the table  WHEN 999 is 99.9%  THEN still the band from 80%: 60
    assertThat(score(STEPPED, GMV, TARGET_1000, 999).value()).isEqualTo(60.0);
    // exactly 80%: 60
    assertThat(score(STEPPED, GMV, TARGET_1000, 800).value()).isEqualTo(60.0);
  }

  @Test
  void stepped_above_the_last_band_keeps_its_score_unflagged() {
    // GIVEN the table  WHEN 150%  THEN the last band is open upwards: 140, not flagged
    Score s = score(STEPPED, GMV, TARGET_1000, 1500);
    assertThat(s.value()).isEqualTo(140.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void below_the_first_band_scores_below_first_and_is_floored() {
    // GIVEN the table (belowFirst 0 by default)  WHEN 79.9%
    Score s = score(STEPPED, GMV, TARGET_1000, 799);
    // THEN 0, flagged floored
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(s.explanation().text())
        .isEqualTo("achievement 79.9% is below the first band at 80%: score 0");
    assertThat(score(INTERPOLATED, GMV, TARGET_1000, 700).bound()).isEqualTo(Score.Bound.FLOORED);
  }

  @Test
  void interpolated_values_lie_on_the_line_between_points() {
    // GIVEN the interpolated table
    // WHEN / THEN 90% → 60 + (90 − 80) × (100 − 60) ÷ (100 − 80) = 80
    Score s = score(INTERPOLATED, GMV, TARGET_1000, 900);
    assertThat(s.value()).isEqualTo(80.0);
    assertThat(s.explanation().text())
        .isEqualTo("achievement 90% is between 80% (score 60) and 100% (score 100): 80");
    // 110% → 100 + 10 × 40 ÷ 20 = 120
    assertThat(score(INTERPOLATED, GMV, TARGET_1000, 1100).value()).isEqualTo(120.0);
    // on a point: 100% → 100
    assertThat(score(INTERPOLATED, GMV, TARGET_1000, 1000).value()).isEqualTo(100.0);
  }

  @Test
  void interpolated_beyond_the_last_point_is_held_and_capped() {
    // GIVEN the rising table  WHEN 130%
    Score s = score(INTERPOLATED, GMV, TARGET_1000, 1300);
    // THEN held at 140, flagged capped
    assertThat(s.value()).isEqualTo(140.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(s.explanation().text())
        .isEqualTo("achievement 130% is beyond the last point 120%: held at 140");
    // exactly on the last point: 140, not flagged
    assertThat(score(INTERPOLATED, GMV, TARGET_1000, 1200).bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void a_table_on_the_actual_serves_lower_is_better_with_falling_scores() {
    // GIVEN complaint rate: 0 → 100, 1% → 80, 2% → 50, 5% → 0, interpolated on the actual
    ScoringRule<Banded.Params> rule =
        Kpi.banded().onActual().interpolated()
            .band(0, 100).band(0.01, 80).band(0.02, 50).band(0.05, 0).rule();
    // WHEN / THEN 1.5% → 80 + (0.015 − 0.01) × (50 − 80) ÷ (0.02 − 0.01) = 80 − 15 = 65
    Score s = score(rule, COMPLAINT_RATE, null, 0.015);
    assertThat(s.value()).isEqualTo(65.0);
    assertThat(s.explanation().text())
        .isEqualTo("actual 0.015 is between 0.01 (score 80) and 0.02 (score 50): 65");
    // 6% → held at 0, flagged floored since the table falls into its last point
    Score worst = score(rule, COMPLAINT_RATE, null, 0.06);
    assertThat(worst.value()).isEqualTo(0.0);
    assertThat(worst.bound()).isEqualTo(Score.Bound.FLOORED);
  }

  @Test
  void the_score_below_the_first_band_is_configurable_and_flagged_by_direction() {
    // GIVEN belowFirst 30 (under the first band's 60) and 100 (above it)
    // WHEN 50%  THEN 30 floored, 100 capped
    Score low = score(TABLE.belowFirst(30).rule(), GMV, TARGET_1000, 500);
    assertThat(low.value()).isEqualTo(30.0);
    assertThat(low.bound()).isEqualTo(Score.Bound.FLOORED);
    Score high = score(TABLE.belowFirst(100).rule(), GMV, TARGET_1000, 500);
    assertThat(high.value()).isEqualTo(100.0);
    assertThat(high.bound()).isEqualTo(Score.Bound.CAPPED);
  }

  @Test
  void achievement_needs_a_positive_target() {
    assertThatThrownBy(() -> score(STEPPED, GMV, Target.of(0), 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'target': 0 cannot be 0: banded divides the"
                + " actual by the target");
  }

  @Test
  void breakpoints_must_increase_strictly() {
    assertThatThrownBy(() -> Kpi.banded().band(100, 100).band(100, 120).rule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "banded parameter 'bands[1].from' must be greater than the previous band's from (100):"
                + " breakpoints must increase strictly, got 100");
    assertThatThrownBy(() -> Kpi.banded().band(100, 100).band(80, 60).rule())
        .hasMessage(
            "banded parameter 'bands[1].from' must be greater than the previous band's from (100):"
                + " breakpoints must increase strictly, got 80");
  }

  @Test
  void every_other_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.banded().rule())
        .hasMessage("banded parameter 'bands' must have at least one band, got none");
    assertThatThrownBy(() -> Kpi.banded().band(100, 100).interpolated().rule())
        .hasMessage(
            "banded parameter 'bands' must have at least two points when interpolated, got 1");
    assertThatThrownBy(() -> Kpi.banded().band(100, Double.NaN).rule())
        .hasMessage("banded parameter 'bands[0].score' must be a finite number, got NaN");
    assertThatThrownBy(() -> Kpi.banded().band(Double.NEGATIVE_INFINITY, 0).rule())
        .hasMessage("banded parameter 'bands[0].from' must be a finite number, got -Infinity");
    assertThatThrownBy(() -> Kpi.banded().band(100, 100).belowFirst(Double.NaN).rule())
        .hasMessage("banded parameter 'belowFirst' must be a finite number, got NaN");
  }
}

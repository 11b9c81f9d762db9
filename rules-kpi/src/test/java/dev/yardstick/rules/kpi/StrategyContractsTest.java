package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.EMP;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.Q3;
import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contracts of the KPI strategies beyond their main formulas: descriptions, the specs' parameters,
 * values exactly on a boundary, and the explanations of ratings for each mapping.
 */
class StrategyContractsTest {

  // ---------------------------------------------------------------- descriptions and specs

  @Test
  void every_strategy_describes_itself_in_one_line() {
    // GIVEN / WHEN / THEN
    assertThat(new ThresholdTargetStretch().description())
        .isEqualTo(
            "piecewise linear between threshold, target and stretch levels, floor below the"
                + " threshold, cap above the stretch");
    assertThat(new RatioToTarget().description())
        .isEqualTo(
            "actual ÷ target × 100 (lower is better: 2 − actual ÷ target, or target ÷ actual),"
                + " with floor and cap");
    assertThat(new CloserToTarget().description())
        .isEqualTo(
            "full score within a tolerance of the target, falling linearly to the floor at a"
                + " given distance");
    assertThat(new Banded().description())
        .isEqualTo("a table of achievement (or actual) to score, stepped or interpolated");
    assertThat(new Milestone().description())
        .isEqualTo("met or not met: the actual reaches the target, or a done flag is set");
    assertThat(new Deduction().description())
        .isEqualTo(
            "full marks minus points per incident by category, capped per category, with a floor");
    assertThat(new Ratings().description())
        .isEqualTo("weighted manual ratings on a scale from several raters");
  }

  @Test
  void each_spec_exposes_the_parameters_set_so_far() {
    // GIVEN / WHEN / THEN: later calls replace earlier ones
    assertThat(Kpi.closerToTarget().tolerance(0.1).floorAt(0.5).relative().parameters())
        .isEqualTo(new CloserToTarget.Params(0.1, 0.5, CloserToTarget.Distance.RELATIVE, 100, 0));
    assertThat(Kpi.closerToTarget().relative().absolute().parameters().distance())
        .isEqualTo(CloserToTarget.Distance.ABSOLUTE);
    assertThat(
            Kpi.banded().band(80, 60).onActual().onAchievement().interpolated().stepped()
                .parameters())
        .isEqualTo(
            new Banded.Params(
                List.of(new Banded.Band(80, 60)), Banded.Mode.STEPPED, Banded.Basis.ACHIEVEMENT, 0));
    assertThat(Kpi.deduction().perIncident("late", 2).parameters())
        .isEqualTo(new Deduction.Params(100, Map.of("late", new Deduction.Category(2)), 0));
    assertThat(Kpi.ratings(1, 5).rater("manager", 60).parameters())
        .isEqualTo(
            new Ratings.Params(
                1,
                5,
                Map.of("manager", 60.0),
                Ratings.Mapping.PERCENT_OF_MAX,
                Ratings.MissingRater.RENORMALISE));
    assertThat(
            Kpi.ratioToTarget().lowerIsBetter(RatioToTarget.LowerIsBetter.INVERSE).parameters())
        .isEqualTo(new RatioToTarget.Params(0, 120, RatioToTarget.LowerIsBetter.INVERSE));
  }

  @Test
  void a_category_map_with_a_null_key_or_value_is_rejected_naming_it() {
    // GIVEN maps a JSON reader might build
    Map<String, Deduction.Category> nullKey = new HashMap<>();
    nullKey.put(null, new Deduction.Category(5));
    Map<String, Deduction.Category> nullValue = new HashMap<>();
    nullValue.put("late", null);

    // WHEN / THEN
    assertThatThrownBy(() -> new Deduction.Params(100, nullKey, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("categories key");
    assertThatThrownBy(() -> new Deduction.Params(100, nullValue, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("categories value for 'late'");
  }

  // ---------------------------------------------------------------- values on a boundary

  @Test
  void an_actual_exactly_on_the_threshold_scores_the_threshold_score_in_both_directions() {
    // GIVEN scores 60 / 100 / 120
    ScoringRule<?> rule = Kpi.thresholdTargetStretch(60, 100, 120);

    // WHEN GMV is exactly its threshold 800, and CAC exactly its threshold 80 (lower is better)
    Score gmv = score(rule, GMV, Target.levels(800, 1000, 1200), 800);
    Score cac = score(rule, CAC, Target.levels(80, 60, 50), 80);

    // THEN both score the threshold score, not the floor
    assertThat(gmv.value()).isEqualTo(60.0);
    assertThat(gmv.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(cac.value()).isEqualTo(60.0);
    assertThat(cac.bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void a_distance_exactly_at_the_absolute_tolerance_scores_full() {
    // GIVEN target 6 turns, full score within ±0.5, 0 at 3
    ScoringRule<?> rule = Kpi.closerToTarget().tolerance(0.5).floorAt(3).rule();

    // WHEN 6.5 and 5.5 are scored (distance 0.5 each)
    // THEN both score 100; 6.6 (distance 0.6) scores 100 − 100 × (0.6 − 0.5) ÷ 2.5 = 96
    assertThat(score(rule, TURNOVER, Target.of(6), 6.5).value()).isEqualTo(100.0);
    assertThat(score(rule, TURNOVER, Target.of(6), 5.5).value()).isEqualTo(100.0);
    assertThat(score(rule, TURNOVER, Target.of(6), 6.6).value()).isEqualTo(96.0);
  }

  @Test
  void a_relative_distance_of_a_long_decimal_is_scored_by_the_decimal_formula() {
    // GIVEN ±10% scores 100, 0 at ±50%; target 100
    ScoringRule<?> rule = Kpi.closerToTarget().relative().tolerance(0.1).floorAt(0.5).rule();
    // an actual of 17 significant digits: 130.00000000000001
    Measurement m =
        Measurement.of(EMP.id(), TURNOVER.id(), Q3, new BigDecimal("130.00000000000001"));

    // WHEN
    Score s = score(rule, TURNOVER, Target.of(100), m);

    // THEN d = 0.3000000000000001; 100 − 100 × (d − 0.1) ÷ 0.4 = 49.999999999999975
    assertThat(s.value()).isCloseTo(49.999999999999975, within(1e-12));
  }

  @Test
  void equal_scores_for_met_and_not_met_are_allowed() {
    // GIVEN a milestone worth 50 either way
    ScoringRule<?> rule = Kpi.milestone(50, 50);

    // WHEN / THEN
    assertThat(score(rule, GMV, Target.of(10), 12).value()).isEqualTo(50.0);
    assertThat(score(rule, GMV, Target.of(10), 8).value()).isEqualTo(50.0);
  }

  @Test
  void band_breakpoints_must_increase_strictly() {
    // GIVEN / WHEN / THEN two bands from 80
    assertThatThrownBy(() -> Kpi.banded().band(80, 60).band(80, 100).rule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "banded parameter 'bands[1].from' must be greater than the previous band's from (80):"
                + " breakpoints must increase strictly, got 80");
  }

  @Test
  void a_score_held_outside_a_table_equal_to_its_neighbour_is_neither_capped_nor_floored() {
    // GIVEN a table whose first band scores 0, as below it; and a flat last segment at 100
    ScoringRule<?> low = Kpi.banded().band(80, 0).band(100, 100).rule();
    ScoringRule<?> flat = Kpi.banded().band(80, 100).band(100, 100).interpolated().rule();

    // WHEN 50% (below the first band) and 130% (beyond the last point) of target 100
    Score below = score(low, GMV, Target.of(100), 50);
    Score beyond = score(flat, GMV, Target.of(100), 130);

    // THEN held at 0 and at 100, with no bound: the table runs level there
    assertThat(below.value()).isEqualTo(0.0);
    assertThat(below.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(beyond.value()).isEqualTo(100.0);
    assertThat(beyond.bound()).isEqualTo(Score.Bound.NONE);
  }

  // ---------------------------------------------------------------- ratings

  @Test
  void a_rating_scale_needs_a_maximum_above_its_minimum_and_may_start_at_zero() {
    // GIVEN / WHEN / THEN a 3–3 scale is rejected
    assertThatThrownBy(() -> Kpi.ratings(3, 3).rater("manager", 1).rule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings parameter 'scaleMax' must be greater than scaleMin (3), got 3");
    // AND a 0–10 scale is allowed with percent of max: 5 ÷ 10 × 100 = 50
    ScoringRule<?> zeroToTen = Kpi.ratings(0, 10).rater("manager", 1).rule();
    Measurement m = Measurement.of(EMP.id(), GMV.id(), Q3, 0).withPart("manager", 5);
    assertThat(score(zeroToTen, GMV, null, m).value()).isEqualTo(50.0);
  }

  @Test
  void ratings_on_the_range_explain_each_rater_and_the_mapping() {
    // GIVEN qa-lead 30 and cto 70 on 1–5, scored on the range
    ScoringRule<?> rule =
        Kpi.ratings(1, 5).rater("qa-lead", 30).rater("cto", 70)
            .mapping(Ratings.Mapping.PERCENT_OF_RANGE).rule();
    Measurement m =
        Measurement.of(EMP.id(), GMV.id(), Q3, 0).withPart("qa-lead", 4).withPart("cto", 3);

    // WHEN
    Score s = score(rule, GMV, null, m);

    // THEN (4 × 30 + 3 × 70) ÷ 100 = 3.3; (3.3 − 1) ÷ (5 − 1) × 100 = 57.5
    assertThat(s.value()).isEqualTo(57.5);
    assertThat(s.explanation().text())
        .isEqualTo(
            "qa-lead 4 × weight 30; cto 3 × weight 70; weighted rating 3.3 on 1–5:"
                + " (3.3 − 1) ÷ (5 − 1) × 100 = 57.5");
  }

  @Test
  void ratings_on_the_scale_average_a_rater_group_and_say_how_many_rated() {
    // GIVEN a panel of two and the boss, 50 each, the weighted rating itself as the score
    ScoringRule<?> rule =
        Kpi.ratings(1, 5).rater("panel", 50).rater("boss", 50)
            .mapping(Ratings.Mapping.ON_SCALE).rule();
    Measurement m =
        Measurement.of(EMP.id(), GMV.id(), Q3, 0)
            .withPart("panel.ana", 2)
            .withPart("panel.bo", 5)
            .withPart("boss", 4);

    // WHEN
    Score s = score(rule, GMV, null, m);

    // THEN panel (2 + 5) ÷ 2 = 3.5; (3.5 × 50 + 4 × 50) ÷ 100 = 3.75
    assertThat(s.value()).isEqualTo(3.75);
    assertThat(s.explanation().text())
        .isEqualTo(
            "panel 3.5 (mean of 2) × weight 50; boss 4 × weight 50; weighted rating 3.75 on 1–5:"
                + " score 3.75");
  }

  @Test
  void a_missing_rater_is_named_and_the_others_weights_renormalised() {
    // GIVEN mentor 40 and lead 60; only the lead rated
    ScoringRule<?> rule = Kpi.ratings(1, 5).rater("mentor", 40).rater("lead", 60).rule();
    Measurement m = Measurement.of(EMP.id(), GMV.id(), Q3, 0).withPart("lead", 4.5);

    // WHEN
    Score s = score(rule, GMV, null, m);

    // THEN 4.5 alone; 4.5 ÷ 5 × 100 = 90
    assertThat(s.value()).isEqualTo(90.0);
    assertThat(s.explanation().text())
        .isEqualTo(
            "lead 4.5 × weight 60; no rating from mentor: weights re-normalised over the raters"
                + " present; weighted rating 4.5 on 1–5: 4.5 ÷ 5 × 100 = 90");
  }
}

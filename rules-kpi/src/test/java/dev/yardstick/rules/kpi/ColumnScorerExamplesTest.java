package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.DecimalColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Column scorers on hand-computed examples: the values, the bounds, the rows left to {@code
 * score} (NaN) and the configurations without a fast path (null).
 */
class ColumnScorerExamplesTest {

  /** Row {@code r}'s score and bound code. */
  private record Row(double score, byte bound) {}

  private static Row[] run(@Nullable ColumnScorer scorer, DecimalColumn column) {
    Objects.requireNonNull(scorer, "scorer");
    double[] scores = new double[column.size()];
    byte[] bounds = new byte[column.size()];
    scorer.score(column, 0, column.size(), scores, bounds);
    Row[] rows = new Row[column.size()];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = new Row(scores[r], bounds[r]);
    }
    return rows;
  }

  private static Row score(@Nullable ColumnScorer scorer, int scale, long unscaled) {
    return run(scorer, DecimalColumn.of(scale, unscaled))[0];
  }

  private static final byte NONE = ColumnScorer.NONE;
  private static final byte CAPPED = ColumnScorer.CAPPED;
  private static final byte FLOORED = ColumnScorer.FLOORED;

  // ------------------------------------------------------------------------------------------
  // ratio-to-target
  // ------------------------------------------------------------------------------------------

  private static final RatioToTarget RATIO = new RatioToTarget();

  @Test
  void a_ratio_above_the_cap_scores_the_cap_flagged_capped() {
    // GIVEN floor 0, cap 110, target 1000000
    ColumnScorer s = RATIO.columnScorer(new RatioToTarget.Params(0, 110), GMV, Target.of(1e6));
    // WHEN 1150000 is scored: 1150000 ÷ 1000000 × 100 = 115 > 110
    // THEN 110, capped
    assertThat(score(s, 0, 1_150_000)).isEqualTo(new Row(110, CAPPED));
    // and 950000.00 (in cents): 95, as it is
    assertThat(score(s, 2, 95_000_000)).isEqualTo(new Row(95, NONE));
  }

  @Test
  void a_ratio_of_short_decimals_is_exact() {
    // GIVEN a conversion target of 0.035
    ColumnScorer s = RATIO.columnScorer(new RatioToTarget.Params(0, 200), GMV, Target.of(0.035));
    // WHEN 0.0315 is scored: 0.0315 ÷ 0.035 × 100 = 90 (not 89.99999999999999)
    // THEN 90
    assertThat(score(s, 4, 315)).isEqualTo(new Row(90, NONE));
  }

  @Test
  void a_value_with_trailing_zeros_scores_as_the_same_number_without_them() {
    // GIVEN target 100, cap 150
    ColumnScorer s = RATIO.columnScorer(new RatioToTarget.Params(0, 150), GMV, Target.of(100));
    // WHEN 12300 at scale 2 (= 123) and 123 at scale 0 are scored: 123 ÷ 100 × 100 = 123
    Row[] rows = run(s, DecimalColumn.of(2, 12_300));
    // THEN both 123
    assertThat(rows[0]).isEqualTo(new Row(123, NONE)).isEqualTo(score(s, 0, 123));
  }

  @Test
  void lower_is_better_scores_the_complement_or_the_inverse() {
    // GIVEN CAC target 100, floor 0, cap 150
    ColumnScorer complement =
        RATIO.columnScorer(new RatioToTarget.Params(0, 150), CAC, Target.of(100));
    ColumnScorer inverse = RATIO.columnScorer(
        new RatioToTarget.Params(0, 150, RatioToTarget.LowerIsBetter.INVERSE), CAC,
        Target.of(100));
    // WHEN 110 is scored
    // THEN complement (2 − 110 ÷ 100) × 100 = 90; inverse 100 ÷ 110 × 100 = 90.90909090909091
    assertThat(score(complement, 0, 110)).isEqualTo(new Row(90, NONE));
    assertThat(score(inverse, 0, 110)).isEqualTo(new Row(10000.0 / 110, NONE));
    // and an actual of 0: complement 200 > 150, capped; inverse unbounded, capped at 150
    assertThat(score(complement, 0, 0)).isEqualTo(new Row(150, CAPPED));
    assertThat(score(inverse, 0, 0)).isEqualTo(new Row(150, CAPPED));
    // and a negative actual, which the inverse form rejects: left to score()
    assertThat(score(inverse, 0, -5).score()).isNaN();
  }

  @Test
  void a_cap_of_minus_zero_is_written_as_zero() {
    // GIVEN floor = cap = -0.0
    ColumnScorer s = RATIO.columnScorer(new RatioToTarget.Params(-0.0, -0.0), GMV, Target.of(10));
    // WHEN 5 is scored: 50 > -0.0, capped
    // THEN +0.0, as Score folds it
    Row row = score(s, 0, 5);
    assertThat(Double.doubleToRawLongBits(row.score())).isZero();
    assertThat(row.bound()).isEqualTo(CAPPED);
  }

  @Test
  void a_decimal_of_more_than_15_digits_is_left_to_score() {
    // GIVEN target 100
    ColumnScorer s = RATIO.columnScorer(new RatioToTarget.Params(0, 150), GMV, Target.of(100));
    // WHEN 123.4567890123456789 (19 digits) is scored THEN NaN
    assertThat(score(s, 16, 1_234_567_890_123_456_789L).score()).isNaN();
  }

  @Test
  void ratio_to_target_has_no_scorer_where_score_rejects_every_value() {
    RatioToTarget.Params p = new RatioToTarget.Params(0, 150);
    // GIVEN a closer-to-target indicator, no target, a target of 0, a negative target
    // WHEN a scorer is asked for THEN there is none
    assertThat(RATIO.columnScorer(p, TURNOVER, Target.of(100))).isNull();
    assertThat(RATIO.columnScorer(p, GMV, null)).isNull();
    assertThat(RATIO.columnScorer(p, GMV, Target.of(0))).isNull();
    assertThat(RATIO.columnScorer(p, GMV, Target.of(-5))).isNull();
  }

  // ------------------------------------------------------------------------------------------
  // threshold-target-stretch
  // ------------------------------------------------------------------------------------------

  private static final ThresholdTargetStretch LEVELS = new ThresholdTargetStretch();

  @Test
  void levels_score_floor_lines_and_cap() {
    // GIVEN 800000 / 1000000 / 1200000 scoring 60 / 100 / 120, floor 0, cap 120
    ColumnScorer s = LEVELS.columnScorer(new ThresholdTargetStretch.Params(60, 100, 120), GMV,
        Target.levels(800_000, 1_000_000, 1_200_000));
    // WHEN a column is scored
    Row[] rows = run(s, DecimalColumn.of(0, 700_000, 800_000, 900_000, 1_100_000, 1_200_000,
        1_500_000));
    // THEN 700000 → 0 floored; 800000 → 60;
    // 900000 → 60 + 100000 × 40 ÷ 200000 = 80; 1100000 → 100 + 100000 × 20 ÷ 200000 = 110;
    // 1200000 → 120; 1500000 → 100 + 500000 × 20 ÷ 200000 = 150 > 120: capped
    assertThat(rows).containsExactly(new Row(0, FLOORED), new Row(60, NONE), new Row(80, NONE),
        new Row(110, NONE), new Row(120, NONE), new Row(120, CAPPED));
  }

  @Test
  void descending_levels_score_lower_is_better() {
    // GIVEN CAC 80 / 60 / 50 scoring 60 / 100 / 120
    ColumnScorer s = LEVELS.columnScorer(new ThresholdTargetStretch.Params(60, 100, 120), CAC,
        Target.levels(80, 60, 50));
    // WHEN 70, 81 and 45 are scored
    // THEN 70 → 60 + (70 − 80) × 40 ÷ (60 − 80) = 80; 81 is worse than 80 → 0 floored;
    // 45 → 100 + (45 − 60) × 20 ÷ (50 − 60) = 130 > 120, capped
    assertThat(run(s, DecimalColumn.of(0, 70, 81, 45)))
        .containsExactly(new Row(80, NONE), new Row(0, FLOORED), new Row(120, CAPPED));
  }

  @Test
  void a_threshold_equal_to_the_target_scores_the_target_score_on_it() {
    // GIVEN 1000 / 1000 / 1200 scoring 60 / 100 / 120
    ColumnScorer s = LEVELS.columnScorer(new ThresholdTargetStretch.Params(60, 100, 120), GMV,
        Target.levels(1000, 1000, 1200));
    // WHEN 1000.0 (scale 1) and 999.9 are scored THEN 100, and 0 floored
    assertThat(run(s, DecimalColumn.of(1, 10_000, 9_999)))
        .containsExactly(new Row(100, NONE), new Row(0, FLOORED));
  }

  @Test
  void levels_have_no_scorer_without_a_target_or_a_better_side() {
    ThresholdTargetStretch.Params p = new ThresholdTargetStretch.Params(60, 100, 120);
    // GIVEN no target, or a single-value target of a closer-to-target indicator
    // WHEN a scorer is asked for THEN there is none
    assertThat(LEVELS.columnScorer(p, GMV, null)).isNull();
    assertThat(LEVELS.columnScorer(p, TURNOVER, Target.of(6))).isNull();
  }

  // ------------------------------------------------------------------------------------------
  // banded
  // ------------------------------------------------------------------------------------------

  private static final Banded BANDED = new Banded();
  private static final List<Banded.Band> BANDS = List.of(
      new Banded.Band(80, 60), new Banded.Band(100, 100), new Banded.Band(120, 140));

  @Test
  void an_interpolated_table_of_achievement_scores_lines_points_and_held_ends() {
    // GIVEN 80% → 60, 100% → 100, 120% → 140, interpolated; target 1000000
    ColumnScorer s = BANDED.columnScorer(new Banded.Params(BANDS, Banded.Mode.INTERPOLATED,
        Banded.Basis.ACHIEVEMENT, 0), GMV, Target.of(1_000_000));
    // WHEN 900000, 1000000.00, 1300000 and 700000 are scored (in cents)
    Row[] rows = run(s, DecimalColumn.of(2, 90_000_000, 100_000_000, 130_000_000, 70_000_000));
    // THEN 90% → 60 + (90 − 80) × 40 ÷ 20 = 80; 100% on the point → 100;
    // 130% beyond the last point → 140 held, capped (rising); 70% → 0 below, floored (0 < 60)
    assertThat(rows).containsExactly(new Row(80, NONE), new Row(100, NONE), new Row(140, CAPPED),
        new Row(0, FLOORED));
  }

  @Test
  void a_stepped_table_scores_the_band_the_value_falls_in() {
    // GIVEN the same bands, stepped
    ColumnScorer s = BANDED.columnScorer(new Banded.Params(BANDS, Banded.Mode.STEPPED,
        Banded.Basis.ACHIEVEMENT, 0), GMV, Target.of(1_000_000));
    // WHEN 999000 (99.9%) and 1000000 (100%) are scored THEN 60 and 100
    assertThat(run(s, DecimalColumn.of(0, 999_000, 1_000_000)))
        .containsExactly(new Row(60, NONE), new Row(100, NONE));
  }

  @Test
  void a_table_of_the_actual_needs_no_target() {
    // GIVEN 0 → 0 and 10 → 100 on the actual, interpolated
    ColumnScorer s = BANDED.columnScorer(new Banded.Params(
        List.of(new Banded.Band(0, 0), new Banded.Band(10, 100)), Banded.Mode.INTERPOLATED,
        Banded.Basis.ACTUAL, 0), GMV, null);
    // WHEN 2.5 is scored THEN 0 + 2.5 × 100 ÷ 10 = 25
    assertThat(score(s, 1, 25)).isEqualTo(new Row(25, NONE));
    // and the achievement with a target of 0 has no scorer
    assertThat(BANDED.columnScorer(new Banded.Params(BANDS, Banded.Mode.STEPPED,
        Banded.Basis.ACHIEVEMENT, 0), GMV, Target.of(0))).isNull();
  }

  // ------------------------------------------------------------------------------------------
  // closer-to-target
  // ------------------------------------------------------------------------------------------

  private static final CloserToTarget CLOSER = new CloserToTarget();

  @Test
  void closer_to_target_scores_full_inside_the_tolerance_and_falls_off_outside() {
    // GIVEN target 6, tolerance 0.5, floor at a distance of 3
    ColumnScorer s =
        CLOSER.columnScorer(new CloserToTarget.Params(0.5, 3), TURNOVER, Target.of(6));
    // WHEN 6.4, 6.5, 4.5, 9 and 10 are scored
    Row[] rows = run(s, DecimalColumn.of(1, 64, 65, 45, 90, 100));
    // THEN 6.4 (0.4 ≤ 0.5) → 100; 6.5 (on the tolerance) → 100;
    // 4.5 → 100 − 100 × (1.5 − 0.5) ÷ (3 − 0.5) = 60; 9 (distance 3) → 0, not floored;
    // 10 → 100 − 100 × (4 − 0.5) ÷ 2.5 = −40 < 0: 0 floored
    assertThat(rows).containsExactly(new Row(100, NONE), new Row(100, NONE), new Row(60, NONE),
        new Row(0, NONE), new Row(0, FLOORED));
  }

  @Test
  void a_relative_distance_is_a_fraction_of_the_target() {
    // GIVEN target 200, tolerance 10%, floor at 50%
    ColumnScorer s = CLOSER.columnScorer(new CloserToTarget.Params(0.1, 0.5,
        CloserToTarget.Distance.RELATIVE, 100, 0), TURNOVER, Target.of(200));
    // WHEN 250 is scored: d = 50 ÷ 200 = 0.25 → 100 − 100 × (0.25 − 0.1) ÷ (0.5 − 0.1) = 62.5
    // THEN 62.5
    assertThat(score(s, 0, 250)).isEqualTo(new Row(62.5, NONE));
    // and a relative distance to a target of 0 has no scorer
    assertThat(CLOSER.columnScorer(new CloserToTarget.Params(0.1, 0.5,
        CloserToTarget.Distance.RELATIVE, 100, 0), TURNOVER, Target.of(0))).isNull();
  }

  // ------------------------------------------------------------------------------------------
  // ratings
  // ------------------------------------------------------------------------------------------

  private static final Ratings RATINGS = new Ratings();

  private static Ratings.Params ratings(Ratings.Mapping mapping, Ratings.MissingRater missing) {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("self", 20.0);
    weights.put("manager", 60.0);
    weights.put("peer", 20.0);
    return new Ratings.Params(1, 5, weights, mapping, missing);
  }

  private static final long M = DecimalColumn.MISSING;

  /** Four rows: all rate; peers missing; the manager off the scale; only self. */
  private static DecimalColumn teamwork() {
    return DecimalColumn.zeros(4)
        .withPart("self", DecimalColumn.of(0, 5, 5, 5, 5))
        .withPart("manager", DecimalColumn.of(1, 40, 40, 60, M))
        .withPart("peer.wang", DecimalColumn.of(0, 3, M, 3, M))
        .withPart("peer.li", DecimalColumn.of(0, 4, M, 4, M));
  }

  @Test
  void ratings_are_averaged_in_groups_weighted_and_mapped() {
    // GIVEN self 20, manager 60, peer 20 on 1–5, percent of max, missing raters re-normalised
    ColumnScorer s = RATINGS.columnScorer(
        ratings(Ratings.Mapping.PERCENT_OF_MAX, Ratings.MissingRater.RENORMALISE), GMV, null);
    // WHEN the four rows are scored
    Row[] rows = run(s, teamwork());
    // THEN peer (3 + 4) ÷ 2 = 3.5; (5 × 20 + 4 × 60 + 3.5 × 20) ÷ 100 = 4.1; 4.1 ÷ 5 × 100 = 82
    assertThat(rows[0]).isEqualTo(new Row(82, NONE));
    // no peer: (5 × 20 + 4 × 60) ÷ 80 = 4.25 → 85
    assertThat(rows[1]).isEqualTo(new Row(85, NONE));
    // a rating of 6 is off the scale: left to score(), which rejects it
    assertThat(rows[2].score()).isNaN();
    // only self: 5 → 100
    assertThat(rows[3]).isEqualTo(new Row(100, NONE));
  }

  @Test
  void ratings_map_to_the_range_or_stay_on_the_scale_and_may_require_every_rater() {
    // GIVEN the same raters with the other mappings, and with FAIL
    ColumnScorer range = RATINGS.columnScorer(
        ratings(Ratings.Mapping.PERCENT_OF_RANGE, Ratings.MissingRater.RENORMALISE), GMV, null);
    ColumnScorer onScale = RATINGS.columnScorer(
        ratings(Ratings.Mapping.ON_SCALE, Ratings.MissingRater.RENORMALISE), GMV, null);
    ColumnScorer fail = RATINGS.columnScorer(
        ratings(Ratings.Mapping.PERCENT_OF_MAX, Ratings.MissingRater.FAIL), GMV, null);
    // WHEN the rows are scored
    // THEN (4.1 − 1) ÷ (5 − 1) × 100 = 77.5; on the scale 4.1
    assertThat(run(range, teamwork())[0]).isEqualTo(new Row(77.5, NONE));
    assertThat(run(onScale, teamwork())[0]).isEqualTo(new Row(4.1, NONE));
    // with FAIL: every rater rated in row 0 → 82; the missing peers of row 1 are left to score()
    Row[] failed = run(fail, teamwork());
    assertThat(failed[0]).isEqualTo(new Row(82, NONE));
    assertThat(failed[1].score()).isNaN();
  }

  @Test
  void a_rating_from_an_unknown_rater_is_left_to_score() {
    // GIVEN a part from "coach", whom the rule does not know
    ColumnScorer s = RATINGS.columnScorer(
        ratings(Ratings.Mapping.PERCENT_OF_MAX, Ratings.MissingRater.RENORMALISE), GMV, null);
    DecimalColumn column = DecimalColumn.zeros(2)
        .withPart("manager", DecimalColumn.of(0, 4, 4))
        .withPart("coach", DecimalColumn.of(0, 5, M));
    // WHEN scored THEN the row with the coach's rating is NaN; the other 4 ÷ 5 × 100 = 80
    Row[] rows = run(s, column);
    assertThat(rows[0].score()).isNaN();
    assertThat(rows[1]).isEqualTo(new Row(80, NONE));
  }

  // ------------------------------------------------------------------------------------------
  // milestone
  // ------------------------------------------------------------------------------------------

  private static final Milestone MILESTONE = new Milestone();

  @Test
  void a_milestone_is_met_on_or_beyond_the_target_in_the_better_direction() {
    // GIVEN met 100, not met 0, target 3
    Milestone.Params p = new Milestone.Params(100, 0);
    ColumnScorer higher = MILESTONE.columnScorer(p, GMV, Target.of(3));
    ColumnScorer lower = MILESTONE.columnScorer(p, CAC, Target.of(3));
    DecimalColumn column = DecimalColumn.of(2, 300, 299, 301);
    // WHEN 3.00, 2.99 and 3.01 are scored
    // THEN higher is better: met, not met, met; lower is better: met, met, not met
    assertThat(run(higher, column))
        .containsExactly(new Row(100, NONE), new Row(0, NONE), new Row(100, NONE));
    assertThat(run(lower, column))
        .containsExactly(new Row(100, NONE), new Row(100, NONE), new Row(0, NONE));
    // and against a target, a closer-to-target indicator has no scorer
    assertThat(MILESTONE.columnScorer(p, TURNOVER, Target.of(3))).isNull();
  }

  @Test
  void a_done_flag_is_met_when_not_zero() {
    // GIVEN a done flag, met 100, not met 40
    ColumnScorer s = MILESTONE.columnScorer(
        new Milestone.Params(100, 40, Milestone.Criterion.DONE_FLAG), GMV, null);
    // WHEN 0, 0.001 and −1 are scored THEN 40, 100, 100
    assertThat(run(s, DecimalColumn.of(3, 0, 1, -1000)))
        .containsExactly(new Row(40, NONE), new Row(100, NONE), new Row(100, NONE));
  }

  // ------------------------------------------------------------------------------------------
  // deduction
  // ------------------------------------------------------------------------------------------

  private static final Deduction DEDUCTION = new Deduction();

  /** complaint 5 points capped at 20, late-reply 2.5 points, full marks 100, floor 60. */
  private static ColumnScorer deduction() {
    Map<String, Deduction.Category> categories = new LinkedHashMap<>();
    categories.put("complaint", new Deduction.Category(5, 20.0));
    categories.put("late-reply", new Deduction.Category(2.5));
    return Objects.requireNonNull(
        DEDUCTION.columnScorer(new Deduction.Params(100, categories, 60), GMV, null));
  }

  @Test
  void a_deduction_subtracts_points_per_incident_with_a_cap_per_category_and_a_floor() {
    // GIVEN the rule above and four people's counts (late replies at scale 2: 3.00 = 3)
    DecimalColumn counts = DecimalColumn.zeros(4)
        .withPart("complaint", DecimalColumn.of(0, 2, 5, 0, 9))
        .withPart("late-reply", DecimalColumn.of(2, 300, 100, DecimalColumn.MISSING, 800));
    // WHEN they are scored
    // THEN 100 − (2 × 5 + 3 × 2.5) = 100 − 17.5 = 82.5;
    //      100 − (min(5 × 5, 20) + 1 × 2.5) = 100 − 22.5 = 77.5;
    //      no incidents (0 complaints, no late-reply part): 100;
    //      100 − (min(45, 20) + 8 × 2.5) = 100 − 40 = 60, exactly the floor: not floored
    assertThat(run(deduction(), counts)).containsExactly(new Row(82.5, NONE),
        new Row(77.5, NONE), new Row(100, NONE), new Row(60, NONE));
  }

  @Test
  void a_deduction_below_the_floor_scores_the_floor_flagged_floored() {
    // GIVEN the rule above WHEN 4 complaints and 10 late replies are scored:
    // 100 − (min(20, 20) + 10 × 2.5) = 55 < 60
    DecimalColumn counts = DecimalColumn.zeros(1)
        .withPart("complaint", DecimalColumn.of(0, 4))
        .withPart("late-reply", DecimalColumn.of(0, 10));
    // THEN the floor 60, floored
    assertThat(run(deduction(), counts)).containsExactly(new Row(60, FLOORED));
  }

  @Test
  void rows_that_score_rejects_are_left_to_score() {
    // GIVEN the rule above and rows with: a negative count, a fractional count (1.5), a count of
    // a category the rule does not know, no count but a value of 3, no count and a value of 0
    DecimalColumn counts = DecimalColumn.of(0, 0, 0, 0, 3, 0)
        .withPart("complaint", DecimalColumn.of(1, -10, 15, DecimalColumn.MISSING,
            DecimalColumn.MISSING, DecimalColumn.MISSING))
        .withPart("refund", DecimalColumn.of(0, DecimalColumn.MISSING, DecimalColumn.MISSING, 1,
            DecimalColumn.MISSING, DecimalColumn.MISSING));
    // WHEN they are scored
    Row[] rows = run(deduction(), counts);
    // THEN the first four are NaN (score() gives the error), the last full marks 100
    for (int r = 0; r < 4; r++) {
      assertThat(rows[r].score()).as("row %s", r).isNaN();
    }
    assertThat(rows[4]).isEqualTo(new Row(100, NONE));
  }
}

package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.EMP;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.Q3;
import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the column scorers' fast paths promise: ordinary short values (a few significant digits,
 * written at any column scale 0 to 18, trailing zeros included) are decided by the scorer, every
 * row of them (no NaN handed to {@code score}), with {@code score}'s value bit for bit and its
 * bound. Values beyond a scale's fast range still agree with {@code score} when decided.
 */
class ColumnScorerFastRangeTest {

  /** Every row of the values at every scale 0 to 18 where they are integers of a long. */
  private static <P> void assertDecidedAtEveryScale(ScoringStrategy<P> strategy, P p,
      Indicator indicator, @Nullable Target target, String... values) {
    assertDecidedUpTo(18, strategy, p, indicator, target, values);
  }

  /**
   * Every row decided at the scales 0 to {@code decidedUpTo}; beyond, the rows the scorer decides
   * agree with {@code score}.
   */
  private static <P> void assertDecidedUpTo(int decidedUpTo, ScoringStrategy<P> strategy, P p,
      Indicator indicator, @Nullable Target target, String... values) {
    for (int scale = 0; scale <= 18; scale++) {
      List<Long> u = new ArrayList<>();
      for (String v : values) {
        BigDecimal d = new BigDecimal(v).movePointRight(scale);
        if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(LONG) < 0) {
          u.add(d.longValueExact());
          // and one unit of the last place either side, where that is still a short value
          if (scale <= 3) {
            u.add(d.longValueExact() + 1);
            u.add(d.longValueExact() - 1);
          }
        }
      }
      long[] unscaled = u.stream().mapToLong(Long::longValue).toArray();
      DecimalColumn column = DecimalColumn.of(scale, unscaled);
      if (scale <= decidedUpTo) {
        assertDecided(strategy, p, indicator, target, column);
      } else {
        assertAgrees(strategy, p, indicator, target, column);
      }
    }
  }

  private static final BigDecimal LONG = BigDecimal.valueOf(Long.MAX_VALUE);

  /** Every non-missing row scored by the scorer, as {@code score} scores it. */
  static <P> void assertDecided(ScoringStrategy<P> strategy, P p, Indicator indicator,
      @Nullable Target target, DecimalColumn column) {
    double[] scores = run(strategy, p, indicator, target, column);
    byte[] bounds = lastBounds;
    for (int r = 0; r < column.size(); r++) {
      if (rejected(strategy, p, indicator, target, column, r)) {
        assertThat(scores[r]).as("rejected by score(): row %s", column.value(r)).isNaN();
        continue;
      }
      Score expected = expected(strategy, p, indicator, target, column, r);
      if (expected == null) {
        continue;
      }
      String what = p + " " + target + " scale " + column.scale() + " row " + r + " "
          + column.value(r) + " " + parts(column, r);
      assertThat(scores[r]).as("decided by the scorer: %s", what).isNotNaN();
      assertThat(Double.doubleToRawLongBits(scores[r]))
          .as("%s: scorer %s, score() %s", what, scores[r], expected.value())
          .isEqualTo(Double.doubleToRawLongBits(expected.value()));
      assertThat(bounds[r]).as("bound of %s", what).isEqualTo(ColumnScorer.code(expected.bound()));
    }
  }

  /** Rows the scorer decides agree with {@code score}; returns how many it decided. */
  static <P> int assertAgrees(ScoringStrategy<P> strategy, P p, Indicator indicator,
      @Nullable Target target, DecimalColumn column) {
    double[] scores = run(strategy, p, indicator, target, column);
    byte[] bounds = lastBounds;
    int decided = 0;
    for (int r = 0; r < column.size(); r++) {
      if (Double.isNaN(scores[r]) || rejected(strategy, p, indicator, target, column, r)) {
        assertThat(scores[r]).as("rejected by score(): row %s", column.value(r)).isNaN();
        continue;
      }
      Score expected = expected(strategy, p, indicator, target, column, r);
      if (expected == null) {
        continue;
      }
      decided++;
      assertThat(Double.doubleToRawLongBits(scores[r])).as("row %s", column.value(r))
          .isEqualTo(Double.doubleToRawLongBits(expected.value()));
      assertThat(bounds[r]).isEqualTo(ColumnScorer.code(expected.bound()));
    }
    return decided;
  }

  private static byte[] lastBounds = new byte[0];

  private static <P> double[] run(ScoringStrategy<P> strategy, P p, Indicator indicator,
      @Nullable Target target, DecimalColumn column) {
    ColumnScorer scorer = strategy.columnScorer(p, indicator, target);
    assertThat(scorer).as("a scorer for %s", p).isNotNull();
    double[] scores = new double[column.size()];
    byte[] bounds = new byte[column.size()];
    scorer.score(column, 0, column.size(), scores, bounds);
    lastBounds = bounds;
    return scores;
  }

  private static <P> @Nullable Score expected(ScoringStrategy<P> strategy, P p,
      Indicator indicator, @Nullable Target target, DecimalColumn column, int r) {
    BigDecimal value = column.value(r);
    if (value == null) {
      return null;
    }
    Measurement m = Measurement.of(EMP.id(), indicator.id(), Q3, value);
    for (Map.Entry<String, DecimalColumn> part : column.parts().entrySet()) {
      BigDecimal v = part.getValue().value(r);
      if (v != null) {
        m = m.withPart(part.getKey(), v);
      }
    }
    return strategy.score(p, new ScoringInput(EMP, Q3, indicator, target, m));
  }

  private static <P> boolean rejected(ScoringStrategy<P> strategy, P p, Indicator indicator,
      @Nullable Target target, DecimalColumn column, int r) {
    try {
      expected(strategy, p, indicator, target, column, r);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static String parts(DecimalColumn column, int r) {
    StringBuilder b = new StringBuilder();
    column.parts().forEach((k, v) -> b.append(k).append('=').append(v.value(r)).append(' '));
    return b.toString();
  }

  // ------------------------------------------------------------------------------------------
  // ratio-to-target
  // ------------------------------------------------------------------------------------------

  private static final String[] AROUND_80 = {
    "0", "80", "96", "100", "120", "-8", "40", "0.5", "1234.5", "79.99", "88"
  };

  @Test
  void ratio_to_target_decides_every_short_value_at_every_scale() {
    // GIVEN target 80, floor 0, cap 120 (120% of 80 is 96): higher is better, the complement and
    // the inverse for lower is better
    RatioToTarget s = new RatioToTarget();
    assertDecidedAtEveryScale(s, new RatioToTarget.Params(0, 120), GMV, Target.of(80),
        AROUND_80);
    assertDecidedAtEveryScale(s, new RatioToTarget.Params(0, 120,
        RatioToTarget.LowerIsBetter.COMPLEMENT), CAC, Target.of(80), AROUND_80);
    assertDecidedAtEveryScale(s, new RatioToTarget.Params(0, 120,
        RatioToTarget.LowerIsBetter.INVERSE), CAC, Target.of(80),
        "0", "80", "96", "100", "120", "40", "0.5", "1234.5", "79.99", "88");
    // and a target with decimals, 0.035, and one of a million
    assertDecidedAtEveryScale(s, new RatioToTarget.Params(0, 200), GMV, Target.of(0.035),
        "0", "0.035", "0.0315", "0.07", "-0.01", "1");
    assertDecidedAtEveryScale(s, new RatioToTarget.Params(-50, 200,
        RatioToTarget.LowerIsBetter.COMPLEMENT), CAC, Target.of(1_000_000),
        "0", "1000000", "1150000", "950000.5", "-20000", "3000000");
    assertDecidedAtEveryScale(s, new RatioToTarget.Params(0, 200,
        RatioToTarget.LowerIsBetter.INVERSE), CAC, Target.of(0.035),
        "0", "0.035", "0.0315", "0.07", "1", "0.0001");
  }

  @Test
  void ratio_to_target_hand_computed_at_the_cap_and_the_floor() {
    // GIVEN target 80, floor 50, cap 120
    RatioToTarget s = new RatioToTarget();
    ColumnScorer c = s.columnScorer(new RatioToTarget.Params(50, 120), GMV, Target.of(80));
    // WHEN 96 (96 ÷ 80 × 100 = 120, on the cap), 40 (50, on the floor), 39.2 (49, floored)
    // and 100 (125, capped) are scored at scale 2
    double[] scores = new double[4];
    byte[] bounds = new byte[4];
    c.score(DecimalColumn.of(2, 9_600, 4_000, 3_920, 10_000), 0, 4, scores, bounds);
    // THEN 120 as it is, 50 as it is, 50 floored, 120 capped
    assertThat(scores).containsExactly(120, 50, 50, 120);
    assertThat(bounds).containsExactly(ColumnScorer.NONE, ColumnScorer.NONE, ColumnScorer.FLOORED,
        ColumnScorer.CAPPED);
  }

  @Test
  void the_inverse_ratio_scores_an_actual_of_0_the_cap_and_leaves_negatives_to_score() {
    // GIVEN the inverse form (t ÷ a × 100), target 80, cap 150
    ColumnScorer c = new RatioToTarget().columnScorer(new RatioToTarget.Params(0, 150,
        RatioToTarget.LowerIsBetter.INVERSE), CAC, Target.of(80));
    double[] scores = new double[3];
    byte[] bounds = new byte[3];
    // WHEN 0, −5 and 160 (80 ÷ 160 × 100 = 50) are scored
    c.score(DecimalColumn.of(0, 0, -5, 160), 0, 3, scores, bounds);
    // THEN 150 capped, NaN (score() rejects a negative actual), 50
    assertThat(scores[0]).isEqualTo(150);
    assertThat(bounds[0]).isEqualTo(ColumnScorer.CAPPED);
    assertThat(scores[1]).isNaN();
    assertThat(scores[2]).isEqualTo(50);
  }

  // ------------------------------------------------------------------------------------------
  // threshold / target / stretch
  // ------------------------------------------------------------------------------------------

  private static final String[] AROUND_LEVELS = {
    "0", "70", "80", "90", "100", "110", "120", "130", "-5", "79.5", "120.25", "99.99"
  };

  @Test
  void threshold_target_stretch_decides_every_short_value_at_every_scale() {
    // GIVEN scores 60 / 100 / 120, floor 0, cap 150, on levels 80 / 100 / 120 either way,
    // threshold = target, target = stretch, and all three equal
    ThresholdTargetStretch s = new ThresholdTargetStretch();
    ThresholdTargetStretch.Params p = new ThresholdTargetStretch.Params(60, 100, 120, 0, 150);
    assertDecidedAtEveryScale(s, p, GMV, Target.levels(80, 100, 120), AROUND_LEVELS);
    assertDecidedAtEveryScale(s, p, CAC, Target.levels(120, 100, 80), AROUND_LEVELS);
    assertDecidedAtEveryScale(s, p, GMV, Target.levels(100, 100, 120), AROUND_LEVELS);
    assertDecidedAtEveryScale(s, p, GMV, Target.levels(80, 100, 100), AROUND_LEVELS);
    assertDecidedAtEveryScale(s, p, CAC, Target.levels(100, 100, 100), AROUND_LEVELS);
    assertDecidedAtEveryScale(s, p, GMV, Target.levels(0.8, 0.9, 1.25),
        "0", "0.8", "0.85", "0.9", "1", "1.25", "2", "-0.1");
  }

  @Test
  void a_value_on_each_level_scores_that_levels_score() {
    // GIVEN levels 80 / 100 / 120 scoring 60 / 100 / 120, floor 10, cap 130
    ColumnScorer c = new ThresholdTargetStretch().columnScorer(
        new ThresholdTargetStretch.Params(60, 100, 120, 10, 130), GMV,
        Target.levels(80, 100, 120));
    double[] scores = new double[6];
    byte[] bounds = new byte[6];
    // WHEN 79.9, 80, 90, 100, 110 and 120 are scored (scale 1)
    c.score(DecimalColumn.of(1, 799, 800, 900, 1_000, 1_100, 1_200), 0, 6, scores, bounds);
    // THEN below the threshold: the floor 10, floored; 60; 60 + 10 × 40 ÷ 20 = 80; 100;
    // 100 + 10 × 20 ÷ 20 = 110; 120
    assertThat(scores).containsExactly(10, 60, 80, 100, 110, 120);
    assertThat(bounds[0]).isEqualTo(ColumnScorer.FLOORED);
  }

  // ------------------------------------------------------------------------------------------
  // banded
  // ------------------------------------------------------------------------------------------

  @Test
  void banded_decides_every_short_value_at_every_scale() {
    // GIVEN bands from 80 (60), 100 (100), 120 (130), below the first 0: stepped and
    // interpolated, on the actual and on the achievement of target 200 (80% is 160)
    Banded s = new Banded();
    List<Banded.Band> bands = List.of(new Banded.Band(80, 60), new Banded.Band(100, 100),
        new Banded.Band(120, 130));
    for (Banded.Mode mode : Banded.Mode.values()) {
      assertDecidedAtEveryScale(s, new Banded.Params(bands, mode, Banded.Basis.ACTUAL, 0), GMV,
          Target.of(200), "0", "79", "80", "90", "100", "110.5", "120", "130", "-3", "99.99");
      assertDecidedAtEveryScale(s, new Banded.Params(bands, mode, Banded.Basis.ACHIEVEMENT, 0),
          GMV, Target.of(200), "0", "150", "160", "180", "200", "221", "240", "300", "-3",
          "199.99");
    }
  }

  @Test
  void an_interpolated_band_is_the_straight_line_between_its_edges() {
    // GIVEN bands from 80 (60) and 100 (100) interpolated, on the actual, below 0
    ColumnScorer c = new Banded().columnScorer(new Banded.Params(List.of(
        new Banded.Band(80, 60), new Banded.Band(100, 100)), Banded.Mode.INTERPOLATED,
        Banded.Basis.ACTUAL, 0), GMV, Target.of(100));
    double[] scores = new double[4];
    byte[] bounds = new byte[4];
    // WHEN 79, 80, 85 and 100 are scored (scale 0)
    c.score(DecimalColumn.of(0, 79, 80, 85, 100), 0, 4, scores, bounds);
    // THEN 0 (below), 60, 60 + 5 × 40 ÷ 20 = 70, 100
    assertThat(scores).containsExactly(0, 60, 70, 100);
  }

  // ------------------------------------------------------------------------------------------
  // closer to target
  // ------------------------------------------------------------------------------------------

  @Test
  void closer_to_target_decides_every_short_value_at_every_scale() {
    CloserToTarget s = new CloserToTarget();
    // GIVEN absolute: target 100, tolerance 5, floor distance 25, full 100, floor 0
    assertDecidedAtEveryScale(s, new CloserToTarget.Params(5, 25,
        CloserToTarget.Distance.ABSOLUTE, 100, 0), TURNOVER, Target.of(100),
        "0", "95", "100", "105", "110", "125", "130", "-10", "94.5", "117.25");
    // and relative: target 50, tolerance 10%, floor distance 50%, full 100, floor 20
    assertDecidedAtEveryScale(s, new CloserToTarget.Params(0.1, 0.5,
        CloserToTarget.Distance.RELATIVE, 100, 20), TURNOVER, Target.of(50),
        "0", "45", "50", "55", "60", "75", "80", "-10", "44.5", "56.25");
    // and relative around a negative target, −40
    assertDecidedAtEveryScale(s, new CloserToTarget.Params(0.1, 0.5,
        CloserToTarget.Distance.RELATIVE, 100, 0), TURNOVER, Target.of(-40),
        "0", "-44", "-40", "-36", "-30", "-60", "-20", "10", "-41.5");
    // and absolute around 0.035 with a tolerance of 0.005
    assertDecidedAtEveryScale(s, new CloserToTarget.Params(0.005, 0.02,
        CloserToTarget.Distance.ABSOLUTE, 100, 0), TURNOVER, Target.of(0.035),
        "0", "0.03", "0.035", "0.04", "0.045", "0.06", "-0.01", "1");
  }

  @Test
  void closer_to_target_hand_computed_on_the_tolerance_and_the_floor_distance() {
    // GIVEN absolute: target 100, tolerance 5, floor distance 25, full 100, floor 0
    ColumnScorer c = new CloserToTarget().columnScorer(new CloserToTarget.Params(5, 25,
        CloserToTarget.Distance.ABSOLUTE, 100, 0), TURNOVER, Target.of(100));
    double[] scores = new double[5];
    byte[] bounds = new byte[5];
    // WHEN 95 (distance 5, on the tolerance), 110 (10), 75 (25, on the floor distance),
    // 130 (30) and 105.00 (at scale 2) are scored
    c.score(DecimalColumn.of(2, 9_500, 11_000, 7_500, 13_000, 10_500), 0, 5, scores, bounds);
    // THEN 100; 100 − (10 − 5) × 100 ÷ 20 = 75; 0; 100 − 25 × 5 = −25 floored at 0; 100
    assertThat(scores).containsExactly(100, 75, 0, 0, 100);
    assertThat(bounds).containsExactly(ColumnScorer.NONE, ColumnScorer.NONE, ColumnScorer.NONE,
        ColumnScorer.FLOORED, ColumnScorer.NONE);
    // GIVEN relative: target 50, tolerance 10%, floor distance 50%, full 100, floor 20
    ColumnScorer r = new CloserToTarget().columnScorer(new CloserToTarget.Params(0.1, 0.5,
        CloserToTarget.Distance.RELATIVE, 100, 20), TURNOVER, Target.of(50));
    // WHEN 55 (10%), 60 (20%), 25 (50%) and 0 (100%) are scored
    c = r;
    c.score(DecimalColumn.of(0, 55, 60, 25, 0), 0, 4, scores, bounds);
    // THEN 100; 100 − (0.2 − 0.1) × 80 ÷ 0.4 = 80; 20; 100 − 0.9 × 200 = −80 floored at 20
    assertThat(scores[0]).isEqualTo(100);
    assertThat(scores[1]).isEqualTo(80);
    assertThat(scores[2]).isEqualTo(20);
    assertThat(scores[3]).isEqualTo(20);
    assertThat(bounds[3]).isEqualTo(ColumnScorer.FLOORED);
  }

  // ------------------------------------------------------------------------------------------
  // milestone
  // ------------------------------------------------------------------------------------------

  @Test
  void milestone_decides_every_value_at_every_scale() {
    Milestone s = new Milestone();
    Milestone.Params p = new Milestone.Params(100, 0, Milestone.Criterion.TARGET);
    // GIVEN targets 1000000, 0.5 and −3, either direction
    for (Indicator indicator : List.of(GMV, CAC)) {
      // (10^6 × 10^13 is beyond a long: from scale 13 the scorer compares on compact decimals,
      // which cannot hold 10^6 at scale 13 either, and leaves such rows to score())
      assertDecidedUpTo(12, s, p, indicator, Target.of(1_000_000),
          "0", "999999", "1000000", "1000001", "-1", "999999.5", "1000000.25");
      assertDecidedAtEveryScale(s, p, indicator, Target.of(0.5),
          "0", "0.49", "0.5", "0.51", "1", "-0.5");
      assertDecidedAtEveryScale(s, p, indicator, Target.of(-3),
          "0", "-3", "-2.9", "-3.1", "-4");
    }
  }

  @Test
  void a_milestone_target_between_two_values_of_a_coarser_column_splits_them_exactly() {
    // GIVEN target 0.55, higher is better, and a column of scale 1 (0.5, 0.6)
    ColumnScorer c = new Milestone().columnScorer(new Milestone.Params(100, 40,
        Milestone.Criterion.TARGET), GMV, Target.of(0.55));
    double[] scores = new double[2];
    c.score(DecimalColumn.of(1, 5, 6), 0, 2, scores, new byte[2]);
    // THEN 0.5 < 0.55 is not met (40), 0.6 ≥ 0.55 is met (100)
    assertThat(scores).containsExactly(40, 100);
    // and lower is better: 0.5 ≤ 0.55 is met, 0.6 not
    ColumnScorer lower = new Milestone().columnScorer(new Milestone.Params(100, 40,
        Milestone.Criterion.TARGET), CAC, Target.of(0.55));
    lower.score(DecimalColumn.of(1, 5, 6), 0, 2, scores, new byte[2]);
    assertThat(scores).containsExactly(100, 40);
  }

  @Test
  void a_milestone_target_too_long_for_the_columns_scale_is_compared_on_compact_decimals() {
    // GIVEN target 10^12: at column scale 7 it is 10^19 units, beyond a long
    Milestone.Params p = new Milestone.Params(100, 40, Milestone.Criterion.TARGET);
    ColumnScorer higher = new Milestone().columnScorer(p, GMV, Target.of(1e12));
    ColumnScorer lower = new Milestone().columnScorer(p, CAC, Target.of(1e12));
    // WHEN 9 × 10^11 (9 × 10^18 units, compact as 9 × 10^14 at scale 3) is scored
    DecimalColumn column = DecimalColumn.of(7, 9_000_000_000_000_000_000L);
    double[] scores = new double[1];
    higher.score(column, 0, 1, scores, new byte[1]);
    // THEN higher is better: 9 × 10^11 < 10^12, not met (40); lower is better: met (100)
    assertThat(scores[0]).isEqualTo(40);
    lower.score(column, 0, 1, scores, new byte[1]);
    assertThat(scores[0]).isEqualTo(100);
  }

  // ------------------------------------------------------------------------------------------
  // deduction, ratings (parts)
  // ------------------------------------------------------------------------------------------

  @Test
  void deduction_decides_every_whole_count_at_every_scale() {
    // GIVEN full marks 100, floor 0, complaints 5 points (cap 20), late replies 2.5 points
    Map<String, Deduction.Category> categories = new LinkedHashMap<>();
    categories.put("complaint", new Deduction.Category(5, 20.0));
    categories.put("late-reply", new Deduction.Category(2.5, null));
    Deduction.Params p = new Deduction.Params(100, categories, 0);
    long[][] counts = {{0, 0}, {1, 0}, {4, 3}, {5, 0}, {2, 40}, {0, 41}, {3, 1}};
    for (int scale = 0; scale <= 17; scale++) { // 41 × 10^18 is beyond a long
      long unit = ColumnScorerFastRangeTest.pow10(scale);
      long[] a = new long[counts.length];
      long[] b = new long[counts.length];
      for (int r = 0; r < counts.length; r++) {
        a[r] = counts[r][0] * unit;
        b[r] = counts[r][1] * unit;
      }
      DecimalColumn column = DecimalColumn.zeros(counts.length)
          .withPart("complaint", DecimalColumn.of(scale, a))
          .withPart("late-reply", DecimalColumn.of(scale, b));
      assertDecided(new Deduction(), p, GMV, null, column);
    }
  }

  @Test
  void a_deduction_beyond_its_cap_deducts_the_cap() {
    // GIVEN full marks 100, floor 0, complaints 5 points capped at 20, late replies 2.5
    Map<String, Deduction.Category> categories = new LinkedHashMap<>();
    categories.put("complaint", new Deduction.Category(5, 20.0));
    categories.put("late-reply", new Deduction.Category(2.5, null));
    ColumnScorer c = new Deduction().columnScorer(new Deduction.Params(100, categories, 0), GMV,
        null);
    DecimalColumn column = DecimalColumn.zeros(3)
        .withPart("complaint", DecimalColumn.of(0, 4, 5, 3))
        .withPart("late-reply", DecimalColumn.of(0, 0, 0, 41));
    double[] scores = new double[3];
    byte[] bounds = new byte[3];
    c.score(column, 0, 3, scores, bounds);
    // THEN 4 × 5 = 20 (the cap): 80; 5 × 5 = 25 capped at 20: 80;
    // 15 + 41 × 2.5 = 117.5: 100 − 117.5 = −17.5 floored at 0
    assertThat(scores).containsExactly(80, 80, 0);
    assertThat(bounds[2]).isEqualTo(ColumnScorer.FLOORED);
  }

  @Test
  void ratings_decide_every_rating_on_the_scale_at_every_scale() {
    // GIVEN a 1 to 5 scale, self 20, manager 80, each mapping, renormalised when one is missing
    for (Ratings.Mapping mapping : Ratings.Mapping.values()) {
      Map<String, Double> weights = new LinkedHashMap<>();
      weights.put("self", 20.0);
      weights.put("manager", 80.0);
      Ratings.Params p = new Ratings.Params(1, 5, weights, mapping,
          Ratings.MissingRater.RENORMALISE);
      long[][] ratings = {{1, 5}, {5, 5}, {3, 4}, {2, 1}, {4, -1}, {-1, 3}};
      for (int scale = 0; scale <= 18; scale++) {
        long unit = ColumnScorerFastRangeTest.pow10(scale);
        long[] self = new long[ratings.length];
        long[] manager = new long[ratings.length];
        for (int r = 0; r < ratings.length; r++) {
          self[r] = ratings[r][0] < 0 ? DecimalColumn.MISSING : ratings[r][0] * unit;
          manager[r] = ratings[r][1] < 0 ? DecimalColumn.MISSING : ratings[r][1] * unit;
        }
        DecimalColumn column = DecimalColumn.zeros(ratings.length)
            .withPart("self", DecimalColumn.of(scale, self))
            .withPart("manager", DecimalColumn.of(scale, manager));
        if (scale <= 6) {
          assertDecided(new Ratings(), p, ColumnScorerDifferentialTest.TEAMWORK, null, column);
        } else {
          assertAgrees(new Ratings(), p, ColumnScorerDifferentialTest.TEAMWORK, null, column);
        }
      }
    }
  }

  static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}

package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.EMP;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static dev.yardstick.rules.kpi.ScoringFixtures.Q3;
import static dev.yardstick.rules.kpi.ScoringFixtures.TURNOVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Direction;
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
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Each strategy's column scorer against its {@code score}, row by row: for random parameters,
 * targets and columns (scales 0 to 6, values around and on every level, zero, negatives,
 * non-normalised values with trailing zeros, decimals of 12 to 15 and of 16 digits and more,
 * missing rows), every row the scorer
 * scores has exactly the value (bit for bit) and bound of {@code score}; every row {@code score}
 * rejects is NaN; and short decimals are hardly ever left to {@code score} (the fast path is
 * real).
 */
class ColumnScorerDifferentialTest {

  private static final int PARAMETER_SETS = 60;
  private static final int ROWS = 400;

  /** What a comparison saw. */
  private static final class Tally {
    int compared;
    int rejected;
    int shortRows;
    int shortNaN;
    int longRows;
    int longNaN;
    int bigRows;
    int bigNaN;

    void add(Tally t) {
      bigRows += t.bigRows;
      bigNaN += t.bigNaN;
      compared += t.compared;
      rejected += t.rejected;
      shortRows += t.shortRows;
      shortNaN += t.shortNaN;
      longRows += t.longRows;
      longNaN += t.longNaN;
    }

    void assertFastPathIsReal() {
      assertThat(compared).as("rows compared").isGreaterThan(PARAMETER_SETS * ROWS / 3);
      assertThat((double) shortNaN / shortRows).as("NaN rate on short decimals, " + this)
          .isLessThan(0.01);
    }

    @Override
    public String toString() {
      return "compared " + compared + ", rejected " + rejected + ", short " + shortRows
          + " (NaN " + shortNaN + "), 12 to 15 digits " + bigRows + " (NaN " + bigNaN
          + "), long " + longRows + " (NaN " + longNaN + ")";
    }
  }

  // ------------------------------------------------------------------------------------------
  // the strategies
  // ------------------------------------------------------------------------------------------

  @Test
  void ratio_to_target_columns_score_as_score_does_bit_for_bit() {
    // GIVEN random floors and caps (cap = floor included), both lower-is-better forms, targets
    SplittableRandom random = new SplittableRandom(101);
    RatioToTarget strategy = new RatioToTarget();
    Tally all = new Tally();
    for (int i = 0; i < PARAMETER_SETS; i++) {
      double floor = pick(random, 0, -50, 50, 12.5, -0.0);
      double cap = random.nextInt(4) == 0 ? floor : floor + pick(random, 60, 70, 100, 150.25);
      RatioToTarget.LowerIsBetter form =
          random.nextBoolean() ? RatioToTarget.LowerIsBetter.COMPLEMENT
              : RatioToTarget.LowerIsBetter.INVERSE;
      RatioToTarget.Params p = new RatioToTarget.Params(floor, cap, form);
      strategy.validate(p);
      Indicator indicator = random.nextBoolean() ? GMV : CAC;
      double t = positiveLevel(random);
      Target target = Target.of(t);
      // WHEN a column around the target is scored both ways THEN they agree
      all.add(compare(strategy, p, indicator, target,
          column(random, new double[] {t, t * 1.1, t * 0.9, t * 2, t / 2, 0})));
    }
    all.assertFastPathIsReal();
    assertThat(all.rejected).as("negative actuals with the inverse form").isPositive();
  }

  @Test
  void threshold_target_stretch_columns_score_as_score_does_bit_for_bit() {
    // GIVEN random levels (ascending, descending, threshold = target, target = stretch, all
    // equal, negative) and scores (cap = stretch score included)
    SplittableRandom random = new SplittableRandom(102);
    ThresholdTargetStretch strategy = new ThresholdTargetStretch();
    Tally all = new Tally();
    for (int i = 0; i < PARAMETER_SETS; i++) {
      double thresholdScore = pick(random, 0, 50, 60, 62.5, 80);
      double targetScore = thresholdScore + pick(random, 0, 20, 40, 33.3);
      double stretchScore = targetScore + pick(random, 0, 10, 20, 0.5);
      double floor = thresholdScore - pick(random, 0, 10, 60);
      double cap = stretchScore + pick(random, 0, 0, 30);
      ThresholdTargetStretch.Params p =
          new ThresholdTargetStretch.Params(thresholdScore, targetScore, stretchScore, floor, cap);
      strategy.validate(p);
      double t = level(random);
      double step = nice(Math.abs(t) / pick(random, 4, 5, 10) + 0.5);
      double below = random.nextInt(5) == 0 ? 0 : step;
      double above = random.nextInt(5) == 0 ? 0 : step;
      boolean descending = random.nextBoolean();
      Target target = descending
          ? Target.levels(nice(t + below), t, nice(t - above))
          : Target.levels(nice(t - below), t, nice(t + above));
      Indicator indicator = descending ? CAC : GMV;
      // WHEN a column around the levels is scored both ways THEN they agree
      all.add(compare(strategy, p, indicator, target, column(random, new double[] {
          target.threshold(), target.target(), target.stretch(), t + 3 * step, t - 3 * step, 0})));
    }
    all.assertFastPathIsReal();
  }

  @Test
  void banded_columns_score_as_score_does_bit_for_bit() {
    // GIVEN random tables (stepped and interpolated, rising, falling and mixed, one band) on the
    // achievement and on the actual
    SplittableRandom random = new SplittableRandom(103);
    Banded strategy = new Banded();
    Tally all = new Tally();
    for (int i = 0; i < PARAMETER_SETS; i++) {
      boolean achievement = random.nextBoolean();
      Banded.Mode mode = random.nextBoolean() ? Banded.Mode.STEPPED : Banded.Mode.INTERPOLATED;
      int n = random.nextInt(mode == Banded.Mode.STEPPED ? 1 : 2, 6);
      double t = positiveLevel(random);
      double at = achievement ? pick(random, 50, 70, 75.5, 80) : nice(t / 2);
      List<Banded.Band> bands = new ArrayList<>();
      List<Double> anchors = new ArrayList<>(List.of(0.0, t, -t));
      for (int b = 0; b < n; b++) {
        bands.add(new Banded.Band(at, pick(random, 0, 40, 60, 100, 140, 87.5, -10)));
        anchors.add(achievement ? at * t / 100 : at);
        at = nice(at + (achievement ? pick(random, 10, 20, 12.5, 7)
            : t * pick(random, 0.25, 0.3, 0.5)));
      }
      Banded.Params p = new Banded.Params(bands, mode,
          achievement ? Banded.Basis.ACHIEVEMENT : Banded.Basis.ACTUAL,
          pick(random, 0, 0, 60, 200));
      strategy.validate(p);
      // WHEN a column around the bands is scored both ways THEN they agree
      all.add(compare(strategy, p, GMV, Target.of(t), column(random, array(anchors))));
    }
    all.assertFastPathIsReal();
  }

  @Test
  void closer_to_target_columns_score_as_score_does_bit_for_bit() {
    // GIVEN random tolerances (0 included), floor distances, absolute and relative distances,
    // targets of either sign (and 0 for absolute distances)
    SplittableRandom random = new SplittableRandom(104);
    CloserToTarget strategy = new CloserToTarget();
    Tally all = new Tally();
    for (int i = 0; i < PARAMETER_SETS; i++) {
      boolean relative = random.nextBoolean();
      double t = relative ? nonZeroLevel(random) : random.nextInt(8) == 0 ? 0 : level(random);
      double scale = relative ? 1 : Math.max(Math.abs(t), 1);
      double tolerance = nice(pick(random, 0, 0.05, 0.1, 0.125, 0.3) * scale);
      double far = nice(tolerance + pick(random, 0.2, 0.25, 0.5, 1) * scale);
      double floor = pick(random, 0, 20, -10);
      double full = floor + pick(random, 0, 80, 100);
      CloserToTarget.Params p = new CloserToTarget.Params(tolerance, far,
          relative ? CloserToTarget.Distance.RELATIVE : CloserToTarget.Distance.ABSOLUTE,
          full, floor);
      strategy.validate(p);
      double unit = relative ? Math.abs(t) : 1;
      // WHEN a column around the target, the tolerance and the floor distance is scored both
      // ways THEN they agree
      all.add(compare(strategy, p, TURNOVER, Target.of(t), column(random, new double[] {
          t, t + tolerance * unit, t - tolerance * unit, t + far * unit, t - far * unit,
          t + 2 * far * unit, 0})));
    }
    all.assertFastPathIsReal();
  }

  @Test
  void ratings_columns_score_as_score_does_bit_for_bit() {
    // GIVEN random scales, rater weights, mappings and missing-rater policies; parts for self,
    // manager and up to three peers (averaged), some missing, some off the scale, sometimes a
    // rater the rule does not know
    SplittableRandom random = new SplittableRandom(105);
    Ratings strategy = new Ratings();
    Tally all = new Tally();
    for (int i = 0; i < PARAMETER_SETS; i++) {
      double min = pick(random, 1, 0, 1, 2);
      double max = min + pick(random, 4, 4, 9, 3.5);
      Map<String, Double> weights = new LinkedHashMap<>();
      weights.put("self", pick(random, 20, 10, 33.3, 1));
      weights.put("manager", pick(random, 60, 50, 33.3, 2));
      if (random.nextInt(4) != 0) {
        weights.put("peer", pick(random, 20, 40, 33.4, 1));
      }
      Ratings.Mapping mapping = Ratings.Mapping.values()[random.nextInt(3)];
      if (mapping == Ratings.Mapping.PERCENT_OF_MAX && min < 0) {
        mapping = Ratings.Mapping.ON_SCALE;
      }
      Ratings.Params p = new Ratings.Params(min, max, weights, mapping,
          random.nextInt(4) == 0 ? Ratings.MissingRater.FAIL : Ratings.MissingRater.RENORMALISE);
      strategy.validate(p);
      int rows = ROWS;
      DecimalColumn column = DecimalColumn.zeros(rows);
      List<String> raters = new ArrayList<>(List.of("self", "manager", "peer.wang"));
      int peers = random.nextInt(3);
      for (int k = 0; k < peers; k++) {
        raters.add("peer.p" + k);
      }
      if (random.nextInt(6) == 0) {
        raters.add("coach");
      }
      for (String rater : raters) {
        int scale = random.nextInt(0, 3);
        long[] u = new long[rows];
        for (int r = 0; r < rows; r++) {
          int kind = random.nextInt(60);
          double rating;
          if (kind == 0) {
            u[r] = DecimalColumn.MISSING;
            continue;
          } else if (kind == 1) {
            rating = max + 1; // off the scale
          } else if (kind < 12) {
            rating = kind < 7 ? min : max;
          } else {
            rating = min + (max - min) * random.nextDouble();
          }
          u[r] = Math.round(rating * Math.pow(10, scale));
        }
        column = column.withPart(rater, DecimalColumn.of(scale, u));
      }
      // WHEN the column is scored both ways THEN they agree
      all.add(compare(strategy, p, TEAMWORK, null, column));
    }
    all.assertFastPathIsReal();
    assertThat(all.rejected).as("rows with a rating off the scale or an unknown rater")
        .isPositive();
  }

  @Test
  void milestone_columns_score_as_score_does_bit_for_bit() {
    // GIVEN met / not-met scores, both directions, the target and the done flag
    SplittableRandom random = new SplittableRandom(106);
    Milestone strategy = new Milestone();
    Tally all = new Tally();
    for (int i = 0; i < PARAMETER_SETS; i++) {
      double notMet = pick(random, 0, 40, -0.0, 12.5);
      Milestone.Params p = new Milestone.Params(notMet + pick(random, 0, 60, 100), notMet,
          random.nextInt(4) == 0 ? Milestone.Criterion.DONE_FLAG : Milestone.Criterion.TARGET);
      double t = level(random);
      // WHEN a column around the target is scored both ways THEN they agree
      all.add(compare(strategy, p, random.nextBoolean() ? GMV : CAC, Target.of(t),
          column(random, new double[] {t, t + 1, t - 1, 0})));
    }
    all.assertFastPathIsReal();
  }

  @Test
  void deduction_columns_score_as_score_does_bit_for_bit() {
    // GIVEN random full marks, floors (full marks included), points (0 included) and caps per
    // category (none, 0, round, fractional); counts by category at random scales: missing, 0,
    // small, large, negative, fractional, 16 digits and more; now and then a category the rule
    // does not know, and item values other than 0
    SplittableRandom random = new SplittableRandom(107);
    Deduction strategy = new Deduction();
    Tally all = new Tally();
    List<String> known = List.of("complaint", "late-reply", "return_rate");
    for (int i = 0; i < PARAMETER_SETS; i++) {
      double fullMarks = pick(random, 100, 10, 50.5, 0.125);
      double floor = random.nextInt(5) == 0 ? fullMarks : pick(random, 0, 60, -20, -0.0);
      floor = Math.min(floor, fullMarks);
      Map<String, Deduction.Category> categories = new LinkedHashMap<>();
      int n = random.nextInt(1, 4);
      for (int c = 0; c < n; c++) {
        Double cap = random.nextBoolean() ? null : pick(random, 0, 5, 20, 12.5, 0.3);
        categories.put(known.get(c),
            new Deduction.Category(pick(random, 0, 1, 2.5, 5, 0.25, 10, 0.1), cap));
      }
      Deduction.Params p = new Deduction.Params(fullMarks, categories, floor);
      strategy.validate(p);
      long[] values = new long[ROWS];
      for (int r = 0; r < ROWS; r++) {
        int kind = random.nextInt(30);
        values[r] = kind == 0 ? DecimalColumn.MISSING : kind == 1 ? 3 : 0;
      }
      DecimalColumn column = DecimalColumn.of(0, values);
      List<String> parts = new ArrayList<>(known.subList(0, n));
      if (random.nextInt(5) == 0) {
        parts.add("refund");
      }
      for (String part : parts) {
        int scale = random.nextInt(0, 4);
        long unit = (long) Math.pow(10, scale);
        long[] u = new long[ROWS];
        for (int r = 0; r < ROWS; r++) {
          int kind = random.nextInt(40);
          if (kind < 4) {
            u[r] = DecimalColumn.MISSING;
          } else if (kind < 10) {
            u[r] = 0;
          } else if (kind == 10) {
            u[r] = -unit * random.nextInt(1, 5); // negative
          } else if (kind == 11 && scale > 0) {
            u[r] = unit * random.nextInt(0, 5) + 1; // fractional
          } else if (kind == 12) {
            u[r] = unit * random.nextLong(1, 100_000_000_000L); // large
          } else if (kind == 13) {
            u[r] = random.nextLong(1_000_000_000_000_000L, 999_999_999_999_999_999L) | 1;
          } else {
            u[r] = unit * random.nextInt(0, 13);
          }
        }
        column = column.withPart(part, DecimalColumn.of(scale, u));
      }
      // WHEN the column is scored both ways THEN they agree
      all.add(compare(strategy, p, GMV, null, column));
    }
    all.assertFastPathIsReal();
    assertThat(all.rejected).as("rows with a bad count, an unknown category, a value alone")
        .isPositive();
  }

  static final Indicator TEAMWORK = ScoringFixtures.indicator("teamwork", Direction.HIGHER_IS_BETTER);

  // ------------------------------------------------------------------------------------------
  // the comparison
  // ------------------------------------------------------------------------------------------

  /**
   * Scores the column with the strategy's scorer (in two ranges, as two threads would) and row by
   * row with {@code score}, and checks the contract.
   */
  private static <P> Tally compare(ScoringStrategy<P> strategy, P p, Indicator indicator,
      @Nullable Target target, DecimalColumn column) {
    ColumnScorer scorer = strategy.columnScorer(p, indicator, target);
    assertThat(scorer).as("a scorer for %s %s %s", p, indicator.direction(), target).isNotNull();
    int n = column.size();
    double[] scores = new double[n];
    byte[] bounds = new byte[n];
    int middle = n / 3;
    scorer.score(column, 0, middle, scores, bounds);
    scorer.score(column, middle, n, scores, bounds);
    Tally tally = new Tally();
    for (int r = 0; r < n; r++) {
      BigDecimal value = column.value(r);
      if (value == null) {
        continue;
      }
      Measurement m = Measurement.of(EMP.id(), indicator.id(), Q3, value);
      for (Map.Entry<String, DecimalColumn> part : column.parts().entrySet()) {
        BigDecimal v = part.getValue().value(r);
        if (v != null) {
          m = m.withPart(part.getKey(), v);
        }
      }
      String what = p + " " + indicator.direction() + " target " + target + " row " + r + " "
          + m.value() + " " + m.parts();
      Score expected;
      try {
        expected = strategy.score(p, new ScoringInput(EMP, Q3, indicator, target, m));
      } catch (IllegalArgumentException rejected) {
        assertThat(scores[r]).as("rejected by score(): %s (%s)", what, rejected.getMessage())
            .isNaN();
        tally.rejected++;
        continue;
      }
      int digits = digits(column, r);
      boolean isLong = digits > 15;
      boolean isBig = !isLong && digits > 11;
      if (isLong) {
        tally.longRows++;
      } else if (isBig) {
        tally.bigRows++;
      } else {
        tally.shortRows++;
      }
      if (Double.isNaN(scores[r])) {
        if (isLong) {
          tally.longNaN++;
        } else if (isBig) {
          tally.bigNaN++;
        } else {
          tally.shortNaN++;
        }
        continue;
      }
      tally.compared++;
      assertThat(Double.doubleToRawLongBits(scores[r]))
          .as("%s: kernel %s, score() %s", what, scores[r], expected.value())
          .isEqualTo(Double.doubleToRawLongBits(expected.value()));
      assertThat(bounds[r]).as("bound of %s", what).isEqualTo(ColumnScorer.code(expected.bound()));
    }
    return tally;
  }

  /** The most significant digits of a value (or a part) of the row, trailing zeros dropped. */
  private static int digits(DecimalColumn column, int r) {
    int most = 0;
    List<DecimalColumn> columns = column.parts().isEmpty() ? List.of(column)
        : List.copyOf(column.parts().values());
    for (DecimalColumn c : columns) {
      BigDecimal v = c.value(r);
      if (v != null && v.signum() != 0) {
        most = Math.max(most, v.stripTrailingZeros().precision());
      }
    }
    return most;
  }

  // ------------------------------------------------------------------------------------------
  // random numbers
  // ------------------------------------------------------------------------------------------

  /**
   * A column of one random scale 0 to 6 with values: missing, zero, exactly on an anchor (often
   * with trailing zeros: written at a lower scale, then scaled up), an anchor give or take a few
   * units of the last place, anywhere within ±60% of an anchor, negated, 12 to 15 digits long
   * (beyond the kernels' fast range, within the compact one), and 16 to 18 digits long.
   */
  private static DecimalColumn column(SplittableRandom random, double[] anchors) {
    int scale = random.nextInt(0, 7);
    double unit = Math.pow(10, scale);
    long[] u = new long[ROWS];
    for (int r = 0; r < ROWS; r++) {
      double anchor = anchors[random.nextInt(anchors.length)];
      int kind = random.nextInt(24);
      if (kind == 0) {
        u[r] = DecimalColumn.MISSING;
      } else if (kind == 1) {
        u[r] = 0;
      } else if (kind == 2) {
        // 16 to 18 digits, not ending in 0: the decimal path
        u[r] = (random.nextLong(1_000_000_000_000_000L, 999_999_999_999_999_999L) | 1)
            * (random.nextBoolean() ? 1 : -1);
      } else if (kind == 3) {
        // 12 to 15 digits, not ending in 0
        u[r] = (random.nextLong(100_000_000_000L, 999_999_999_999_999L) | 1)
            * (random.nextBoolean() ? 1 : -1);
      } else if (kind == 4) {
        // not normalised: the anchor at a lower scale, with trailing zeros at this one
        int lower = random.nextInt(0, scale + 1);
        long ten = (long) Math.pow(10, scale - lower);
        u[r] = Math.round(anchor * Math.pow(10, lower)) * ten;
      } else if (kind < 9) {
        u[r] = Math.round(anchor * unit);
      } else if (kind < 12) {
        u[r] = Math.round(anchor * unit) + random.nextInt(-3, 4);
      } else if (kind == 12) {
        u[r] = -Math.round(anchor * unit * random.nextDouble());
      } else {
        u[r] = Math.round(anchor * unit * (1 + random.nextDouble(-0.6, 0.6)));
      }
    }
    return DecimalColumn.of(scale, u);
  }

  /** A level of either sign with up to 3 decimals, often round. */
  private static double level(SplittableRandom random) {
    double v = positiveLevel(random);
    return random.nextInt(4) == 0 ? -v : v;
  }

  private static double nonZeroLevel(SplittableRandom random) {
    return level(random);
  }

  /** A level greater than 0: round amounts, rates and counts. */
  private static double positiveLevel(SplittableRandom random) {
    switch (random.nextInt(5)) {
      case 0:
        return pick(random, 1_000_000, 800_000, 250_000, 1_200_000.5);
      case 1:
        return pick(random, 0.035, 0.05, 0.9, 0.125);
      case 2:
        return pick(random, 6, 60, 80, 95, 7);
      case 3:
        return random.nextInt(1, 100_000) / 100.0;
      default:
        return random.nextInt(1, 2_000_000);
    }
  }

  /** A level as people write it: at most 4 decimals. */
  private static double nice(double value) {
    return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double pick(SplittableRandom random, double... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static double[] array(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }
}

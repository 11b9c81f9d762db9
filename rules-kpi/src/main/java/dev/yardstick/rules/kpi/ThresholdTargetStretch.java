package dev.yardstick.rules.kpi;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.rules.kpi.internal.Bounds;
import dev.yardstick.rules.kpi.internal.Checks;
import dev.yardstick.rules.kpi.internal.Dec;
import dev.yardstick.rules.kpi.internal.Inputs;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Threshold / target / stretch (門檻 / 目標 / 挑戰), piecewise linear: the item's {@link Target}
 * levels earn configurable scores, for example 60 / 100 / 120, with straight lines between them.
 *
 * <pre>{@code
 * // GMV threshold 800000, target 1000000, stretch 1200000; scores 60 / 100 / 120
 * ScoringRule<ThresholdTargetStretch.Params> rule = Kpi.thresholdTargetStretch(60, 100, 120);
 * // actual  700000 → 0 (below the threshold: the floor)
 * // actual  900000 → 60 + (900000 − 800000) × (100 − 60) ÷ (1000000 − 800000) = 80
 * // actual 1100000 → 100 + (1100000 − 1000000) × (120 − 100) ÷ (1200000 − 1000000) = 110
 * // actual 1500000 → 120 (capped at the stretch score)
 * }</pre>
 *
 * <p><b>Worse than the threshold</b> the score is the {@code floor} (default 0), flagged floored:
 * the threshold is the least that earns a score, so there is a step at the threshold.
 *
 * <p><b>Beyond the stretch</b> the line from target to stretch is extended with the same slope,
 * then bounded by the {@code cap}. The default cap is the stretch score, so by default nothing
 * beyond the stretch earns more than the stretch score (flagged capped); raise the cap to reward
 * over-achievement: with a cap of 150, the levels and scores above give 130 for an actual of
 * 1300000.
 *
 * <p><b>Lower is better</b> works by the order of the levels: with {@code threshold ≥ target ≥
 * stretch} (CAC threshold 80, target 60, stretch 50) the same formula runs on the descending
 * levels, so "worse than the threshold" means above it and "beyond the stretch" below it. When
 * the three levels are equal, the indicator's {@link Direction} decides which side is better; an
 * indicator whose direction is closer-to-target with a single-value target is rejected.
 *
 * <p><b>Degenerate levels</b> never divide by zero. Reaching a level earns its score; where two
 * levels coincide, reaching them earns the higher of their scores: with {@code threshold ==
 * target} an actual at that level scores the target score, with {@code target == stretch} it
 * scores the stretch score and nothing is extrapolated beyond it (there is no slope), and with
 * all three equal the rule is met / not met: the stretch score or the floor.
 *
 * <p>Arithmetic is decimal: the scores above come out exactly.
 */
public final class ThresholdTargetStretch
    implements ScoringStrategy<ThresholdTargetStretch.Params> {

  /** The strategy id. */
  public static final String ID = "threshold-target-stretch";

  /**
   * Parameters; validated by {@link #validate}: {@code floor ≤ thresholdScore ≤ targetScore ≤
   * stretchScore ≤ cap}, all finite.
   *
   * @param thresholdScore the score for an actual exactly at the threshold, for example 60
   * @param targetScore the score at the target, for example 100
   * @param stretchScore the score at the stretch level, for example 120
   * @param floor the score of an actual worse than the threshold, for example 0
   * @param cap the greatest score; above {@code stretchScore} it lets the target-to-stretch line
   *     continue beyond the stretch
   */
  public record Params(
      double thresholdScore, double targetScore, double stretchScore, double floor, double cap) {

    /** Scores at the three levels, a floor of 0 and a cap at the stretch score. */
    public Params(double thresholdScore, double targetScore, double stretchScore) {
      this(thresholdScore, targetScore, stretchScore, 0, stretchScore);
    }
  }

  /** For the service loader. */
  public ThresholdTargetStretch() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Required: the actual is placed between the threshold, target and stretch levels. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.REQUIRED;
  }

  @Override
  public String description() {
    return "piecewise linear between threshold, target and stretch levels, floor below the"
        + " threshold, cap above the stretch";
  }

  @Override
  public void validate(Params p) {
    Checks.finite(ID, "thresholdScore", p.thresholdScore());
    Checks.finite(ID, "targetScore", p.targetScore());
    Checks.finite(ID, "stretchScore", p.stretchScore());
    Checks.finite(ID, "floor", p.floor());
    Checks.finite(ID, "cap", p.cap());
    Checks.atLeast(ID, "thresholdScore", p.thresholdScore(), "floor", p.floor());
    Checks.atLeast(ID, "targetScore", p.targetScore(), "thresholdScore", p.thresholdScore());
    Checks.atLeast(ID, "stretchScore", p.stretchScore(), "targetScore", p.targetScore());
    Checks.atLeast(ID, "cap", p.cap(), "stretchScore", p.stretchScore());
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    Target t = in.requireTarget();
    int sign = orientation(t, in);
    BigDecimal a = in.measurement().value();
    long ca = Dec.compact(a);
    double actual = in.actual();

    if (sign * Dec.compare(a, ca, t.threshold()) < 0) {
      return Score.floored(
          p.floor(),
          Explanation.of(
              sign > 0
                  ? "actual {} is below threshold {}: floor score {}"
                  : "actual {} is above threshold {} (lower is better): floor score {}",
              actual,
              t.threshold(),
              p.floor()));
    }
    int toStretch = Dec.compare(a, ca, t.stretch());
    if (sign * toStretch >= 0) {
      if (toStretch == 0 || t.target() == t.stretch()) {
        // at the stretch, or beyond a stretch equal to the target: no slope to extend
        return Score.bounded(
            p.stretchScore(),
            p.floor(),
            p.cap(),
            Explanation.of(
                "actual {} reached stretch {}: stretch score {}",
                actual,
                t.stretch(),
                p.stretchScore()));
      }
      double raw =
          Dec.lineToDouble(a, t.target(), t.stretch(), p.targetScore(), p.stretchScore());
      return Score.bounded(
          raw,
          p.floor(),
          p.cap(),
          Explanation.of(
              "actual {} is beyond stretch {}: the line from target {} (score {}) to stretch"
                  + " (score {}) extended gives {}",
              actual,
              t.stretch(),
              t.target(),
              p.targetScore(),
              p.stretchScore(),
              raw));
    }
    if (sign * Dec.compare(a, ca, t.target()) >= 0) {
      // target ≤ a < stretch (in the better direction), so target ≠ stretch
      double raw =
          Dec.lineToDouble(a, t.target(), t.stretch(), p.targetScore(), p.stretchScore());
      return Score.bounded(
          raw,
          p.floor(),
          p.cap(),
          Explanation.of(
              "actual {} is between target {} (score {}) and stretch {} (score {}): {}",
              actual,
              t.target(),
              p.targetScore(),
              t.stretch(),
              p.stretchScore(),
              raw));
    }
    // threshold ≤ a < target (in the better direction), so threshold ≠ target
    double raw =
        Dec.lineToDouble(a, t.threshold(), t.target(), p.thresholdScore(), p.targetScore());
    return Score.bounded(
        raw,
        p.floor(),
        p.cap(),
        Explanation.of(
            "actual {} is between threshold {} (score {}) and target {} (score {}): {}",
            actual,
            t.threshold(),
            p.thresholdScore(),
            t.target(),
            p.targetScore(),
            raw));
  }

  /**
   * The fast path: {@link #score}'s comparisons and lines on the column's integers (see {@code
   * Dec}), NaN for a row it cannot decide. Null, so that every row gets {@link #score}'s error,
   * without a target or for a single-value target of a closer-to-target indicator; null too when
   * a level has more than 15 digits.
   *
   * <pre>{@code
   * ColumnScorer scorer = new ThresholdTargetStretch()
   *     .columnScorer(params, gmv, Target.levels(800_000, 1_000_000, 1_200_000));
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target t) {
    if (t == null) {
      return null;
    }
    int sign;
    if (t.threshold() != t.stretch()) {
      sign = t.threshold() < t.stretch() ? 1 : -1;
    } else if (indicator.direction() == Direction.HIGHER_IS_BETTER) {
      sign = 1;
    } else if (indicator.direction() == Direction.LOWER_IS_BETTER) {
      sign = -1;
    } else {
      return null;
    }
    long threshold = Dec.strip(Dec.compactOf(t.threshold()));
    long target = Dec.strip(Dec.compactOf(t.target()));
    long stretch = Dec.strip(Dec.compactOf(t.stretch()));
    if (threshold == Dec.NONE || target == Dec.NONE || stretch == Dec.NONE) {
      return null;
    }
    long thresholdScore = Dec.compactOf(p.thresholdScore());
    long targetScore = Dec.compactOf(p.targetScore());
    long stretchScore = Dec.compactOf(p.stretchScore());
    Dec.Line lower = new Dec.Line(threshold, target, thresholdScore, targetScore);
    Dec.Line upper = new Dec.Line(target, stretch, targetScore, stretchScore);
    boolean noSlope = t.target() == t.stretch();
    double floor = p.floor();
    double cap = p.cap();
    // Score.bounded(stretchScore, floor, cap): constant
    double[] atStretch = new double[1];
    byte[] atStretchBound = new byte[1];
    Bounds.bounded(p.stretchScore(), floor, cap, atStretch, atStretchBound, 0);
    double stretchValue = atStretch[0];
    byte stretchBound = atStretchBound[0];
    return new Kernel(sign, threshold, target, stretch, lower, upper, noSlope, floor, cap,
        stretchValue, stretchBound, thresholdScore, targetScore, stretchScore);
  }

  /** {@link #columnScorer}'s scorer: the levels and lines, set up once. */
  private static final class Kernel implements ColumnScorer {
    private final int sign;
    private final long threshold;
    private final long target;
    private final long stretch;
    private final Dec.Line lower;
    private final Dec.Line upper;
    private final boolean noSlope;
    private final double floor;
    private final double cap;
    private final double stretchValue;
    private final byte stretchBound;

    Kernel(int sign, long threshold, long target, long stretch, Dec.Line lower, Dec.Line upper,
        boolean noSlope, double floor, double cap, double stretchValue, byte stretchBound,
        long thresholdScore, long targetScore, long stretchScore) {
      this.sign = sign;
      this.threshold = threshold;
      this.target = target;
      this.stretch = stretch;
      this.lower = lower;
      this.upper = upper;
      this.noSlope = noSlope;
      this.floor = floor;
      this.cap = cap;
      this.stretchValue = stretchValue;
      this.stretchBound = stretchBound;
      for (int sc = 0; sc < plans.length; sc++) {
        plans[sc] = plan(sc, thresholdScore, targetScore, stretchScore);
      }
    }

    /** By column scale; null where the integers do not fit (every row takes {@link #row}). */
    private final @Nullable Plan[] plans = new Plan[19];

    /**
     * What depends on the column's scale, set up once: the levels at the common scale {@code S}
     * of the column and the levels (times the sign, so that "better" is "greater"), a value
     * {@code u} being {@code x = u × m} there, the two lines' integers at that scale ({@code
     * Dec.lineTerms}), and the range {@code |u| ≤ limit} in which no integer reaches 2^52.
     */
    private static final class Plan {
      final long m;
      final long limit;
      final long s0;
      final long s1;
      final long s2;
      final long lx0;
      final long lFirst;
      final long lDy;
      final long lDen;
      final long ux0;
      final long uFirst;
      final long uDy;
      final long uDen;

      Plan(long m, long limit, long s0, long s1, long s2, long[] lower, long lx0, long[] upper,
          long ux0) {
        this.m = m;
        this.limit = limit;
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.lx0 = lx0;
        this.lFirst = lower[0];
        this.lDy = lower[1];
        this.lDen = lower[2];
        this.ux0 = ux0;
        this.uFirst = upper[0];
        this.uDy = upper[1];
        this.uDen = upper[2];
      }
    }

    /** The plan for columns of scale {@code sc}, or null. */
    private @Nullable Plan plan(int sc, long thresholdScore, long targetScore, long stretchScore) {
      int s = Math.max(sc, Math.max(Dec.scale(threshold), Math.max(Dec.scale(target),
          Dec.scale(stretch))));
      long m = Dec.pow10(s - sc);
      long x0 = Dec.rescale(Dec.unscaled(threshold), Dec.scale(threshold), s);
      long x1 = Dec.rescale(Dec.unscaled(target), Dec.scale(target), s);
      long x2 = Dec.rescale(Dec.unscaled(stretch), Dec.scale(stretch), s);
      if (x0 == Dec.NONE || x1 == Dec.NONE || x2 == Dec.NONE) {
        return null;
      }
      // a line whose two levels coincide is never read (see row): no terms, no limit
      long[] none = {0, 0, 1};
      long[] lower = x0 == x1 ? none : Dec.lineTerms(x0, x1, thresholdScore, targetScore);
      long[] upper = x1 == x2 ? none : Dec.lineTerms(x1, x2, targetScore, stretchScore);
      if (lower == null || upper == null) {
        return null;
      }
      long limitX = Math.min(Dec.lineLimit(lower[0], lower[1], x0),
          Dec.lineLimit(upper[0], upper[1], x1));
      return new Plan(m, limitX < 0 ? -1 : limitX / m, sign * x0, sign * x1, sign * x2, lower, x0, upper, x1);
    }

    @Override
    public void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      int scale = values.scale();
      Plan plan = plans[scale];
      if (plan == null) {
        slow(values, from, to, scores, bounds);
        return;
      }
      long m = plan.m;
      long lim = plan.limit;
      long s0 = plan.s0;
      long s1 = plan.s1;
      long s2 = plan.s2;
      long lx0 = plan.lx0;
      long lFirst = plan.lFirst;
      long lDy = plan.lDy;
      long lDen = plan.lDen;
      long ux0 = plan.ux0;
      long uFirst = plan.uFirst;
      long uDy = plan.uDy;
      long uDen = plan.uDen;
      long sg = sign;
      double lo = floor;
      double hi = cap;
      double floored = Bounds.fold(floor);
      for (int r = from; r < to; r++) {
        long u = values.unscaled(r);
        if (u < -lim || u > lim) {
          slowRow(u, scale, scores, bounds, r);
          continue;
        }
        long x = u * m;
        long better = sg * x;
        double raw;
        if (better < s0) {
          scores[r] = floored;
          bounds[r] = ColumnScorer.FLOORED;
          continue;
        } else if (better >= s2) {
          if (better == s2 || noSlope) {
            scores[r] = stretchValue;
            bounds[r] = stretchBound;
            continue;
          }
          raw = Dec.lineFit(x, ux0, uFirst, uDy, uDen);
        } else if (better >= s1) {
          raw = Dec.lineFit(x, ux0, uFirst, uDy, uDen);
        } else {
          raw = Dec.lineFit(x, lx0, lFirst, lDy, lDen);
        }
        Bounds.bounded(raw, lo, hi, scores, bounds, r);
      }
    }

    /** The general path, row by row, for a column whose scale has no plan. */
    private void slow(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      int scale = values.scale();
      for (int r = from; r < to; r++) {
        slowRow(values.unscaled(r), scale, scores, bounds, r);
      }
    }

    /** One row on compact decimals (a long or missing value, or no plan). */
    private void slowRow(long u, int scale, double[] scores, byte[] bounds, int r) {
      long a = Dec.compact(u, scale);
      if (!row(a, scores, bounds, r) && Dec.strippable(a)) {
        row(Dec.strip(a), scores, bounds, r); // a column keeps trailing zeros: retry without
      }
    }

    /** Scores one value; false when it wrote NaN. */
    private boolean row(long a, double[] scores, byte[] bounds, int r) {
      int toThreshold = Dec.compare(a, threshold);
      if (toThreshold == Dec.UNDECIDED) {
        scores[r] = Double.NaN;
        return false;
      }
      if (sign * toThreshold < 0) {
        scores[r] = Bounds.fold(floor);
        bounds[r] = ColumnScorer.FLOORED;
        return true;
      }
      int toStretch = Dec.compare(a, stretch);
      if (toStretch == Dec.UNDECIDED) {
        scores[r] = Double.NaN;
        return false;
      }
      double raw;
      if (sign * toStretch >= 0) {
        if (toStretch == 0 || noSlope) {
          scores[r] = stretchValue;
          bounds[r] = stretchBound;
          return true;
        }
        raw = upper.at(a);
      } else {
        int toTarget = Dec.compare(a, target);
        if (toTarget == Dec.UNDECIDED) {
          scores[r] = Double.NaN;
          return false;
        }
        raw = sign * toTarget >= 0 ? upper.at(a) : lower.at(a);
      }
      Bounds.bounded(raw, floor, cap, scores, bounds, r);
      return raw == raw;
    }
  }

  /** +1 when higher is better, -1 when lower is better: from the levels, else the direction. */
  private static int orientation(Target t, ScoringInput in) {
    if (t.threshold() != t.stretch()) {
      return t.threshold() < t.stretch() ? 1 : -1;
    }
    Direction direction = in.indicator().direction();
    if (direction == Direction.HIGHER_IS_BETTER) {
      return 1;
    }
    if (direction == Direction.LOWER_IS_BETTER) {
      return -1;
    }
    throw Inputs.invalid(
        in,
        "direction",
        direction.name(),
        "cannot be scored by " + ID + " with a single-value target " + t
            + ": it has no better side (use closer-to-target)");
  }
}

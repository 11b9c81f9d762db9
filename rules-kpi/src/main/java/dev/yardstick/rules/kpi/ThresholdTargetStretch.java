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
        stretchValue, stretchBound);
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
        boolean noSlope, double floor, double cap, double stretchValue, byte stretchBound) {
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
    }

    @Override
    public void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      int scale = values.scale();
      for (int r = from; r < to; r++) {
        long a = Dec.compact(values.unscaled(r), scale);
        if (!row(a, scores, bounds, r) && Dec.strippable(a)) {
          row(Dec.strip(a), scores, bounds, r); // a column keeps trailing zeros: retry without
        }
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

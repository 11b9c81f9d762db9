package dev.yardstick.rules.kpi;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Closer to target is better: the full score inside a tolerance band around the target, falling
 * off linearly outside it to the floor at a given distance, for indicators such as inventory
 * turnover or budget use where both too little and too much are bad.
 *
 * <pre>{@code
 * // target 6 turns; full score within ±0.5, falling to 0 at a distance of 3
 * ScoringRule<CloserToTarget.Params> rule = Kpi.closerToTarget().tolerance(0.5).floorAt(3).rule();
 * // actual 6.4 → 100 (distance 0.4 is within the tolerance)
 * // actual 4.5 → 100 − (100 − 0) × (1.5 − 0.5) ÷ (3 − 0.5) = 60
 * // actual 10  → 0 (distance 4 is beyond 3: floored)
 * }</pre>
 *
 * <p>The distance is {@code |actual − target|} with the item's {@code Target#target()} level,
 * either in the indicator's unit ({@link Distance#ABSOLUTE}) or as a fraction of {@code
 * |target|} ({@link Distance#RELATIVE}: a tolerance of 0.1 is ±10% of the target). Both the
 * tolerance and the floor distance are read the same way. A distance exactly at the tolerance
 * still scores full; one exactly at the floor distance scores the floor (without the floored
 * flag: the line reaches it). A relative distance to a target of 0 is undefined and rejected with
 * an {@code InvalidInputException} naming the field {@code target}; a negative target is measured
 * against its magnitude.
 */
public final class CloserToTarget implements ScoringStrategy<CloserToTarget.Params> {

  /** The strategy id. */
  public static final String ID = "closer-to-target";

  /** How distances are measured. */
  public enum Distance {
    /** In the indicator's unit: a tolerance of 0.5 turns. */
    ABSOLUTE,
    /** As a fraction of the target's magnitude: a tolerance of 0.1 is ±10% of the target. */
    RELATIVE
  }

  /**
   * Parameters; validated by {@link #validate}: {@code 0 ≤ tolerance < floorDistance}, {@code
   * floor ≤ fullScore}, all finite.
   *
   * @param tolerance the half-width of the band that scores full
   * @param floorDistance the distance from the target at which the score reaches the floor
   * @param distance how both distances are measured
   * @param fullScore the score inside the band, for example 100
   * @param floor the least score, for example 0
   */
  public record Params(
      double tolerance, double floorDistance, Distance distance, double fullScore, double floor) {

    /** Checks for null. */
    public Params {
      Objects.requireNonNull(distance, "distance");
    }

    /** Absolute distances, full score 100, floor 0. */
    public Params(double tolerance, double floorDistance) {
      this(tolerance, floorDistance, Distance.ABSOLUTE, 100, 0);
    }
  }

  /** For the service loader. */
  public CloserToTarget() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Required: the score falls with the distance from the target level. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.REQUIRED;
  }

  @Override
  public String description() {
    return "full score within a tolerance of the target, falling linearly to the floor at a"
        + " given distance";
  }

  @Override
  public void validate(Params p) {
    Checks.nonNegative(ID, "tolerance", p.tolerance());
    Checks.finite(ID, "floorDistance", p.floorDistance());
    if (p.floorDistance() <= p.tolerance()) {
      throw Checks.bad(
          ID,
          "floorDistance",
          "must be greater than tolerance (" + Dec.plain(p.tolerance()) + ")",
          Dec.plain(p.floorDistance()));
    }
    Checks.finite(ID, "fullScore", p.fullScore());
    Checks.finite(ID, "floor", p.floor());
    Checks.atLeast(ID, "fullScore", p.fullScore(), "floor", p.floor());
  }

  private static final String WITHIN =
      "actual {} is {} from target {}, within tolerance {}: full score {}";
  private static final String WITHIN_RELATIVE =
      "actual {} is {}% from target {}, within tolerance {}%: full score {}";
  private static final String BEYOND =
      "actual {} is {} from target {}, beyond tolerance {}; falling to {} at {}: {}";
  private static final String BEYOND_RELATIVE =
      "actual {} is {}% from target {}, beyond tolerance {}%; falling to {} at {}%: {}";

  @Override
  public Score score(Params p, ScoringInput in) {
    double t = in.requireTarget().target();
    BigDecimal target = Dec.of(t);
    BigDecimal a = in.measurement().value();
    boolean relative = p.distance() == Distance.RELATIVE;
    if (relative) {
      if (target.signum() == 0) {
        throw Inputs.invalid(
            in,
            "target",
            "0",
            "cannot be 0 with a relative tolerance: the distance is a fraction of the target");
      }
      Score fast = relativeFast(p, in, t, a);
      if (fast != null) {
        return fast;
      }
    }
    BigDecimal d = a.subtract(target).abs();
    if (relative) {
      d = Dec.div(d, target.abs());
    }
    // what the explanation shows: relative distances in percent
    double shown = Dec.toDouble(relative ? d.multiply(Dec.HUNDRED) : d);
    double actual = in.actual();
    BigDecimal tolerance = Dec.of(p.tolerance());
    if (d.compareTo(tolerance) <= 0) {
      return within(p, relative, actual, shown, t);
    }
    double raw =
        relative
            ? Dec.toDouble(
                Dec.line(
                    d, tolerance, Dec.of(p.floorDistance()), Dec.of(p.fullScore()),
                    Dec.of(p.floor())))
            : Dec.lineToDouble(d, p.tolerance(), p.floorDistance(), p.fullScore(), p.floor());
    return beyond(p, relative, actual, shown, t, raw);
  }

  /**
   * The relative distance without decimal division, when the numbers are short: the distance
   * {@code |a − t| ÷ |t|} stays an exact fraction, compared with the tolerance exactly, and the
   * score and the shown percentage are the doubles the decimal path gives (see {@link Dec}).
   * Null when the fast path cannot decide.
   */
  private static @Nullable Score relativeFast(Params p, ScoringInput in, double t, BigDecimal a) {
    long ca = Dec.compact(a);
    long ct = Dec.compactOf(t);
    long tol = Dec.compactOf(p.tolerance());
    long far = Dec.compactOf(p.floorDistance());
    if (ca == Dec.NONE || ct == Dec.NONE || tol == Dec.NONE || far == Dec.NONE) {
      return null;
    }
    int sat = Math.max(Dec.scale(ca), Dec.scale(ct));
    long ua = Dec.rescale(Dec.unscaled(ca), Dec.scale(ca), sat);
    long ut = Dec.rescale(Dec.unscaled(ct), Dec.scale(ct), sat);
    if (ua == Dec.NONE || ut == Dec.NONE) {
      return null;
    }
    long diff = Math.abs(ua - ut);
    long absT = Math.abs(ut);
    int s = Math.max(Dec.scale(tol), Dec.scale(far));
    long xn = Dec.mul(diff, Dec.pow10(s)); // distance = xn ÷ (absT × 10^s)
    long tolAtS = Dec.rescale(Dec.unscaled(tol), Dec.scale(tol), s);
    long tolTimesT = Dec.mul(tolAtS, absT);
    long percent = Dec.mul(diff, 100);
    if (xn == Dec.NONE || tolTimesT == Dec.NONE || percent == Dec.NONE) {
      return null;
    }
    double shown = Dec.quotient(percent, absT, Math.abs((double) percent));
    if (shown != shown) {
      return null;
    }
    if (xn <= tolTimesT) {
      return within(p, true, in.actual(), shown, t);
    }
    double raw =
        Dec.lineAt(
            xn, absT, s, tol, far, Dec.compactOf(p.fullScore()), Dec.compactOf(p.floor()));
    return raw == raw ? beyond(p, true, in.actual(), shown, t, raw) : null;
  }

  /**
   * The fast path: {@link #score}'s distance, comparison and line on the column's integers (the
   * relative distance as the exact fraction of {@link #score}'s own fast path), NaN for a row it
   * cannot decide. Null without a target, for a relative distance to a target of 0 (every row
   * gets {@link #score}'s error), and when the target or a distance has more than 15 digits.
   *
   * <pre>{@code
   * ColumnScorer scorer = new CloserToTarget().columnScorer(params, turnover, Target.of(6));
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target target) {
    if (target == null) {
      return null;
    }
    boolean relative = p.distance() == Distance.RELATIVE;
    if (relative && target.target() == 0) {
      return null;
    }
    long ct = Dec.strip(Dec.compactOf(target.target()));
    long tol = Dec.strip(Dec.compactOf(p.tolerance()));
    long far = Dec.strip(Dec.compactOf(p.floorDistance()));
    if (ct == Dec.NONE || tol == Dec.NONE || far == Dec.NONE) {
      return null;
    }
    long full = Dec.compactOf(p.fullScore());
    long floorScore = Dec.compactOf(p.floor());
    Dec.Line line = new Dec.Line(tol, far, full, floorScore);
    double fullValue = Bounds.fold(p.fullScore());
    double floor = p.floor();
    double cap = p.fullScore();
    int st = Dec.scale(ct);
    long ut = Dec.unscaled(ct);
    int s = Math.max(Dec.scale(tol), Dec.scale(far)); // = line.scale()
    return new Kernel(relative, ut, st, tol, s, Dec.rescale(Dec.unscaled(tol), Dec.scale(tol), s),
        line, fullValue, floor, cap, far, full, floorScore);
  }

  /** {@link #columnScorer}'s scorer: the target, tolerance and line, set up once. */
  private static final class Kernel implements ColumnScorer {
    private final boolean relative;
    private final long ut;
    private final int st;
    private final long tol;
    /** The common scale of the tolerance and the floor distance. */
    private final int s;
    private final long tolAtS;
    private final Dec.Line line;
    private final double fullValue;
    private final double floor;
    private final double cap;

    Kernel(boolean relative, long ut, int st, long tol, int s, long tolAtS, Dec.Line line,
        double fullValue, double floor, double cap, long far, long full, long floorScore) {
      this.relative = relative;
      this.ut = ut;
      this.st = st;
      this.tol = tol;
      this.s = s;
      this.tolAtS = tolAtS;
      this.line = line;
      this.fullValue = fullValue;
      this.floor = floor;
      this.cap = cap;
      for (int sc = 0; sc < plans.length; sc++) {
        plans[sc] = relative ? relativePlan(sc, far, full, floorScore)
            : absolutePlan(sc, far, full, floorScore);
      }
    }

    /** By column scale; null where the integers do not fit (every row takes the general path). */
    private final @Nullable Plan[] plans = new Plan[19];

    /**
     * What depends on the column's scale, set up once, so that a row {@code u} in {@code |u| ≤
     * limit} costs a multiplication, a comparison and at most one line, all below 2^52. Absolute:
     * {@code x = u × m} and the target {@code t}, the tolerance {@code tol} and the line (in the
     * distance {@code |x − t|}) at the common scale of the column, the target and the distances.
     * Relative: the exact fraction of {@link #score}'s fast path, {@code |x − t| × 10^s ÷ (|t| ×
     * 10^s)} with x and t at their common scale and s that of the distances, so that {@code xd =
     * |t|} is fixed per column scale; {@code tol} is then {@code tol × |t|} and the line is {@code
     * Dec.lineAt}'s in the numerator {@code xn}, magnitude included.
     */
    private static final class Plan {
      final long m;
      final long limit;
      final long t;
      /** For the relative distance: 10^s, the numerator's factor. */
      final long p;
      final long tol;
      final long first;
      final long dy;
      final long den;

      Plan(long m, long limit, long t, long p, long tol, long[] terms) {
        this.m = m;
        this.limit = limit;
        this.t = t;
        this.p = p;
        this.tol = tol;
        this.first = terms[0];
        this.dy = terms[1];
        this.den = terms[2];
      }
    }

    private @Nullable Plan absolutePlan(int sc, long far, long full, long floorScore) {
      int at = Math.max(sc, Math.max(st, s));
      long m = Dec.pow10(at - sc);
      long t = Dec.rescale(ut, st, at);
      long x0 = Dec.rescale(Dec.unscaled(tol), Dec.scale(tol), at);
      long x1 = Dec.rescale(Dec.unscaled(far), Dec.scale(far), at);
      if (t == Dec.NONE || x0 == Dec.NONE || x1 == Dec.NONE || Math.abs(t) > Dec.FIT) {
        return null;
      }
      long[] terms = Dec.lineTerms(x0, x1, full, floorScore);
      if (terms == null) {
        return null;
      }
      // the distance |x − t| ≤ |x| + |t| is the line's x
      long limitX = Dec.lineLimit(terms[0], terms[1], x0) - Math.abs(t);
      return new Plan(m, limitX < 0 ? -1 : limitX / m, t, 1, x0, terms);
    }

    private @Nullable Plan relativePlan(int sc, long far, long full, long floorScore) {
      int sat = Math.max(sc, st);
      long m = Dec.pow10(sat - sc);
      long t = Dec.rescale(ut, st, sat);
      long p = Dec.pow10(s);
      long x0 = Dec.mul(tolAtS, Math.abs(t));
      long x1 = Dec.mul(Dec.rescale(Dec.unscaled(far), Dec.scale(far), s), Math.abs(t));
      if (t == Dec.NONE || x0 == Dec.NONE || x1 == Dec.NONE) {
        return null;
      }
      long[] terms = Dec.lineTerms(x0, x1, full, floorScore);
      if (terms == null) {
        return null;
      }
      // the numerator xn = |x − t| × p ≤ (|x| + |t|) × p is the line's x
      long limitN = Dec.lineLimit(terms[0], terms[1], x0);
      long limitX = limitN < 0 ? -1 : limitN / p - Math.abs(t);
      return new Plan(m, limitX < 0 ? -1 : limitX / m, t, p, x0, terms);
    }

    @Override
    public void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      Plan plan = plans[values.scale()];
      if (plan == null) {
        slow(values, from, to, scores, bounds);
        return;
      }
      long m = plan.m;
      long lim = plan.limit;
      long t = plan.t;
      long p = plan.p;
      long x0 = plan.tol;
      long first = plan.first;
      long dy = plan.dy;
      long den = plan.den;
      double full = fullValue;
      double lo = floor;
      double hi = cap;
      // the relative distance's rounding on the decimal path counts in the magnitude
      double extra = relative ? Math.abs((double) x0 * dy) : 0;
      double perX = relative ? Math.abs((double) dy) : 0;
      for (int r = from; r < to; r++) {
        long u = values.unscaled(r);
        if (u < -lim || u > lim) {
          slow(values, r, r + 1, scores, bounds);
          continue;
        }
        long x = Math.abs(u * m - t) * p;
        if (x <= x0) {
          scores[r] = full;
          bounds[r] = ColumnScorer.NONE;
          continue;
        }
        long second = (x - x0) * dy;
        double magnitude = Math.abs((double) first) + Math.abs((double) second)
            + perX * x + extra;
        Bounds.bounded(Dec.exactQuotient(first + second, den, magnitude), lo, hi, scores, bounds,
            r);
      }
    }

    /** The general path on compact decimals: long or missing values, or no plan. */
    private void slow(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
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
      if (a == Dec.NONE) {
        scores[r] = Double.NaN;
        return false;
      }
      int sat = Math.max(Dec.scale(a), st);
      long ua = Dec.rescale(Dec.unscaled(a), Dec.scale(a), sat);
      long uts = Dec.rescale(ut, st, sat);
      if (ua == Dec.NONE || uts == Dec.NONE) {
        scores[r] = Double.NaN;
        return false;
      }
      long diff = Math.abs(ua - uts);
      boolean within;
      double raw;
      if (relative) {
        // d = |a − t| ÷ |t| = xn ÷ (|t| × 10^s), compared with tol × |t| (see relativeFast)
        long absT = Math.abs(uts);
        long xn = Dec.mul(diff, Dec.pow10(s));
        long tolTimesT = Dec.mul(tolAtS, absT);
        if (xn == Dec.NONE || tolTimesT == Dec.NONE) {
          scores[r] = Double.NaN;
          return false;
        }
        within = xn <= tolTimesT;
        raw = within ? 0 : line.atQuotient(xn, absT);
      } else {
        // d = |a − t|, exact
        long d = Dec.compact(diff, sat);
        int c = Dec.compare(d, tol);
        if (c == Dec.UNDECIDED) {
          scores[r] = Double.NaN;
          return false;
        }
        within = c <= 0;
        raw = within ? 0 : line.at(d);
      }
      if (within) {
        scores[r] = fullValue;
        bounds[r] = ColumnScorer.NONE;
        return true;
      }
      Bounds.bounded(raw, floor, cap, scores, bounds, r);
      return raw == raw;
    }
  }

  private static Score within(Params p, boolean relative, double actual, double shown, double t) {
    double tolShown =
        relative ? Dec.toDouble(Dec.of(p.tolerance()).multiply(Dec.HUNDRED)) : p.tolerance();
    return Score.of(
        p.fullScore(),
        Explanation.of(
            relative ? WITHIN_RELATIVE : WITHIN, actual, shown, t, tolShown, p.fullScore()));
  }

  private static Score beyond(
      Params p, boolean relative, double actual, double shown, double t, double raw) {
    double tolShown =
        relative ? Dec.toDouble(Dec.of(p.tolerance()).multiply(Dec.HUNDRED)) : p.tolerance();
    double floorShown =
        relative
            ? Dec.toDouble(Dec.of(p.floorDistance()).multiply(Dec.HUNDRED))
            : p.floorDistance();
    return Score.bounded(
        raw,
        p.floor(),
        p.fullScore(),
        Explanation.of(
            relative ? BEYOND_RELATIVE : BEYOND,
            actual,
            shown,
            t,
            tolShown,
            p.floor(),
            floorShown,
            raw));
  }
}

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
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lookup table of achievement → score, stepped or interpolated.
 *
 * <pre>{@code
 * // achievement = actual ÷ target × 100, in percent
 * ScoringRule<Banded.Params> rule =
 *     Kpi.banded().band(80, 60).band(100, 100).band(120, 140).interpolated().rule();
 * // 90% → 60 + (90 − 80) × (100 − 60) ÷ (100 − 80) = 80; 130% → 140 (held, capped); 70% → 0
 * ScoringRule<Banded.Params> steps =
 *     Kpi.banded().band(80, 60).band(100, 100).band(120, 140).rule();   // stepped
 * // 99.9% → 60; exactly 100% → 100; 150% → 140
 * }</pre>
 *
 * <p><b>What is looked up</b> ({@link Basis}): the achievement {@code actual ÷ target × 100} in
 * percent, with the item's {@code Target#target()} level (a target of 0 or below is rejected as by
 * {@code ratio-to-target}), or the raw actual. The table does not look at the indicator's
 * direction: for a lower-is-better indicator give decreasing scores.
 *
 * <p><b>Stepped</b>: each band runs from its {@code from} (inclusive) to the next band's {@code
 * from} (exclusive); the last band is open upwards. <b>Interpolated</b>: the bands are points of a
 * polyline; a value between two points gets the straight line between them, a value on a point
 * gets that point's score, and a value above the last point is held at the last score, flagged
 * capped when the table rises into its last point and floored when it falls into it.
 *
 * <p><b>Below the first band</b> (both modes) the score is {@code belowFirst} (default 0), flagged
 * floored when it is below the first band's score and capped when it is above it. The {@code
 * from} values must increase strictly; an interpolated table needs two points at least.
 */
public final class Banded implements ScoringStrategy<Banded.Params> {

  /** The strategy id. */
  public static final String ID = "banded";

  /** Stepped or interpolated. */
  public enum Mode {
    /** The score of the band the value falls in; inclusive lower bounds. */
    STEPPED,
    /** Straight lines between the bands' points. */
    INTERPOLATED
  }

  /** What is looked up in the table. */
  public enum Basis {
    /** {@code actual ÷ target × 100}, in percent: bands such as 80, 100, 120. */
    ACHIEVEMENT,
    /** The actual itself, in the indicator's unit. */
    ACTUAL
  }

  /**
   * One row of the table.
   *
   * @param from the lower bound of the band (stepped) or the point's position (interpolated)
   * @param score the band's or point's score
   */
  public record Band(double from, double score) {}

  /**
   * Parameters; validated by {@link #validate}.
   *
   * @param bands the rows, with strictly increasing {@code from}
   * @param mode stepped or interpolated
   * @param basis achievement in percent, or the raw actual
   * @param belowFirst the score below the first band
   */
  public record Params(List<Band> bands, Mode mode, Basis basis, double belowFirst) {

    /** Copies and checks for null. */
    public Params {
      bands = List.copyOf(bands);
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** For the service loader. */
  public Banded() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Required when the bands are of achievement (actual ÷ target); ignored when they are of the raw actual. */
  @Override
  public TargetUse targetUse(Params p) {
    return p.basis() == Basis.ACHIEVEMENT ? TargetUse.REQUIRED : TargetUse.IGNORED;
  }

  @Override
  public String description() {
    return "a table of achievement (or actual) to score, stepped or interpolated";
  }

  @Override
  public void validate(Params p) {
    List<Band> bands = p.bands();
    if (bands.isEmpty()) {
      throw Checks.bad(ID, "bands", "must have at least one band", "none");
    }
    if (p.mode() == Mode.INTERPOLATED && bands.size() < 2) {
      throw Checks.bad(ID, "bands", "must have at least two points when interpolated", "1");
    }
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      Checks.finite(ID, "bands[" + i + "].from", b.from());
      Checks.finite(ID, "bands[" + i + "].score", b.score());
      if (i > 0 && b.from() <= bands.get(i - 1).from()) {
        throw Checks.bad(
            ID,
            "bands[" + i + "].from",
            "must be greater than the previous band's from ("
                + Dec.plain(bands.get(i - 1).from())
                + "): breakpoints must increase strictly",
            Dec.plain(b.from()));
      }
    }
    Checks.finite(ID, "belowFirst", p.belowFirst());
  }

  // explanation templates, by basis (constants, so that no string is built per score)
  private static final String BELOW_ACHIEVEMENT =
      "achievement {}% is below the first band at {}%: score {}";
  private static final String BELOW_ACTUAL = "actual {} is below the first band at {}: score {}";
  private static final String FALLS_ACHIEVEMENT =
      "achievement {}% falls in the band from {}%: score {}";
  private static final String FALLS_ACTUAL = "actual {} falls in the band from {}: score {}";
  private static final String ON_ACHIEVEMENT = "achievement {}% is on the point {}%: score {}";
  private static final String ON_ACTUAL = "actual {} is on the point {}: score {}";
  private static final String BEYOND_ACHIEVEMENT =
      "achievement {}% is beyond the last point {}%: held at {}";
  private static final String BEYOND_ACTUAL = "actual {} is beyond the last point {}: held at {}";
  private static final String BETWEEN_ACHIEVEMENT =
      "achievement {}% is between {}% (score {}) and {}% (score {}): {}";
  private static final String BETWEEN_ACTUAL =
      "actual {} is between {} (score {}) and {} (score {}): {}";

  @Override
  public Score score(Params p, ScoringInput in) {
    boolean achievement = p.basis() == Basis.ACHIEVEMENT;
    BigDecimal x =
        achievement
            ? Dec.percentOf(in.measurement().value(), Inputs.positiveTarget(in, ID))
            : in.measurement().value();
    double xv = Dec.toDouble(x);
    List<Band> bands = p.bands();
    Band first = bands.get(0);

    if (Dec.compare(x, Dec.compact(x), first.from()) < 0) {
      Explanation e =
          Explanation.of(
              achievement ? BELOW_ACHIEVEMENT : BELOW_ACTUAL,
              xv,
              first.from(),
              p.belowFirst());
      return new Score(p.belowFirst(), bound(p.belowFirst(), first.score()), e);
    }
    int i = bands.size() - 1;
    long cx = Dec.compact(x);
    while (Dec.compare(x, cx, bands.get(i).from()) < 0) {
      i--;
    }
    Band band = bands.get(i);
    if (p.mode() == Mode.STEPPED) {
      return Score.of(
          band.score(),
          Explanation.of(
              achievement ? FALLS_ACHIEVEMENT : FALLS_ACTUAL,
              xv,
              band.from(),
              band.score()));
    }
    if (Dec.compare(x, cx, band.from()) == 0) {
      return Score.of(
          band.score(),
          Explanation.of(
              achievement ? ON_ACHIEVEMENT : ON_ACTUAL, xv, band.from(), band.score()));
    }
    if (i == bands.size() - 1) {
      Band previous = bands.get(i - 1);
      Explanation e =
          Explanation.of(
              achievement ? BEYOND_ACHIEVEMENT : BEYOND_ACTUAL,
              xv,
              band.from(),
              band.score());
      return new Score(band.score(), bound(band.score(), previous.score()), e);
    }
    Band next = bands.get(i + 1);
    double raw = Dec.lineToDouble(x, band.from(), next.from(), band.score(), next.score());
    return Score.of(
        raw,
        Explanation.of(
            achievement ? BETWEEN_ACHIEVEMENT : BETWEEN_ACTUAL,
            xv,
            band.from(),
            band.score(),
            next.from(),
            next.score(),
            raw));
  }

  /**
   * The fast path: {@link #score}'s lookup on the column's integers (see {@code Dec}), NaN for a
   * row it cannot decide. The achievement {@code a × 100 ÷ t}, which {@link #score} rounds to 34
   * digits, is kept as an exact fraction: compared with a band it gives the same answer (a
   * fraction of integers below 2^52 that is not on a band is farther from it than the rounding),
   * and on a line it is {@code Dec.lineAt}. Null for the achievement without a target or with a
   * target of 0 or below (every row gets {@link #score}'s error), and when a band has more than
   * 15 digits.
   *
   * <pre>{@code
   * ColumnScorer scorer = new Banded().columnScorer(params, gmv, Target.of(1_000_000));
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target target) {
    List<Band> bands = p.bands();
    int n = bands.size();
    long[] from = new long[n];
    double[] score = new double[n];
    Dec.Line[] lines = new Dec.Line[Math.max(n - 1, 0)];
    int s = 0; // the common scale of the bands' from
    for (int i = 0; i < n; i++) {
      from[i] = Dec.strip(Dec.compactOf(bands.get(i).from()));
      if (from[i] == Dec.NONE) {
        return null;
      }
      s = Math.max(s, Dec.scale(from[i]));
      score[i] = Bounds.fold(bands.get(i).score());
    }
    for (int i = 0; i + 1 < n; i++) {
      lines[i] = new Dec.Line(from[i], from[i + 1],
          Dec.compactOf(bands.get(i).score()), Dec.compactOf(bands.get(i + 1).score()));
    }
    double below = Bounds.fold(p.belowFirst());
    byte belowBound = ColumnScorer.code(bound(p.belowFirst(), bands.get(0).score()));
    byte heldBound =
        n > 1 ? ColumnScorer.code(bound(bands.get(n - 1).score(), bands.get(n - 2).score())) : 0;
    boolean stepped = p.mode() == Mode.STEPPED;
    if (p.basis() == Basis.ACTUAL) {
      return new Kernel(from, score, lines, below, belowBound, heldBound, stepped, false,
          new long[0], 0, 0, 0, new long[0], scores(bands), s, Dec.NONE);
    }
    if (target == null || !(target.target() > 0)) {
      return null;
    }
    long t = Dec.strip(Dec.compactOf(target.target()));
    if (t == Dec.NONE) {
      return null;
    }
    // a line's own scale may be below s: x = xn ÷ (xd × 10^(s − sl) × 10^sl)
    long[] lift = new long[lines.length];
    for (int i = 0; i < lines.length; i++) {
      lift[i] = Dec.pow10(s - lines[i].scale());
    }
    long[] fromAtS = new long[n];
    for (int i = 0; i < n; i++) {
      fromAtS[i] = Dec.rescale(Dec.unscaled(from[i]), Dec.scale(from[i]), s);
      if (fromAtS[i] == Dec.NONE) {
        return null;
      }
    }
    // x = a × 100 ÷ t = ua × 100 × 10^st ÷ (ut × 10^sa) = xn ÷ (xd × 10^s)
    return new Kernel(from, score, lines, below, belowBound, heldBound, stepped, true, fromAtS,
        Dec.unscaled(t), Dec.mul(100, Dec.pow10(Dec.scale(t))), Dec.pow10(s), lift,
        scores(bands), s, t);
  }

  /** The bands' scores as compact decimals. */
  private static long[] scores(List<Band> bands) {
    long[] c = new long[bands.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = Dec.compactOf(bands.get(i).score());
    }
    return c;
  }

  /** {@link #columnScorer}'s scorer: the table as integers and lines, set up once. */
  private static final class Kernel implements ColumnScorer {
    private final long[] from;
    private final double[] score;
    private final Dec.Line[] lines;
    private final double below;
    private final byte belowBound;
    private final byte heldBound;
    private final boolean stepped;
    /** Whether x is the achievement (else the actual). */
    private final boolean achievement;
    /** For the achievement: the bands' from at the common scale s, and t's integers. */
    private final long[] fromAtS;
    private final long ut;
    private final long factor;
    private final long toBands;
    private final long[] lift;

    Kernel(long[] from, double[] score, Dec.Line[] lines, double below, byte belowBound,
        byte heldBound, boolean stepped, boolean achievement, long[] fromAtS, long ut,
        long factor, long toBands, long[] lift, long[] scoreCompact, int s, long ct) {
      this.from = from;
      this.score = score;
      this.lines = lines;
      this.below = below;
      this.belowBound = belowBound;
      this.heldBound = heldBound;
      this.stepped = stepped;
      this.achievement = achievement;
      this.fromAtS = fromAtS;
      this.ut = ut;
      this.factor = factor;
      this.toBands = toBands;
      this.lift = lift;
      for (int sc = 0; sc < plans.length; sc++) {
        plans[sc] = plan(sc, scoreCompact, s, ct);
      }
    }

    /** By column scale; null where the integers do not fit (every row takes the general path). */
    private final @Nullable Plan[] plans = new Plan[19];

    /**
     * What depends on the column's scale, set up once. A value {@code u} is looked up as the
     * integer {@code x = u × k}, against the bands' bounds {@code b} as integers of the same
     * scale: for the actual, x and the bands at their common scale; for the achievement {@code a
     * × 100 ÷ t = xn ÷ (xd × 10^s)} (s the bands' scale), {@code x = xn = u × 100 × 10^st × 10^s}
     * and each band {@code f} as {@code f × xd} with {@code xd = ut × 10^sc} fixed by the column
     * scale: the exact fraction, compared exactly. The lines are {@code Dec.lineTerms} in x; for
     * the achievement the magnitude counts the rounding of x on the decimal path, as {@code
     * Dec.lineAt} does. {@code |u| ≤ limit} keeps every integer below 2^52.
     */
    private static final class Plan {
      final long k;
      final long limit;
      final long[] b;
      final long[] first;
      final long[] dy;
      final long[] den;
      /** 1 for the achievement (the rounding of x counts), 0 for the actual. */
      final double extra;

      Plan(long k, long limit, long[] b, long[] first, long[] dy, long[] den, double extra) {
        this.k = k;
        this.limit = limit;
        this.b = b;
        this.first = first;
        this.dy = dy;
        this.den = den;
        this.extra = extra;
      }
    }

    private @Nullable Plan plan(int sc, long[] scoreCompact, int s, long ct) {
      int n = from.length;
      long k;
      long xd;
      int at; // the scale of the bands' integers before the factor xd
      if (achievement) {
        k = Dec.mul(Dec.mul(100, Dec.pow10(Dec.scale(ct))), Dec.pow10(s));
        xd = Dec.mul(Dec.unscaled(ct), Dec.pow10(sc));
        at = s;
      } else {
        at = Math.max(s, sc);
        k = Dec.pow10(at - sc);
        xd = 1;
      }
      if (k == Dec.NONE || xd == Dec.NONE) {
        return null;
      }
      long[] b = new long[n];
      for (int i = 0; i < n; i++) {
        b[i] = Dec.mul(Dec.rescale(Dec.unscaled(from[i]), Dec.scale(from[i]), at), xd);
        if (b[i] == Dec.NONE) {
          return null;
        }
      }
      long limitX = Dec.FIT;
      long[] first = new long[Math.max(n - 1, 0)];
      long[] dy = new long[first.length];
      long[] den = new long[first.length];
      if (!stepped) {
        for (int i = 0; i + 1 < n; i++) {
          long[] terms = Dec.lineTerms(b[i], b[i + 1], scoreCompact[i], scoreCompact[i + 1]);
          if (terms == null) {
            return null;
          }
          first[i] = terms[0];
          dy[i] = terms[1];
          den[i] = terms[2];
          limitX = Math.min(limitX, Dec.lineLimit(terms[0], terms[1], b[i]));
        }
      }
      return new Plan(k, limitX < 0 ? -1 : limitX / k, b, first, dy, den, achievement ? 1 : 0);
    }

    @Override
    public void score(DecimalColumn values, int first, int to, double[] scores, byte[] bounds) {
      Plan plan = plans[values.scale()];
      if (plan == null) {
        slow(values, first, to, scores, bounds);
        return;
      }
      long k = plan.k;
      long lim = plan.limit;
      long[] b = plan.b;
      long[] firsts = plan.first;
      long[] dys = plan.dy;
      long[] dens = plan.den;
      double extra = plan.extra;
      int last = b.length - 1;
      long b0 = b[0];
      for (int r = first; r < to; r++) {
        long u = values.unscaled(r);
        if (u < -lim || u > lim) {
          slow(values, r, r + 1, scores, bounds);
          continue;
        }
        long x = u * k;
        if (x < b0) {
          scores[r] = below;
          bounds[r] = belowBound;
          continue;
        }
        int i = last;
        while (x < b[i]) {
          i--;
        }
        if (stepped || x == b[i]) {
          scores[r] = score[i];
          bounds[r] = ColumnScorer.NONE;
        } else if (i == last) {
          scores[r] = score[i];
          bounds[r] = heldBound;
        } else {
          long x0 = b[i];
          long d = dys[i];
          long f = firsts[i];
          long second = (x - x0) * d;
          double magnitude = Math.abs((double) f) + Math.abs((double) second)
              + extra * (Math.abs((double) x * d) + Math.abs((double) x0 * d));
          scores[r] = Dec.exactQuotient(f + second, dens[i], magnitude) + 0.0;
          bounds[r] = ColumnScorer.NONE;
        }
      }
    }

    /** The general path on compact decimals: long or missing values, or no plan. */
    private void slow(DecimalColumn values, int first, int to, double[] scores, byte[] bounds) {
      int scale = values.scale();
      for (int r = first; r < to; r++) {
        long a = Dec.compact(values.unscaled(r), scale);
        double v = achievement ? achievement(a, bounds, r) : actual(a, bounds, r);
        if (v != v && Dec.strippable(a)) {
          // a column keeps trailing zeros: retry without
          a = Dec.strip(a);
          v = achievement ? achievement(a, bounds, r) : actual(a, bounds, r);
        }
        scores[r] = v;
      }
    }

    /** The score of the actual {@code x}, its bound in {@code bounds[r]}; NaN when undecided. */
    private double actual(long x, byte[] bounds, int r) {
      int c = Dec.compare(x, from[0]);
      if (c == Dec.UNDECIDED) {
        return Double.NaN;
      }
      if (c < 0) {
        bounds[r] = belowBound;
        return below;
      }
      int n = from.length;
      int i = n - 1;
      while ((c = Dec.compare(x, from[i])) < 0 && c != Dec.UNDECIDED) {
        i--;
      }
      if (c == Dec.UNDECIDED) {
        return Double.NaN;
      }
      if (stepped || c == 0) {
        bounds[r] = ColumnScorer.NONE;
        return score[i];
      }
      if (i == n - 1) {
        bounds[r] = heldBound;
        return score[i];
      }
      bounds[r] = ColumnScorer.NONE;
      return lines[i].at(x) + 0.0;
    }

    /** The score of the achievement of the actual {@code a}; NaN when undecided. */
    private double achievement(long a, byte[] bounds, int r) {
      if (a == Dec.NONE) {
        return Double.NaN;
      }
      long xn = Dec.mul(Dec.mul(Dec.unscaled(a), factor), toBands);
      long xd = Dec.mul(ut, Dec.pow10(Dec.scale(a)));
      int c = compare(xn, xd, fromAtS[0]);
      if (c == Dec.UNDECIDED) {
        return Double.NaN;
      }
      if (c < 0) {
        bounds[r] = belowBound;
        return below;
      }
      int n = from.length;
      int i = n - 1;
      while ((c = compare(xn, xd, fromAtS[i])) < 0 && c != Dec.UNDECIDED) {
        i--;
      }
      if (c == Dec.UNDECIDED) {
        return Double.NaN;
      }
      if (stepped || c == 0) {
        bounds[r] = ColumnScorer.NONE;
        return score[i];
      }
      if (i == n - 1) {
        bounds[r] = heldBound;
        return score[i];
      }
      bounds[r] = ColumnScorer.NONE;
      return lines[i].atQuotient(xn, Dec.mul(xd, lift[i])) + 0.0;
    }
  }

  /**
   * The sign of {@code xn ÷ (xd × 10^s) − f ÷ 10^s} for {@code xd > 0}, exactly; {@code
   * Dec.UNDECIDED} when a number does not fit.
   */
  private static int compare(long xn, long xd, long f) {
    long fx = Dec.mul(f, xd);
    if (xn == Dec.NONE || xd == Dec.NONE || fx == Dec.NONE) {
      return Dec.UNDECIDED;
    }
    return Long.compare(xn, fx);
  }

  /**
   * Floored when a score held outside the table is below the score it is compared with (the
   * first band's, or the point before the last), capped when it is above: which way the table
   * was heading.
   */
  private static Score.Bound bound(double held, double reference) {
    if (held < reference) {
      return Score.Bound.FLOORED;
    }
    return held > reference ? Score.Bound.CAPPED : Score.Bound.NONE;
  }
}

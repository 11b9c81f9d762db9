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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ratio to target (完成率): {@code actual ÷ target × 100}, bounded by a floor and a cap.
 *
 * <pre>{@code
 * ScoringRule<RatioToTarget.Params> rule = Kpi.ratioToTarget().floor(0).cap(110).rule();
 * // target 1000000, actual 1150000: "actual 1150000 is 115% of target 1000000; capped at 110"
 * // target 0.035 (conversion), actual 0.0315: 0.0315 ÷ 0.035 × 100 = 90
 * }</pre>
 *
 * <p>The target is the item's {@code Target#target()} level.
 *
 * <p><b>Lower is better</b> (CAC, complaint rate, promotion cost ratio) uses by default the
 * complement {@code (2 − actual ÷ target) × 100}: a cost 10% above target scores 90 and 10% below
 * scores 110, the same distance from 100 as a sales figure 10% off its target, and an actual of
 * 0 scores 200 before the cap instead of dividing by zero. The inverse {@code target ÷ actual ×
 * 100} is offered as {@link LowerIsBetter#INVERSE}; it is asymmetric (10% over scores 90.91, 10%
 * under 111.11) and unbounded as the actual approaches 0: an actual of exactly 0 scores the cap,
 * flagged capped, and a negative actual is rejected, since it would score below every positive
 * actual.
 *
 * <p><b>Target 0 or negative</b>: rejected with an {@code InvalidInputException} naming the
 * subject, the indicator, the field {@code target} and its value; there is no division by zero
 * and no silent sign flip. Use {@code closer-to-target} or {@code threshold-target-stretch} for
 * targets of 0. <b>A negative actual</b> against a positive target gives a negative ratio (a
 * loss is worse than nothing), which the floor then bounds; with the complement form it gives
 * more than 200, which the cap bounds. An indicator whose direction is closer-to-target is
 * rejected: use {@code closer-to-target}.
 */
public final class RatioToTarget implements ScoringStrategy<RatioToTarget.Params> {

  /** The strategy id. */
  public static final String ID = "ratio-to-target";

  /** The formula for lower-is-better indicators. */
  public enum LowerIsBetter {
    /** {@code (2 − actual ÷ target) × 100}: linear and symmetric. The default. */
    COMPLEMENT,
    /** {@code target ÷ actual × 100}: hyperbolic; an actual of 0 scores the cap. */
    INVERSE
  }

  /**
   * Parameters; validated by {@link #validate}: finite, {@code floor ≤ cap}.
   *
   * @param floor the least score, for example 0
   * @param cap the greatest score, for example 120
   * @param lowerIsBetter the formula for lower-is-better indicators
   */
  public record Params(double floor, double cap, LowerIsBetter lowerIsBetter) {

    /** Checks for null. */
    public Params {
      Objects.requireNonNull(lowerIsBetter, "lowerIsBetter");
    }

    /** A floor and a cap, with the complement form for lower-is-better indicators. */
    public Params(double floor, double cap) {
      this(floor, cap, LowerIsBetter.COMPLEMENT);
    }
  }

  /** For the service loader. */
  public RatioToTarget() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Required: the actual is divided by the target level. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.REQUIRED;
  }

  @Override
  public String description() {
    return "actual ÷ target × 100 (lower is better: 2 − actual ÷ target, or target ÷ actual),"
        + " with floor and cap";
  }

  @Override
  public void validate(Params p) {
    Checks.finite(ID, "floor", p.floor());
    Checks.finite(ID, "cap", p.cap());
    Checks.atLeast(ID, "cap", p.cap(), "floor", p.floor());
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    Direction direction = in.indicator().direction();
    if (direction == Direction.CLOSER_TO_TARGET_IS_BETTER) {
      throw Inputs.invalid(
          in,
          "direction",
          direction.name(),
          "cannot be scored by " + ID + ": use closer-to-target");
    }
    BigDecimal target = Inputs.positiveTarget(in, ID);
    BigDecimal a = in.measurement().value();
    double actual = in.actual();
    double t = target.doubleValue();
    double percent = Dec.percentOfToDouble(a, target);

    if (direction == Direction.HIGHER_IS_BETTER) {
      return Score.bounded(
          percent,
          p.floor(),
          p.cap(),
          Explanation.of("actual {} is {}% of target {}", actual, percent, t));
    }
    if (p.lowerIsBetter() == LowerIsBetter.COMPLEMENT) {
      double raw = Dec.complementToDouble(a, target);
      return Score.bounded(
          raw,
          p.floor(),
          p.cap(),
          Explanation.of(
              "actual {} is {}% of target {} (lower is better): 200 − {} = {}",
              actual,
              percent,
              t,
              percent,
              raw));
    }
    if (a.signum() < 0) {
      throw Inputs.invalid(
          in,
          "value",
          Dec.plain(a),
          "must not be negative for " + ID + " with the inverse form target ÷ actual, which"
              + " would score it below every positive actual");
    }
    if (a.signum() == 0) {
      return Score.capped(
          p.cap(),
          Explanation.of(
              "actual 0 against target {} (lower is better): target ÷ actual is unbounded;"
                  + " capped at {}",
              t,
              p.cap()));
    }
    double raw = Dec.percentOfToDouble(target, a);
    return Score.bounded(
        raw,
        p.floor(),
        p.cap(),
        Explanation.of(
            "target {} ÷ actual {} × 100 = {} (lower is better)", t, actual, raw));
  }

  /**
   * The fast path: {@link #score}'s numbers from the column's integers (see {@code Dec}), NaN
   * for a row it cannot decide or {@link #score} rejects (a negative actual with the inverse
   * form). Null, so that every row gets {@link #score}'s error, for a closer-to-target indicator
   * and a missing, zero or negative target.
   *
   * <pre>{@code
   * ColumnScorer scorer = new RatioToTarget().columnScorer(params, gmv, Target.of(1_000_000));
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target target) {
    Direction direction = indicator.direction();
    if (direction == Direction.CLOSER_TO_TARGET_IS_BETTER || target == null
        || !(target.target() > 0)) {
      return null;
    }
    // the target as score() sees it, Dec.of(t), with trailing zeros dropped (the same number)
    long ct = Dec.strip(Dec.compactOf(target.target()));
    if (ct == Dec.NONE) {
      return null;
    }
    int form = direction == Direction.HIGHER_IS_BETTER ? HIGHER
        : p.lowerIsBetter() == LowerIsBetter.COMPLEMENT ? COMPLEMENT : INVERSE;
    return new Kernel(form, ct, p.floor(), p.cap());
  }

  private static final int HIGHER = 0;
  private static final int COMPLEMENT = 1;
  private static final int INVERSE = 2;

  /**
   * {@link #columnScorer}'s scorer. A column has one scale, so what depends on it is set up once
   * per scale: the ratio {@code a × 100 ÷ t} of a value {@code u × 10^-sc} is the fraction {@code
   * u × mul ÷ den} (or {@code num ÷ (u × mul)} inverted) of integers, and a value of magnitude at
   * most {@code limit} keeps every integer below 2^52, so that a row costs one range check, a
   * multiplication and {@code Dec.exactQuotient}. Other rows (long or missing values) take the
   * general path on compact decimals, as before.
   */
  private static final class Kernel implements ColumnScorer {
    private final int form;
    private final long ct;
    private final double floor;
    private final double cap;
    /** By column scale: the multiplier of u, the other integer, the range of u; -1 for none. */
    private final long[] mul = new long[19];
    private final long[] other = new long[19];
    private final long[] limit = new long[19];

    Kernel(int form, long ct, double floor, double cap) {
      this.form = form;
      this.ct = ct;
      this.floor = floor;
      this.cap = cap;
      long ut = Dec.unscaled(ct);
      int st = Dec.scale(ct);
      for (int sc = 0; sc < 19; sc++) {
        long k;
        long o;
        if (form == INVERSE) {
          // t × 100 ÷ a = ut × 100 × 10^sc ÷ (u × 10^st)
          k = sc >= st ? 1 : Dec.pow10(st - sc);
          o = sc >= st ? Dec.mul(Dec.mul(ut, 100), Dec.pow10(sc - st)) : Dec.mul(ut, 100);
        } else {
          // a × 100 ÷ t = u × 100 × 10^st ÷ (ut × 10^sc)
          k = st >= sc ? Dec.mul(100, Dec.pow10(st - sc)) : 100;
          o = st >= sc ? ut : Dec.mul(ut, Dec.pow10(sc - st));
        }
        long twice = form == COMPLEMENT ? Dec.mul(o, 200) : 0;
        mul[sc] = k;
        other[sc] = o;
        limit[sc] = k == Dec.NONE || o == Dec.NONE || twice == Dec.NONE ? -1
            : (Dec.FIT - twice) / k;
      }
    }

    @Override
    public void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      int scale = values.scale();
      long k = mul[scale];
      long o = other[scale];
      long lim = limit[scale];
      double lo = floor;
      double hi = cap;
      if (form == HIGHER) {
        for (int r = from; r < to; r++) {
          long u = values.unscaled(r);
          if (u >= -lim && u <= lim) {
            long n = u * k;
            Bounds.bounded(Dec.exactQuotient(n, o, Math.abs((double) n)), lo, hi, scores, bounds,
                r);
          } else {
            slow(u, scale, scores, bounds, r);
          }
        }
      } else if (form == COMPLEMENT) {
        long twice = o * 200;
        double magnitude = twice;
        for (int r = from; r < to; r++) {
          long u = values.unscaled(r);
          if (u >= -lim && u <= lim) {
            long n = u * k;
            // 200 − n ÷ o = (200 o − n) ÷ o
            Bounds.bounded(Dec.exactQuotient(twice - n, o, magnitude + Math.abs((double) n)), lo,
                hi, scores, bounds, r);
          } else {
            slow(u, scale, scores, bounds, r);
          }
        }
      } else {
        double capped = Bounds.fold(hi);
        double magnitude = o;
        for (int r = from; r < to; r++) {
          long u = values.unscaled(r);
          if (u > 0 && u <= lim) {
            Bounds.bounded(Dec.exactQuotient(o, u * k, magnitude), lo, hi, scores, bounds, r);
          } else if (u == 0) {
            scores[r] = capped; // an actual of 0 scores the cap
            bounds[r] = ColumnScorer.CAPPED;
          } else {
            slow(u, scale, scores, bounds, r);
          }
        }
      }
    }

    /** A row outside the fast range: the general path on compact decimals, or NaN. */
    private void slow(long u, int scale, double[] scores, byte[] bounds, int r) {
      if (form == INVERSE && u <= 0) {
        // a negative actual (and MISSING) goes to score(), which rejects it
        scores[r] = Double.NaN;
        bounds[r] = ColumnScorer.CAPPED;
        return;
      }
      long a = Dec.compact(u, scale);
      double raw = general(a);
      if (raw != raw && Dec.strippable(a)) {
        raw = general(Dec.strip(a)); // a column keeps trailing zeros: retry without
      }
      Bounds.bounded(raw, floor, cap, scores, bounds, r);
    }

    private double general(long a) {
      return form == HIGHER ? Dec.percentOf(a, ct)
          : form == COMPLEMENT ? Dec.complement(a, ct) : Dec.percentOf(ct, a);
    }
  }
}

package dev.yardstick.rules.kpi;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ColumnScorer;
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
 * Binary milestone: met or not met, each with its score.
 *
 * <pre>{@code
 * Kpi.milestone();            // met (actual ≥ target, or ≤ when lower is better) → 100, else 0
 * Kpi.milestone(100, 40);     // not met still earns 40
 * Kpi.doneFlag(100, 0);       // met when the actual is not 0: "launched the new category" = 1
 * }</pre>
 *
 * <p>With {@link Criterion#TARGET}, the actual is compared with the item's {@code
 * Target#target()} level: met when {@code actual ≥ target} for a higher-is-better indicator and
 * when {@code actual ≤ target} for a lower-is-better one; an actual exactly on the target is met.
 * An indicator whose direction is closer-to-target has no "at least" and is rejected. With {@link
 * Criterion#DONE_FLAG} the measurement is a flag, met when it is not 0, and no target is needed.
 */
public final class Milestone implements ScoringStrategy<Milestone.Params> {

  /** The strategy id. */
  public static final String ID = "milestone";

  /** What "met" means. */
  public enum Criterion {
    /** The actual reaches the target level in the indicator's direction. */
    TARGET,
    /** The actual is not 0 (a done flag: 1 = done). */
    DONE_FLAG
  }

  /**
   * Parameters; validated by {@link #validate}: finite, {@code notMetScore ≤ metScore}.
   *
   * @param metScore the score when met, for example 100
   * @param notMetScore the score when not met, for example 0
   * @param criterion what "met" means
   */
  public record Params(double metScore, double notMetScore, Criterion criterion) {

    /** Checks for null. */
    public Params {
      Objects.requireNonNull(criterion, "criterion");
    }

    /** Met against the target. */
    public Params(double metScore, double notMetScore) {
      this(metScore, notMetScore, Criterion.TARGET);
    }
  }

  /** For the service loader. */
  public Milestone() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Required when the milestone is reaching the target level; ignored for a done flag. */
  @Override
  public TargetUse targetUse(Params p) {
    return p.criterion() == Criterion.DONE_FLAG ? TargetUse.IGNORED : TargetUse.REQUIRED;
  }

  @Override
  public String description() {
    return "met or not met: the actual reaches the target, or a done flag is set";
  }

  @Override
  public void validate(Params p) {
    Checks.finite(ID, "metScore", p.metScore());
    Checks.finite(ID, "notMetScore", p.notMetScore());
    if (p.notMetScore() > p.metScore()) {
      throw Checks.bad(
          ID,
          "notMetScore",
          "must not exceed metScore (" + Dec.plain(p.metScore()) + ")",
          Dec.plain(p.notMetScore()));
    }
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    double actual = in.actual();
    BigDecimal a = in.measurement().value();
    if (p.criterion() == Criterion.DONE_FLAG) {
      return a.signum() != 0
          ? Score.of(
              p.metScore(),
              Explanation.of("done (actual {} is not 0): score {}", actual, p.metScore()))
          : Score.of(
              p.notMetScore(), Explanation.of("not done (actual 0): score {}", p.notMetScore()));
    }
    Direction direction = in.indicator().direction();
    if (direction == Direction.CLOSER_TO_TARGET_IS_BETTER) {
      throw Inputs.invalid(
          in,
          "direction",
          direction.name(),
          "cannot be scored by " + ID + " against a target: use closer-to-target");
    }
    double t = in.requireTarget().target();
    int cmp = a.compareTo(BigDecimal.valueOf(t));
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    boolean met = higher ? cmp >= 0 : cmp <= 0;
    if (met) {
      return Score.of(
          p.metScore(),
          Explanation.of(
              higher
                  ? "met: actual {} ≥ target {}: score {}"
                  : "met: actual {} ≤ target {} (lower is better): score {}",
              actual,
              t,
              p.metScore()));
    }
    return Score.of(
        p.notMetScore(),
        Explanation.of(
            higher
                ? "not met: actual {} < target {}: score {}"
                : "not met: actual {} > target {} (lower is better): score {}",
            actual,
            t,
            p.notMetScore()));
  }

  /**
   * The fast path: met or not met from the column's integers, NaN for a row it cannot decide.
   * Null, so that every row gets {@link #score}'s error, against a target for a
   * closer-to-target indicator or without a target; null too when the target has more than 15
   * digits.
   *
   * <pre>{@code
   * ColumnScorer scorer = new Milestone().columnScorer(params, launches, Target.of(3));
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target target) {
    double met = Bounds.fold(p.metScore());
    double notMet = Bounds.fold(p.notMetScore());
    if (p.criterion() == Criterion.DONE_FLAG) {
      return (values, from, to, scores, bounds) -> {
        for (int r = from; r < to; r++) {
          scores[r] = values.unscaled(r) != 0 ? met : notMet;
          bounds[r] = ColumnScorer.NONE;
        }
      };
    }
    Direction direction = indicator.direction();
    if (direction == Direction.CLOSER_TO_TARGET_IS_BETTER || target == null) {
      return null;
    }
    long t = Dec.strip(Dec.compactOf(target.target()));
    if (t == Dec.NONE) {
      return null;
    }
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    // per column scale sc, the least (higher is better) or greatest (lower is better) unscaled
    // value that meets the target ut × 10^-st: u × 10^-sc ≥ t ⇔ u ≥ ⌈ut × 10^(sc − st)⌉
    long ut = Dec.unscaled(t);
    int st = Dec.scale(t);
    long[] bound = new long[19];
    boolean[] exact = new boolean[19];
    for (int sc = 0; sc < 19; sc++) {
      if (sc >= st) {
        long ten = Dec.pow10(sc - st);
        exact[sc] = Math.abs(ut) <= Long.MAX_VALUE / ten;
        bound[sc] = exact[sc] ? ut * ten : 0;
      } else {
        long ten = Dec.pow10(st - sc);
        exact[sc] = true;
        bound[sc] = higher ? -Math.floorDiv(-ut, ten) : Math.floorDiv(ut, ten);
      }
    }
    int sign = higher ? 1 : -1;
    return (values, from, to, scores, bounds) -> {
      int scale = values.scale();
      long c = bound[scale];
      if (!exact[scale]) {
        for (int r = from; r < to; r++) {
          int cmp = Dec.compare(Dec.compact(values.unscaled(r), scale), t);
          scores[r] = cmp == Dec.UNDECIDED ? Double.NaN : sign * cmp >= 0 ? met : notMet;
          bounds[r] = ColumnScorer.NONE;
        }
      } else if (higher) {
        for (int r = from; r < to; r++) {
          scores[r] = values.unscaled(r) >= c ? met : notMet;
          bounds[r] = ColumnScorer.NONE;
        }
      } else {
        for (int r = from; r < to; r++) {
          scores[r] = values.unscaled(r) <= c ? met : notMet;
          bounds[r] = ColumnScorer.NONE;
        }
      }
    };
  }
}

package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The commit / target / stretch model of grading a key result, an alternative to colour bands.
 *
 * <p>Each key result is set with three levels on the way from its baseline to its stretch value:
 * the commit level, which the owner is sure to reach, at {@code commitAt} (default 0.3) of the way;
 * the target level at {@code targetAt} (default 0.7); and the stretch level at the end (1.0). This
 * follows B. Lamorte's practice of defining, for each key result, what a 0.3, a 0.7 and a 1.0 mean
 * before the quarter starts (<i>The OKRs Field Book</i>, Wiley, 2022). The key result's {@linkplain
 * Measure.Metric#target() target} is its stretch value, so the zones are read off its progress
 * {@code p}, each including its lower bound:
 *
 * <pre>
 * FAIL     p &lt; commitAt                  default p &lt; 0.3
 * COMMIT   commitAt ≤ p &lt; targetAt       default 0.3 ≤ p &lt; 0.7
 * TARGET   targetAt ≤ p &lt; 1              default 0.7 ≤ p &lt; 1
 * STRETCH  p ≥ 1
 * </pre>
 *
 * <p>For a decreasing metric the levels decrease too: from a return rate of 8% to a stretch of 5%,
 * commit is 7.1% and target 5.9%.
 *
 * <pre>{@code
 * ZoneModel.DEFAULT.zone(0.675);          // COMMIT
 * ZoneModel.DEFAULT.levels(0.08, 0.05);   // 0.08, commit 0.071, target 0.059, stretch 0.05
 * }</pre>
 *
 * @param commitAt the commit level's share of the way from baseline to stretch, above 0
 * @param targetAt the target level's share, above {@code commitAt} and below 1
 */
public record ZoneModel(double commitAt, double targetAt) {

  /** Commit at 0.3, target at 0.7 of the way from baseline to stretch. */
  public static final ZoneModel DEFAULT = new ZoneModel(0.3, 0.7);

  /** Validates: {@code 0 < commitAt < targetAt < 1}. */
  public ZoneModel {
    Args.finite(commitAt, "zone model commitAt");
    Args.finite(targetAt, "zone model targetAt");
    if (!(0 < commitAt && commitAt < targetAt && targetAt < 1)) {
      throw new IllegalArgumentException(
          "zone model needs 0 < commitAt < targetAt < 1, got commitAt="
              + Args.plain(commitAt)
              + " and targetAt="
              + Args.plain(targetAt));
    }
  }

  /**
   * The zone of a progress from baseline (0) to stretch (1).
   *
   * @throws IllegalArgumentException if the progress is negative or not finite
   */
  public Zone zone(double progress) {
    ColourBands.checkScore(progress);
    if (progress >= 1) {
      return Zone.STRETCH;
    }
    if (progress >= targetAt) {
      return Zone.TARGET;
    }
    return progress >= commitAt ? Zone.COMMIT : Zone.FAIL;
  }

  /** The zone of a key result's current progress (overshoot does not change the zone). */
  public Zone zone(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    return zone(keyResult.progress(Overshoot.RECORD));
  }

  /**
   * The four levels of a metric going from {@code baseline} to {@code stretch}, up or down: {@code
   * level = baseline + share × (stretch − baseline)}.
   */
  public Levels levels(double baseline, double stretch) {
    Args.finite(baseline, "zone baseline");
    Args.finite(stretch, "zone stretch");
    BigDecimal b = Dec.of(baseline);
    BigDecimal span = Dec.of(stretch).subtract(b);
    return new Levels(
        baseline,
        Dec.toDouble(b.add(span.multiply(Dec.of(commitAt)))),
        Dec.toDouble(b.add(span.multiply(Dec.of(targetAt)))),
        stretch);
  }

  /** The levels of a metric key result, its target being the stretch value. */
  public Levels levels(Measure.Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return levels(metric.start(), metric.target());
  }

  /**
   * The values that open each zone of one metric.
   *
   * @param baseline the start value (progress 0)
   * @param commit the value that opens {@link Zone#COMMIT}
   * @param target the value that opens {@link Zone#TARGET}
   * @param stretch the value that opens {@link Zone#STRETCH} (progress 1)
   */
  public record Levels(double baseline, double commit, double target, double stretch) {}
}

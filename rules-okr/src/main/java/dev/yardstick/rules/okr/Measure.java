package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;

/**
 * How a key result is measured, and so what its check-in values mean.
 *
 * <ul>
 *   <li>{@link Metric}: a number moving from a start to a target, up ("launch 12 new products", 0 →
 *       12) or down ("cut the return rate from 8% to 5%"). Progress is {@code (current − start) ÷
 *       (target − start)}.
 *   <li>{@link Milestone}: done or not; check-in values are 1 (done) or 0.
 *   <li>{@link PercentComplete}: a share of the work done, 0 to 100; progress is value ÷ 100.
 * </ul>
 *
 * <p>Progress here is raw: below 0 when the value moved the wrong way, above 1 past the target.
 * {@link KeyResult#progress(Overshoot)} floors and clamps it.
 */
public sealed interface Measure permits Measure.Metric, Measure.Milestone, Measure.PercentComplete {

  /** The value before any check-in: the metric's start, otherwise 0. */
  double baseline();

  /** The raw progress of a value: may be negative or above 1. */
  double progress(double value);

  /**
   * A metric from {@code start} to {@code target}; decreasing when {@code target < start}.
   *
   * <p>Progress {@code (current − start) ÷ (target − start)}, the linear "percent of the way from
   * baseline to target" of the 0.0–1.0 OKR grading scale (J. Doerr, <i>Measure What Matters</i>,
   * 2018), serves both directions: from a start of 8% to a target of 5%, a current 6% gives {@code
   * (6 − 8) ÷ (5 − 8) = 2/3}; a current 9% gives {@code −1/3}, a move the wrong way, which {@link
   * KeyResult#progress()} floors to 0. It is computed in decimal arithmetic on the numbers as
   * given.
   *
   * @param start the value at the start of the period (the baseline)
   * @param target the value to reach; must differ from {@code start}: a key result with nothing to
   *     move cannot measure progress and is rejected (use a {@link Milestone} instead)
   */
  record Metric(double start, double target) implements Measure {

    /** Validates: finite, different start and target. */
    public Metric {
      Args.finite(start, "metric start");
      Args.finite(target, "metric target");
      if (start == target) {
        throw new IllegalArgumentException(
            "metric start and target must differ, got start="
                + Args.plain(start)
                + " and target="
                + Args.plain(target)
                + ": nothing to move means no progress to measure (use a"
                + " milestone)");
      }
    }

    /** Whether the metric should rise: {@code target > start}. */
    public boolean isIncreasing() {
      return target > start;
    }

    @Override
    public double baseline() {
      return start;
    }

    @Override
    public double progress(double value) {
      return Dec.toDouble(rawProgress(value));
    }

    BigDecimal rawProgress(double value) {
      Args.finite(value, "metric value");
      BigDecimal s = Dec.of(start);
      return Dec.div(Dec.of(value).subtract(s), Dec.of(target).subtract(s));
    }
  }

  /** Done (a check-in value of 1) or not (0). */
  record Milestone() implements Measure {

    @Override
    public double baseline() {
      return 0;
    }

    @Override
    public double progress(double value) {
      return value >= 1 ? 1 : 0;
    }
  }

  /** A share of the work done, 0 to 100; progress is value ÷ 100. */
  record PercentComplete() implements Measure {

    @Override
    public double baseline() {
      return 0;
    }

    @Override
    public double progress(double value) {
      return Dec.toDouble(Dec.div(Dec.of(value), Dec.HUNDRED));
    }
  }
}

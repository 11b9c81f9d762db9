package dev.yardstick.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis from {@code lo} to {@code hi} in "nice" steps of 1, 2 or 5 times a power of ten,
 * the usual rule of chart libraries (Heckbert, "Nice numbers for graph labels", Graphics Gems,
 * 1990). The ticks are exact decimals, so their labels never print as {@code 0.30000000000000004}.
 */
public final class Scale {

  private final BigDecimal lo;
  private final BigDecimal step;
  private final int steps;
  private final double loValue;
  private final double hiValue;

  private Scale(BigDecimal lo, BigDecimal step, int steps) {
    this.lo = lo;
    this.step = step;
    this.steps = steps;
    this.loValue = lo.doubleValue();
    this.hiValue = lo.add(step.multiply(BigDecimal.valueOf(steps))).doubleValue();
  }

  /**
   * The axis that covers {@code min} to {@code max} in about {@code ticks} steps.
   *
   * @param minStep the least step, for example 1 for counts of people
   */
  public static Scale nice(double min, double max, int ticks, double minStep) {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalStateException("axis bounds must be finite, got " + min + " to " + max);
    }
    if (max < min) {
      throw new IllegalStateException("axis bounds are reversed: " + min + " to " + max);
    }
    if (max == min) {
      max = min + Math.max(1, minStep);
    }
    BigDecimal step = niceStep((max - min) / ticks);
    BigDecimal least = niceStep(minStep);
    if (minStep > 0 && step.compareTo(least) < 0) {
      step = least;
    }
    long first = (long) StrictMath.floor(min / step.doubleValue());
    long last = (long) StrictMath.ceil(max / step.doubleValue());
    // guard against the division landing a hair inside the data
    BigDecimal lo = step.multiply(BigDecimal.valueOf(first));
    if (lo.doubleValue() > min) {
      first--;
      lo = step.multiply(BigDecimal.valueOf(first));
    }
    if (step.multiply(BigDecimal.valueOf(last)).doubleValue() < max) {
      last++;
    }
    return new Scale(lo, step, (int) (last - first));
  }

  private static BigDecimal niceStep(double raw) {
    if (raw <= 0) {
      return BigDecimal.ONE;
    }
    int exponent = (int) StrictMath.floor(StrictMath.log10(raw));
    double fraction = raw / StrictMath.pow(10, exponent);
    int nice;
    if (fraction <= 1) {
      nice = 1;
    } else if (fraction <= 2) {
      nice = 2;
    } else if (fraction <= 5) {
      nice = 5;
    } else {
      nice = 10;
    }
    return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
  }

  /** The lowest value on the axis. */
  public double lo() {
    return loValue;
  }

  /** The highest value on the axis. */
  public double hi() {
    return hiValue;
  }

  /** The ticks from {@code lo} to {@code hi}, exact. */
  public List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>(steps + 1);
    for (int i = 0; i <= steps; i++) {
      ticks.add(lo.add(step.multiply(BigDecimal.valueOf(i))));
    }
    return ticks;
  }

  /** Where {@code value} falls, from 0 at {@code lo} to 1 at {@code hi}. */
  public double fraction(double value) {
    return (value - loValue) / (hiValue - loValue);
  }
}

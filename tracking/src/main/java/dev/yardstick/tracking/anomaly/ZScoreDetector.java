package dev.yardstick.tracking.anomaly;

import dev.yardstick.tracking.internal.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flags points whose z-score against a baseline of earlier points exceeds a threshold: {@code z =
 * (x − μ) ÷ σ}, an alert when {@code |z| > threshold} (strictly; default 3).
 *
 * <p>The baseline is either the {@link #trailing(int) trailing} {@code N} observations before the
 * point (by count, so gaps in a daily series are skipped over; a weekly series works the same), or
 * the {@link #sameWeekday(int) same weekday} in each of the last {@code N} weeks ({@code x − 7},
 * {@code x − 14}, … days, all of which must be present), which removes the weekly cycle of
 * e-commerce traffic. σ is the <em>sample</em> standard deviation (divisor {@code n − 1}): the
 * baseline is a sample from which the process σ is estimated, and the unbiased variance does not
 * understate the spread of short windows. The baseline includes earlier anomalies as they are.
 *
 * <p>Only points with a full baseline are checked; when none has one the result is {@link
 * Detection.InsufficientHistory}. A constant baseline (σ = 0) is handled by the {@link
 * ZeroSigmaPolicy}.
 *
 * <pre>{@code
 * Detection d = ZScoreDetector.trailing(28).threshold(3).detect(dailyGmv);
 * Detection weekly = ZScoreDetector.sameWeekday(4).detect(dailyVisitors);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the setters return copies.
 */
public final class ZScoreDetector implements AnomalyDetector {

  /** The default threshold: 3σ. */
  public static final double DEFAULT_THRESHOLD = 3;

  private final boolean seasonal;
  private final int window;
  private final double threshold;
  private final ZeroSigmaPolicy zeroSigma;

  private ZScoreDetector(boolean seasonal, int window, double threshold, ZeroSigmaPolicy zeroSigma) {
    this.seasonal = seasonal;
    this.window = window;
    this.threshold = threshold;
    this.zeroSigma = zeroSigma;
  }

  /**
   * Against the trailing {@code points} observations.
   *
   * @throws IllegalArgumentException unless {@code points} is 2 or more (σ needs two)
   */
  public static ZScoreDetector trailing(int points) {
    if (points < 2) {
      throw new IllegalArgumentException("trailing window must be 2 points or more, got " + points);
    }
    return new ZScoreDetector(false, points, DEFAULT_THRESHOLD, ZeroSigmaPolicy.ALERT);
  }

  /**
   * Against the same weekday in each of the last {@code weeks} weeks.
   *
   * @throws IllegalArgumentException unless {@code weeks} is 2 or more
   */
  public static ZScoreDetector sameWeekday(int weeks) {
    if (weeks < 2) {
      throw new IllegalArgumentException("same-weekday window must be 2 weeks or more, got " + weeks);
    }
    return new ZScoreDetector(true, weeks, DEFAULT_THRESHOLD, ZeroSigmaPolicy.ALERT);
  }

  /**
   * A copy with another threshold in σ.
   *
   * @throws IllegalArgumentException unless finite and greater than 0
   */
  public ZScoreDetector threshold(double sigmas) {
    Numbers.requireFinite(sigmas, "z-score threshold");
    if (sigmas <= 0) {
      throw new IllegalArgumentException("z-score threshold must be greater than 0, got " + Numbers.plain(sigmas));
    }
    return new ZScoreDetector(seasonal, window, sigmas, zeroSigma);
  }

  /** A copy with another policy for a constant baseline. */
  public ZScoreDetector onZeroSigma(ZeroSigmaPolicy policy) {
    return new ZScoreDetector(seasonal, window, threshold, Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public String description() {
    return "z-score against "
        + (seasonal ? "the same weekday over the last " + window + " weeks" : "the trailing " + window + " points")
        + ", sample σ, alert beyond ±" + Numbers.plain(threshold) + "σ";
  }

  @Override
  public Detection detect(Map<LocalDate, ? extends Number> series) {
    SeriesData data = SeriesData.of(series);
    return seasonal ? detectSeasonal(data) : detectTrailing(data);
  }

  private Detection detectTrailing(SeriesData data) {
    int n = data.size();
    if (n < window + 1) {
      return new Detection.InsufficientHistory(description(), window + 1, n);
    }
    List<CheckedPoint> points = new ArrayList<>();
    List<AnomalyAlert> alerts = new ArrayList<>();
    double[] base = new double[window];
    for (int i = window; i < n; i++) {
      System.arraycopy(data.values, i - window, base, 0, window);
      double[] ms = SeriesData.meanAndSigma(base);
      Baseline baseline =
          new Baseline(
              "trailing " + window + " points",
              data.dates[i - window],
              data.dates[i - 1],
              window,
              ms[0],
              ms[1]);
      check(data.dates[i], data.values[i], baseline, points, alerts);
    }
    return new Detection.Checked(description(), points, alerts);
  }

  private Detection detectSeasonal(SeriesData data) {
    int n = data.size();
    Map<LocalDate, Integer> index = new HashMap<>(n * 2);
    int[] run = new int[n];
    int longest = 0;
    for (int i = 0; i < n; i++) {
      index.put(data.dates[i], i);
      Integer previous = index.get(data.dates[i].minusDays(7));
      run[i] = previous == null ? 1 : run[previous] + 1;
      longest = Math.max(longest, run[i]);
    }
    if (longest < window + 1) {
      return new Detection.InsufficientHistory(description(), window + 1, longest);
    }
    List<CheckedPoint> points = new ArrayList<>();
    List<AnomalyAlert> alerts = new ArrayList<>();
    double[] base = new double[window];
    for (int i = 0; i < n; i++) {
      if (run[i] < window + 1) {
        continue;
      }
      LocalDate date = data.dates[i];
      for (int k = 1; k <= window; k++) {
        // run[i] > window: the same weekday of each of the last `window` weeks is in the series
        base[window - k] = data.values[Objects.requireNonNull(index.get(date.minusDays(7L * k)))];
      }
      double[] ms = SeriesData.meanAndSigma(base);
      Baseline baseline =
          new Baseline(
              "same weekday (" + date.getDayOfWeek() + ") over " + window + " weeks",
              date.minusDays(7L * window),
              date.minusDays(7),
              window,
              ms[0],
              ms[1]);
      check(date, data.values[i], baseline, points, alerts);
    }
    return new Detection.Checked(description(), points, alerts);
  }

  private void check(
      LocalDate date,
      double x,
      Baseline baseline,
      List<CheckedPoint> points,
      List<AnomalyAlert> alerts) {
    double mean = baseline.mean();
    double sigma = baseline.sigma();
    boolean out;
    if (sigma > 0) {
      out = Math.abs((x - mean) / sigma) > threshold;
    } else {
      out = zeroSigma == ZeroSigmaPolicy.ALERT && x != mean;
    }
    CheckedPoint point =
        new CheckedPoint(
            date, x, x, mean, sigma, mean - threshold * sigma, mean + threshold * sigma, out, baseline);
    points.add(point);
    if (out) {
      String message;
      if (sigma > 0) {
        double z = (x - mean) / sigma;
        message =
            date + ": " + Numbers.brief(x) + " is " + Numbers.twoDecimals(Math.abs(z)) + "σ "
                + (z > 0 ? "above" : "below") + " the mean of the " + baseline.description()
                + ", beyond ±" + Numbers.plain(threshold) + "σ";
      } else {
        message =
            date + ": " + Numbers.brief(x) + " departs from the constant "
                + baseline.description() + ": σ is 0, so the distance in σ is undefined";
      }
      alerts.add(new AnomalyAlert(point, message));
    }
  }
}

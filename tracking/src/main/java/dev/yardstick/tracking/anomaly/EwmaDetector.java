package dev.yardstick.tracking.anomaly;

import dev.yardstick.tracking.internal.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An EWMA (exponentially weighted moving average) control chart with its exact time-varying
 * limits, after D. C. Montgomery, <i>Introduction to Statistical Quality Control</i>, §9.2, and
 * the NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.4:
 *
 * <pre>
 *   z₀ = μ₀,   z_t = λ·x_t + (1 − λ)·z_{t−1}
 *   σ_{z_t} = σ · √( λ/(2 − λ) · (1 − (1 − λ)^{2t}) )
 *   limits  = μ₀ ± L · σ_{z_t}
 * </pre>
 *
 * <p>The EWMA reacts to small sustained shifts that a 3σ rule on single points misses. The limits
 * are narrow at the start and widen to the asymptotic {@code μ₀ ± L·σ·√(λ/(2−λ))}: using the
 * asymptotic limits from the start would hide an early shift.
 *
 * <p>μ₀ and σ are either {@link #withKnown(double, double) given} or estimated from a {@link
 * #fromBaseline(int) baseline window}: the first {@code B} points of the series (Montgomery's
 * phase I), μ₀ their mean and σ their sample standard deviation (divisor {@code B − 1}); the chart
 * then monitors the following points with {@code t = 1, 2, …}. The EWMA is computed as {@code
 * z_{t−1} + λ·(x_t − z_{t−1})}, algebraically the same, so that a series equal to μ₀ keeps the
 * EWMA exactly at μ₀. An alert does not reset the EWMA. Defaults: λ = 0.2, L = 3 (Montgomery
 * gives λ ∈ [0.05, 0.25] with L ≈ 3 as good choices). A point is an alert when {@code |z_t − μ₀|
 * > L·σ_{z_t}} (strictly); its distance is reported in units of {@code σ_{z_t}}. With σ = 0 the
 * {@link ZeroSigmaPolicy} decides.
 *
 * <pre>{@code
 * Detection d = EwmaDetector.fromBaseline(28).lambda(0.2).limitWidth(3).detect(dailyConversion);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the setters return copies.
 */
public final class EwmaDetector implements AnomalyDetector {

  /** The default smoothing constant λ. */
  public static final double DEFAULT_LAMBDA = 0.2;

  /** The default width L of the limits, in σ of the EWMA. */
  public static final double DEFAULT_WIDTH = 3;

  private final int baselinePoints; // 0 when μ0 and σ are given
  private final double knownMean;
  private final double knownSigma;
  private final double lambda;
  private final double width;
  private final ZeroSigmaPolicy zeroSigma;

  private EwmaDetector(
      int baselinePoints,
      double knownMean,
      double knownSigma,
      double lambda,
      double width,
      ZeroSigmaPolicy zeroSigma) {
    this.baselinePoints = baselinePoints;
    this.knownMean = knownMean;
    this.knownSigma = knownSigma;
    this.lambda = lambda;
    this.width = width;
    this.zeroSigma = zeroSigma;
  }

  /**
   * μ₀ and σ estimated from the first {@code points} points of the series.
   *
   * @throws IllegalArgumentException unless {@code points} is 2 or more
   */
  public static EwmaDetector fromBaseline(int points) {
    if (points < 2) {
      throw new IllegalArgumentException("EWMA baseline must be 2 points or more, got " + points);
    }
    return new EwmaDetector(points, 0, 0, DEFAULT_LAMBDA, DEFAULT_WIDTH, ZeroSigmaPolicy.ALERT);
  }

  /**
   * μ₀ and σ known (for example from last year's stable months); every point is monitored.
   *
   * @throws IllegalArgumentException unless both are finite and σ is 0 or more
   */
  public static EwmaDetector withKnown(double mean, double sigma) {
    Numbers.requireFinite(mean, "EWMA mean μ0");
    Numbers.requireFinite(sigma, "EWMA sigma");
    if (sigma < 0) {
      throw new IllegalArgumentException("EWMA sigma must not be negative, got " + Numbers.plain(sigma));
    }
    return new EwmaDetector(0, mean, sigma, DEFAULT_LAMBDA, DEFAULT_WIDTH, ZeroSigmaPolicy.ALERT);
  }

  /**
   * A copy with another smoothing constant.
   *
   * @throws IllegalArgumentException unless {@code 0 < λ ≤ 1}
   */
  public EwmaDetector lambda(double smoothing) {
    if (!(smoothing > 0 && smoothing <= 1)) {
      throw new IllegalArgumentException(
          "EWMA lambda must be greater than 0 and at most 1, got " + Numbers.plain(smoothing));
    }
    return new EwmaDetector(baselinePoints, knownMean, knownSigma, smoothing, width, zeroSigma);
  }

  /**
   * A copy with another limit width L, in σ of the EWMA.
   *
   * @throws IllegalArgumentException unless finite and greater than 0
   */
  public EwmaDetector limitWidth(double sigmas) {
    Numbers.requireFinite(sigmas, "EWMA limit width");
    if (sigmas <= 0) {
      throw new IllegalArgumentException("EWMA limit width must be greater than 0, got " + Numbers.plain(sigmas));
    }
    return new EwmaDetector(baselinePoints, knownMean, knownSigma, lambda, sigmas, zeroSigma);
  }

  /** A copy with another policy for σ = 0. */
  public EwmaDetector onZeroSigma(ZeroSigmaPolicy policy) {
    return new EwmaDetector(
        baselinePoints, knownMean, knownSigma, lambda, width, Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public String description() {
    return "EWMA λ " + Numbers.plain(lambda) + ", L " + Numbers.plain(width) + ", μ0 and σ "
        + (baselinePoints == 0 ? "given" : "from the first " + baselinePoints + " points (sample σ)");
  }

  /**
   * The factor {@code √(λ/(2−λ) · (1 − (1−λ)^{2t}))} that turns σ into the σ of the EWMA at
   * time {@code t ≥ 1}.
   */
  public double sigmaFactor(int t) {
    if (t < 1) {
      throw new IllegalArgumentException("EWMA time t must be 1 or more, got " + t);
    }
    return Math.sqrt(lambda / (2 - lambda) * (1 - Math.pow(1 - lambda, 2.0 * t)));
  }

  @Override
  public Detection detect(Map<LocalDate, ? extends Number> series) {
    SeriesData data = SeriesData.of(series);
    int n = data.size();
    if (n < baselinePoints + 1) {
      return new Detection.InsufficientHistory(description(), baselinePoints + 1, n);
    }
    Baseline baseline;
    if (baselinePoints == 0) {
      baseline = new Baseline("given μ0 and σ", null, null, 0, knownMean, knownSigma);
    } else {
      double[] ms = SeriesData.meanAndSigma(Arrays.copyOf(data.values, baselinePoints));
      baseline =
          new Baseline(
              "EWMA baseline of " + baselinePoints + " points",
              data.dates[0],
              data.dates[baselinePoints - 1],
              baselinePoints,
              ms[0],
              ms[1]);
    }
    double mu0 = baseline.mean();
    double sigma = baseline.sigma();
    List<CheckedPoint> points = new ArrayList<>();
    List<AnomalyAlert> alerts = new ArrayList<>();
    double z = mu0;
    for (int i = baselinePoints; i < n; i++) {
      int t = i - baselinePoints + 1;
      double x = data.values[i];
      z = z + lambda * (x - z);
      double sigmaZ = sigma * sigmaFactor(t);
      boolean out;
      if (sigmaZ > 0) {
        out = Math.abs((z - mu0) / sigmaZ) > width;
      } else {
        out = zeroSigma == ZeroSigmaPolicy.ALERT && z != mu0;
      }
      CheckedPoint point =
          new CheckedPoint(
              data.dates[i], x, z, mu0, sigmaZ, mu0 - width * sigmaZ, mu0 + width * sigmaZ, out,
              baseline);
      points.add(point);
      if (out) {
        alerts.add(new AnomalyAlert(point, message(point, t)));
      }
    }
    return new Detection.Checked(description(), points, alerts);
  }

  private String message(CheckedPoint p, int t) {
    String head = p.date() + ": EWMA " + Numbers.brief(p.statistic()) + " after "
        + Numbers.brief(p.value()) + " (t = " + t + ")";
    if (p.sigma() > 0) {
      double s = (p.statistic() - p.centre()) / p.sigma();
      return head + " is " + Numbers.twoDecimals(Math.abs(s)) + "σ of the EWMA "
          + (s > 0 ? "above" : "below") + " μ0, outside the limits " + Numbers.brief(p.lower())
          + " to " + Numbers.brief(p.upper()) + " (λ " + Numbers.plain(lambda) + ", L "
          + Numbers.plain(width) + "); baseline: " + p.baseline().description();
    }
    return head + " departs from the constant baseline: σ is 0, so the distance in σ is"
        + " undefined; baseline: " + p.baseline().description();
  }
}

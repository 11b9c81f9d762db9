package dev.yardstick.tracking.anomaly;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A validated series in date order, as arrays. */
final class SeriesData {

  final LocalDate[] dates;
  final double[] values;

  private SeriesData(LocalDate[] dates, double[] values) {
    this.dates = dates;
    this.values = values;
  }

  static SeriesData of(Map<LocalDate, ? extends Number> series) {
    Objects.requireNonNull(series, "series");
    TreeMap<LocalDate, Double> sorted = new TreeMap<>();
    for (Map.Entry<LocalDate, ? extends Number> e : series.entrySet()) {
      LocalDate date = Objects.requireNonNull(e.getKey(), "series date");
      Number n = e.getValue();
      if (n == null) {
        throw new IllegalArgumentException("series value of " + date + " is missing (null)");
      }
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "series value of " + date + " must be a finite number, got " + n);
      }
      sorted.put(date, v);
    }
    LocalDate[] dates = sorted.keySet().toArray(new LocalDate[0]);
    double[] values = new double[dates.length];
    for (int i = 0; i < dates.length; i++) {
      values[i] = Objects.requireNonNull(sorted.get(dates[i]));
    }
    return new SeriesData(dates, values);
  }

  int size() {
    return values.length;
  }

  /**
   * Mean and sample standard deviation (n − 1) of {@code v}. A baseline whose values are all equal
   * has exactly its value as mean and σ = 0, whatever binary rounding the sum would introduce.
   */
  static double[] meanAndSigma(double[] v) {
    int n = v.length;
    boolean constant = true;
    for (double x : v) {
      if (x != v[0]) {
        constant = false;
        break;
      }
    }
    if (constant) {
      return new double[] {v[0], 0};
    }
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double mean = sum / n;
    double correction = 0;
    for (double x : v) {
      correction += x - mean;
    }
    mean += correction / n;
    double squares = 0;
    for (double x : v) {
      squares += (x - mean) * (x - mean);
    }
    double sigma = Math.sqrt(squares / (n - 1));
    if (!Double.isFinite(mean) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException(
          "series values are too large for a standard deviation (overflow)");
    }
    return new double[] {mean, sigma};
  }
}

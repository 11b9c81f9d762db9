package dev.yardstick.tracking.anomaly;

import dev.yardstick.tracking.internal.Numbers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One point of a series as a detector saw it, for control charts: the statistic plotted (the
 * value itself for a z-score, the EWMA for an EWMA chart), its centre line and limits.
 *
 * @param date the point's date
 * @param value the observed value
 * @param statistic the statistic compared with the limits
 * @param centre the centre line: the baseline mean (z-score) or μ0 (EWMA)
 * @param sigma the standard deviation of the statistic at this point, 0 or more
 * @param lower the lower control limit, {@code centre − width·sigma}
 * @param upper the upper control limit, {@code centre + width·sigma}
 * @param out whether the point raised an alert
 * @param baseline what the point was compared with
 */
public record CheckedPoint(
    LocalDate date,
    double value,
    double statistic,
    double centre,
    double sigma,
    double lower,
    double upper,
    boolean out,
    Baseline baseline) {

  /** Validates: finite numbers, ordered limits. */
  public CheckedPoint {
    Objects.requireNonNull(date, "date");
    Numbers.requireFinite(value, "value");
    Numbers.requireFinite(statistic, "statistic");
    Numbers.requireFinite(centre, "centre");
    Numbers.requireFinite(sigma, "sigma");
    Numbers.requireFinite(lower, "lower");
    Numbers.requireFinite(upper, "upper");
    if (sigma < 0 || lower > upper) {
      throw new IllegalArgumentException(
          "point " + date + " needs sigma ≥ 0 and lower ≤ upper, got sigma " + sigma + ", limits "
              + lower + " to " + upper);
    }
    Objects.requireNonNull(baseline, "baseline");
  }

  /**
   * How far the statistic is from the centre in units of its σ, signed (positive above); empty when
   * σ is 0 and the distance is undefined.
   */
  public OptionalDouble sigmas() {
    return sigma > 0 ? OptionalDouble.of((statistic - centre) / sigma) : OptionalDouble.empty();
  }
}

package dev.yardstick.tracking.anomaly;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An abnormal point: which one, how far out in σ, against which baseline, and a message saying so.
 *
 * <pre>{@code
 * alert.date();       // 2026-06-29
 * alert.sigmas();     // OptionalDouble[4.27]; empty against a constant baseline (σ = 0)
 * alert.message();    // "2026-06-29: 1520 is 4.27σ above the mean ... of the trailing 28 points ..."
 * }</pre>
 *
 * @param point the point with its statistic, limits and baseline
 * @param message a one-line English explanation
 */
public record AnomalyAlert(CheckedPoint point, String message) {

  /** Validates. */
  public AnomalyAlert {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(message, "message");
    if (!point.out()) {
      throw new IllegalArgumentException("point " + point.date() + " is within its limits");
    }
  }

  /** The date of the abnormal point. */
  public LocalDate date() {
    return point.date();
  }

  /** The observed value. */
  public double value() {
    return point.value();
  }

  /** The centre it departed from. */
  public double centre() {
    return point.centre();
  }

  /** How far out, in σ of the statistic, signed; empty against a constant baseline. */
  public OptionalDouble sigmas() {
    return point.sigmas();
  }

  /** Whether the statistic is above the centre. */
  public boolean isAbove() {
    return point.statistic() > point.centre();
  }

  /** The baseline. */
  public Baseline baseline() {
    return point.baseline();
  }
}

package dev.yardstick.tracking.anomaly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a detector on a series: either it {@link Checked checked} the points it could,
 * or the series was too short and it says so ({@link InsufficientHistory}), raising no alert.
 *
 * <pre>{@code
 * Detection d = ZScoreDetector.trailing(28).detect(dailyGmv);
 * if (d instanceof Detection.InsufficientHistory tooShort) {
 *   log(tooShort.message());   // "insufficient history: need 29 points, have 12 (...)"
 * }
 * d.alerts().forEach(a -> ...);
 * }</pre>
 */
public sealed interface Detection permits Detection.Checked, Detection.InsufficientHistory {

  /** The detector's description. */
  String method();

  /** The alerts, in date order; empty when the history was insufficient. */
  List<AnomalyAlert> alerts();

  /** Whether the series was too short to check any point. */
  default boolean isInsufficient() {
    return this instanceof InsufficientHistory;
  }

  /**
   * The points the detector could check, with the alerts among them.
   *
   * @param method the detector's description
   * @param points every checked point in date order (the first points of a series, without a full
   *     baseline, are not checked)
   * @param alerts the points out of their limits, as alerts, in date order
   */
  record Checked(String method, List<CheckedPoint> points, List<AnomalyAlert> alerts)
      implements Detection {
    /** Validates and copies. */
    public Checked {
      Objects.requireNonNull(method, "method");
      points = List.copyOf(points);
      alerts = List.copyOf(alerts);
    }

    /** The dates of the alerts, in order. */
    public List<LocalDate> alertDates() {
      List<LocalDate> dates = new ArrayList<>(alerts.size());
      for (AnomalyAlert a : alerts) {
        dates.add(a.date());
      }
      return List.copyOf(dates);
    }
  }

  /**
   * Too little history: no point had a full baseline, so nothing was checked.
   *
   * @param method the detector's description
   * @param needed the points the detector needs (for the same-weekday baseline: points at weekly
   *     steps on one weekday)
   * @param available the points it had (for the same-weekday baseline: the longest weekly run)
   */
  record InsufficientHistory(String method, int needed, int available) implements Detection {
    /** Validates. */
    public InsufficientHistory {
      Objects.requireNonNull(method, "method");
      if (available >= needed || available < 0) {
        throw new IllegalArgumentException(
            "insufficient history needs 0 ≤ available < needed, got " + available + " of " + needed);
      }
    }

    @Override
    public List<AnomalyAlert> alerts() {
      return List.of();
    }

    /** {@code "insufficient history: need 29 points, have 12 (z-score against ...)"}. */
    public String message() {
      return "insufficient history: need " + needed + " points, have " + available + " (" + method
          + ")";
    }
  }
}

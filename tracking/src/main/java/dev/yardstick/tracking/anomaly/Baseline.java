package dev.yardstick.tracking.anomaly;

import dev.yardstick.tracking.internal.Numbers;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a point was compared with: the baseline's window, its mean and its σ.
 *
 * @param kind for example {@code "trailing 28 points"}, {@code "same weekday (MONDAY) over 4
 *     weeks"}, {@code "EWMA baseline of 28 points"} or {@code "given μ0 and σ"}
 * @param from the first day of the baseline window, or {@code null} when μ and σ were given
 * @param to the last day of the baseline window, or {@code null} when μ and σ were given
 * @param points the number of points in the window (0 when given)
 * @param mean the baseline mean μ
 * @param sigma the baseline standard deviation σ (sample, n − 1), 0 or more
 */
public record Baseline(
    String kind, @Nullable LocalDate from, @Nullable LocalDate to, int points, double mean, double sigma) {

  /** Validates. */
  public Baseline {
    Objects.requireNonNull(kind, "kind");
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException("baseline needs both ends of its window or neither");
    }
    if (points < 0) {
      throw new IllegalArgumentException("baseline points must not be negative, got " + points);
    }
    Numbers.requireFinite(mean, "baseline mean");
    Numbers.requireFinite(sigma, "baseline sigma");
    if (sigma < 0) {
      throw new IllegalArgumentException("baseline sigma must not be negative, got " + sigma);
    }
  }

  /** For messages: {@code "trailing 28 points 2026-06-01..2026-06-28 (μ 1000, σ 121.5)"}. */
  public String description() {
    return kind
        + (from == null ? "" : " " + from + ".." + to)
        + " (μ " + Numbers.brief(mean) + ", σ " + Numbers.brief(sigma) + ")";
  }
}

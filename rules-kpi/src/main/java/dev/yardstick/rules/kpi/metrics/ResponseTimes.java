package dev.yardstick.rules.kpi.metrics;

import java.time.Duration;
import java.util.Objects;

/**
 * First-response-time statistics of a set of tickets; see {@link
 * ServiceMetrics#firstResponseTimes}.
 *
 * <pre>{@code
 * ResponseTimes t = ServiceMetrics.firstResponseTimes(tickets, asOf);
 * t.median(); // PT40S
 * t.p90();    // PT2M
 * }</pre>
 *
 * @param tickets the number of tickets measured
 * @param unanswered how many of them had no response by the cut-off (counted at their waiting time
 *     so far)
 * @param median the median: the middle value, or the mean of the two middle values for an even
 *     count (to the nanosecond, rounded down)
 * @param p90 the 90th percentile by the nearest-rank method: the value at rank ⌈0.9 × n⌉ of the
 *     ascending order
 */
public record ResponseTimes(long tickets, long unanswered, Duration median, Duration p90) {

  /** Which statistic a first-response-time measurement carries as its value. */
  public enum Statistic {
    /** The median. */
    MEDIAN,
    /** The 90th percentile, nearest rank. */
    P90
  }

  /** Validates: at least one ticket, no negative durations, median not above p90. */
  public ResponseTimes {
    if (tickets < 1) {
      throw new IllegalArgumentException(
          "response times tickets must be at least 1, got " + tickets);
    }
    Facts.count(unanswered, "response times unanswered");
    if (unanswered > tickets) {
      throw new IllegalArgumentException(
          "response times unanswered must not exceed tickets " + tickets + ", got " + unanswered);
    }
    Objects.requireNonNull(median, "response times median");
    Objects.requireNonNull(p90, "response times p90");
    if (median.isNegative() || p90.isNegative()) {
      throw new IllegalArgumentException(
          "response times must not be negative, got median " + median + " and p90 " + p90);
    }
    if (median.compareTo(p90) > 0) {
      throw new IllegalArgumentException(
          "response times median must not exceed p90 " + p90 + ", got " + median);
    }
  }

  /** The chosen statistic. */
  public Duration get(Statistic statistic) {
    Objects.requireNonNull(statistic, "statistic");
    return statistic == Statistic.MEDIAN ? median : p90;
  }
}

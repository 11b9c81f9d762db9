package dev.yardstick.rules.kpi.metrics;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One analysis report due in the period (daily, weekly or topic report): its deadline, when it was
 * delivered, and how many of its conclusions or recommendations the business adopted.
 *
 * <pre>{@code
 * new ReportDelivery("weekly-2026-28", Instant.parse("2026-07-13T10:00:00Z"),
 *     Instant.parse("2026-07-13T09:30:00Z"), 4, 3);
 * }</pre>
 *
 * @param id the report id; unique within one calculation
 * @param deadline when it was due
 * @param delivered when it was delivered; {@code null} if not delivered
 * @param conclusions conclusions or recommendations delivered (0 when not delivered)
 * @param adopted how many of them the business adopted, at most {@code conclusions}
 */
public record ReportDelivery(
    String id, Instant deadline, @Nullable Instant delivered, long conclusions, long adopted) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the report, field and value for a negative count, more
   *     adopted than delivered conclusions, or conclusions on an undelivered report
   */
  public ReportDelivery {
    Facts.name(id, "report id");
    String label = "report '" + id + "' ";
    Objects.requireNonNull(deadline, label + "deadline");
    Facts.count(conclusions, label + "conclusions");
    Facts.count(adopted, label + "adopted");
    if (adopted > conclusions) {
      throw new IllegalArgumentException(
          label + "adopted must not exceed conclusions " + conclusions + ", got " + adopted);
    }
    if (delivered == null && conclusions != 0) {
      throw new IllegalArgumentException(
          label + "conclusions must be 0 for a report not delivered, got " + conclusions);
    }
  }

  /** Whether it was delivered at or before its deadline. */
  public boolean onTime() {
    return delivered != null && !delivered.isAfter(deadline);
  }
}

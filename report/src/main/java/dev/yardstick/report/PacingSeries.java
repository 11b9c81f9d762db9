package dev.yardstick.report;

import dev.yardstick.report.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The monthly pacing of one indicator for one subject or team (月度跟蹤): cumulative actual
 * against the cumulative plan, the target, and the warnings raised on the way.
 *
 * <pre>{@code
 * PacingSeries gmv = new PacingSeries("store-gmv", "Store GMV", "emp-17", "Li Wei",
 *     List.of(PacingPoint.of(Period.parse("2026-07"), 310_000, 333_333.33, 1_000_000),
 *             PacingPoint.of(Period.parse("2026-08"), 560_000, 666_666.67, 1_000_000),
 *             PacingPoint.pending(Period.parse("2026-09"), 1_000_000, 1_000_000)),
 *     List.of(new WarningMarker(Period.parse("2026-08"), Severity.AMBER, "84% of plan")));
 * }</pre>
 *
 * @param indicatorId the indicator's id, shown in data attributes
 * @param indicatorName the indicator's name in the report's language
 * @param scopeId the id of the subject or team the series is about
 * @param scopeName its display name
 * @param points the months, in increasing order without gaps or repeats; at least one
 * @param warnings the warnings, each on one of the points' months, in the order to list them
 */
public record PacingSeries(
    String indicatorId,
    String indicatorName,
    String scopeId,
    String scopeName,
    List<PacingPoint> points,
    List<WarningMarker> warnings) {

  /** Validates and copies. */
  public PacingSeries {
    Args.text(indicatorId, "pacing indicatorId");
    String owner = "pacing of '" + indicatorId + "'";
    Args.text(indicatorName, owner + " indicatorName");
    Args.text(scopeId, owner + " scopeId");
    owner = "pacing of '" + indicatorId + "' for '" + scopeId + "'";
    Args.text(scopeName, owner + " scopeName");
    points = List.copyOf(points);
    warnings = List.copyOf(warnings);
    if (points.isEmpty()) {
      throw new IllegalArgumentException(owner + " points must not be empty");
    }
    Set<Object> months = new HashSet<>();
    for (int i = 0; i < points.size(); i++) {
      PacingPoint point = points.get(i);
      months.add(point.month());
      if (i > 0 && !points.get(i - 1).month().next().equals(point.month())) {
        throw new IllegalArgumentException(
            owner + " points must be consecutive months, got " + point.month() + " after "
                + points.get(i - 1).month());
      }
    }
    for (WarningMarker warning : warnings) {
      if (!months.contains(warning.month())) {
        throw new IllegalArgumentException(
            owner + " has a warning for " + warning.month() + ", which is not one of its months "
                + points.get(0).month() + " to " + points.get(points.size() - 1).month());
      }
    }
  }
}

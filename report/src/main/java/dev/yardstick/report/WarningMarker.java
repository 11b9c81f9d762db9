package dev.yardstick.report;

import dev.yardstick.core.domain.Period;
import dev.yardstick.report.internal.Args;
import java.util.Objects;

/**
 * A warning shown on a pacing chart as a coloured circle on its month, with the message as the
 * tooltip and in the list under the chart.
 *
 * <pre>{@code
 * new WarningMarker(Period.parse("2026-08"), Severity.RED, "CAC 92 is above the red limit 80");
 * }</pre>
 *
 * @param month the month the warning was raised for; one of the series' months
 * @param severity green, amber or red
 * @param message what the warning says, in the report's language
 */
public record WarningMarker(Period month, Severity severity, String message) {

  /** Validates. */
  public WarningMarker {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(severity, "severity");
    Args.text(message, "warning " + month + " message");
  }
}

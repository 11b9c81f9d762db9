package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.tracking.anomaly.AnomalyAlert;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An early warning as a value, so that a back office can route it (to the employee, the manager,
 * the data analyst) instead of grepping a log.
 *
 * <pre>{@code
 * for (Warning w : EarlyWarnings.check(rules, Period.parse("2026-08"), measurements)) {
 *   inbox(w.subjectId()).post(w.severity(), w.message());
 * }
 * }</pre>
 *
 * @param subjectId whose indicator
 * @param indicatorId which indicator
 * @param period the month of a breach or anomaly, the running period of a pace warning
 * @param kind pace, ceiling or floor breach, anomaly, missing data
 * @param severity amber or red
 * @param expected what was expected: the expected value to date (pace), the limit crossed
 *     (breach), the baseline centre (anomaly); {@code null} when nothing can be expected
 * @param actual the actual value: to date (pace), of the month (breach), of the point (anomaly)
 * @param projected the projected end-of-period value (pace); otherwise {@code null}
 * @param message a one-line English explanation naming subject, indicator, period and numbers
 */
public record Warning(
    String subjectId,
    String indicatorId,
    Period period,
    WarningKind kind,
    Severity severity,
    @Nullable BigDecimal expected,
    BigDecimal actual,
    @Nullable BigDecimal projected,
    String message) {

  /**
   * The order of {@link EarlyWarnings}' results: the most severe first, then by subject id,
   * indicator id, kind and period.
   */
  public static final Comparator<Warning> ORDER =
      Comparator.comparing(Warning::severity, Comparator.reverseOrder())
          .thenComparing(Warning::subjectId)
          .thenComparing(Warning::indicatorId)
          .thenComparing(Warning::kind)
          .thenComparing(Warning::period);

  /** Validates. */
  public Warning {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("warning message must not be blank");
    }
  }

  /**
   * A warning of kind {@link WarningKind#ANOMALY} for an alert of a subject's indicator series.
   * The period is the month of the alert's date; expected is the baseline centre, actual the
   * point's value.
   */
  public static Warning ofAnomaly(
      String subjectId, String indicatorId, AnomalyAlert alert, Severity severity) {
    Objects.requireNonNull(alert, "alert");
    return new Warning(
        subjectId,
        indicatorId,
        Period.of(PeriodType.MONTH, alert.date()),
        WarningKind.ANOMALY,
        severity,
        Numbers.normalise(BigDecimal.valueOf(alert.centre())),
        Numbers.normalise(BigDecimal.valueOf(alert.value())),
        null,
        "'" + indicatorId + "' of '" + subjectId + "': " + alert.message());
  }
}

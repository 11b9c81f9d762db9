package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Measurement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Data-analysis metrics (數據分析) from report deliveries and alerts: report timeliness, adoption rate
 * of conclusions, and alert precision and recall.
 *
 * <p>Alert accuracy is two numbers on purpose: precision alone rewards raising only the surest
 * alerts, recall alone rewards raising alerts for everything. Score both, or weigh them in one
 * scorecard section.
 *
 * <pre>{@code
 * Scope q3 = Scope.of("emp-30", Period.parse("2026-Q3"));
 * AnalysisMetrics.alertPrecision(q3, alerts);
 * AnalysisMetrics.alertRecall(q3, alerts, 6);
 * }</pre>
 */
public final class AnalysisMetrics {

  private AnalysisMetrics() {}

  /**
   * Report timeliness (報告及時率, indicator {@value IndicatorIds#REPORT_TIMELINESS}): reports delivered
   * at or before their deadline ÷ reports due; a fraction. Pass the reports whose deadline falls in
   * the period; one not delivered counts as late.
   *
   * <p>Source: DOMAIN.md §3 (report timeliness); on-time delivery rate = deliveries on time ÷
   * deliveries due.
   *
   * <pre>{@code
   * AnalysisMetrics.reportTimeliness(q3, reports);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there are no reports or a report id
   *     appears twice
   */
  public static Measurement reportTimeliness(Scope scope, Collection<ReportDelivery> reports) {
    String indicator = scope.indicatorOr(IndicatorIds.REPORT_TIMELINESS);
    List<ReportDelivery> list =
        Facts.distinct(scope, indicator, reports, "report id", ReportDelivery::id);
    long onTime = list.stream().filter(ReportDelivery::onTime).count();
    return Facts.ratio(scope, indicator, onTime, list.size(), "reports");
  }

  /**
   * Adoption rate of conclusions (結論採納率, indicator {@value IndicatorIds#ADOPTION_RATE}): Σ adopted
   * conclusions ÷ Σ conclusions delivered; a fraction. Counting conclusions rather than reports
   * credits a report whose four recommendations were all adopted more than one where one of four
   * was.
   *
   * <p>Source: DOMAIN.md §3 (adoption rate of conclusions; value to business decisions).
   *
   * <pre>{@code
   * AnalysisMetrics.adoptionRate(q3, reports);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if no conclusion was delivered or a
   *     report id appears twice
   */
  public static Measurement adoptionRate(Scope scope, Collection<ReportDelivery> reports) {
    String indicator = scope.indicatorOr(IndicatorIds.ADOPTION_RATE);
    long conclusions = 0;
    long adopted = 0;
    for (ReportDelivery report :
        Facts.distinct(scope, indicator, reports, "report id", ReportDelivery::id)) {
      conclusions = Math.addExact(conclusions, report.conclusions());
      adopted = Math.addExact(adopted, report.adopted());
    }
    return Facts.ratio(scope, indicator, adopted, conclusions, "conclusions");
  }

  /**
   * Alert precision (預警準確率, indicator {@value IndicatorIds#ALERT_PRECISION}): alerts that caught a
   * real anomaly ÷ alerts raised; a fraction. Pair it with {@link #alertRecall}.
   *
   * <p>Source: precision = true positives ÷ (true positives + false positives) (Wikipedia,
   * "Precision and recall", https://en.wikipedia.org/wiki/Precision_and_recall).
   *
   * <pre>{@code
   * List<Alert> alerts = List.of(Alert.confirmed("a-1", "x"), Alert.falseAlarm("a-2"));
   * AnalysisMetrics.alertPrecision(q3, alerts); // 0.5
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if no alert was raised or an alert id
   *     appears twice
   */
  public static Measurement alertPrecision(Scope scope, Collection<Alert> alerts) {
    String indicator = scope.indicatorOr(IndicatorIds.ALERT_PRECISION);
    List<Alert> list = Facts.distinct(scope, indicator, alerts, "alert id", Alert::id);
    long confirmed = list.stream().filter(Alert::isTrue).count();
    return Facts.ratio(scope, indicator, confirmed, list.size(), "alerts");
  }

  /**
   * Alert recall (預警召回率, indicator {@value IndicatorIds#ALERT_RECALL}): real anomalies caught by at
   * least one alert ÷ real anomalies; a fraction. Two alerts on the same anomaly catch it once, so
   * repeating an alert does not raise recall.
   *
   * <p>Source: recall = true positives ÷ (true positives + false negatives) (Wikipedia, "Precision
   * and recall", https://en.wikipedia.org/wiki/Precision_and_recall).
   *
   * <pre>{@code
   * AnalysisMetrics.alertRecall(q3, alerts, 4);
   * }</pre>
   *
   * @param realAnomalies real anomalies confirmed in the period, alerted or not
   * @throws dev.yardstick.core.domain.InvalidInputException if {@code realAnomalies} is negative or
   *     zero, alerts name more distinct anomalies than that, or an alert id appears twice
   */
  public static Measurement alertRecall(Scope scope, Collection<Alert> alerts, long realAnomalies) {
    String indicator = scope.indicatorOr(IndicatorIds.ALERT_RECALL);
    Facts.count(scope, indicator, realAnomalies, "realAnomalies");
    Set<String> caught = new HashSet<>();
    for (Alert alert : Facts.distinct(scope, indicator, alerts, "alert id", Alert::id)) {
      String anomaly = alert.anomalyId();
      if (anomaly != null) {
        caught.add(anomaly);
      }
    }
    Facts.atMost(
        scope, indicator, caught.size(), "anomalies caught", realAnomalies, "realAnomalies");
    return Facts.ratio(scope, indicator, caught.size(), realAnomalies, "realAnomalies");
  }
}

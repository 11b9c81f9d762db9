package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisMetricsTest {

  static final Scope EMP = Scope.of("emp-30", Period.parse("2026-Q3"));
  static final Instant DEADLINE = Instant.parse("2026-07-13T10:00:00Z");

  static final List<ReportDelivery> REPORTS =
      List.of(
          // an hour early, 3 of 4 conclusions adopted
          new ReportDelivery("r-1", DEADLINE, DEADLINE.minusSeconds(3_600), 4, 3),
          // exactly on the deadline, 0 of 2 adopted
          new ReportDelivery("r-2", DEADLINE, DEADLINE, 2, 0),
          // a second late, 2 of 2 adopted
          new ReportDelivery("r-3", DEADLINE, DEADLINE.plusSeconds(1), 2, 2),
          // never delivered
          new ReportDelivery("r-4", DEADLINE, null, 0, 0));

  static final List<Alert> ALERTS =
      List.of(
          Alert.confirmed("a-1", "x"),
          Alert.confirmed("a-2", "x"),
          Alert.confirmed("a-3", "y"),
          Alert.falseAlarm("a-4"),
          Alert.falseAlarm("a-5"));

  @Test
  void report_timeliness_counts_deliveries_at_or_before_the_deadline() {
    // r-1 and r-2 on time of 4 due: 2 ÷ 4 = 0.5
    Measurement m = AnalysisMetrics.reportTimeliness(EMP, REPORTS);
    assertThat(m.indicatorId()).isEqualTo("report-timeliness");
    assertThat(m.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void adoption_rate_counts_conclusions() {
    // adopted 3 + 0 + 2 + 0 = 5 of 4 + 2 + 2 + 0 = 8 conclusions: 5 ÷ 8 = 0.625
    Measurement m = AnalysisMetrics.adoptionRate(EMP, REPORTS);
    assertThat(m.indicatorId()).isEqualTo("adoption-rate");
    assertThat(m.value()).isEqualByComparingTo("0.625");
  }

  @Test
  void no_reports_or_no_conclusions_are_rejected() {
    assertThatThrownBy(() -> AnalysisMetrics.reportTimeliness(EMP, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-30', indicator 'report-timeliness', field 'reports': 0 is zero: the"
                + " ratio is undefined");
    assertThatThrownBy(() -> AnalysisMetrics.adoptionRate(EMP, REPORTS.subList(3, 4)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-30', indicator 'adoption-rate', field 'conclusions': 0 is zero: the"
                + " ratio is undefined");
  }

  @Test
  void alert_precision_is_true_alerts_over_alerts_raised() {
    // a-1, a-2, a-3 true of 5: 3 ÷ 5 = 0.6
    Measurement m = AnalysisMetrics.alertPrecision(EMP, ALERTS);
    assertThat(m.indicatorId()).isEqualTo("alert-precision");
    assertThat(m.value()).isEqualByComparingTo("0.6");
  }

  @Test
  void alert_recall_counts_each_anomaly_caught_once() {
    // anomalies caught {x, y} of 4 real: 2 ÷ 4 = 0.5 (a-1 and a-2 both caught x)
    Measurement m = AnalysisMetrics.alertRecall(EMP, ALERTS, 4);
    assertThat(m.indicatorId()).isEqualTo("alert-recall");
    assertThat(m.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void raising_fewer_alerts_raises_precision_but_lowers_recall() {
    // GIVEN only the surest alert
    List<Alert> one = List.of(Alert.confirmed("a-1", "x"));

    // WHEN / THEN precision 1 ÷ 1 = 1 but recall 1 ÷ 4 = 0.25 (down from 0.5)
    assertThat(AnalysisMetrics.alertPrecision(EMP, one).value()).isEqualByComparingTo("1");
    assertThat(AnalysisMetrics.alertRecall(EMP, one, 4).value()).isEqualByComparingTo("0.25");
  }

  @Test
  void recall_without_alerts_is_zero() {
    // 0 caught of 3 real: 0 ÷ 3 = 0
    assertThat(AnalysisMetrics.alertRecall(EMP, List.of(), 3).value()).isEqualByComparingTo("0");
  }

  @Test
  void alerts_naming_more_anomalies_than_are_real_are_rejected() {
    assertThatThrownBy(() -> AnalysisMetrics.alertRecall(EMP, ALERTS, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-30', indicator 'alert-recall', field 'anomalies caught': 2 exceeds"
                + " realAnomalies 1: the share would be above 100%");
  }

  @Test
  void precision_without_alerts_and_recall_without_anomalies_are_rejected() {
    assertThatThrownBy(() -> AnalysisMetrics.alertPrecision(EMP, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-30', indicator 'alert-precision', field 'alerts': 0 is zero: the ratio"
                + " is undefined");
    assertThatThrownBy(() -> AnalysisMetrics.alertRecall(EMP, List.of(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-30', indicator 'alert-recall', field 'realAnomalies': 0 is zero: the"
                + " ratio is undefined");
  }

  @Test
  void an_alert_listed_twice_is_rejected() {
    List<Alert> twice = List.of(Alert.falseAlarm("a-1"), Alert.confirmed("a-1", "x"));
    assertThatThrownBy(() -> AnalysisMetrics.alertPrecision(EMP, twice))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-30', indicator 'alert-precision', field 'alert id': a-1 appears twice:"
                + " each fact must be counted once");
  }
}

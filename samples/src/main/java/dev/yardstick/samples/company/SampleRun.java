package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.rules.okr.OkrSet;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.warning.Warning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the sample quarter produced, for printing and writing.
 *
 * @param facts the raw facts
 * @param monthly the monthly measurements of employees and teams
 * @param aggregated the quarterly aggregates
 * @param dataNotes what was done about missing months
 * @param measurements the employees' quarterly measurements the batch was evaluated with
 * @param okrs the quarter's OKRs
 * @param teams the team evaluations
 * @param teamScores the team totals passed to the team links, by team id
 * @param batch the employees' evaluations: one outcome per employee, in roster order
 * @param warnings each month's early warnings, in month order
 * @param trafficChecks the anomaly check of each store's daily visitors, by store
 * @param anomalies the anomaly alerts as warnings
 * @param abTest the content A/B test's result
 * @param hr the HR records the review used
 * @param review grades, calibration, pay, promotion, training and interview sheets
 */
public record SampleRun(
    CompanyFacts facts,
    List<Measurement> monthly,
    AggregationResult aggregated,
    List<DataNote> dataNotes,
    List<Measurement> measurements,
    OkrSet okrs,
    BatchResult teams,
    Map<String, Double> teamScores,
    BatchResult batch,
    Map<Period, List<Warning>> warnings,
    Map<String, Detection> trafficChecks,
    List<Warning> anomalies,
    AbResult abTest,
    Map<String, HrRecords.Record> hr,
    ReviewResult review) {

  /** Validates and copies, keeping the orders. */
  public SampleRun {
    Objects.requireNonNull(facts, "facts");
    monthly = List.copyOf(monthly);
    Objects.requireNonNull(aggregated, "aggregated");
    dataNotes = List.copyOf(dataNotes);
    measurements = List.copyOf(measurements);
    Objects.requireNonNull(okrs, "okrs");
    Objects.requireNonNull(teams, "teams");
    teamScores = Collections.unmodifiableMap(new LinkedHashMap<>(teamScores));
    Objects.requireNonNull(batch, "batch");
    warnings = Collections.unmodifiableMap(new TreeMap<>(warnings));
    trafficChecks = Collections.unmodifiableMap(new TreeMap<>(trafficChecks));
    anomalies = List.copyOf(anomalies);
    Objects.requireNonNull(abTest, "abTest");
    hr = Collections.unmodifiableMap(new LinkedHashMap<>(hr));
    Objects.requireNonNull(review, "review");
  }

  /** Every warning of the quarter: the monthly ones in month order, then the anomalies. */
  public List<Warning> allWarnings() {
    List<Warning> all = new ArrayList<>();
    warnings.values().forEach(all::addAll);
    all.addAll(anomalies);
    return List.copyOf(all);
  }
}

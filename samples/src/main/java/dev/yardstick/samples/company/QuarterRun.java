package dev.yardstick.samples.company;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.rules.kpi.metrics.IndicatorIds;
import dev.yardstick.rules.okr.Okr;
import dev.yardstick.rules.okr.OkrSet;
import dev.yardstick.tracking.Tracking;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.abtest.Lift;
import dev.yardstick.tracking.abtest.TestPlan;
import dev.yardstick.tracking.aggregation.Aggregate;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.anomaly.AnomalyAlert;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.warning.Severity;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sample company's quarter, end to end: facts → monthly measurements → monthly tracking
 * (warnings, anomaly check, A/B test) → quarterly aggregation → team and individual evaluation
 * combining KPI and OKR → review (grades, calibration, pay, promotion, training, interview
 * sheets).
 *
 * <pre>{@code
 * SampleRun run = QuarterRun.run(FactsGenerator.DEFAULT_SEED);
 * run.batch().evaluations();          // 40 employees, evaluated or failed with the reason
 * run.warnings().get(Period.parse("2026-08"));
 * }</pre>
 */
public final class QuarterRun {

  /** The indicator id of the daily store-visitor series the anomaly check reads. */
  public static final String STORE_VISITORS = "store-visitors";

  /** The A/B test's plan: baseline 3.0%, a relative lift of 15% worth detecting, α 5%, power 80%. */
  public static final TestPlan AB_PLAN = TestPlan.of(0.030, Lift.relative(0.15));

  /** The anomaly check: z-score against the trailing 28 days, alert beyond 3σ. */
  public static final int ANOMALY_WINDOW = 28;

  private QuarterRun() {}

  /**
   * Runs the quarter for a seed.
   *
   * <pre>{@code
   * SampleRun run = QuarterRun.run(20260701L);
   * }</pre>
   */
  public static SampleRun run(long seed) {
    CompanyFacts facts = FactsGenerator.generate(seed);
    Period quarter = facts.quarter();
    List<Measurement> monthly = MonthlyMeasures.of(facts);

    // monthly tracking: warnings on the employees' measurements, anomalies on daily traffic
    List<Measurement> employeeMonthly = new ArrayList<>();
    for (Measurement m : monthly) {
      if (!m.subjectId().startsWith("team-")) {
        employeeMonthly.add(m);
      }
    }
    WarningRules rules = SampleWarnings.rules();
    Map<Period, List<Warning>> warnings = new LinkedHashMap<>();
    for (Period month : facts.months()) {
      warnings.put(month, Tracking.warnings(rules, month, employeeMonthly));
    }
    Map<String, Detection> traffic = new TreeMap<>();
    List<Warning> anomalies = new ArrayList<>();
    for (String store : List.of("tmall", "douyin")) {
      Detection d = Tracking.zScore(ANOMALY_WINDOW).detect(facts.dailyVisitors(store));
      traffic.put(store, d);
      for (AnomalyAlert alert : d.alerts()) {
        anomalies.add(
            Warning.ofAnomaly(
                "team-" + store,
                STORE_VISITORS,
                alert,
                alert.isAbove() ? Severity.AMBER : Severity.RED));
      }
    }
    AbResult ab =
        Tracking.abTest(facts.abTest().control(), facts.abTest().variant(), AB_PLAN);

    // the quarter: ratio of sums for rates, sums for amounts; incomplete sums are left out
    AggregationResult aggregated = Tracking.aggregator(indicators()).aggregate(monthly, quarter);
    List<Measurement> teamMeasurements = new ArrayList<>();
    List<Measurement> measurements = new ArrayList<>();
    Map<String, DataNote> notes = new LinkedHashMap<>();
    for (Aggregate a : aggregated.aggregates()) {
      if (!a.isComplete()) {
        DataNote previous =
            notes.getOrDefault(a.subjectId(), new DataNote(a.subjectId(), a.missingMonths(), List.of(), List.of()));
        List<String> excluded = new ArrayList<>(previous.excluded());
        List<String> kept = new ArrayList<>(previous.kept());
        (a.aggregation() == Aggregation.SUM ? excluded : kept).add(a.indicatorId());
        notes.put(a.subjectId(), new DataNote(a.subjectId(), a.missingMonths(), excluded, kept));
        if (a.aggregation() == Aggregation.SUM) {
          continue;
        }
      }
      if (!a.subjectId().startsWith("team-")) {
        measurements.add(a.toMeasurement());
      } else if (teamCard(a.subjectId()).item(a.indicatorId()).isPresent()) {
        teamMeasurements.add(a.toMeasurement()); // a team card reads a few of the store's measures
      }
    }
    OkrSet okrs = SampleOkrs.of(facts);
    measurements.addAll(SampleOkrs.measurements(okrs, quarter));
    for (Employee analyst : Roster.withRole("data-analyst")) {
      MonthlyMeasures.collaboration(facts, analyst).ifPresent(measurements::add);
    }

    // teams first: their totals feed the team link of their members
    List<Subject> teams = List.of(Roster.TMALL.subject(), Roster.DOUYIN.subject(), Roster.SERVICE.subject());
    BatchResult teamBatch =
        Yardstick.evaluateAll(teams)
            .in(quarter)
            .against(t -> teamCard(t.id()))
            .targets(SampleTargets.teams())
            .with(teamMeasurements);
    Map<String, Double> teamScores = new LinkedHashMap<>();
    for (Evaluation e : teamBatch.evaluations()) {
      teamScores.put(e.subject().id(), e.total().doubleValue());
    }

    BatchResult batch =
        Yardstick.evaluateAll(Roster.subjects())
            .in(quarter)
            .against(s -> SampleScorecards.forRoleId(
                Objects.requireNonNull(s.roleId(), "role of an employee subject")))
            .targets(SampleTargets.quarterly())
            .teamScores(teamScores)
            .parallelism(2)
            .with(measurements);

    Map<String, HrRecords.Record> hr = HrRecords.of(seed);
    ReviewResult review = SampleReview.review(quarter, batch, hr);

    return new SampleRun(
        facts,
        monthly,
        aggregated,
        List.copyOf(notes.values()),
        measurements,
        okrs,
        teamBatch,
        teamScores,
        batch,
        warnings,
        traffic,
        anomalies,
        ab,
        hr,
        review);
  }

  /** The scorecard a team is evaluated on. */
  static Scorecard teamCard(String teamId) {
    return teamId.equals(Roster.SERVICE.id()) ? SampleScorecards.SERVICE_TEAM : SampleScorecards.STORE_TEAM;
  }

  /** Every indicator the sample measures monthly: the scorecards' items but OKR and ratings. */
  static List<Indicator> indicators() {
    List<Scorecard> cards = new ArrayList<>(SampleScorecards.all());
    cards.add(SampleScorecards.STORE_TEAM);
    cards.add(SampleScorecards.SERVICE_TEAM);
    Map<String, Indicator> byId = new LinkedHashMap<>();
    for (Scorecard card : cards) {
      for (Item item : card.items()) {
        String id = item.indicatorId();
        if (!id.equals(Okr.OKR_SCORE.id()) && !id.equals(IndicatorIds.COLLABORATION_SATISFACTION)) {
          byId.putIfAbsent(id, item.indicator());
        }
      }
    }
    return List.copyOf(byId.values());
  }
}

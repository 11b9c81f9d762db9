package dev.yardstick.core;

import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchRequest;
import dev.yardstick.core.evaluation.EvaluationRequest;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.evaluation.TableRequest;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scoring.StrategyRegistry;
import java.util.Collection;

/**
 * The entry point: define scorecards, evaluate a subject or a whole company.
 *
 * <pre>{@code
 * Scorecard card = Yardstick.scorecard("store-ops-manager")
 *     .section("KPI", 70)
 *         .item(STORE_GMV).weight(60).target(Target.levels(800_000, 1_000_000, 1_200_000))
 *             .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
 *         .item(CONVERSION_RATE).weight(40).target(Target.of(0.035)).scoredBy(Kpi.ratioToTarget(0, 120))
 *     .section("OKR", 30)
 *         .item(OKR_SCORE).weight(100).scoredBy(Okr.committed())
 *     .build();
 *
 * Evaluation result = Yardstick.evaluate(employee).in("2026-Q3").against(card).with(measurements);
 * BatchResult all = Yardstick.evaluateAll(staff).in("2026-Q3").against(card).with(measurements);
 * TableResult fast = Yardstick.evaluate(table).against(card);   // measurements in columns
 * }</pre>
 */
public final class Yardstick {

  private Yardstick() {}

  /** Starts a scorecard with this id. */
  public static ScorecardBuilder scorecard(String id) {
    return Scorecard.builder(id);
  }

  /** Starts the evaluation of one subject. */
  public static EvaluationRequest evaluate(Subject subject) {
    return new EvaluationRequest(subject);
  }

  /** Starts the evaluation of many subjects, one outcome each. */
  public static BatchRequest evaluateAll(Collection<Subject> subjects) {
    return new BatchRequest(subjects);
  }

  /**
   * Starts the evaluation of a table of measurements in columns, one row per subject: the fast
   * way to evaluate a whole role or company, with the same numbers as {@link #evaluateAll}.
   *
   * <pre>{@code
   * TableResult result = Yardstick.evaluate(table).parallelism(2).against(card);
   * }</pre>
   */
  public static TableRequest evaluate(MeasurementTable table) {
    return new TableRequest(table);
  }

  /**
   * The scoring strategies found on the class or module path (those of {@code
   * yardstick-rules-kpi} and {@code yardstick-rules-okr} when they are there).
   */
  public static StrategyRegistry strategies() {
    return StrategyRegistry.discover();
  }
}

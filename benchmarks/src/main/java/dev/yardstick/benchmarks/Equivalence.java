package dev.yardstick.benchmarks;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.TableResult;
import java.util.List;
import java.util.function.Consumer;

/**
 * The check that every contender computes the same totals, so that nothing is faster by being
 * wrong: Yardstick's raw totals, the hand-written loop's and each formula engine's agree to
 * {@link #TOLERANCE} for every employee of the workload.
 *
 * <pre>{@code
 * Equivalence.check(Workload.generate(1_000, Workload.SEED));   // throws on the first mismatch
 * }</pre>
 */
public final class Equivalence {

  /** The largest difference allowed between two totals. */
  public static final double TOLERANCE = 1e-9;

  private Equivalence() {}

  /** Yardstick's raw totals of the workload, in employee order, checking none failed. */
  public static double[] yardstick(Workload w, int parallelism) {
    BatchResult batch =
        Yardstick.evaluateAll(w.subjects())
            .in(w.period())
            .against(w.cardOfSubject())
            .parallelism(parallelism)
            .with(w.measurements());
    double[] totals = new double[w.size()];
    for (int e = 0; e < totals.length; e++) {
      Outcome outcome = batch.outcomes().get(e);
      if (!(outcome instanceof Outcome.Evaluated)) {
        throw new IllegalStateException("employee " + e + " was not evaluated: " + outcome);
      }
      totals[e] = ((Outcome.Evaluated) outcome).evaluation().rawTotal();
    }
    return totals;
  }

  /**
   * Yardstick's raw totals of the workload evaluated by the streaming batch ({@code
   * BatchRequest.forEach}), in employee order, checking that none failed, that the outcomes
   * arrive in the order of the subjects and that every subject got one.
   */
  public static double[] yardstickStreaming(Workload w, int parallelism) {
    Collector collector = new Collector(w.subjects());
    Yardstick.evaluateAll(w.subjects())
        .in(w.period())
        .against(w.cardOfSubject())
        .parallelism(parallelism)
        .forEach(w.measurements(), collector);
    if (collector.next != w.size()) {
      throw new IllegalStateException("the streaming batch delivered " + collector.next
          + " outcomes for " + w.size() + " employees");
    }
    return collector.totals;
  }

  /** Keeps the raw total of each streamed outcome, checking the order. */
  private static final class Collector implements Consumer<Outcome> {
    private final List<Subject> staff;
    final double[] totals;
    int next;

    Collector(List<Subject> staff) {
      this.staff = staff;
      this.totals = new double[staff.size()];
    }

    @Override
    public void accept(Outcome outcome) {
      int e = next++;
      if (e >= staff.size() || !outcome.subject().equals(staff.get(e))) {
        throw new IllegalStateException("outcome " + e + " is of " + outcome.subject().id()
            + ", not of employee " + e);
      }
      if (!(outcome instanceof Outcome.Evaluated)) {
        throw new IllegalStateException("employee " + e + " was not evaluated: " + outcome);
      }
      totals[e] = ((Outcome.Evaluated) outcome).evaluation().rawTotal();
    }
  }

  /**
   * Yardstick's raw totals of the workload evaluated as tables ({@code
   * Yardstick.evaluate(table).against(card)}, one table per role), in employee order, checking
   * that every row was evaluated.
   */
  public static double[] yardstickTables(Workload w, int parallelism) {
    List<MeasurementTable> tables = w.tables();
    int[][] rows = w.rowsOfCard();
    double[] totals = new double[w.size()];
    for (int c = 0; c < tables.size(); c++) {
      TableResult result =
          Yardstick.evaluate(tables.get(c)).parallelism(parallelism).against(w.cards().get(c));
      for (int r = 0; r < result.size(); r++) {
        if (!result.isEvaluated(r)) {
          throw new IllegalStateException(
              "employee " + rows[c][r] + " was not evaluated: " + result.outcome(r));
        }
        totals[rows[c][r]] = result.rawTotal(r);
      }
    }
    return totals;
  }

  /** The hand-written loop's totals. */
  public static double[] handLoop(Workload w) {
    double[] totals = new double[w.size()];
    new HandLoop(w.specs()).totals(w, totals);
    return totals;
  }

  /** An engine's totals. */
  public static double[] engine(FormulaEngine engine, Workload w) {
    double[] totals = new double[w.size()];
    engine.totals(totals);
    return totals;
  }

  /**
   * Checks Yardstick (retained and streaming batches, 1 and 2 threads), the hand loop and every
   * engine against each other.
   *
   * @throws IllegalStateException naming the contender, employee and both totals on a mismatch
   */
  public static void check(Workload w) {
    double[] reference = yardstick(w, 1);
    same("yardstick, 2 threads", reference, yardstick(w, 2), 0);
    same("yardstick streaming", reference, yardstickStreaming(w, 1), 0);
    same("yardstick streaming, 2 threads", reference, yardstickStreaming(w, 2), 0);
    same("yardstick tables", reference, yardstickTables(w, 1), 0);
    same("yardstick tables, 2 threads", reference, yardstickTables(w, 2), 0);
    same("hand-written loop", reference, handLoop(w), TOLERANCE);
    for (FormulaEngine.Name name : FormulaEngine.Name.values()) {
      same(name.toString(), reference, engine(FormulaEngine.create(name, w), w), TOLERANCE);
    }
  }

  /** Checks one contender's totals against Yardstick's. */
  public static void same(String who, double[] yardstick, double[] other, double tolerance) {
    if (yardstick.length != other.length) {
      throw new IllegalStateException(who + " gave " + other.length + " totals, expected "
          + yardstick.length);
    }
    for (int e = 0; e < yardstick.length; e++) {
      if (!(Math.abs(yardstick[e] - other[e]) <= tolerance)) {
        throw new IllegalStateException(who + " differs from Yardstick for employee " + e
            + ": " + other[e] + " instead of " + yardstick[e]);
      }
    }
  }
}

package dev.yardstick.benchmarks;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Outcome;

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
   * Checks Yardstick (1 and 2 threads), the hand loop and every engine against each other.
   *
   * @throws IllegalStateException naming the contender, employee and both totals on a mismatch
   */
  public static void check(Workload w) {
    double[] reference = yardstick(w, 1);
    same("yardstick, 2 threads", reference, yardstick(w, 2), 0);
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

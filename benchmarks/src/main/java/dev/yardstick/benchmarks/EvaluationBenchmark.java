package dev.yardstick.benchmarks;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.TableResult;
import dev.yardstick.core.evaluation.SectionResult;
import dev.yardstick.core.scorecard.Scorecard;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Yardstick's batch evaluation (full evaluations: per-item scores, explanations, flags, rounded
 * subtotals and totals) on one and two threads, retained in a {@link BatchResult} or streamed
 * to a consumer that keeps nothing, and the hand-written totals-only loop, at 1 000, 100 000
 * and 1 000 000 employees. One operation evaluates the whole company.
 *
 * <p>Before timing, the trial's contender is checked ({@link Equivalence}): its one-thread
 * totals agree with the hand loop's to 1e-9 and its two-thread totals with its one-thread
 * totals bit for bit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {

  /** Employees in the company. */
  @Param({"1000", "100000", "1000000"})
  public int employees;

  private List<Subject> subjects = List.of();
  private List<Measurement> measurements = List.of();
  private Function<Subject, @Nullable Scorecard> cardOfSubject = s -> null;
  private Workload workload = Workload.generate(1, Workload.SEED);
  private HandLoop loop = new HandLoop(List.of());
  private double[] totals = new double[0];
  private List<MeasurementTable> tables = List.of();
  private List<Scorecard> cards = List.of();

  /** Generates the workload and checks the contender's totals. */
  @Setup
  public void setUp(BenchmarkParams params) {
    workload = Workload.generate(employees, Workload.SEED);
    loop = new HandLoop(workload.specs());
    totals = new double[employees];
    String benchmark = params.getBenchmark();
    if (benchmark.endsWith(".handLoop")) {
      double[] reference = Equivalence.yardstick(workload, 1);
      loop.totals(workload, totals);
      Equivalence.same("hand-written loop", reference, totals, Equivalence.TOLERANCE);
      return; // the hand loop needs neither subjects nor measurements
    }
    if (benchmark.contains(".yardstickTables")) {
      tables = workload.tables();
      cards = workload.cards();
      double[] reference = Equivalence.yardstickTables(workload, 1);
      Equivalence.same("hand-written loop", reference, Equivalence.handLoop(workload),
          Equivalence.TOLERANCE);
      if (benchmark.endsWith(".yardstickTablesTwoThreads")) {
        Equivalence.same("yardstick tables, 2 threads", reference,
            Equivalence.yardstickTables(workload, 2), 0);
      }
      return; // tables need no measurement objects
    }
    subjects = workload.subjects();
    measurements = workload.measurements();
    cardOfSubject = workload.cardOfSubject();
    boolean streaming = benchmark.contains(".yardstickStreaming");
    double[] reference = streaming
        ? Equivalence.yardstickStreaming(workload, 1) : Equivalence.yardstick(workload, 1);
    Equivalence.same("hand-written loop", reference, Equivalence.handLoop(workload),
        Equivalence.TOLERANCE);
    if (benchmark.endsWith(".yardstickTwoThreads")) {
      Equivalence.same("yardstick, 2 threads", reference, Equivalence.yardstick(workload, 2), 0);
    } else if (benchmark.endsWith(".yardstickStreamingTwoThreads")) {
      Equivalence.same("yardstick streaming, 2 threads", reference,
          Equivalence.yardstickStreaming(workload, 2), 0);
    }
  }

  /** Yardstick, one thread. */
  @Benchmark
  public BatchResult yardstick() {
    return Yardstick.evaluateAll(subjects)
        .in(workload.period())
        .against(cardOfSubject)
        .with(measurements);
  }

  /** Yardstick, two threads. */
  @Benchmark
  public BatchResult yardstickTwoThreads() {
    return Yardstick.evaluateAll(subjects)
        .in(workload.period())
        .against(cardOfSubject)
        .parallelism(2)
        .with(measurements);
  }

  /**
   * Yardstick, one thread, streaming: every full evaluation is produced and handed to a consumer
   * that reads its total and its first item's explanation, then drops it.
   */
  @Benchmark
  public void yardstickStreaming(Blackhole blackhole) {
    Yardstick.evaluateAll(subjects)
        .in(workload.period())
        .against(cardOfSubject)
        .forEach(measurements, new Sink(blackhole));
  }

  /** Yardstick, two threads, streaming. */
  @Benchmark
  public void yardstickStreamingTwoThreads(Blackhole blackhole) {
    Yardstick.evaluateAll(subjects)
        .in(workload.period())
        .against(cardOfSubject)
        .parallelism(2)
        .forEach(measurements, new Sink(blackhole));
  }

  /**
   * Yardstick's table evaluation, one thread: the measurements in columns, one table per role
   * (built before the clock, as the engines' contexts are), evaluated with {@code
   * Yardstick.evaluate(table).against(card)}; every item's score and bound, every total and
   * flag set computed, and each employee's rounded total read into the blackhole. The {@code
   * Evaluation} objects and explanation texts are built only when asked for.
   */
  @Benchmark
  public void yardstickTables(Blackhole blackhole) {
    tables(1, blackhole);
  }

  /** The same, two threads. */
  @Benchmark
  public void yardstickTablesTwoThreads(Blackhole blackhole) {
    tables(2, blackhole);
  }

  private void tables(int threads, Blackhole blackhole) {
    for (int c = 0; c < tables.size(); c++) {
      TableResult result = Yardstick.evaluate(tables.get(c)).parallelism(threads).against(cards.get(c));
      for (int r = 0; r < result.size(); r++) {
        blackhole.consume(result.total(r));
      }
      blackhole.consume(result);
    }
  }

  /** The hand-written loop, totals only. */
  @Benchmark
  public double[] handLoop() {
    loop.totals(workload, totals);
    return totals;
  }

  /**
   * Reads what a caller of the streaming batch would write out: each evaluation's totals and its
   * first item's explanation object (not its text, which is formatted lazily), so that the full
   * evaluation must be built but none is kept.
   */
  private static final class Sink implements Consumer<Outcome> {
    private final Blackhole blackhole;

    Sink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void accept(Outcome outcome) {
      if (!(outcome instanceof Outcome.Evaluated)) {
        blackhole.consume(outcome); // never on the checked workload
        return;
      }
      Evaluation evaluation = ((Outcome.Evaluated) outcome).evaluation();
      blackhole.consume(evaluation.rawTotal());
      blackhole.consume(evaluation.total());
      List<SectionResult> sections = evaluation.sections();
      if (!sections.isEmpty() && !sections.get(0).items().isEmpty()) {
        blackhole.consume(sections.get(0).items().get(0).explanation());
      }
    }
  }
}

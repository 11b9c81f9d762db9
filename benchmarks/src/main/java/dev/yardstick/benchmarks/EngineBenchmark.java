package dev.yardstick.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The same scorecards as formulas in QLExpress, AviatorScript and JEXL 3, each script compiled
 * once and reused, producing every employee's total. One operation scores the whole company.
 * Not run at 1 000 000 employees: the engines would take minutes per operation, and the
 * per-employee cost is read at 100 000.
 *
 * <p>Before timing, the engine's totals are checked against Yardstick's to 1e-9 ({@link
 * Equivalence}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {

  /** Employees in the company. */
  @Param({"1000", "100000"})
  public int employees;

  private FormulaEngine engine = FormulaEngine.create(
      FormulaEngine.Name.AVIATOR, Workload.generate(1, Workload.SEED));
  private double[] totals = new double[0];

  /** Generates the workload, compiles the scripts and checks the totals. */
  @Setup
  public void setUp(BenchmarkParams params) {
    Workload w = Workload.generate(employees, Workload.SEED);
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    FormulaEngine.Name name = FormulaEngine.Name.valueOf(method.toUpperCase(java.util.Locale.ROOT));
    engine = FormulaEngine.create(name, w);
    totals = new double[employees];
    engine.totals(totals);
    Equivalence.same(name.toString(), Equivalence.yardstick(w, 1), totals, Equivalence.TOLERANCE);
  }

  /** QLExpress 3. */
  @Benchmark
  public double[] qlexpress() {
    engine.totals(totals);
    return totals;
  }

  /** AviatorScript 5. */
  @Benchmark
  public double[] aviator() {
    engine.totals(totals);
    return totals;
  }

  /** JEXL 3. */
  @Benchmark
  public double[] jexl() {
    engine.totals(totals);
    return totals;
  }
}

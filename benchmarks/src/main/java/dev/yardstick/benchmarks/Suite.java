package dev.yardstick.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite in one JMH run and prints the targets as ratios.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar quick     # a few minutes on 2 cores
 * java -jar benchmarks/target/benchmarks.jar full      # a careful run
 * java -jar benchmarks/target/benchmarks.jar quick 'EngineBenchmark.aviator'   # a subset (regex)
 * java -jar benchmarks/target/benchmarks.jar quick 'EvaluationBenchmark|EngineBenchmark'   # pass 1
 * }</pre>
 *
 * <p>JMH's raw results go to {@code benchmarks/target/jmh-results.json} (or {@code
 * target/jmh-results.json} when run from the module directory) and the table of ratios, in
 * Markdown, to the console and to {@code jmh-ratios.md} beside it.
 */
public final class Suite {

  /**
   * Heap of each forked JVM: the retained 1 000 000-employee batch keeps every evaluation (the
   * streaming batch needs far less, but all contenders run with the same heap).
   */
  static final String HEAP = "-Xmx10g";

  private Suite() {}

  /**
   * Runs the suite.
   *
   * @param args {@code quick} (default) or {@code full}, then optionally a JMH include regex
   */
  public static void main(String[] args) throws RunnerException, IOException {
    String preset = args.length > 0 ? args[0] : "quick";
    boolean quick = preset.equals("quick");
    if (!quick && !preset.equals("full")) {
      throw new IllegalArgumentException("preset must be quick or full, got '" + preset + "'");
    }
    @Nullable String include = args.length > 1 ? args[1] : null;
    Path dir = Files.isDirectory(Path.of("benchmarks", "target"))
        ? Path.of("benchmarks", "target") : Path.of("target");
    Files.createDirectories(dir);
    List<RunResult> results = new ArrayList<>();
    // pass 1, side by side: Yardstick, the hand-written loop and the formula engines
    ChainedOptionsBuilder evaluation = options(include != null ? include
        : "dev\\.yardstick\\.benchmarks\\.(EvaluationBenchmark|EngineBenchmark)\\..*");
    if (quick) {
      evaluation.forks(1)
          .warmupIterations(3).warmupTime(TimeValue.seconds(2))
          .measurementIterations(3).measurementTime(TimeValue.seconds(2));
    } else {
      evaluation.forks(2)
          .warmupIterations(5).warmupTime(TimeValue.seconds(2))
          .measurementIterations(10).measurementTime(TimeValue.seconds(2));
    }
    evaluation.result(dir.resolve("jmh-results.json").toString())
        .resultFormat(ResultFormatType.JSON);
    results.addAll(new Runner(evaluation.build()).run());
    if (include == null) {
      // pass 2: the other modules' bulk operations, seconds each: single shots
      ChainedOptionsBuilder modules =
          options("dev\\.yardstick\\.benchmarks\\.ModulesBenchmark\\..*")
              .mode(Mode.SingleShotTime)
              .forks(1)
              .warmupIterations(quick ? 1 : 3)
              .measurementIterations(quick ? 2 : 5)
              .result(dir.resolve("jmh-results-modules.json").toString())
              .resultFormat(ResultFormatType.JSON);
      results.addAll(new Runner(modules.build()).run());
    }
    String table = Ratios.table(results, preset);
    PrintStream out = System.out;
    out.println();
    out.println(table);
    Files.writeString(dir.resolve("jmh-ratios.md"), table, StandardCharsets.UTF_8);
  }

  private static ChainedOptionsBuilder options(String include) {
    return new OptionsBuilder()
        .include(include)
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms" + HEAP.substring(4), HEAP)
        .timeUnit(TimeUnit.MILLISECONDS)
        .shouldFailOnError(true);
  }

  /** The targets of the issue, read from one run's results. */
  static final class Ratios {

    private final List<RunResult> results;

    private Ratios(List<RunResult> results) {
      this.results = results;
    }

    static String table(List<RunResult> results, String preset) {
      return new Ratios(results).render(preset);
    }

    /** Average milliseconds per operation, or NaN when the benchmark did not run. */
    private double ms(String method, int employees) {
      RunResult r = find(method, employees);
      return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    /** Microseconds per employee. */
    private double perEmployee(String method, int employees) {
      return ms(method, employees) * 1000 / employees;
    }

    private double allocationPerEmployee(String method, int employees) {
      RunResult r = find(method, employees);
      if (r == null) {
        return Double.NaN;
      }
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      return alloc == null ? Double.NaN : alloc.getScore() / employees;
    }

    private @Nullable RunResult find(String method, int employees) {
      for (RunResult r : results) {
        String benchmark = r.getParams().getBenchmark();
        String size = r.getParams().getParam("employees");
        if (benchmark.endsWith("." + method)
            && (size == null || Integer.parseInt(size) == employees)) {
          return r;
        }
      }
      return null;
    }

    private String render(String preset) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "JDK %s (%s), %d cores, preset %s%n%n",
          System.getProperty("java.version"), System.getProperty("java.vm.name"),
          Runtime.getRuntime().availableProcessors(), preset));
      sb.append("| per employee, µs | 1 000 | 100 000 | 1 000 000 |\n|---|---:|---:|---:|\n");
      for (String m : new String[] {"yardstickTables", "yardstickTablesTwoThreads", "yardstick",
          "yardstickTwoThreads", "yardstickStreaming", "yardstickStreamingTwoThreads", "handLoop",
          "aviator", "jexl", "qlexpress"}) {
        sb.append("| ").append(m);
        for (int n : new int[] {1_000, 100_000, 1_000_000}) {
          sb.append(" | ").append(fmt(perEmployee(m, n)));
        }
        sb.append(" |\n");
      }
      sb.append("\n| target | ratio | goal | met |\n|---|---:|---:|---|\n");
      // the same targets for the batch that keeps every evaluation and the one that streams them
      for (String[] variant : new String[][] {
          {"tables", "yardstickTables", "yardstickTablesTwoThreads"},
          {"retained", "yardstick", "yardstickTwoThreads"},
          {"streaming", "yardstickStreaming", "yardstickStreamingTwoThreads"}}) {
        String label = variant[0];
        String one = variant[1];
        String two = variant[2];
        for (int n : new int[] {1_000, 100_000}) {
          double fastest =
              Math.min(Math.min(ms("aviator", n), ms("jexl", n)), ms("qlexpress", n));
          row(sb, label + ": fastest engine ÷ Yardstick, " + n + " employees",
              fastest / ms(one, n), 10, true);
        }
        for (int n : new int[] {1_000, 100_000, 1_000_000}) {
          row(sb, label + ": Yardstick ÷ hand loop, " + n + " employees",
              ms(one, n) / ms("handLoop", n), 2, false);
        }
        row(sb, label + ": Yardstick per employee, 1 000 000 ÷ 1 000",
            perEmployee(one, 1_000_000) / perEmployee(one, 1_000), 1.1, false);
        for (int n : new int[] {1_000, 100_000, 1_000_000}) {
          row(sb, label + ": 1 thread ÷ 2 threads, " + n + " employees",
              ms(one, n) / ms(two, n), 1.8, true);
        }
      }
      sb.append("\n| also measured | value |\n|---|---:|\n");
      for (String m : new String[] {"yardstickTables", "yardstick", "yardstickStreaming"}) {
        for (int n : new int[] {1_000, 100_000, 1_000_000}) {
          sb.append("| allocation per evaluation (").append(m).append(", ").append(n)
              .append(" employees), bytes | ").append(fmt(allocationPerEmployee(m, n)))
              .append(" |\n");
        }
      }
      for (RunResult r : results) {
        String b = r.getParams().getBenchmark();
        if (b.contains("EvaluationBenchmark") || b.contains("EngineBenchmark")) {
          continue;
        }
        sb.append("| ").append(b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1))
            .append(", ").append(r.getPrimaryResult().getScoreUnit()).append(" | ")
            .append(fmt(r.getPrimaryResult().getScore())).append(" |\n");
      }
      return sb.toString();
    }

    private static void row(StringBuilder sb, String what, double ratio, double goal,
        boolean atLeast) {
      String met = Double.isNaN(ratio) ? "not run"
          : (atLeast ? ratio >= goal : ratio <= goal) ? "yes" : "no";
      sb.append("| ").append(what).append(" | ").append(fmt(ratio)).append(" | ")
          .append(atLeast ? "≥ " : "≤ ").append(fmt(goal)).append(" | ").append(met)
          .append(" |\n");
    }

    private static String fmt(double v) {
      if (Double.isNaN(v)) {
        return "–";
      }
      return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.3g", v);
    }
  }
}

package dev.yardstick.benchmarks;

import dev.yardstick.core.Yardstick;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A cross-check of the JMH ratios for shared, noisy machines: the single-threaded contenders run
 * in turns, round after round, in one JVM, each timed by the CPU time of the process (not the wall
 * clock, which counts the time other processes hold the cores; the process's CPU time includes
 * the garbage collector's threads, which matter for Yardstick's retained results), and each
 * keeps its best round.
 * Not a replacement for JMH (no forks, no blackholes beyond using the results), a sanity check of
 * the ratios when the machine is busy.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.yardstick.benchmarks.Interleaved 100000 20
 * }</pre>
 */
public final class Interleaved {

  private Interleaved() {}

  /**
   * Runs the rounds.
   *
   * @param args employees (default 100 000) and rounds (default 20)
   */
  public static void main(String[] args) {
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Workload w = Workload.generate(employees, Workload.SEED);
    double[] reference = Equivalence.yardstick(w, 1);
    HandLoop loop = new HandLoop(w.specs());
    FormulaEngine[] engines = new FormulaEngine[FormulaEngine.Name.values().length];
    for (FormulaEngine.Name name : FormulaEngine.Name.values()) {
      engines[name.ordinal()] = FormulaEngine.create(name, w);
    }
    String[] names = {"yardstick", "handLoop", "qlexpress", "aviator", "jexl"};
    double[] best = new double[names.length];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    com.sun.management.OperatingSystemMXBean cpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] totals = new double[employees];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < names.length; c++) {
        long start = cpu.getProcessCpuTime();
        if (c == 0) {
          sink += Yardstick.evaluateAll(w.subjects()).in(w.period()).against(w.cardOfSubject())
              .with(w.measurements()).size();
        } else if (c == 1) {
          loop.totals(w, totals);
        } else {
          engines[c - 2].totals(totals);
        }
        double us = (cpu.getProcessCpuTime() - start) / 1e3 / employees;
        if (c > 0) {
          Equivalence.same(names[c], reference, totals, Equivalence.TOLERANCE);
        }
        if (round > 0) { // the first round warms up
          best[c] = Math.min(best[c], us);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d employees, %d rounds, best CPU time per employee (%d):%n",
        employees, rounds, sink % 2);
    for (int c = 0; c < names.length; c++) {
      System.out.printf(Locale.ROOT, "  %-10s %8.3f µs   %6.2f × Yardstick%n", names[c], best[c],
          best[c] / best[0]);
    }
  }
}

package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evaluation of a {@link MeasurementTable} against one scorecard: every row evaluated or
 * failed with its reason, computed column by column. Start it with {@code
 * Yardstick.evaluate(table)}.
 *
 * <pre>{@code
 * TableResult result = Yardstick.evaluate(table)
 *     .teamScores(Map.of("team-east", 88.0))   // for cards linked to the team's result
 *     .parallelism(2)
 *     .against(card);
 * }</pre>
 *
 * <p>The numbers are those of {@code Yardstick.evaluateAll(...).with(measurements)} for the same
 * measurements, bit for bit: each item is scored by its strategy's {@link
 * dev.yardstick.core.scoring.ColumnScorer column scorer} when it has one, and a row that a column
 * scorer does not take (a missing value, a decimal too long for the fast arithmetic, an input
 * the strategy rejects), a row with its own targets, and every item of a strategy without a
 * column scorer, go through the same one-by-one engine. Evaluating a table is a pure function of
 * its inputs; the result does not depend on the number of threads.
 */
public final class TableRequest {

  /** Rows per unit of work: large enough to amortise a scorer call, small enough to stay in cache. */
  static final int CHUNK = 4096;

  /**
   * The least rows per unit of work when several threads share a table: handing a chunk to
   * another thread costs tens of microseconds, about what a few hundred rows take.
   */
  static final int MIN_CHUNK = 2048;

  /**
   * Threads shared by every table evaluation, so that a call does not pay for starting threads:
   * daemon threads, created on demand and ended after a minute unused. A call with parallelism
   * {@code p} runs on the calling thread and at most {@code p − 1} of these.
   */
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "yardstick-table");
            t.setDaemon(true);
            return t;
          });

  private final MeasurementTable table;
  private Map<String, ? extends Map<String, Target>> targets = Map.of();
  private Map<String, Double> teamScores = Map.of();
  private int parallelism = 1;

  /** Starts a table evaluation; {@code Yardstick.evaluate(table)} calls this. */
  public TableRequest(MeasurementTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Per-subject targets: subject id → indicator id → target. Rows of these subjects are
   * evaluated one by one.
   */
  public TableRequest targets(Map<String, ? extends Map<String, Target>> targetsBySubject) {
    this.targets = Map.copyOf(Objects.requireNonNull(targetsBySubject, "targetsBySubject"));
    return this;
  }

  /** Team totals by team id, for scorecards that link individuals to their team. */
  public TableRequest teamScores(Map<String, Double> scoresByTeam) {
    this.teamScores = RequestChecks.teamScores(scoresByTeam);
    return this;
  }

  /** How many threads evaluate; 1 (the default) evaluates on the calling thread. */
  public TableRequest parallelism(int threads) {
    this.parallelism = RequestChecks.parallelism(threads);
    return this;
  }

  /**
   * Evaluates every row against the scorecard.
   *
   * @throws IllegalArgumentException if the table has a column for an indicator that is not on
   *     the scorecard: its values would otherwise be ignored unseen
   */
  public TableResult against(Scorecard card) {
    Objects.requireNonNull(card, "card");
    for (String id : table.indicatorIds()) {
      if (card.indexOf(id) < 0) {
        throw new IllegalArgumentException(
            "column '" + id + "' is not on scorecard '" + card.id() + "' version " + card.version());
      }
    }
    TableEvaluator engine = new TableEvaluator(table, card, targets, teamScores);
    int n = table.size();
    // several chunks per thread, so that a slow chunk does not leave a thread idle at the end
    int chunk = parallelism == 1 ? CHUNK : Math.max(MIN_CHUNK, Math.min(CHUNK, n / (parallelism * 4) + 1));
    int chunks = (n + chunk - 1) / chunk;
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
            engine.run(c * chunk, Math.min(n, (c + 1) * chunk));
          }
        };
    int helpers = Math.min(parallelism, chunks) - 1;
    List<Future<?>> futures = new ArrayList<>(Math.max(0, helpers));
    for (int h = 0; h < helpers; h++) {
      futures.add(WORKERS.submit(worker));
    }
    worker.run(); // the calling thread is one of the workers
    for (Future<?> f : futures) {
      await(f);
    }
    return engine.result();
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("table evaluation was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("table evaluation failed", cause);
    }
  }
}

package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Scorecard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of many subjects, run by {@link #with(Collection)}. Every subject gets exactly
 * one {@link Outcome}: its evaluation, or a failure with the reason. The outcomes are in the order
 * of the subjects and do not depend on the number of threads.
 *
 * <pre>{@code
 * BatchResult batch = Yardstick.evaluateAll(staff)
 *     .in(Period.parse("2026-Q3"))
 *     .against(subject -> cards.get(subject.roleId()))
 *     .teamScores(Map.of("team-tmall", 91.5))        // for scorecards linked to the team
 *     .parallelism(2)
 *     .with(measurements);
 * }</pre>
 *
 * <p>A request is a small mutable builder for one call, not to be shared between threads.
 */
public final class BatchRequest {

  private static final int CHUNKS_PER_THREAD = 8;

  /** Subjects per chunk when streaming: small enough to bound memory, large enough to amortise. */
  private static final int STREAM_CHUNK = 512;

  private final List<Subject> subjects;
  /** Subject id → position in {@link #subjects}. */
  private final Map<String, Integer> positions;
  private @Nullable Period period;
  private @Nullable Function<? super Subject, @Nullable Scorecard> cards;
  private Map<String, ? extends Map<String, Target>> targets = Map.of();
  private Map<String, Double> teamScores = Map.of();
  private int parallelism = 1;

  /**
   * Starts a batch; {@code Yardstick.evaluateAll(subjects)} calls this.
   *
   * @throws IllegalArgumentException if a subject id appears twice
   */
  public BatchRequest(Collection<Subject> subjects) {
    this.subjects = List.copyOf(subjects);
    Map<String, Integer> seen = new HashMap<>(this.subjects.size() * 4 / 3 + 1);
    for (int i = 0; i < this.subjects.size(); i++) {
      Subject s = this.subjects.get(i);
      if (seen.put(s.id(), i) != null) {
        throw new IllegalArgumentException("subject id '" + s.id() + "' appears twice in the batch");
      }
    }
    this.positions = seen;
  }

  /** The period to evaluate. */
  public BatchRequest in(Period period) {
    this.period = Objects.requireNonNull(period, "period");
    return this;
  }

  /** The period to evaluate, parsed. */
  public BatchRequest in(String period) {
    return in(Period.parse(period));
  }

  /** One scorecard for every subject. */
  public BatchRequest against(Scorecard card) {
    Objects.requireNonNull(card, "card");
    this.cards = subject -> card;
    return this;
  }

  /**
   * The scorecard of each subject, typically by role. A subject for whom it returns {@code null}
   * or throws fails with that reason; the others are still evaluated.
   */
  public BatchRequest against(Function<? super Subject, @Nullable Scorecard> cardOfSubject) {
    this.cards = Objects.requireNonNull(cardOfSubject, "cardOfSubject");
    return this;
  }

  /** Per-subject targets: subject id → indicator id → target. */
  public BatchRequest targets(Map<String, ? extends Map<String, Target>> targetsBySubject) {
    this.targets = Map.copyOf(Objects.requireNonNull(targetsBySubject, "targetsBySubject"));
    return this;
  }

  /** Team totals by team id, for scorecards that link individuals to their team. */
  public BatchRequest teamScores(Map<String, Double> scoresByTeam) {
    this.teamScores = RequestChecks.teamScores(scoresByTeam);
    return this;
  }

  /** How many threads evaluate; 1 (the default) evaluates on the calling thread. */
  public BatchRequest parallelism(int threads) {
    this.parallelism = RequestChecks.parallelism(threads);
    return this;
  }

  /**
   * Evaluates every subject with the measurements and keeps every outcome.
   *
   * @throws IllegalStateException if the period or scorecards were not given
   * @throws InvalidInputException if a measurement belongs to no subject of the batch: it would
   *     otherwise be dropped unseen
   */
  public BatchResult with(Collection<? extends Measurement> measurements) {
    Prepared prepared = prepare(measurements);
    int n = subjects.size();
    Outcome[] outcomes = new Outcome[n];
    if (parallelism == 1 || n < 2) {
      run(prepared, outcomes, 0, 0, n);
    } else {
      runParallel(prepared, outcomes);
    }
    return new BatchResult(prepared.period, List.of(outcomes));
  }

  /**
   * Evaluates every subject with the measurements and hands each outcome to {@code consumer}, in
   * the order of the subjects, without keeping them: memory stays bounded by a few chunks of
   * outcomes whatever the size of the batch. Use it to write a whole company's evaluations to a
   * database or a file as they come.
   *
   * <pre>{@code
   * Yardstick.evaluateAll(staff).in("2026-Q3").against(cards::forRole).parallelism(2)
   *     .forEach(measurements, outcome -> repository.save(outcome));
   * }</pre>
   *
   * <p>The consumer runs on the calling thread, one outcome at a time, so it need not be
   * thread-safe; the outcomes are the same, in the same order, as {@link #with(Collection)}'s.
   *
   * @throws IllegalStateException if the period or scorecards were not given
   * @throws InvalidInputException if a measurement belongs to no subject of the batch
   */
  public void forEach(
      Collection<? extends Measurement> measurements, Consumer<? super Outcome> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    Prepared prepared = prepare(measurements);
    int n = subjects.size();
    if (parallelism == 1 || n < 2) {
      Outcome[] chunk = new Outcome[Math.min(n, STREAM_CHUNK)];
      for (int from = 0; from < n; from += STREAM_CHUNK) {
        int to = Math.min(n, from + STREAM_CHUNK);
        run(prepared, chunk, from, from, to);
        deliver(chunk, to - from, consumer);
      }
      return;
    }
    ExecutorService pool = pool();
    try {
      // a window of chunks in flight: the workers stay busy while the caller delivers in order
      ArrayDeque<Future<Outcome[]>> window = new ArrayDeque<>();
      int next = 0;
      while (next < n || !window.isEmpty()) {
        while (next < n && window.size() < parallelism * 2) {
          int from = next;
          int to = Math.min(n, from + STREAM_CHUNK);
          window.add(
              pool.submit(
                  () -> {
                    Outcome[] chunk = new Outcome[to - from];
                    run(prepared, chunk, from, from, to);
                    return chunk;
                  }));
          next = to;
        }
        Outcome[] chunk = await(window.removeFirst());
        deliver(chunk, chunk.length, consumer);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // each slot is cleared once delivered, so that the garbage collector can take the outcome
  @SuppressWarnings("NullAway")
  private static void deliver(Outcome[] chunk, int size, Consumer<? super Outcome> consumer) {
    for (int i = 0; i < size; i++) {
      consumer.accept(chunk[i]);
      chunk[i] = null;
    }
  }

  /** The measurements grouped by subject, and the checked settings. */
  private static final class Prepared {
    final Period period;
    final Function<? super Subject, @Nullable Scorecard> cards;
    final Measurement[] grouped;
    final int[] offsets;

    Prepared(
        Period period,
        Function<? super Subject, @Nullable Scorecard> cards,
        Measurement[] grouped,
        int[] offsets) {
      this.period = period;
      this.cards = cards;
      this.grouped = grouped;
      this.offsets = offsets;
    }
  }

  private Prepared prepare(Collection<? extends Measurement> measurements) {
    Objects.requireNonNull(measurements, "measurements");
    Period p = period;
    Function<? super Subject, @Nullable Scorecard> c = cards;
    if (p == null) {
      throw new IllegalStateException("batch has no period: call in(period) first");
    }
    if (c == null) {
      throw new IllegalStateException("batch has no scorecards: call against(...) first");
    }
    // group the measurements by subject, keeping their order, in one array: a counting sort
    // on the subject's position (consecutive measurements of one subject look it up once)
    int n = subjects.size();
    Measurement[] given = measurements.toArray(new Measurement[0]);
    int count = given.length;
    int[] owner = new int[count];
    int[] offsets = new int[n + 1];
    @Nullable String previousId = null;
    int previous = -1;
    for (int k = 0; k < count; k++) {
      Measurement m = Objects.requireNonNull(given[k], "measurement");
      String id = m.subjectId();
      if (!id.equals(previousId)) {
        Integer position = positions.get(id);
        if (position == null) {
          throw new InvalidInputException(
              m.subjectId(), m.indicatorId(), "subjectId", m.subjectId(),
              "is not one of the batch's subjects");
        }
        previous = position;
        previousId = id;
      }
      owner[k] = previous;
      offsets[previous + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    Measurement[] grouped = new Measurement[count];
    int[] next = java.util.Arrays.copyOf(offsets, n);
    for (int j = 0; j < count; j++) {
      grouped[next[owner[j]]++] = given[j];
    }
    for (String subjectId : targets.keySet()) {
      if (!positions.containsKey(subjectId)) {
        throw new InvalidInputException(
            subjectId, null, "targets", subjectId, "is not one of the batch's subjects");
      }
    }
    return new Prepared(p, c, grouped, offsets);
  }

  private ExecutorService pool() {
    return Executors.newFixedThreadPool(
        parallelism,
        r -> {
          Thread t = new Thread(r, "yardstick-batch");
          t.setDaemon(true);
          return t;
        });
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch evaluation was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("batch evaluation failed", cause);
    }
  }

  private void runParallel(Prepared prepared, Outcome[] outcomes) {
    int n = subjects.size();
    int chunks = Math.min(n, parallelism * CHUNKS_PER_THREAD);
    ExecutorService pool = pool();
    try {
      List<Future<?>> futures = new ArrayList<>(chunks);
      for (int k = 0; k < chunks; k++) {
        int from = (int) ((long) n * k / chunks);
        int to = (int) ((long) n * (k + 1) / chunks);
        futures.add(pool.submit(() -> run(prepared, outcomes, 0, from, to)));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Evaluates subjects {@code from} to {@code to - 1} into {@code outcomes[i - base]}. */
  private void run(Prepared prepared, Outcome[] outcomes, int base, int from, int to) {
    for (int i = from; i < to; i++) {
      Subject subject = subjects.get(i);
      try {
        Scorecard card = prepared.cards.apply(subject);
        if (card == null) {
          throw new InvalidInputException(
              subject.id(), null, "scorecard", "none", "no scorecard was given for this subject");
        }
        Double team = null;
        if (card.teamLink().needsTeamScore() && subject.teamId() != null) {
          team = teamScores.get(subject.teamId());
        }
        Map<String, Target> own = targets.get(subject.id());
        outcomes[i - base] =
            new Outcome.Evaluated(
                Evaluator.evaluate(
                    subject,
                    prepared.period,
                    card,
                    prepared.grouped,
                    prepared.offsets[i],
                    prepared.offsets[i + 1],
                    own == null ? Map.of() : own,
                    team));
      } catch (RuntimeException e) {
        outcomes[i - base] = Outcome.Failed.of(subject, e);
      }
    }
  }
}

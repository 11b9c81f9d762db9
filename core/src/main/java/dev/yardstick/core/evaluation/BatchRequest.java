package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Scorecard;
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
    Objects.requireNonNull(scoresByTeam, "scoresByTeam");
    scoresByTeam.forEach(
        (team, score) -> {
          if (score == null || !Double.isFinite(score)) {
            throw new InvalidInputException(
                team, null, "teamScore", String.valueOf(score), "is not a finite number");
          }
        });
    this.teamScores = Map.copyOf(scoresByTeam);
    return this;
  }

  /** How many threads evaluate; 1 (the default) evaluates on the calling thread. */
  public BatchRequest parallelism(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("parallelism must be 1 to 256, got " + threads);
    }
    this.parallelism = threads;
    return this;
  }

  /**
   * Evaluates every subject with the measurements.
   *
   * @throws IllegalStateException if the period or scorecards were not given
   * @throws InvalidInputException if a measurement belongs to no subject of the batch: it would
   *     otherwise be dropped unseen
   */
  public BatchResult with(Collection<? extends Measurement> measurements) {
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

    Outcome[] outcomes = new Outcome[n];
    if (parallelism == 1 || n < 2) {
      run(p, c, grouped, offsets, outcomes, 0, n);
    } else {
      runParallel(p, c, grouped, offsets, outcomes);
    }
    return new BatchResult(p, List.of(outcomes));
  }

  private void runParallel(
      Period p,
      Function<? super Subject, @Nullable Scorecard> c,
      Measurement[] grouped,
      int[] offsets,
      Outcome[] outcomes) {
    int n = subjects.size();
    int chunks = Math.min(n, parallelism * CHUNKS_PER_THREAD);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t = new Thread(r, "yardstick-batch");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>(chunks);
      for (int k = 0; k < chunks; k++) {
        int from = (int) ((long) n * k / chunks);
        int to = (int) ((long) n * (k + 1) / chunks);
        futures.add(pool.submit(() -> run(p, c, grouped, offsets, outcomes, from, to)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch evaluation was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("batch evaluation failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private void run(
      Period p,
      Function<? super Subject, @Nullable Scorecard> c,
      Measurement[] grouped,
      int[] offsets,
      Outcome[] outcomes,
      int from,
      int to) {
    for (int i = from; i < to; i++) {
      Subject subject = subjects.get(i);
      try {
        Scorecard card = c.apply(subject);
        if (card == null) {
          throw new InvalidInputException(
              subject.id(), null, "scorecard", "none", "no scorecard was given for this subject");
        }
        Double team = null;
        if (card.teamLink().needsTeamScore() && subject.teamId() != null) {
          team = teamScores.get(subject.teamId());
        }
        Map<String, Target> own = targets.get(subject.id());
        outcomes[i] =
            new Outcome.Evaluated(
                Evaluator.evaluate(
                    subject,
                    p,
                    card,
                    grouped,
                    offsets[i],
                    offsets[i + 1],
                    own == null ? Map.of() : own,
                    team));
      } catch (RuntimeException e) {
        outcomes[i] = Outcome.Failed.of(subject, e);
      }
    }
  }
}

package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One outcome per subject of a batch, in the order the subjects were given, whatever the number
 * of threads.
 *
 * <pre>{@code
 * BatchResult batch = Yardstick.evaluateAll(staff).in(q3).against(cards::forRole).with(measurements);
 * batch.evaluations();   // the evaluated ones
 * batch.failures();      // the others, each with its reason
 * }</pre>
 *
 * @param period the period evaluated
 * @param outcomes one per subject, in input order
 */
public record BatchResult(Period period, List<Outcome> outcomes) {

  /** Validates and copies. */
  public BatchResult {
    Objects.requireNonNull(period, "period");
    outcomes = List.copyOf(outcomes);
  }

  /** The evaluations of the subjects that were evaluated, in input order. */
  public List<Evaluation> evaluations() {
    List<Evaluation> list = new ArrayList<>(outcomes.size());
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Outcome.Evaluated) {
        list.add(((Outcome.Evaluated) outcome).evaluation());
      }
    }
    return List.copyOf(list);
  }

  /** The failures, in input order. */
  public List<Outcome.Failed> failures() {
    List<Outcome.Failed> list = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Outcome.Failed) {
        list.add((Outcome.Failed) outcome);
      }
    }
    return List.copyOf(list);
  }

  /** The outcome for a subject. */
  public Optional<Outcome> outcome(String subjectId) {
    for (Outcome outcome : outcomes) {
      if (outcome.subject().id().equals(subjectId)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }

  /** The number of subjects. */
  public int size() {
    return outcomes.size();
  }
}

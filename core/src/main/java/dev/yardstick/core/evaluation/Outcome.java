package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Subject;
import java.util.Objects;

/**
 * What a batch made of one subject: an {@link Evaluated evaluation} or a {@link Failed failure}
 * with its reason. A batch has exactly one outcome per subject.
 *
 * <pre>{@code
 * for (Outcome outcome : batch.outcomes()) {
 *   switch (outcome) { ... }   // or: if (outcome instanceof Outcome.Failed f) log(f.reason());
 * }
 * }</pre>
 */
public sealed interface Outcome permits Outcome.Evaluated, Outcome.Failed {

  /** The subject. */
  Subject subject();

  /** Whether the subject was evaluated. */
  default boolean isEvaluated() {
    return this instanceof Evaluated;
  }

  /**
   * The subject was evaluated.
   *
   * @param evaluation the evaluation
   */
  record Evaluated(Evaluation evaluation) implements Outcome {
    /** Validates. */
    public Evaluated {
      Objects.requireNonNull(evaluation, "evaluation");
    }

    @Override
    public Subject subject() {
      return evaluation.subject();
    }
  }

  /**
   * The subject could not be evaluated.
   *
   * @param subject the subject
   * @param errorType the simple name of the exception, for example {@code
   *     "InvalidInputException"}
   * @param reason the exception's message, naming the indicator, field and value
   */
  record Failed(Subject subject, String errorType, String reason) implements Outcome {
    /** Validates. */
    public Failed {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(errorType, "errorType");
      Objects.requireNonNull(reason, "reason");
    }

    static Failed of(Subject subject, RuntimeException e) {
      String message = e.getMessage();
      return new Failed(
          subject, e.getClass().getSimpleName(), message == null ? e.getClass().getName() : message);
    }
  }
}

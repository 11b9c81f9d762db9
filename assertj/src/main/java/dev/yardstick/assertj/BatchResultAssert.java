package dev.yardstick.assertj;

import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.Outcome;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a batch's outcomes.
 *
 * <pre>{@code
 * assertThat(batch).hasEvaluated(39).hasFailed(1)
 *     .hasFailureFor("emp-17").withReasonContaining("indicator 'cvr'");
 * }</pre>
 */
public class BatchResultAssert extends AbstractObjectAssert<BatchResultAssert, BatchResult> {

  /** Creates the assertion; use {@link YardstickAssertions#assertThat(BatchResult)}. */
  public BatchResultAssert(BatchResult actual) {
    super(actual, BatchResultAssert.class);
  }

  /** Exactly {@code count} subjects were evaluated. */
  public BatchResultAssert hasEvaluated(int count) {
    isNotNull();
    if (actual.evaluations().size() != count) {
      failWithMessage("%nExpected %s evaluated subjects but there were %s; failures:%s",
          count, actual.evaluations().size(), failures());
    }
    return this;
  }

  /** Exactly {@code count} subjects failed. */
  public BatchResultAssert hasFailed(int count) {
    isNotNull();
    if (actual.failures().size() != count) {
      failWithMessage("%nExpected %s failed subjects but there were %s:%s",
          count, actual.failures().size(), failures());
    }
    return this;
  }

  /** No subject failed. */
  public BatchResultAssert hasNoFailures() {
    return hasFailed(0);
  }

  /** The subject was evaluated; returns assertions on its evaluation. */
  public EvaluationAssert hasEvaluationFor(String subjectId) {
    Outcome outcome = outcome(subjectId);
    if (!(outcome instanceof Outcome.Evaluated)) {
      failWithMessage("%nExpected subject %s to be evaluated but it failed: %s",
          subjectId, ((Outcome.Failed) outcome).reason());
    }
    Evaluation evaluation = ((Outcome.Evaluated) outcome).evaluation();
    return new EvaluationAssert(evaluation);
  }

  /** The subject failed; returns assertions on the failure. */
  public FailureAssert hasFailureFor(String subjectId) {
    Outcome outcome = outcome(subjectId);
    if (!(outcome instanceof Outcome.Failed)) {
      failWithMessage("%nExpected subject %s to fail but it was evaluated with total %s",
          subjectId, ((Outcome.Evaluated) outcome).evaluation().total().toPlainString());
    }
    return new FailureAssert((Outcome.Failed) outcome);
  }

  private Outcome outcome(String subjectId) {
    isNotNull();
    Optional<Outcome> outcome = actual.outcome(subjectId);
    if (outcome.isEmpty()) {
      failWithMessage("%nExpected an outcome for subject %s but the batch has none; its subjects were %s",
          subjectId, actual.outcomes().stream().map(o -> o.subject().id()).toList());
    }
    return outcome.orElseThrow();
  }

  private String failures() {
    StringBuilder sb = new StringBuilder();
    for (Outcome.Failed f : actual.failures()) {
      sb.append(String.format("%n  %s: %s", f.subject().id(), f.reason()));
    }
    return sb.length() == 0 ? " none" : sb.toString();
  }

  /** Assertions on one failure. */
  public static class FailureAssert extends AbstractObjectAssert<FailureAssert, Outcome.Failed> {

    /** Creates the assertion. */
    public FailureAssert(Outcome.Failed actual) {
      super(actual, FailureAssert.class);
    }

    /** The reason contains {@code text}. */
    public FailureAssert withReasonContaining(String text) {
      isNotNull();
      if (!actual.reason().contains(text)) {
        failWithMessage("%nExpected the failure of %s to give a reason containing%n  %s%nbut the reason was%n  %s",
            actual.subject().id(), text, actual.reason());
      }
      return this;
    }

    /** The failure was of this exception type (simple name, e.g. {@code "InvalidInputException"}). */
    public FailureAssert ofType(String errorType) {
      isNotNull();
      if (!actual.errorType().equals(errorType)) {
        failWithMessage("%nExpected the failure of %s to be a %s but it was a %s: %s",
            actual.subject().id(), errorType, actual.errorType(), actual.reason());
      }
      return this;
    }
  }
}

package dev.yardstick.assertj;

import dev.yardstick.rules.okr.Colour;
import dev.yardstick.rules.okr.ColourBands;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Objective;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on OKR progress.
 *
 * <pre>{@code
 * assertThat(objective).hasScore(0.675).keyResult("kr-launch").hasProgress(0.75);
 * }</pre>
 */
public final class OkrAssert {

  private static final double TOLERANCE = 1e-9;

  private OkrAssert() {}

  /** Assertions on an objective. */
  public static class ObjectiveAssert extends AbstractObjectAssert<ObjectiveAssert, Objective> {

    /** Creates the assertion; use {@link YardstickAssertions#assertThat(Objective)}. */
    public ObjectiveAssert(Objective actual) {
      super(actual, ObjectiveAssert.class);
    }

    /** The objective's score (weighted mean of its active key results) is {@code expected} within 1e-9. */
    public ObjectiveAssert hasScore(double expected) {
      isNotNull();
      double score = actual.score();
      if (Math.abs(score - expected) > TOLERANCE) {
        StringBuilder krs = new StringBuilder();
        for (KeyResult kr : actual.keyResults()) {
          krs.append(String.format("%n  %s (weight %s): progress %s", kr.id(), kr.weight(), kr.progress()));
        }
        failWithMessage("%nExpected objective '%s' to score %s but it scored %s; key results:%s",
            actual.id(), expected, score, krs);
      }
      return this;
    }

    /** The objective's colour on the default bands (red / yellow / green). */
    public ObjectiveAssert isGraded(Colour colour) {
      isNotNull();
      Colour got = ColourBands.DEFAULT.colour(actual.score());
      if (got != colour) {
        failWithMessage("%nExpected objective '%s' to be %s but its score %s is %s",
            actual.id(), colour, actual.score(), got);
      }
      return this;
    }

    /** Navigates to a key result. */
    public KeyResultAssert keyResult(String keyResultId) {
      isNotNull();
      for (KeyResult kr : actual.keyResults()) {
        if (kr.id().equals(keyResultId)) {
          return new KeyResultAssert(kr);
        }
      }
      failWithMessage("%nExpected objective '%s' to have key result '%s' but it has %s", actual.id(),
          keyResultId, actual.keyResults().stream().map(KeyResult::id).toList());
      throw new AssertionError("unreachable");
    }
  }

  /** Assertions on a key result. */
  public static class KeyResultAssert extends AbstractObjectAssert<KeyResultAssert, KeyResult> {

    /** Creates the assertion; use {@link YardstickAssertions#assertThat(KeyResult)}. */
    public KeyResultAssert(KeyResult actual) {
      super(actual, KeyResultAssert.class);
    }

    /** The progress, 0 to 1, is {@code expected} within 1e-9. */
    public KeyResultAssert hasProgress(double expected) {
      isNotNull();
      if (Math.abs(actual.progress() - expected) > TOLERANCE) {
        failWithMessage("%nExpected key result '%s' to have progress %s but it was %s (current %s)",
            actual.id(), expected, actual.progress(), actual.current());
      }
      return this;
    }
  }
}

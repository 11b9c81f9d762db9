package dev.yardstick.assertj;

import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.tracking.warning.Warning;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * Entry point of the Yardstick assertions; extends AssertJ's {@link Assertions}, so one static
 * import serves both.
 *
 * <pre>{@code
 * import static dev.yardstick.assertj.YardstickAssertions.assertThat;
 *
 * assertThat(evaluation).hasTotal(87.5).item("store-gmv").hasScore(100).wasCapped();
 * assertThat(batch).hasNoFailures();
 * assertThatWarnings(warnings).containsBreachOf("cac").forSubject("emp-17");
 * assertThat(objective).hasScore(0.675);
 * assertThat(calibration).hasFinalGrade("emp-4", "A").hasNoViolations();
 * assertThat(List.of(1, 2)).hasSize(2);   // plain AssertJ still works
 * }</pre>
 */
public class YardstickAssertions extends Assertions {

  /** Not instantiable; extended only to inherit AssertJ's static methods. */
  protected YardstickAssertions() {}

  /** Assertions on an evaluation. */
  public static EvaluationAssert assertThat(Evaluation actual) {
    return new EvaluationAssert(actual);
  }

  /** Assertions on one item of an evaluation. */
  public static ItemResultAssert assertThat(ItemResult actual) {
    return new ItemResultAssert(actual);
  }

  /** Assertions on a batch's outcomes. */
  public static BatchResultAssert assertThat(BatchResult actual) {
    return new BatchResultAssert(actual);
  }

  /**
   * Assertions on early warnings. (Named apart from {@code assertThat} because AssertJ already
   * has {@code assertThat(List)}.)
   */
  public static WarningsAssert assertThatWarnings(List<Warning> actual) {
    return new WarningsAssert(actual);
  }

  /** Assertions on an objective's progress. */
  public static OkrAssert.ObjectiveAssert assertThat(Objective actual) {
    return new OkrAssert.ObjectiveAssert(actual);
  }

  /** Assertions on a key result's progress. */
  public static OkrAssert.KeyResultAssert assertThat(KeyResult actual) {
    return new OkrAssert.KeyResultAssert(actual);
  }

  /** Assertions on a calibration's grades and quota. */
  public static CalibrationAssert assertThat(CalibrationResult actual) {
    return new CalibrationAssert(actual);
  }
}

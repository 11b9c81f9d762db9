package dev.yardstick.assertj;

import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
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
}

/**
 * AssertJ assertions for Yardstick results. Start from {@link
 * dev.yardstick.assertj.YardstickAssertions#assertThat(dev.yardstick.core.evaluation.Evaluation)}.
 *
 * <pre>{@code
 * import static dev.yardstick.assertj.YardstickAssertions.assertThat;
 *
 * assertThat(evaluation).hasTotal("87.50").item("store-gmv").hasScore(100).wasCapped();
 * assertThat(batch).hasFailureFor("emp-17").withReasonContaining("cvr");
 * }</pre>
 */
@NullMarked
package dev.yardstick.assertj;

import org.jspecify.annotations.NullMarked;

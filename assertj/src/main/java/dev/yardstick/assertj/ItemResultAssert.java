package dev.yardstick.assertj;

import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one item of an evaluation. Every failure message quotes the item's explanation,
 * so the reason for a surprising score is in the test report.
 *
 * <pre>{@code
 * assertThat(evaluation).item("cac").hasScore(80).isNotCapped().explanationContains("lower is better");
 * }</pre>
 */
public class ItemResultAssert extends AbstractObjectAssert<ItemResultAssert, ItemResult> {

  private final @Nullable EvaluationAssert parent;

  /** Creates the assertion; use {@link YardstickAssertions#assertThat(ItemResult)}. */
  public ItemResultAssert(ItemResult actual) {
    this(actual, null);
  }

  ItemResultAssert(ItemResult actual, @Nullable EvaluationAssert parent) {
    super(actual, ItemResultAssert.class);
    this.parent = parent;
  }

  /** The rounded score equals {@code expected} numerically. */
  public ItemResultAssert hasScore(double expected) {
    isNotNull();
    if (actual.score().compareTo(BigDecimal.valueOf(expected)) != 0) {
      failWithMessage("%nExpected item '%s' to score%n  %s%nbut it scored%n  %s (full precision %s)%nexplanation: %s",
          actual.indicatorId(), BigDecimal.valueOf(expected).toPlainString(),
          actual.score().toPlainString(), actual.rawScore(), actual.explanation().text());
    }
    return this;
  }

  /** The strategy's cap decided the score. */
  public ItemResultAssert wasCapped() {
    return hasFlag(ItemFlag.CAPPED);
  }

  /** The strategy's floor decided the score. */
  public ItemResultAssert wasFloored() {
    return hasFlag(ItemFlag.FLOORED);
  }

  /** Neither cap nor floor decided the score. */
  public ItemResultAssert isNotCapped() {
    isNotNull();
    if (actual.isCapped()) {
      failWithMessage("%nExpected item '%s' not to be capped but it was%nexplanation: %s",
          actual.indicatorId(), actual.explanation().text());
    }
    return this;
  }

  /** The item carries this flag. */
  public ItemResultAssert hasFlag(ItemFlag flag) {
    isNotNull();
    if (!actual.flags().contains(flag)) {
      failWithMessage("%nExpected item '%s' to have flag %s but its flags were %s%nexplanation: %s",
          actual.indicatorId(), flag, actual.flags(), actual.explanation().text());
    }
    return this;
  }

  /** The measurement was missing. */
  public ItemResultAssert wasMissing() {
    isNotNull();
    if (!actual.isMissing()) {
      failWithMessage("%nExpected item '%s' to be missing but its actual was %s",
          actual.indicatorId(), actual.actual());
    }
    return this;
  }

  /** The explanation contains {@code text}. */
  public ItemResultAssert explanationContains(String text) {
    isNotNull();
    if (!actual.explanation().text().contains(text)) {
      failWithMessage("%nExpected the explanation of item '%s' to contain%n  %s%nbut it was%n  %s",
          actual.indicatorId(), text, actual.explanation().text());
    }
    return this;
  }

  /** The item was scored by the strategy with this id. */
  public ItemResultAssert wasScoredBy(String strategyId) {
    isNotNull();
    if (!actual.strategyId().equals(strategyId)) {
      failWithMessage("%nExpected item '%s' to be scored by '%s' but it was scored by '%s'",
          actual.indicatorId(), strategyId, actual.strategyId());
    }
    return this;
  }

  /**
   * Goes back to the evaluation, to check another item.
   *
   * @throws IllegalStateException when this assertion did not start from an evaluation
   */
  public EvaluationAssert and() {
    if (parent == null) {
      throw new IllegalStateException("this item assertion did not start from an evaluation");
    }
    return parent;
  }
}

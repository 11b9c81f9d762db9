package dev.yardstick.rules.kpi.internal;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.scoring.ScoringInput;
import java.math.BigDecimal;

/** Checks of a subject's data at scoring time, reported as {@link InvalidInputException}. */
public final class Inputs {

  private Inputs() {}

  /** An exception naming the input's subject and indicator, the field and the value. */
  public static InvalidInputException invalid(
      ScoringInput in, String field, String value, String problem) {
    return new InvalidInputException(
        in.subject().id(), in.indicator().id(), field, value, problem);
  }

  /**
   * The target level of the item's target, required to be greater than zero because the strategy
   * divides by it.
   *
   * @throws InvalidInputException naming the field {@code target} and its value when it is zero
   *     or negative, or when the item has no target
   */
  public static BigDecimal positiveTarget(ScoringInput in, String strategy) {
    double target = in.requireTarget().target();
    if (target == 0) {
      throw invalid(
          in, "target", "0", "cannot be 0: " + strategy + " divides the actual by the target");
    }
    if (target < 0) {
      throw invalid(
          in,
          "target",
          Dec.plain(target),
          "must be greater than 0: " + strategy + " would flip the sign of a ratio to a"
              + " negative target");
    }
    return Dec.of(target);
  }
}

package dev.yardstick.review.application;

import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A goal for one indicator in the next period (下期目标).
 *
 * @param indicatorId the indicator
 * @param actual this period's value
 * @param target this period's target
 * @param goal the proposed value for the next period
 * @param kind whether the goal closes a gap or keeps the target
 */
public record ImprovementGoal(
    String indicatorId, BigDecimal actual, BigDecimal target, BigDecimal goal, Kind kind) {

  /** Why the goal is what it is. */
  public enum Kind {
    /** The item was below target: the goal moves the actual towards the target. */
    CLOSE_GAP,
    /** The item was on or above target: the goal is to hold the target. */
    MAINTAIN
  }

  /** Validates and normalises. */
  public ImprovementGoal {
    Objects.requireNonNull(indicatorId, "indicatorId");
    actual = Numbers.normalise(Objects.requireNonNull(actual, "actual"));
    target = Numbers.normalise(Objects.requireNonNull(target, "target"));
    goal = Numbers.normalise(Objects.requireNonNull(goal, "goal"));
    Objects.requireNonNull(kind, "kind");
  }
}

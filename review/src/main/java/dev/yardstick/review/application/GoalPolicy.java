package dev.yardstick.review.application;

import dev.yardstick.review.Assessment;
import dev.yardstick.review.ItemAssessment;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Next-period goals (evaluate → feedback → improve): for an item below target, close part of the
 * gap; for an item on or above target, hold the target.
 *
 * <pre>
 * below target:        goal = actual + gapClosure × (target − actual)
 * on or above target:  goal = target
 * </pre>
 *
 * <p>The formula needs no direction: for a lower-is-better indicator the target is below the
 * actual and the goal falls (CAC 80 against a target of 60 with closure ½ gives 70). "Below
 * target" is {@link ItemAssessment.Standing#BELOW}, decided by the score (see {@link Assessment}).
 * Raising strong performers' goals above the target is left to people: doing it by formula punishes
 * good results (the "ratchet effect"). Items without a measurement or a target get no goal. The
 * arithmetic is exact (decimals); the target is taken as the decimal it prints as.
 *
 * <pre>{@code
 * GoalPolicy.halfway().propose(Assessment.of(evaluation));   // gapClosure 0.5
 * new GoalPolicy(new BigDecimal("0.3")).propose(assessment);  // close 30% of the gap
 * }</pre>
 *
 * @param gapClosure the share of the gap to close, greater than 0 and at most 1
 */
public record GoalPolicy(BigDecimal gapClosure) {

  private static final GoalPolicy HALFWAY = new GoalPolicy(new BigDecimal("0.5"));

  /** Validates: {@code 0 < gapClosure ≤ 1}. */
  public GoalPolicy {
    Objects.requireNonNull(gapClosure, "gapClosure");
    if (gapClosure.signum() <= 0 || gapClosure.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "goal gap closure must be greater than 0 and at most 1, got "
              + Numbers.plain(gapClosure));
    }
  }

  /** Closes half the gap: the default. */
  public static GoalPolicy halfway() {
    return HALFWAY;
  }

  /** The goals of every assessed item that has a measurement and a target, in scorecard order. */
  public List<ImprovementGoal> propose(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    List<ImprovementGoal> goals = new ArrayList<>();
    for (ItemAssessment item : assessment.items()) {
      goal(item).ifPresent(goals::add);
    }
    return List.copyOf(goals);
  }

  /** The goal of one item, if it has a measurement and a target. */
  public Optional<ImprovementGoal> goal(ItemAssessment item) {
    Objects.requireNonNull(item, "item");
    BigDecimal actual = item.actual();
    if (actual == null || item.target() == null) {
      return Optional.empty();
    }
    BigDecimal target = Args.decimal(item.target().target(), "target");
    if (item.standing() == ItemAssessment.Standing.BELOW) {
      BigDecimal goal = actual.add(gapClosure.multiply(target.subtract(actual)));
      return Optional.of(
          new ImprovementGoal(
              item.indicatorId(), actual, target, goal, ImprovementGoal.Kind.CLOSE_GAP));
    }
    return Optional.of(
        new ImprovementGoal(item.indicatorId(), actual, target, target, ImprovementGoal.Kind.MAINTAIN));
  }
}

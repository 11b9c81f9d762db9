package dev.yardstick.core.scorecard;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.TargetUse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a scorecard: an indicator, its weight within its section, the rule that scores it
 * and its default target.
 *
 * @param indicator what is measured
 * @param weight the weight within the section, in percent of the section
 * @param rule the strategy and its parameters
 * @param target the default target; a per-subject target given at evaluation replaces it; {@code
 *     null} for items whose strategy needs none
 */
public record Item(Indicator indicator, double weight, ScoringRule<?> rule, @Nullable Target target) {

  /** Validates: a positive weight, a target whose levels run the indicator's way. */
  public Item {
    Objects.requireNonNull(indicator, "indicator");
    Checks.positive(weight, "weight of item '" + indicator.id() + "'");
    Objects.requireNonNull(rule, "rule");
    if (target != null) {
      checkTarget(indicator, target);
    }
  }

  /**
   * Checks that a target's levels run the way the indicator improves.
   *
   * @throws IllegalArgumentException naming the indicator and the levels when they do not
   */
  public static void checkTarget(Indicator indicator, Target target) {
    Objects.requireNonNull(target, "target");
    Direction direction = indicator.direction();
    if (direction == Direction.HIGHER_IS_BETTER && !target.isAscending()) {
      throw new IllegalArgumentException(
          "target of '" + indicator.id() + "' (higher is better) must have threshold ≤ target ≤"
              + " stretch, got " + target);
    }
    if (direction == Direction.LOWER_IS_BETTER && !target.isDescending()) {
      throw new IllegalArgumentException(
          "target of '" + indicator.id() + "' (lower is better) must have threshold ≥ target ≥"
              + " stretch, got " + target);
    }
  }

  /**
   * Checks that an item's target suits its rule's {@link TargetUse}: a rule that {@link
   * TargetUse#REQUIRED requires} a target gets one, a rule that {@link TargetUse#IGNORED ignores}
   * targets gets none. The scorecard builder runs it for every item; a reader of another format
   * can run it to report the mistake where it is written.
   *
   * @param where the item's place, for example {@code "item 'gmv' of section 'KPI' of scorecard
   *     'store'"}, which begins the message
   * @param rule the item's rule
   * @param target the item's target, or {@code null}
   * @throws IllegalArgumentException naming the place, the strategy and the target when it does
   *     not suit
   */
  public static void checkTargetUse(String where, ScoringRule<?> rule, @Nullable Target target) {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(rule, "rule");
    TargetUse use = rule.targetUse();
    if (use == TargetUse.REQUIRED && target == null) {
      throw new IllegalArgumentException(
          where + " has no target, but strategy '" + rule.strategyId()
              + "' scores against one: give the item a target");
    }
    if (use == TargetUse.IGNORED && target != null) {
      throw new IllegalArgumentException(
          where + " has target " + target + ", but strategy '" + rule.strategyId()
              + "' does not use targets: leave the target out");
    }
  }

  /** The indicator's id. */
  public String indicatorId() {
    return indicator.id();
  }

  @Override
  public String toString() {
    return indicator.id() + " " + Decimals.plain(weight) + "% " + rule + (target == null ? "" : " target " + target);
  }
}

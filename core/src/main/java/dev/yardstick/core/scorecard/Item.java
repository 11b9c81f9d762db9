package dev.yardstick.core.scorecard;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ScoringRule;
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

  /** The indicator's id. */
  public String indicatorId() {
    return indicator.id();
  }

  @Override
  public String toString() {
    return indicator.id() + " " + Decimals.plain(weight) + "% " + rule + (target == null ? "" : " target " + target);
  }
}

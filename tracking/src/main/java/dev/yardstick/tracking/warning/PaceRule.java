package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Watch the pace of a cumulative indicator through the running period of a type (the quarter, the
 * year) containing the day of the check.
 *
 * @param indicator a cumulative ({@code SUM}) indicator
 * @param over the type of the running period, for example {@code QUARTER}
 * @param profile the expected cumulative share through the period
 * @param bands the green and amber bands
 * @param defaultTarget the target of subjects that have none of their own, or {@code null}
 */
public record PaceRule(
    Indicator indicator,
    PeriodType over,
    PaceProfile profile,
    PaceBands bands,
    @Nullable Target defaultTarget) {

  /** Validates: a SUM indicator, a target running its way with a positive goal. */
  public PaceRule {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(over, "over");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(bands, "bands");
    Pacer.requireCumulative(indicator);
    if (defaultTarget != null) {
      checkGoal(indicator, defaultTarget, "default target");
    }
  }

  static void checkGoal(Indicator indicator, Target target, String what) {
    Item.checkTarget(indicator, target);
    if (target.target() <= 0) {
      throw new IllegalArgumentException(
          what + " of '" + indicator.id() + "' must have a target level greater than 0, got "
              + target);
    }
  }
}

package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Target;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.scoring.Explanation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of one scorecard item.
 *
 * @param indicatorId the item's indicator
 * @param actual the measured value, or {@code null} when it was missing
 * @param target the target in force, or {@code null} when the item has none
 * @param weight the item's weight within its section, in percent, as on the scorecard
 * @param effectiveWeight the item's share of the total after re-normalisation, 0 to 1 (section
 *     share × item share); 0 for an excluded item
 * @param rawScore the strategy's score at full precision (0 when the item was excluded)
 * @param score {@code rawScore} rounded with the scorecard's rounding
 * @param contribution {@code effectiveWeight × rawScore}: what the item adds to the individual
 *     total, at full precision
 * @param strategyId the id of the strategy that scored it
 * @param explanation how the score was reached
 * @param flags capped, floored, missing, …
 */
public record ItemResult(
    String indicatorId,
    @Nullable BigDecimal actual,
    @Nullable Target target,
    double weight,
    double effectiveWeight,
    double rawScore,
    BigDecimal score,
    double contribution,
    String strategyId,
    Explanation explanation,
    Set<ItemFlag> flags) {

  /** Validates and copies. */
  public ItemResult {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Checks.finite(weight, "weight");
    Checks.finite(effectiveWeight, "effectiveWeight");
    Checks.finite(rawScore, "rawScore");
    Objects.requireNonNull(score, "score");
    Checks.finite(contribution, "contribution");
    Objects.requireNonNull(strategyId, "strategyId");
    Objects.requireNonNull(explanation, "explanation");
    flags = Checks.enumSet(flags, ItemFlag.class);
  }

  /** Whether the cap decided the score. */
  public boolean isCapped() {
    return flags.contains(ItemFlag.CAPPED);
  }

  /** Whether the floor decided the score. */
  public boolean isFloored() {
    return flags.contains(ItemFlag.FLOORED);
  }

  /** Whether the measurement was missing. */
  public boolean isMissing() {
    return actual == null;
  }

  /** Whether the item was left out of the total. */
  public boolean isExcluded() {
    return flags.contains(ItemFlag.MISSING_EXCLUDED);
  }
}

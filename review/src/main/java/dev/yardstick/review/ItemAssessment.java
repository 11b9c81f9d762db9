package dev.yardstick.review;

import dev.yardstick.core.domain.Target;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of an evaluation read against its target: {@code gap = score − par}, where par is the
 * score that means "on target" (100 by default). See {@link Assessment} for why the score, not
 * the raw actual, decides.
 *
 * @param indicatorId the item's indicator
 * @param position the item's position on the scorecard, 0-based, for stable ordering
 * @param actual the measured value, or {@code null} when it was missing (scored zero)
 * @param target the target in force, or {@code null} when the item has none
 * @param effectiveWeight the item's share of the total, 0 to 1
 * @param score the item's score as shown (rounded by the scorecard)
 * @param gap {@code score − par}: positive above target, negative below
 */
public record ItemAssessment(
    String indicatorId,
    int position,
    @Nullable BigDecimal actual,
    @Nullable Target target,
    double effectiveWeight,
    BigDecimal score,
    BigDecimal gap) {

  /** Where an item stands against its target. */
  public enum Standing {
    /** Score above par: beyond the target. */
    ABOVE,
    /** Score equal to par: exactly on target. */
    ON,
    /** Score below par: short of the target. */
    BELOW
  }

  /** Validates. */
  public ItemAssessment {
    Objects.requireNonNull(indicatorId, "indicatorId");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative, got " + position);
    }
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(gap, "gap");
  }

  /** Above, on or below target. */
  public Standing standing() {
    int sign = gap.signum();
    return sign > 0 ? Standing.ABOVE : sign < 0 ? Standing.BELOW : Standing.ON;
  }

  /** {@code conversion-rate: score 80.00, gap -20.00}. */
  @Override
  public String toString() {
    return indicatorId + ": score " + Numbers.twoDecimals(score) + ", gap "
        + Numbers.signedTwoDecimals(gap);
  }
}

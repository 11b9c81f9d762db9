package dev.yardstick.review.calibration;

import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quota group's head count for a population, with the arithmetic that produced it.
 *
 * @param group the group
 * @param exactShare {@code population × percent ÷ 100}, exact (1.4 for 20% of 7)
 * @param floor the whole part of the exact share
 * @param remainder {@code exactShare − floor}, which decides who gets the seats left over
 * @param count the allocated head count: {@code floor}, plus one if the group won a left-over seat
 */
public record GroupAllocation(
    QuotaGroup group, BigDecimal exactShare, int floor, BigDecimal remainder, int count) {

  /** Validates. */
  public GroupAllocation {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(exactShare, "exactShare");
    Objects.requireNonNull(remainder, "remainder");
    if (floor < 0 || count < floor || count > floor + 1) {
      throw new IllegalArgumentException(
          "allocation of group '" + group.name() + "' must have 0 ≤ floor ≤ count ≤ floor + 1, got"
              + " floor " + floor + ", count " + count);
    }
  }

  /** {@code top: 20% of 7 = 1.4 → 1}. */
  @Override
  public String toString() {
    return group.name() + ": " + Numbers.plain(group.percent()) + "% = "
        + Numbers.plain(exactShare) + " → " + count;
  }
}

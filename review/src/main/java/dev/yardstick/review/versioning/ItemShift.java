package dev.yardstick.review.versioning;

import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.util.Objects;

/**
 * How much one item contributed to a person's total before and after re-scoring: {@code
 * effectiveWeight × score}, in points of the individual total (before any team link). An item
 * added by the new version contributed 0 before; a removed one contributes 0 after.
 *
 * @param indicatorId the item's indicator
 * @param before its contribution under the old version, full precision
 * @param after its contribution under the proposed version, full precision
 */
public record ItemShift(String indicatorId, double before, double after) {

  /** Validates. */
  public ItemShift {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Args.finite(before, "before");
    Args.finite(after, "after");
  }

  /** {@code after − before}. */
  public double delta() {
    return after - before;
  }

  /** {@code conversion-rate +6.00}. */
  @Override
  public String toString() {
    return indicatorId + " " + Numbers.signedTwoDecimals(Numbers.round2(delta()));
  }
}

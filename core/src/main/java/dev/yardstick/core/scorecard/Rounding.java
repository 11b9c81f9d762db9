package dev.yardstick.core.scorecard;

import dev.yardstick.core.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How scores and totals are rounded for display and decisions: once, to {@code scale} decimals
 * with {@code mode}. The default is 2 decimals, {@link RoundingMode#HALF_UP}, as people round by
 * hand (87.125 becomes 87.13).
 *
 * <p>An item score is a double; it is first turned into the shortest decimal that reads back as
 * it (the same on every JDK), so 2.675 rounds half up to 2.68 as on paper. Subtotals
 * and totals are the exact decimal arithmetic of those decimals and the card's weights, rounded
 * once ({@code Evaluation.totalDecimal()}): KPI 70 / OKR 30 with 85 and 90.05 is exactly 86.515
 * and rounds to 86.52, although the double sum is 86.51499999999999.
 *
 * @param scale decimals kept, 0 to 10
 * @param mode rounding mode; {@link RoundingMode#UNNECESSARY} is not allowed
 */
public record Rounding(int scale, RoundingMode mode) {

  /** Two decimals, half up. */
  public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

  /** Validates. */
  public Rounding {
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("rounding scale must be 0 to 10, got " + scale);
    }
    Objects.requireNonNull(mode, "mode");
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding mode must round, got UNNECESSARY");
    }
  }

  /** {@code scale} decimals, half up. */
  public static Rounding halfUp(int scale) {
    return new Rounding(scale, RoundingMode.HALF_UP);
  }

  /** Rounds a finite double. */
  public BigDecimal round(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot round " + value + ": not a finite number");
    }
    return Decimals.shortest(value).setScale(scale, mode);
  }
}

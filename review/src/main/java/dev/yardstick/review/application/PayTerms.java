package dev.yardstick.review.application;

import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;

/**
 * One cell of a {@link PayMatrix}.
 *
 * @param salaryAdjustmentPercent the salary change in percent of the base salary, -100 or more
 *     (5 for a 5% raise, 0 for none, negative for a cut)
 * @param bonusCoefficient the multiplier of the bonus base, 0 or more (1.5 pays 150%)
 *     <p>Both must lie within core's {@link dev.yardstick.core.domain.DecimalLimits} (at most 1000
 *     digits, exponent within ±1000), or an {@code InvalidInputException} names the field and value.
 */
public record PayTerms(BigDecimal salaryAdjustmentPercent, BigDecimal bonusCoefficient) {

  private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

  /** Validates and normalises. */
  public PayTerms {
    Args.decimal(salaryAdjustmentPercent, "salaryAdjustmentPercent");
    Args.decimal(bonusCoefficient, "bonusCoefficient");
    if (salaryAdjustmentPercent.compareTo(MINUS_HUNDRED) < 0) {
      throw new IllegalArgumentException(
          "salary adjustment percent must be -100 or more, got "
              + Numbers.plain(salaryAdjustmentPercent));
    }
    if (bonusCoefficient.signum() < 0) {
      throw new IllegalArgumentException(
          "bonus coefficient must not be negative, got " + Numbers.plain(bonusCoefficient));
    }
    salaryAdjustmentPercent = Numbers.normalise(salaryAdjustmentPercent);
    bonusCoefficient = Numbers.normalise(bonusCoefficient);
  }

  /** {@code +8% salary, bonus × 1.5}. */
  @Override
  public String toString() {
    return (salaryAdjustmentPercent.signum() > 0 ? "+" : "")
        + Numbers.plain(salaryAdjustmentPercent) + "% salary, bonus × "
        + Numbers.plain(bonusCoefficient);
  }
}

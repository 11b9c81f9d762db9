package dev.yardstick.review.application;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.internal.Args;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a grade means in money for one person, every amount exact to the cent (scale 2).
 *
 * @param grade the person's grade
 * @param teamGrade the team's grade, when the matrix has team columns
 * @param terms the matrix cell applied
 * @param teamCoefficient the team coefficient the bonus was multiplied by (1 when not used)
 * @param baseSalary the salary before adjustment
 * @param salaryIncrease {@code baseSalary × salaryAdjustmentPercent ÷ 100}, rounded to the cent
 * @param newSalary {@code baseSalary + salaryIncrease}
 * @param bonusBase the bonus at coefficient 1 (奖金基数)
 * @param bonus {@code bonusBase × bonusCoefficient × teamCoefficient}, rounded to the cent
 */
public record PayProposal(
    Grade grade,
    @Nullable Grade teamGrade,
    PayTerms terms,
    BigDecimal teamCoefficient,
    BigDecimal baseSalary,
    BigDecimal salaryIncrease,
    BigDecimal newSalary,
    BigDecimal bonusBase,
    BigDecimal bonus) {

  /**
   * Validates: every amount present and within core's {@link
   * dev.yardstick.core.domain.DecimalLimits}.
   */
  public PayProposal {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(terms, "terms");
    Args.decimal(teamCoefficient, "teamCoefficient");
    Args.decimal(baseSalary, "baseSalary");
    Args.decimal(salaryIncrease, "salaryIncrease");
    Args.decimal(newSalary, "newSalary");
    Args.decimal(bonusBase, "bonusBase");
    Args.decimal(bonus, "bonus");
  }
}

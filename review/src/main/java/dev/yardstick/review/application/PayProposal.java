package dev.yardstick.review.application;

import dev.yardstick.review.calibration.FinalGrade;
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
 * @param finalGrade the person's final grade the proposal was made from, with the grade of the
 *     total and the reasons, when the proposal was made from one ({@link
 *     PayMatrix#propose(FinalGrade, BigDecimal, BigDecimal)}); then {@code grade} is its grade
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
    BigDecimal bonus,
    @Nullable FinalGrade finalGrade) {

  /**
   * Validates: every amount present and within core's {@link
   * dev.yardstick.core.domain.DecimalLimits}, the final grade (when given) the proposal's grade.
   *
   * @throws IllegalArgumentException if the final grade is not {@code grade}
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
    if (finalGrade != null && !finalGrade.grade().code().equals(grade.code())) {
      throw new IllegalArgumentException(
          "pay proposal of grade " + grade.code() + " cannot carry the final grade "
              + finalGrade.grade().code() + " of '" + finalGrade.subjectId() + "'");
    }
  }

  /**
   * A proposal without a final grade, as before final grades existed.
   *
   * @deprecated propose from the final grade: {@link PayMatrix#propose(FinalGrade, BigDecimal,
   *     BigDecimal)}
   */
  @Deprecated
  public PayProposal(
      Grade grade,
      @Nullable Grade teamGrade,
      PayTerms terms,
      BigDecimal teamCoefficient,
      BigDecimal baseSalary,
      BigDecimal salaryIncrease,
      BigDecimal newSalary,
      BigDecimal bonusBase,
      BigDecimal bonus) {
    this(grade, teamGrade, terms, teamCoefficient, baseSalary, salaryIncrease, newSalary,
        bonusBase, bonus, null);
  }
}

package dev.yardstick.review.application;

import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Grade → salary adjustment and bonus coefficient (绩效结果与调薪、奖金挂钩), optionally by the
 * team's grade too (a matrix of individual grade × team grade), and optionally multiplied by a
 * team coefficient for the bonus.
 *
 * <p><b>Formulas.</b> The widespread bonus formula of Chinese HR practice, 个人奖金 = 奖金基数 ×
 * 个人绩效系数 × 团队（部门）绩效系数:
 *
 * <pre>
 * salaryIncrease = round(baseSalary × salaryAdjustmentPercent ÷ 100)
 * newSalary      = baseSalary + salaryIncrease
 * bonus          = round(bonusBase × bonusCoefficient × teamCoefficient)
 * </pre>
 *
 * <p><b>Money.</b> Amounts must be exact to the cent (at most 2 decimals, not negative). Products
 * are computed exactly and rounded once, to the cent, {@link RoundingMode#HALF_UP} by default (as
 * payroll is rounded by hand; {@link Builder#rounding(RoundingMode)} chooses another mode, e.g.
 * {@code HALF_EVEN}).
 *
 * <pre>{@code
 * PayMatrix matrix = PayMatrix.builder(GradeScale.defaultScale())
 *     .row("S", 12, 2.0).row("A", 8, 1.5).row("B", 5, 1.0).row("C", 0, 0.5).row("D", 0, 0)
 *     .build();
 * PayProposal p = matrix.propose(scale.require("A"), new BigDecimal("12000.00"), new BigDecimal("20000.00"));
 * p.newSalary();   // 12960.00
 * p.bonus();       // 30000.00
 * PayProposal q = matrix.propose(calibration.finalGradeOf("emp-4"), salary, bonusBase);
 * q.finalGrade();  // the grade paid, the grade of the total and why they differ
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PayMatrix {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final GradeScale scale;
  private final @Nullable GradeScale teamScale;
  private final Map<String, PayTerms> cells;
  private final RoundingMode rounding;

  private PayMatrix(
      GradeScale scale,
      @Nullable GradeScale teamScale,
      Map<String, PayTerms> cells,
      RoundingMode rounding) {
    this.scale = scale;
    this.teamScale = teamScale;
    this.cells = Map.copyOf(cells);
    this.rounding = rounding;
  }

  /** Starts a matrix with one row per grade of {@code scale}. */
  public static Builder builder(GradeScale scale) {
    return new Builder(Objects.requireNonNull(scale, "scale"));
  }

  /** Whether the matrix has team-grade columns. */
  public boolean hasTeamColumns() {
    return teamScale != null;
  }

  /** The rounding of amounts to the cent. */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * The terms of a grade, for a matrix without team columns.
   *
   * @throws IllegalStateException if the matrix has team columns
   * @throws IllegalArgumentException if the grade is not on the scale
   */
  public PayTerms terms(Grade grade) {
    if (teamScale != null) {
      throw new IllegalStateException(
          "the pay matrix has team-grade columns: call terms(grade, teamGrade)");
    }
    checkOn(scale, grade, "grade");
    return Objects.requireNonNull(cells.get(grade.code()), "cell");
  }

  /**
   * The terms of a grade in a team of {@code teamGrade}.
   *
   * @throws IllegalStateException if the matrix has no team columns
   * @throws IllegalArgumentException if a grade is not on its scale
   */
  public PayTerms terms(Grade grade, Grade teamGrade) {
    GradeScale teams = teamScale;
    if (teams == null) {
      throw new IllegalStateException("the pay matrix has no team-grade columns: call terms(grade)");
    }
    checkOn(scale, grade, "grade");
    checkOn(teams, teamGrade, "team grade");
    return Objects.requireNonNull(cells.get(key(grade.code(), teamGrade.code())), "cell");
  }

  /**
   * The proposal for a person's final grade (after calibration and overrides), without team
   * columns or coefficient; the proposal carries the final grade, so it shows the grade of the
   * total and why the grade paid differs from it.
   *
   * <pre>{@code
   * matrix.propose(result.finalGradeOf("emp-4"), new BigDecimal("12000.00"), new BigDecimal("6000.00"));
   * }</pre>
   */
  public PayProposal propose(FinalGrade finalGrade, BigDecimal baseSalary, BigDecimal bonusBase) {
    return propose(finalGrade, null, BigDecimal.ONE, baseSalary, bonusBase);
  }

  /**
   * The proposal for a person's final grade; see {@link #propose(Grade, Grade, BigDecimal,
   * BigDecimal, BigDecimal)} for the arguments.
   */
  public PayProposal propose(
      FinalGrade finalGrade,
      @Nullable Grade teamGrade,
      BigDecimal teamCoefficient,
      BigDecimal baseSalary,
      BigDecimal bonusBase) {
    Objects.requireNonNull(finalGrade, "finalGrade");
    PayProposal p = propose(finalGrade.grade(), teamGrade, teamCoefficient, baseSalary, bonusBase);
    return new PayProposal(p.grade(), p.teamGrade(), p.terms(), p.teamCoefficient(),
        p.baseSalary(), p.salaryIncrease(), p.newSalary(), p.bonusBase(), p.bonus(), finalGrade);
  }

  /** The proposal for a grade, without team columns or coefficient. */
  public PayProposal propose(Grade grade, BigDecimal baseSalary, BigDecimal bonusBase) {
    return propose(grade, null, BigDecimal.ONE, baseSalary, bonusBase);
  }

  /**
   * The proposal for a grade.
   *
   * @param grade the person's grade
   * @param teamGrade the team's grade: required when the matrix has team columns, otherwise
   *     {@code null}
   * @param teamCoefficient the multiplier of the bonus from the team's result, 0 or more (1 when
   *     not used)
   * @param baseSalary the salary before adjustment, exact to the cent
   * @param bonusBase the bonus at coefficient 1, exact to the cent
   * @throws IllegalArgumentException if an amount is negative or not exact to the cent, or a grade
   *     is not on its scale; an {@code InvalidInputException} (a subclass) naming the amount when
   *     it is beyond core's {@link dev.yardstick.core.domain.DecimalLimits}
   */
  public PayProposal propose(
      Grade grade,
      @Nullable Grade teamGrade,
      BigDecimal teamCoefficient,
      BigDecimal baseSalary,
      BigDecimal bonusBase) {
    Objects.requireNonNull(grade, "grade");
    Args.nonNegative(teamCoefficient, "team coefficient");
    BigDecimal base = Args.money(baseSalary, "base salary");
    BigDecimal bonusAtOne = Args.money(bonusBase, "bonus base");
    PayTerms terms;
    if (teamScale != null) {
      if (teamGrade == null) {
        throw new IllegalArgumentException(
            "the pay matrix has team-grade columns: a team grade is required");
      }
      terms = terms(grade, teamGrade);
    } else {
      if (teamGrade != null) {
        throw new IllegalArgumentException(
            "the pay matrix has no team-grade columns, got team grade '" + teamGrade.code() + "'");
      }
      terms = terms(grade);
    }
    BigDecimal increase =
        base.multiply(terms.salaryAdjustmentPercent()).divide(HUNDRED).setScale(2, rounding);
    BigDecimal bonus =
        bonusAtOne.multiply(terms.bonusCoefficient()).multiply(teamCoefficient).setScale(2, rounding);
    GradeScale teams = teamScale;
    return new PayProposal(
        scale.canonical(grade),
        teamGrade == null || teams == null ? null : teams.canonical(teamGrade),
        terms,
        Numbers.normalise(teamCoefficient),
        base,
        increase,
        base.add(increase),
        bonusAtOne,
        bonus,
        null);
  }

  private static void checkOn(GradeScale scale, Grade grade, String what) {
    Objects.requireNonNull(grade, what);
    if (!scale.contains(grade)) {
      throw new IllegalArgumentException(
          what + " '" + grade.code() + "' is not on the scale " + scale.codes());
    }
  }

  private static String key(String grade, String teamGrade) {
    return grade + "\u0000" + teamGrade;
  }

  /** Fills the matrix; {@link #build()} checks every cell is there. Not thread-safe. */
  public static final class Builder {
    private final GradeScale scale;
    private @Nullable GradeScale teamScale;
    private final Map<String, PayTerms> cells = new HashMap<>();
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder(GradeScale scale) {
      this.scale = scale;
    }

    /** Adds one column per grade of the team's scale; call before any cell. */
    public Builder byTeamGrade(GradeScale teams) {
      if (!cells.isEmpty()) {
        throw new IllegalStateException("call byTeamGrade(scale) before adding cells");
      }
      this.teamScale = Objects.requireNonNull(teams, "teams");
      return this;
    }

    /** The rounding of amounts to the cent; defaults to {@link RoundingMode#HALF_UP}. */
    public Builder rounding(RoundingMode mode) {
      Objects.requireNonNull(mode, "mode");
      if (mode == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException("pay rounding mode must round, got UNNECESSARY");
      }
      this.rounding = mode;
      return this;
    }

    /** The terms of a grade, for a matrix without team columns. */
    public Builder row(String gradeCode, double salaryAdjustmentPercent, double bonusCoefficient) {
      if (teamScale != null) {
        throw new IllegalStateException(
            "the pay matrix has team-grade columns: use cell(grade, teamGrade, …)");
      }
      scale.require(gradeCode);
      put(gradeCode, terms(gradeCode, salaryAdjustmentPercent, bonusCoefficient));
      return this;
    }

    /** The terms of a grade in a team of a grade. */
    public Builder cell(
        String gradeCode,
        String teamGradeCode,
        double salaryAdjustmentPercent,
        double bonusCoefficient) {
      GradeScale teams = teamScale;
      if (teams == null) {
        throw new IllegalStateException(
            "the pay matrix has no team-grade columns: call byTeamGrade(scale) first");
      }
      scale.require(gradeCode);
      teams.require(teamGradeCode);
      put(
          key(gradeCode, teamGradeCode),
          terms(gradeCode + "/" + teamGradeCode, salaryAdjustmentPercent, bonusCoefficient));
      return this;
    }

    private static PayTerms terms(String where, double percent, double coefficient) {
      return new PayTerms(
          Args.decimal(percent, "salary adjustment percent of '" + where + "'"),
          Args.decimal(coefficient, "bonus coefficient of '" + where + "'"));
    }

    private void put(String key, PayTerms terms) {
      if (cells.put(key, terms) != null) {
        throw new IllegalArgumentException(
            "pay matrix cell '" + key.replace('\u0000', '/') + "' is given twice");
      }
    }

    /**
     * Builds the matrix.
     *
     * @throws IllegalStateException naming the first missing cell when the matrix is incomplete
     */
    public PayMatrix build() {
      GradeScale teams = teamScale;
      for (Grade g : scale.grades()) {
        if (teams == null) {
          if (!cells.containsKey(g.code())) {
            throw new IllegalStateException("pay matrix has no row for grade '" + g.code() + "'");
          }
        } else {
          for (Grade t : teams.grades()) {
            if (!cells.containsKey(key(g.code(), t.code()))) {
              throw new IllegalStateException(
                  "pay matrix has no cell for grade '" + g.code() + "' in a team graded '"
                      + t.code() + "'");
            }
          }
        }
      }
      return new PayMatrix(scale, teams, cells, rounding);
    }
  }
}

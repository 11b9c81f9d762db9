package dev.yardstick.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PayMatrixTest {

  static final GradeScale SCALE = GradeScale.defaultScale();
  static final Grade S = SCALE.require("S");
  static final Grade A = SCALE.require("A");
  static final Grade B = SCALE.require("B");
  static final Grade D = SCALE.require("D");

  static PayMatrix.Builder rows() {
    return PayMatrix.builder(SCALE)
        .row("S", 12, 2.0).row("A", 8, 1.5).row("B", 5, 1.0).row("C", 0, 0.5).row("D", 0, 0);
  }

  @Test
  void a_grade_maps_to_its_salary_percent_and_bonus_coefficient() {
    // GIVEN the matrix S 12%/2, A 8%/1.5, B 5%/1, C 0/0.5, D 0/0
    // WHEN the terms of a grade are looked up
    // THEN they are the row as configured
    PayMatrix matrix = rows().build();
    assertThat(matrix.terms(A).salaryAdjustmentPercent()).isEqualByComparingTo("8");
    assertThat(matrix.terms(A).bonusCoefficient()).isEqualByComparingTo("1.5");
    assertThat(matrix.terms(D)).hasToString("0% salary, bonus × 0");
    assertThat(matrix.terms(S)).hasToString("+12% salary, bonus × 2");
  }

  @Test
  void amounts_are_exact_to_the_cent() {
    // GIVEN grade A: +8%, bonus × 1.5
    PayProposal p =
        rows().build().propose(A, new BigDecimal("12345.67"), new BigDecimal("20000.00"));
    // WHEN 12345.67 salary and 20000.00 bonus base are applied (above)
    // THEN increase = 12345.67 × 8 ÷ 100 = 987.6536 → 987.65; new salary 12345.67 + 987.65
    assertThat(p.salaryIncrease()).isEqualTo(new BigDecimal("987.65"));
    assertThat(p.newSalary()).isEqualTo(new BigDecimal("13333.32"));
    // bonus = 20000.00 × 1.5 × 1 = 30000.00
    assertThat(p.bonus()).isEqualTo(new BigDecimal("30000.00"));
    assertThat(p.baseSalary()).isEqualTo(new BigDecimal("12345.67"));
    assertThat(p.teamCoefficient()).isEqualByComparingTo("1");
  }

  @Test
  void a_half_cent_rounds_half_up_by_default_and_half_even_on_request() {
    // GIVEN grade B (+5%) on 100.10: 100.10 × 5 ÷ 100 = 5.005
    BigDecimal base = new BigDecimal("100.10");
    // WHEN the increase is rounded to the cent
    // THEN half up gives 5.01, half even 5.00
    assertThat(rows().build().propose(B, base, BigDecimal.ZERO).salaryIncrease())
        .isEqualTo(new BigDecimal("5.01"));
    assertThat(
            rows().rounding(RoundingMode.HALF_EVEN).build()
                .propose(B, base, BigDecimal.ZERO).salaryIncrease())
        .isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void the_team_coefficient_multiplies_the_bonus_and_rounds_once() {
    // GIVEN grade A (bonus × 1.5), bonus base 33333.33 and a team coefficient of 1.1
    PayProposal p =
        rows().build()
            .propose(A, null, new BigDecimal("1.1"), new BigDecimal("10000"),
                new BigDecimal("33333.33"));
    // WHEN applied (above)
    // THEN bonus = 33333.33 × 1.5 × 1.1 = 54999.9945 → 54999.99 (one rounding, at the end)
    assertThat(p.bonus()).isEqualTo(new BigDecimal("54999.99"));
    // and the salary is unaffected: 10000 × 8% = 800.00
    assertThat(p.newSalary()).isEqualTo(new BigDecimal("10800.00"));
  }

  @Test
  void a_matrix_by_team_grade_looks_up_the_cell_of_both_grades() {
    // GIVEN team grades "strong" [80, 200] and "weak" [0, 80), every cell filled
    GradeScale teams = GradeScale.builder(0, 200).band("weak", 0, 80).band("strong", 80, 200).build();
    PayMatrix.Builder b = PayMatrix.builder(SCALE).byTeamGrade(teams);
    for (String g : SCALE.codes()) {
      if (!g.equals("A")) {
        b.cell(g, "strong", 3, 1.0).cell(g, "weak", 1, 0.5);
      }
    }
    PayMatrix matrix =
        b.cell("A", "strong", 10, 1.8).cell("A", "weak", 6, 1.2).build();
    // WHEN an A in a strong team and an A in a weak team are paid on 10000.00 / 10000.00
    PayProposal strong =
        matrix.propose(A, teams.require("strong"), BigDecimal.ONE, new BigDecimal("10000.00"),
            new BigDecimal("10000.00"));
    PayProposal weak =
        matrix.propose(A, teams.require("weak"), BigDecimal.ONE, new BigDecimal("10000.00"),
            new BigDecimal("10000.00"));
    // THEN strong: +10% = 1000.00, bonus × 1.8 = 18000.00; weak: +6% = 600.00, × 1.2 = 12000.00
    assertThat(strong.salaryIncrease()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(strong.bonus()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(weak.salaryIncrease()).isEqualTo(new BigDecimal("600.00"));
    assertThat(weak.bonus()).isEqualTo(new BigDecimal("12000.00"));
    assertThat(matrix.hasTeamColumns()).isTrue();
    assertThatThrownBy(() -> matrix.terms(A))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the pay matrix has team-grade columns: call terms(grade, teamGrade)");
    assertThatThrownBy(
            () -> matrix.propose(A, null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN))
        .hasMessage("the pay matrix has team-grade columns: a team grade is required");
  }

  @Test
  void an_incomplete_matrix_names_the_missing_cell() {
    // GIVEN matrices missing a row or a cell
    // WHEN they are built
    // THEN the first missing row or cell is named
    assertThatThrownBy(() -> PayMatrix.builder(SCALE).row("S", 12, 2).row("A", 8, 1.5).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pay matrix has no row for grade 'B'");
    GradeScale teams = GradeScale.builder(0, 200).band("weak", 0, 80).band("strong", 80, 200).build();
    assertThatThrownBy(
            () -> PayMatrix.builder(SCALE).byTeamGrade(teams).cell("S", "weak", 1, 1).build())
        .hasMessage("pay matrix has no cell for grade 'S' in a team graded 'strong'");
  }

  @Test
  void invalid_cells_and_amounts_are_rejected_naming_field_and_value() {
    // GIVEN invalid cells, grades and amounts
    // WHEN they are given
    // THEN each message names the field and the value
    assertThatThrownBy(() -> rows().row("S", 1, 1))
        .hasMessage("pay matrix cell 'S' is given twice");
    assertThatThrownBy(() -> PayMatrix.builder(SCALE).row("E", 1, 1))
        .hasMessage("grade 'E' is not on the scale [S, A, B, C, D]");
    assertThatThrownBy(() -> PayMatrix.builder(SCALE).row("S", -101, 1))
        .hasMessage("salary adjustment percent must be -100 or more, got -101");
    assertThatThrownBy(() -> PayMatrix.builder(SCALE).row("S", 5, -0.5))
        .hasMessage("bonus coefficient must not be negative, got -0.5");
    assertThatThrownBy(() -> PayMatrix.builder(SCALE).row("S", Double.NaN, 1))
        .hasMessage("salary adjustment percent of 'S' must be a finite number, got NaN");
    PayMatrix matrix = rows().build();
    assertThatThrownBy(
            () -> matrix.propose(A, new BigDecimal("1000.005"), BigDecimal.ZERO))
        .hasMessage("base salary must be exact to the cent (at most 2 decimals), got 1000.005");
    assertThatThrownBy(() -> matrix.propose(A, new BigDecimal("-1"), BigDecimal.ZERO))
        .hasMessage("base salary must not be negative, got -1");
    assertThatThrownBy(
            () -> matrix.propose(A, null, new BigDecimal("-0.1"), BigDecimal.TEN, BigDecimal.TEN))
        .hasMessage("team coefficient must not be negative, got -0.1");
    assertThatThrownBy(() -> matrix.propose(Grade.of("X"), BigDecimal.TEN, BigDecimal.TEN))
        .hasMessage("grade 'X' is not on the scale [S, A, B, C, D]");
    assertThatThrownBy(
            () -> matrix.propose(A, Grade.of("strong"), BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN))
        .hasMessage("the pay matrix has no team-grade columns, got team grade 'strong'");
  }

  @Test
  void a_pay_cut_is_allowed_down_to_minus_100_percent() {
    // GIVEN D: -5% salary on 8000.00 → -400.00
    PayMatrix matrix =
        PayMatrix.builder(SCALE).row("S", 12, 2).row("A", 8, 1.5).row("B", 5, 1)
            .row("C", 0, 0.5).row("D", -5, 0).build();
    PayProposal p = matrix.propose(D, new BigDecimal("8000.00"), new BigDecimal("5000.00"));
    // WHEN D is paid on 8000.00 with bonus base 5000.00
    // THEN -5% = -400.00, bonus × 0 = 0.00
    assertThat(p.salaryIncrease()).isEqualTo(new BigDecimal("-400.00"));
    assertThat(p.newSalary()).isEqualTo(new BigDecimal("7600.00"));
    assertThat(p.bonus()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void a_base_salary_with_an_exponent_of_a_hundred_million_is_rejected_at_once_naming_it() {
    // GIVEN a base salary of 1E+100000000, which would take minutes to expand to cents
    BigDecimal huge = new BigDecimal("1E+100000000");

    // WHEN a proposal is asked for THEN the amount is named at once, before any arithmetic
    assertThatThrownBy(() -> rows().build().propose(A, huge, new BigDecimal("20000.00")))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessage("field 'base salary': 1E+100000000 is out of range: Yardstick takes decimals of"
            + " at most 1000 digits whose exponent lies within ±1000");
    assertThatThrownBy(() -> rows().build().propose(A, new BigDecimal("12000.00"), new BigDecimal("1E+1000000000")))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessageStartingWith("field 'bonus base': 1E+1000000000 is out of range");
    assertThatThrownBy(() -> rows().build().propose(A, null, new BigDecimal("1E-5000"),
            new BigDecimal("12000.00"), new BigDecimal("20000.00")))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessageStartingWith("field 'team coefficient': 1E-5000 is out of range");
  }

  @Test
  void pay_terms_and_proposals_beyond_the_decimal_limits_are_rejected_naming_the_field() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> new PayTerms(new BigDecimal("1E+100000000"), BigDecimal.ONE))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessageStartingWith("field 'salaryAdjustmentPercent': 1E+100000000 is out of range");
    assertThatThrownBy(() -> new PayTerms(BigDecimal.ONE, new BigDecimal("1E+1000000000")))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessageStartingWith("field 'bonusCoefficient': 1E+1000000000 is out of range");
    PayProposal p = rows().build().propose(A, new BigDecimal("12345.67"), new BigDecimal("20000.00"));
    assertThatThrownBy(() -> new PayProposal(p.grade(), null, p.terms(), p.teamCoefficient(),
            p.baseSalary(), p.salaryIncrease(), p.newSalary(), p.bonusBase(), new BigDecimal("1E+1001"),
            p.finalGrade()))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessageStartingWith("field 'bonus': 1E+1001 is out of range");
  }
}

package dev.yardstick.review.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.testing.Fixtures;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeScaleTest {

  private final GradeScale scale = GradeScale.defaultScale();

  @ParameterizedTest(name = "{0} is graded {1}")
  @CsvSource({
    // lower boundaries are inclusive, upper exclusive: D [0,60) C [60,70) B [70,80) A [80,90) S [90,200]
    "0, D",
    "59.99, D",
    "60, C",
    "69.99, C",
    "70, B",
    "79.99, B",
    "80, A",
    "80.00, A",
    "89.99, A",
    "90, S",
    "150, S",
    "200, S" // the highest band includes the range's maximum
  })
  void totals_exactly_on_a_boundary_get_the_higher_grade(String total, String grade) {
    // GIVEN the default scale
    // WHEN a total is graded
    Grade g = scale.grade(new BigDecimal(total));
    // THEN the band [lower, upper) that contains it decides
    assertThat(g.code()).isEqualTo(grade);
  }

  @Test
  void a_double_total_is_graded_as_the_decimal_it_prints_as() {
    // GIVEN 79.99999999999999 (a hair below 80) and 80.0
    // WHEN graded as doubles
    // THEN the hair below stays a B, 80.0 is an A
    assertThat(scale.grade(79.99999999999999).code()).isEqualTo("B");
    assertThat(scale.grade(80.0).code()).isEqualTo("A");
  }

  @Test
  void an_evaluation_is_graded_by_its_rounded_total() {
    // GIVEN an evaluation whose raw total is 89.996, shown as 90.00 (2 decimals, half up)
    Evaluation e = Fixtures.withTotal("emp-1", 89.996);
    assertThat(e.total()).isEqualByComparingTo("90.00");
    // WHEN it is graded
    // THEN the grade matches the total people see: S, not A
    assertThat(scale.grade(e).code()).isEqualTo("S");
  }

  @Test
  void a_total_outside_the_range_is_rejected_naming_total_and_range() {
    // GIVEN the default scale over [0, 200]
    // WHEN 200.01 and -0.5 are graded
    // THEN the message names the total and the range
    assertThatThrownBy(() -> scale.grade(new BigDecimal("200.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total 200.01 is outside the grade scale's range [0, 200]");
    assertThatThrownBy(() -> scale.grade(-0.5))
        .hasMessage("total -0.5 is outside the grade scale's range [0, 200]");
  }

  @Test
  void an_evaluation_outside_the_range_is_rejected_naming_the_subject() {
    // GIVEN an evaluation with a total of 250
    // WHEN it is graded
    // THEN the message names the subject, the total and the range
    Evaluation e = Fixtures.withTotal("emp-9", 250);
    assertThatThrownBy(() -> scale.grade(e))
        .hasMessage("subject 'emp-9': total 250 is outside the grade scale's range [0, 200]");
  }

  @Test
  void a_nan_total_is_rejected() {
    // GIVEN a NaN total
    // WHEN it is graded
    // THEN it is rejected, naming the value
    assertThatThrownBy(() -> scale.grade(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be a finite number, got NaN");
  }

  @Test
  void the_default_scale_lists_grades_best_first_with_chinese_names() {
    // GIVEN the default scale
    // WHEN its grades, names and ranks are read
    // THEN S is best with rank 0 and the Chinese name 卓越
    assertThat(scale.codes()).containsExactly("S", "A", "B", "C", "D");
    assertThat(scale.require("S").name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("卓越");
    assertThat(scale.require("S").name(Locale.ENGLISH)).isEqualTo("Outstanding");
    assertThat(scale.rank(scale.require("S"))).isZero();
    assertThat(scale.rank(scale.require("D"))).isEqualTo(4);
    assertThat(scale.isAtLeast(scale.require("S"), scale.require("A"))).isTrue();
    assertThat(scale.isAtLeast(scale.require("A"), scale.require("A"))).isTrue();
    assertThat(scale.isAtLeast(scale.require("B"), scale.require("A"))).isFalse();
    assertThat(scale.band(scale.require("B")).lower()).isEqualByComparingTo("70");
  }

  @Test
  void an_unknown_grade_code_is_rejected_naming_the_scale() {
    // GIVEN the default scale
    // WHEN grade E is required
    // THEN the message lists the scale
    assertThatThrownBy(() -> scale.require("E"))
        .hasMessage("grade 'E' is not on the scale [S, A, B, C, D]");
  }

  @Test
  void a_custom_scale_centred_on_100_grades_as_declared() {
    // GIVEN a three-grade scale over [0, 150]
    GradeScale custom =
        GradeScale.builder(0, 150).band("C", 0, 85).band("B", 85, 100).band("A", 100, 150).build();
    // WHEN totals are graded
    // THEN 100 (every target met) is an A, 99.99 a B, 150 an A
    assertThat(custom.grade(100).code()).isEqualTo("A");
    assertThat(custom.grade(99.99).code()).isEqualTo("B");
    assertThat(custom.grade(150).code()).isEqualTo("A");
    assertThat(custom.grades()).extracting(Grade::code).containsExactly("A", "B", "C");
  }

  @Test
  void a_gap_between_bands_is_rejected_naming_it() {
    // GIVEN C [0, 60) and B [65, 100)
    // WHEN the scale is built
    // THEN the gap [60, 65) is named
    assertThatThrownBy(
            () -> GradeScale.builder(0, 100).band("C", 0, 60).band("B", 65, 100).build())
        .hasMessage("grade bands C [0, 60) and B [65, 100) leave a gap [60, 65) without a grade");
  }

  @Test
  void overlapping_bands_are_rejected_naming_the_overlap() {
    // GIVEN C [0, 65) and B [60, 100)
    // WHEN the scale is built
    // THEN the overlap [60, 65) is named
    assertThatThrownBy(
            () -> GradeScale.builder(0, 100).band("C", 0, 65).band("B", 60, 100).build())
        .hasMessage("grade bands C [0, 65) and B [60, 100) overlap on [60, 65)");
  }

  @Test
  void bands_out_of_order_are_rejected() {
    // GIVEN B declared before C
    // WHEN the scale is built
    // THEN the order is named
    assertThatThrownBy(
            () -> GradeScale.builder(0, 100).band("B", 60, 100).band("C", 0, 60).build())
        .hasMessage(
            "grade band C [0, 60) is declared after B [60, 100), which does not start lower:"
                + " declare bands from the lowest to the highest");
  }

  @Test
  void bands_not_covering_the_range_are_rejected() {
    // GIVEN bands starting at 10 or ending at 90 on [0, 100]
    // WHEN the scales are built
    // THEN the uncovered end is named
    assertThatThrownBy(
            () -> GradeScale.builder(0, 100).band("C", 10, 60).band("B", 60, 100).build())
        .hasMessage("the lowest grade band C [10, 60) must start at the scale's minimum 0");
    assertThatThrownBy(
            () -> GradeScale.builder(0, 100).band("C", 0, 60).band("B", 60, 90).build())
        .hasMessage("the highest grade band B [60, 90) must end at the scale's maximum 100");
  }

  @Test
  void invalid_bands_and_ranges_are_rejected_naming_the_values() {
    // GIVEN empty, duplicate, inverted and infinite bands or ranges, bad codes and tags
    // WHEN they are declared
    // THEN each message names the value
    assertThatThrownBy(() -> GradeScale.builder(0, 100).build())
        .hasMessage("grade scale has no bands");
    assertThatThrownBy(
            () -> GradeScale.builder(0, 100).band("A", 0, 50).band("A", 50, 100).build())
        .hasMessage("grade scale has grade 'A' twice");
    assertThatThrownBy(() -> GradeScale.builder(0, 100).band("A", 90, 80))
        .hasMessage("grade band 'A' must have lower < upper, got [90, 80)");
    assertThatThrownBy(() -> GradeScale.builder(100, 100))
        .hasMessage("grade scale range must have min < max, got min=100, max=100");
    assertThatThrownBy(() -> GradeScale.builder(0, Double.POSITIVE_INFINITY))
        .hasMessage("grade scale max must be a finite number, got Infinity");
    assertThatThrownBy(() -> Grade.of("A A"))
        .hasMessage("grade code must be 1 to 16 characters without whitespace, got 'A A'");
    assertThatThrownBy(() -> Grade.of("A").withTranslation("??", "x"))
        .hasMessage("grade 'A' translations: '??' is not a language tag such as 'zh' or 'zh-CN'");
  }
}

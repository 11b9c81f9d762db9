package dev.yardstick.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  static final Period JULY = Period.parse("2026-07");

  @Test
  void values_are_normalised_so_that_equal_numbers_are_equal() {
    Measurement a = Measurement.of("emp-1", "gmv", JULY, new BigDecimal("1250000.50"));
    Measurement b = Measurement.of("emp-1", "gmv", JULY, new BigDecimal("1250000.5"));
    assertThat(a).isEqualTo(b);
    assertThat(Measurement.of("emp-1", "gmv", JULY, new BigDecimal("100.00")).value().toPlainString())
        .isEqualTo("100");
  }

  @Test
  void a_double_becomes_the_decimal_it_prints_as() {
    // 0.1 is not exact in binary; the measurement keeps the decimal 0.1 the user meant
    assertThat(Measurement.of("emp-1", "cvr", JULY, 0.1).value()).isEqualByComparingTo("0.1");
  }

  @Test
  void a_ratio_keeps_numerator_and_denominator_and_computes_its_value() {
    // 3150 buyers / 90000 visitors = 0.035
    Measurement cvr = Measurement.ratio("emp-1", "conversion-rate", JULY, 3150, 90000);
    assertThat(cvr.isRatio()).isTrue();
    assertThat(cvr.value()).isEqualByComparingTo("0.035");
    assertThat(cvr.numerator()).isEqualByComparingTo("3150");
    assertThat(cvr.denominator()).isEqualByComparingTo("90000");
  }

  @Test
  void a_ratio_with_a_zero_denominator_is_rejected_naming_the_field() {
    assertThatThrownBy(() -> Measurement.ratio("emp-1", "conversion-rate", JULY, 5, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'conversion-rate', field 'denominator': 0 cannot be zero: the ratio is undefined");
  }

  @Test
  void a_numerator_without_denominator_is_rejected() {
    assertThatThrownBy(() -> new Measurement("emp-1", "cvr", JULY, BigDecimal.ONE, BigDecimal.ONE, null, Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("field 'denominator'");
  }

  @Test
  void nan_and_infinity_are_rejected_naming_subject_indicator_field_and_value() {
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> Measurement.of("emp-1", "gmv", JULY, Double.POSITIVE_INFINITY));
    assertThat(e.subjectId()).isEqualTo("emp-1");
    assertThat(e.indicatorId()).isEqualTo("gmv");
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.value()).isEqualTo("Infinity");
    assertThatThrownBy(() -> Measurement.ratio("emp-1", "cvr", JULY, Double.NaN, 10))
        .hasMessage("subject 'emp-1', indicator 'cvr', field 'numerator': NaN is not a finite number");
    assertThatThrownBy(() -> Measurement.of("emp-1", "complaints", JULY, 0).withPart("late", Double.NaN))
        .hasMessage("subject 'emp-1', indicator 'complaints', field 'part 'late'': NaN is not a finite number");
  }

  @Test
  void parts_keep_their_order() {
    Measurement m = Measurement.of("emp-1", "service-discipline", JULY, 0)
        .withPart("complaint", 2).withPart("late-reply", 3);
    assertThat(m.parts().keySet()).containsExactly("complaint", "late-reply");
    assertThat(m.parts().get("late-reply")).isEqualByComparingTo("3");
  }

  @Test
  void malformed_ids_are_rejected_naming_the_value() {
    assertThatThrownBy(() -> Measurement.of("emp 1", "gmv", JULY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject id").hasMessageContaining("'emp 1'");
  }
}

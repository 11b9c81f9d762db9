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

  // ---------------------------------------------------------------- decimal limits

  @Test
  void a_value_with_an_exponent_of_a_hundred_million_is_rejected_at_once_naming_the_value() {
    // GIVEN 1E+100000000, which today takes more than 90 seconds to expand to plain digits
    BigDecimal huge = new BigDecimal("1E+100000000");

    // WHEN it is measured THEN it is rejected at once (well within a second), naming the value
    long start = System.nanoTime();
    assertThatThrownBy(() -> Measurement.of("emp-1", "gmv", JULY, huge))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'value': 1E+100000000 is out of range:"
            + " Yardstick takes decimals of at most 1000 digits whose exponent lies within ±1000")
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("1E+100000000"));
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void a_value_whose_exponent_overflows_an_int_when_expanded_is_an_invalid_input_not_an_arithmetic_error() {
    // GIVEN 1E+1000000000, whose expansion today leaks an ArithmeticException
    // WHEN it is measured THEN InvalidInputException naming the field and value
    assertThatThrownBy(() -> Measurement.of("emp-1", "gmv", JULY, new BigDecimal("1E+1000000000")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject 'emp-1', indicator 'gmv', field 'value': 1E+1000000000 is out of range");
  }

  @Test
  void numerators_denominators_and_parts_beyond_the_limits_are_rejected_naming_their_field() {
    BigDecimal tiny = new BigDecimal("1E-1001");
    assertThatThrownBy(() -> Measurement.ratio("emp-1", "cvr", JULY, tiny, BigDecimal.TEN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject 'emp-1', indicator 'cvr', field 'numerator': 1E-1001 is out of range");
    assertThatThrownBy(() -> Measurement.ratio("emp-1", "cvr", JULY, BigDecimal.ONE, new BigDecimal("1E+1000")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject 'emp-1', indicator 'cvr', field 'denominator': 1E+1000 is out of range");
    assertThatThrownBy(() -> new Measurement("emp-1", "cvr", JULY, BigDecimal.ONE, BigDecimal.ONE, tiny, Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject 'emp-1', indicator 'cvr', field 'denominator': 1E-1001 is out of range");
    Measurement m = Measurement.of("emp-1", "complaints", JULY, 0);
    assertThatThrownBy(() -> m.withPart("rude", new BigDecimal("5E+99999")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject 'emp-1', indicator 'complaints', field 'part 'rude'': 5E+99999 is out of range");
  }

  @Test
  void decimals_at_the_limits_are_accepted_and_just_beyond_are_not() {
    // scale 1000 and -999 (1000 integer digits) are in; 1001 and 1000 integer digits + 1 are out
    assertThat(Measurement.of("emp-1", "gmv", JULY, new BigDecimal("1E-1000")).value())
        .isEqualByComparingTo("1E-1000");
    assertThat(Measurement.of("emp-1", "gmv", JULY, new BigDecimal("9E+999")).value().precision())
        .isEqualTo(1000);
    BigDecimal thousandDigits = new BigDecimal("1".repeat(1000));
    assertThat(DecimalLimits.isWithin(thousandDigits)).isTrue();
    assertThat(DecimalLimits.isWithin(new BigDecimal("1".repeat(1001)))).isFalse();
    assertThat(DecimalLimits.isWithin(new BigDecimal("1E-1001"))).isFalse();
    assertThat(DecimalLimits.isWithin(new BigDecimal("1E+999"))).isTrue();
    assertThat(DecimalLimits.isWithin(new BigDecimal("1E+1000"))).isFalse();
    assertThat(DecimalLimits.isWithin(new BigDecimal("0E+999"))).isTrue();
    assertThat(DecimalLimits.isWithin(new BigDecimal("0E+1001"))).isFalse();
  }

  @Test
  void a_long_offending_value_is_abbreviated_in_the_message_and_never_expanded() {
    // GIVEN 1001 digits WHEN checked THEN the message shows the first 20 characters and the size
    BigDecimal digits = new BigDecimal("1".repeat(1001));
    assertThatThrownBy(() -> DecimalLimits.check(null, null, "base salary", digits))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("field 'base salary': " + "1".repeat(20) + "…(1001 digits, scale 0) is out of range");
    // AND a text of 40 characters is shown whole, one of 41 is abbreviated
    assertThat(DecimalLimits.shown(new BigDecimal("1".repeat(40)))).isEqualTo("1".repeat(40));
    assertThat(DecimalLimits.shown(new BigDecimal("1".repeat(41))))
        .isEqualTo("1".repeat(20) + "…(41 digits, scale 0)");
    assertThatThrownBy(() -> DecimalLimits.check(null, null, "base salary", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("base salary");
  }

  @Test
  void an_absent_value_is_left_out_of_the_message_so_that_it_does_not_read_as_none_is_missing() {
    // GIVEN a numerator without its denominator
    // WHEN measured THEN the message says what is missing, not "none is missing" or "null is missing"
    assertThatThrownBy(() -> new Measurement("emp-1", "cvr", JULY, BigDecimal.ONE, BigDecimal.ONE, null, Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'cvr', field 'denominator' is missing: a ratio needs both"
            + " numerator and denominator")
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("none"));
    assertThat(new InvalidInputException(null, null, "measurements", InvalidInputException.NONE,
            "every item is missing: nothing to evaluate").getMessage())
        .isEqualTo("field 'measurements': every item is missing: nothing to evaluate");
    assertThat(new InvalidInputException("emp-1", null, "parts", "none", "has no rating").getMessage())
        .isEqualTo("subject 'emp-1', field 'parts' has no rating");
    assertThat(new InvalidInputException("emp-1", null, "objectives", "none", "are active").getMessage())
        .isEqualTo("subject 'emp-1', field 'objectives': none are active");
    assertThat(new InvalidInputException("emp-1", null, "years", "none", "were given").getMessage())
        .isEqualTo("subject 'emp-1', field 'years': none were given");
    assertThat(new InvalidInputException("emp-1", null, "rating", "nones", "is not a rating").getMessage())
        .isEqualTo("subject 'emp-1', field 'rating': nones is not a rating");
  }
}

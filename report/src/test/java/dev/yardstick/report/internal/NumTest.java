package dev.yardstick.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumTest {

  @Test
  void coordinates_have_at_most_two_decimals_and_no_negative_zero() {
    // 848 / 3 = 282.666… rounds half-up to 282.67; 1/3 to 0.33; −0.001 to 0, not −0
    assertThat(Num.coord(848.0 / 3)).isEqualTo("282.67");
    assertThat(Num.coord(1.0 / 3)).isEqualTo("0.33");
    assertThat(Num.coord(-0.001)).isEqualTo("0");
    assertThat(Num.coord(-0.0)).isEqualTo("0");
    assertThat(Num.coord(740)).isEqualTo("740");
    assertThat(Num.coord(-12.5)).isEqualTo("-12.5");
    // the exact binary value of 0.125 is a tie: half-up gives 0.13
    assertThat(Num.coord(0.125)).isEqualTo("0.13");
  }

  @Test
  void a_number_that_is_not_finite_cannot_become_a_coordinate() {
    assertThatThrownBy(() -> Num.coord(Double.NaN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot format NaN: charts need finite numbers");
  }

  @Test
  void plain_decimals_drop_trailing_zeros_and_exponents() {
    assertThat(Num.plain(new BigDecimal("1.50"))).isEqualTo("1.5");
    assertThat(Num.plain(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(Num.plain(new BigDecimal("0.000"))).isEqualTo("0");
  }

  @Test
  void grouped_decimals_put_a_comma_every_three_integer_digits() {
    assertThat(Num.grouped(new BigDecimal("1150000"))).isEqualTo("1,150,000");
    assertThat(Num.grouped(new BigDecimal("-1234.50"))).isEqualTo("-1,234.5");
    assertThat(Num.grouped(new BigDecimal("999"))).isEqualTo("999");
    assertThat(Num.grouped(new BigDecimal("100000"))).isEqualTo("100,000");
    assertThat(Num.grouped(new BigDecimal("0.0315"))).isEqualTo("0.0315");
  }
}

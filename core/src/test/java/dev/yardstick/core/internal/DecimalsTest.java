package dev.yardstick.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void the_shortest_decimal_is_the_one_people_wrote() {
    assertThat(Decimals.shortest(90.05).toPlainString()).isEqualTo("90.05");
    assertThat(Decimals.shortest(0.1 + 0.2).toPlainString()).isEqualTo("0.30000000000000004");
    assertThat(Decimals.shortest(86.51499999999999).toPlainString()).isEqualTo("86.51499999999999");
    assertThat(Decimals.shortest(120.0).toPlainString()).isEqualTo("120");
    assertThat(Decimals.shortest(-7.5).toPlainString()).isEqualTo("-7.5");
    assertThat(Decimals.shortest(0.0)).isSameAs(BigDecimal.ZERO);
    assertThat(Decimals.shortest(-0.0)).isSameAs(BigDecimal.ZERO);
  }

  @Test
  void the_shortest_decimal_does_not_depend_on_the_jdk() {
    // JDK 17's Double.toString gives 8.409999999999999E21, 9.999999999999999E22 and
    // 2.82879384806159008E17 for these; JDK 19 and later give the shortest digits, as here
    assertThat(Decimals.shortest(8.41E21)).isEqualByComparingTo("8.41E21");
    assertThat(Decimals.shortest(1.0E23)).isEqualByComparingTo("1E23");
    assertThat(Decimals.shortest(2.82879384806159E17)).isEqualByComparingTo("2.82879384806159E17");
  }

  @Test
  void every_shortest_decimal_reads_back_and_no_shorter_one_does() {
    SplittableRandom random = new SplittableRandom(20261203);
    for (int i = 0; i < 20_000; i++) {
      double x =
          i % 2 == 0
              ? Double.longBitsToDouble(random.nextLong())
              : Math.round(random.nextDouble(-1e6, 1e6) * 1e4) / 1e4; // four-decimal values
      if (!Double.isFinite(x) || x == 0) {
        continue;
      }
      BigDecimal s = Decimals.shortest(x);
      assertThat(s.doubleValue()).as("%s", x).isEqualTo(x);
      int digits = s.stripTrailingZeros().precision();
      if (digits > 1) {
        BigDecimal shorter = new BigDecimal(x).round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
        assertThat(shorter.doubleValue()).as("%s", x).isNotEqualTo(x);
      }
    }
  }

  @Test
  void a_value_that_is_not_finite_has_no_decimal() {
    assertThatThrownBy(() -> Decimals.shortest(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Decimals.shortest(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Infinity");
  }
}

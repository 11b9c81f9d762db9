package dev.yardstick.rules.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The compact form of a column's {@code (unscaled, scale)}, as column scorers read values. */
class DecColumnFormTest {

  @Test
  void a_short_column_value_keeps_its_digits_and_compares_as_its_number() {
    // GIVEN 12300 at scale 2 (= 123) WHEN made compact THEN the digits are kept as they are
    long c = Dec.compact(12_300, 2);
    assertThat(Dec.unscaled(c)).isEqualTo(12_300);
    assertThat(Dec.scale(c)).isEqualTo(2);
    // and it equals 123, and gives the same percentage: 123 × 100 ÷ 100 = 123
    assertThat(Dec.compare(c, Dec.compact(new BigDecimal("123")))).isZero();
    assertThat(Dec.percentOf(c, Dec.compactOf(100))).isEqualTo(123);
    // and stripped it is 123 at scale 0
    assertThat(Dec.strip(c)).isEqualTo(Dec.compact(123, 0));
  }

  @Test
  void a_long_column_value_fits_only_when_its_trailing_zeros_make_it_short() {
    // GIVEN 10^16 at scale 18 (= 0.01) and 1234567890123456789 at scale 4
    // WHEN made compact
    // THEN 0.01 fits (as 10^13 at scale 15, which strips to 1 at scale 2); 19 digits do not
    long hundredth = Dec.compact(10_000_000_000_000_000L, 18);
    assertThat(Dec.unscaled(hundredth)).isEqualTo(10_000_000_000_000L);
    assertThat(Dec.scale(hundredth)).isEqualTo(15);
    assertThat(Dec.strip(hundredth)).isEqualTo(Dec.compact(1, 2));
    assertThat(Dec.compact(1_234_567_890_123_456_789L, 4)).isEqualTo(Dec.NONE);
    assertThat(Dec.compact(Long.MIN_VALUE, 0)).isEqualTo(Dec.NONE);
  }

  @Test
  void a_comparison_that_does_not_fit_is_undecided() {
    // GIVEN 10^14 at scale 0 and 1 at scale 15: 10^14 × 10^15 does not fit in 2^52
    // WHEN compared THEN undecided
    assertThat(Dec.compare(Dec.compact(100_000_000_000_000L, 0), Dec.compact(1, 15)))
        .isEqualTo(Dec.UNDECIDED);
    assertThat(Dec.compare(Dec.NONE, Dec.compact(1, 0))).isEqualTo(Dec.UNDECIDED);
  }

  @Test
  void a_prepared_line_is_the_generic_line() {
    // GIVEN the line through (800000, 60) and (1000000, 100)
    long x0 = Dec.compactOf(800_000);
    long x1 = Dec.compactOf(1_000_000);
    long y0 = Dec.compactOf(60);
    long y1 = Dec.compactOf(100);
    Dec.Line line = new Dec.Line(x0, x1, y0, y1);
    // WHEN taken at 900000 and at 900000.005 (a finer scale than the points')
    // THEN 60 + 100000 × 40 ÷ 200000 = 80, and as the generic line at the finer value
    assertThat(line.at(Dec.compact(900_000, 0))).isEqualTo(80);
    long finer = Dec.compact(900_000_005, 3);
    assertThat(line.at(finer)).isEqualTo(Dec.line(finer, x0, x1, y0, y1));
  }
}

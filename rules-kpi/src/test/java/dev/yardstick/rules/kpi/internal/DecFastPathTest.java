package dev.yardstick.rules.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link Dec} give the same doubles, bit for bit, as the decimal formulas they
 * replace: checked on short decimals of every scale drawn from a fixed seed, and on decimals too
 * long for the fast path.
 */
class DecFastPathTest {

  private static final int CASES = 10_000;

  /** A short decimal: up to 9 digits, scale 0 to 6, either sign. */
  private static BigDecimal decimal(SplittableRandom r) {
    long unscaled = r.nextLong(-999_999_999L, 1_000_000_000L);
    return BigDecimal.valueOf(unscaled, r.nextInt(0, 7));
  }

  private static BigDecimal nonZero(SplittableRandom r) {
    BigDecimal d = decimal(r);
    return d.signum() == 0 ? BigDecimal.ONE : d;
  }

  @Test
  void percent_of_is_the_decimal_quotient_to_the_last_bit() {
    // GIVEN short decimals a and b ≠ 0
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < CASES; i++) {
      BigDecimal a = decimal(r);
      BigDecimal b = nonZero(r);
      // WHEN a × 100 ÷ b is computed both ways THEN the doubles are identical
      assertThat(Dec.percentOfToDouble(a, b))
          .as("%s %% of %s", a, b)
          .isEqualTo(Dec.toDouble(Dec.percentOf(a, b)));
    }
  }

  @Test
  void the_complement_is_the_decimal_one_to_the_last_bit() {
    // GIVEN short decimals a and b ≠ 0
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < CASES; i++) {
      BigDecimal a = decimal(r);
      BigDecimal b = nonZero(r);
      // WHEN 200 − a × 100 ÷ b is computed both ways THEN the doubles are identical
      assertThat(Dec.complementToDouble(a, b))
          .as("200 - %s %% of %s", a, b)
          .isEqualTo(Dec.toDouble(Dec.of(200).subtract(Dec.percentOf(a, b))));
    }
  }

  @Test
  void a_line_is_the_decimal_line_to_the_last_bit() {
    // GIVEN a short x and two points with x0 ≠ x1 (thirds and sevenths included)
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < CASES; i++) {
      BigDecimal x = decimal(r);
      BigDecimal x0 = decimal(r);
      BigDecimal x1 = r.nextBoolean() ? x0.add(BigDecimal.valueOf(r.nextInt(1, 8))) : decimal(r);
      if (x1.compareTo(x0) == 0) {
        continue;
      }
      BigDecimal y0 = BigDecimal.valueOf(r.nextInt(-50, 200));
      BigDecimal y1 = decimal(r);
      // WHEN the line is computed both ways THEN the doubles are identical
      assertThat(Dec.lineToDouble(x, x0, x1, y0, y1))
          .as("line at %s through (%s, %s) (%s, %s)", x, x0, y0, x1, y1)
          .isEqualTo(Dec.toDouble(Dec.line(x, x0, x1, y0, y1)));
    }
  }

  @Test
  void a_line_at_a_fraction_is_the_decimal_line_at_the_rounded_quotient() {
    // GIVEN distances |a − t| ÷ |t| and a line from (tolerance, 100) to (floorDistance, 0)
    SplittableRandom r = new SplittableRandom(4);
    BigDecimal tolerance = new BigDecimal("0.1");
    BigDecimal far = new BigDecimal("0.5");
    int decided = 0;
    for (int i = 0; i < CASES; i++) {
      long diff = r.nextLong(0, 100_000);
      long t = r.nextLong(1, 100_000);
      BigDecimal q = Dec.div(BigDecimal.valueOf(diff), BigDecimal.valueOf(t));
      // WHEN the line is computed at the exact fraction diff × 10 ÷ (t × 10^1)
      double fast = Dec.lineAt(diff * 10, t, 1, Dec.compact(tolerance), Dec.compact(far),
          Dec.compactOf(100), Dec.compactOf(0));
      // THEN it is the decimal line at the 34-digit quotient, or NaN (undecided)
      if (fast == fast) {
        decided++;
        assertThat(fast).as("line at %d/%d", diff, t).isEqualTo(Dec.toDouble(
            Dec.line(q, tolerance, far, Dec.of(100), BigDecimal.ZERO)));
      }
    }
    assertThat(decided).isGreaterThan(CASES * 99 / 100);
  }

  @Test
  void decimals_longer_than_15_digits_take_the_decimal_path_with_the_same_result() {
    // GIVEN a 20-digit actual
    BigDecimal a = new BigDecimal("1234567890.1234567891");
    BigDecimal t = new BigDecimal("0.035");
    // WHEN scored THEN the fast path declines and the result is the decimal one
    assertThat(Dec.compact(a)).isEqualTo(Dec.NONE);
    assertThat(Dec.percentOfToDouble(a, t)).isEqualTo(Dec.toDouble(Dec.percentOf(a, t)));
    assertThat(Dec.lineToDouble(a, BigDecimal.ZERO, t, BigDecimal.ONE, BigDecimal.TEN))
        .isEqualTo(Dec.toDouble(Dec.line(a, BigDecimal.ZERO, t, BigDecimal.ONE, BigDecimal.TEN)));
  }

  @Test
  void a_compact_decimal_keeps_its_unscaled_value_and_scale() {
    // GIVEN 0.0315 (315 at scale 4), -12.5 and 1E+7 (a negative scale)
    long a = Dec.compact(new BigDecimal("0.0315"));
    long b = Dec.compact(new BigDecimal("-12.5"));
    long c = Dec.compact(new BigDecimal("1E+7"));
    // THEN the parts read back; 1E+7 becomes 10000000 at scale 0
    assertThat(Dec.unscaled(a)).isEqualTo(315);
    assertThat(Dec.scale(a)).isEqualTo(4);
    assertThat(Dec.unscaled(b)).isEqualTo(-125);
    assertThat(Dec.scale(b)).isEqualTo(1);
    assertThat(Dec.unscaled(c)).isEqualTo(10_000_000);
    assertThat(Dec.scale(c)).isZero();
  }

  @Test
  void a_quotient_of_integers_beyond_2_to_the_53_is_left_to_the_decimal_path() {
    // GIVEN n = 2^53 + 1, which no double holds exactly
    long n = (1L << 53) + 1;
    // WHEN divided by 2 THEN the fast path declines (NaN), while 1 ÷ 3 is the double 1.0 / 3
    assertThat(Dec.quotient(n, 2, n)).isNaN();
    assertThat(Dec.quotient(1, 3, 1)).isEqualTo(1.0 / 3);
  }
}

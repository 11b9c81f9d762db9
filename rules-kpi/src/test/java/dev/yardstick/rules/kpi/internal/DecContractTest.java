package dev.yardstick.rules.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link Dec}'s integer helpers, one by one, on hand-computed numbers: the
 * compact form and its trailing zeros, overflow to {@link Dec#NONE}, the margin of {@link
 * Dec#exactQuotient}, the line terms and their limit. (And {@link Checks}, which hands values
 * back.)
 */
class DecContractTest {

  private static final long P15 = 1_000_000_000_000_000L;
  private static final long FIT = (1L << 52) - 1; // 4503599627370495

  private static long c(long unscaled, int scale) {
    return unscaled << 4 | scale;
  }

  // ------------------------------------------------------------------------------------------
  // compact, strip, strippable
  // ------------------------------------------------------------------------------------------

  @Test
  void a_column_value_of_10_to_the_15_fits_only_once_a_trailing_zero_is_dropped() {
    // GIVEN 10^15 at scale 1 (= 10^14) and -10^15 at scale 1: 16 digits, one trailing zero
    // WHEN made compact
    // THEN 10^14 and -10^14 at scale 0
    assertThat(Dec.compact(P15, 1)).isEqualTo(c(P15 / 10, 0));
    assertThat(Dec.compact(-P15, 1)).isEqualTo(c(-P15 / 10, 0));
    // and at scale 0 there is no zero to drop: 10^15 and -10^15 do not fit
    assertThat(Dec.compact(P15, 0)).isEqualTo(Dec.NONE);
    assertThat(Dec.compact(-P15, 0)).isEqualTo(Dec.NONE);
    // while 10^15 − 1 fits as it is
    assertThat(Dec.compact(P15 - 1, 0)).isEqualTo(c(P15 - 1, 0));
  }

  @Test
  void a_scale_above_15_drops_only_the_zeros_it_must() {
    // GIVEN 1000 at scale 16 (= 0.0000000000001)
    // WHEN made compact
    // THEN one zero goes (scale 15 is the largest the form holds): 100 at scale 15, no fewer
    assertThat(Dec.compact(1000, 16)).isEqualTo(c(100, 15));
    // and 7 at scale 16 cannot lose a digit: it does not fit
    assertThat(Dec.compact(7, 16)).isEqualTo(Dec.NONE);
  }

  @Test
  void strip_drops_every_trailing_zero_and_keeps_none_and_zero() {
    // GIVEN 12300 at scale 2 (123), 12300 at scale 1 (1230), -500 at scale 3 (-0.5), 0 at 3
    // THEN 123 at 0, 1230 at 0 (a scale of 0 keeps the integer's zeros), -5 at 1, 0 at 0
    assertThat(Dec.strip(c(12_300, 2))).isEqualTo(c(123, 0));
    assertThat(Dec.strip(c(12_300, 1))).isEqualTo(c(1_230, 0));
    assertThat(Dec.strip(c(-500, 3))).isEqualTo(c(-5, 1));
    assertThat(Dec.strip(c(0, 3))).isZero();
    assertThat(Dec.strip(Dec.NONE)).isEqualTo(Dec.NONE);
  }

  @Test
  void only_a_value_with_a_trailing_zero_after_the_point_is_strippable() {
    // GIVEN 12300 at scale 2 and -1200 at scale 2: a zero to drop after the point
    assertThat(Dec.strippable(c(12_300, 2))).isTrue();
    assertThat(Dec.strippable(c(-1_200, 2))).isTrue();
    // and 12300 at scale 0 (no point), 123 at scale 2 and 1205 at scale 1 (no trailing zero),
    // NONE: nothing to drop
    assertThat(Dec.strippable(c(12_300, 0))).isFalse();
    assertThat(Dec.strippable(c(123, 2))).isFalse();
    assertThat(Dec.strippable(c(1_205, 1))).isFalse();
    assertThat(Dec.strippable(Dec.NONE)).isFalse();
  }

  @Test
  void rescale_multiplies_by_a_power_of_ten_or_gives_none() {
    // GIVEN 123 at scale 1 WHEN taken to scale 4 THEN 123 × 10^3 = 123000; to scale 1: as is
    assertThat(Dec.rescale(123, 1, 4)).isEqualTo(123_000);
    assertThat(Dec.rescale(123, 1, 1)).isEqualTo(123);
    // and 10^9 to 9 more places: 10^18 ≥ 2^52, NONE
    assertThat(Dec.rescale(1_000_000_000L, 0, 9)).isEqualTo(Dec.NONE);
    assertThat(Dec.pow10(18)).isEqualTo(1_000_000_000_000_000_000L);
  }

  // ------------------------------------------------------------------------------------------
  // mul, add, compare
  // ------------------------------------------------------------------------------------------

  @Test
  void a_sum_that_reaches_2_to_the_52_is_none() {
    // GIVEN 2^51 + 2^51 = 2^52: the limit itself
    assertThat(Dec.add(1L << 51, 1L << 51)).isEqualTo(Dec.NONE);
    assertThat(Dec.add(-(1L << 51), -(1L << 51))).isEqualTo(Dec.NONE);
    // and 2^51 + (2^51 − 1) = 2^52 − 1 fits; 2^51 + (−2^51) = 0
    assertThat(Dec.add(1L << 51, (1L << 51) - 1)).isEqualTo(FIT);
    assertThat(Dec.add(1L << 51, -(1L << 51))).isZero();
    assertThat(Dec.add(Dec.NONE, 1)).isEqualTo(Dec.NONE);
    assertThat(Dec.add(1, Dec.NONE)).isEqualTo(Dec.NONE);
  }

  @Test
  void a_product_that_reaches_2_to_the_52_is_none() {
    // GIVEN 2^26 × 2^26 = 2^52 and 2^27 × 2^25 = 2^52: the limit
    assertThat(Dec.mul(1L << 26, 1L << 26)).isEqualTo(Dec.NONE);
    assertThat(Dec.mul(1L << 27, 1L << 25)).isEqualTo(Dec.NONE);
    // and (2^26 − 1) × 2^26 = 2^52 − 2^26 fits, as does −3 × 7 = −21
    assertThat(Dec.mul((1L << 26) - 1, 1L << 26)).isEqualTo((1L << 52) - (1L << 26));
    assertThat(Dec.mul(-3, 7)).isEqualTo(-21);
    assertThat(Dec.mul(Dec.NONE, 0)).isEqualTo(Dec.NONE);
  }

  @Test
  void compare_is_the_sign_of_the_difference_at_the_common_scale() {
    // GIVEN 1.5 (15 at 1) and 1.50 (150 at 2), 1.49 (149 at 2), -2 (−2 at 0)
    assertThat(Dec.compare(c(15, 1), c(150, 2))).isZero();
    assertThat(Dec.compare(c(15, 1), c(149, 2))).isPositive();
    assertThat(Dec.compare(c(-2, 0), c(149, 2))).isNegative();
    assertThat(Dec.compare(c(1, 0), Dec.NONE)).isEqualTo(Dec.UNDECIDED);
  }

  // ------------------------------------------------------------------------------------------
  // quotients
  // ------------------------------------------------------------------------------------------

  @Test
  void an_exact_quotient_is_decided_whatever_the_magnitude() {
    // GIVEN 3 ÷ 4 = 0.75 and −10 ÷ 4 = −2.5: no remainder
    assertThat(Dec.exactQuotient(3, 4, 1e30)).isEqualTo(0.75);
    assertThat(Dec.exactQuotient(-10, 4, 1e30)).isEqualTo(-2.5);
    assertThat(Dec.exactQuotient(0, 7, 1e30)).isEqualTo(0.0);
  }

  @Test
  void a_quotient_too_near_a_half_way_point_for_its_magnitude_is_nan() {
    // GIVEN 1 ÷ 3: the double q nearest 1/3 is 1/3 − 2^-54/3 (1/3 = 0.010101... in binary), so
    // the remainder 1 − 3q = 2^-54 ≈ 5.55e-17; the doubles near 1/3 are 2^-54 apart, so
    // the half-way point is 2^-55 from q, and the distance to it, times 3, is
    // 3 × 2^-55 − 2^-54 = 2^-55 ≈ 2.78e-17
    // WHEN the margin 1e-25 × magnitude is below that (magnitude 1e8: 1e-17) THEN q
    assertThat(Dec.exactQuotient(1, 3, 1e8)).isEqualTo(1.0 / 3);
    assertThat(Dec.exactQuotient(-1, 3, 1e8)).isEqualTo(-1.0 / 3);
    // WHEN it is above (magnitude 5e8: 5e-17 > 2.78e-17) THEN NaN: the decimal path decides
    assertThat(Dec.exactQuotient(1, 3, 5e8)).isNaN();
    assertThat(Dec.exactQuotient(-1, 3, 5e8)).isNaN();
    // and the same through quotient, with a negative divisor: −1 ÷ −3
    assertThat(Dec.quotient(-1, -3, 1e8)).isEqualTo(1.0 / 3);
    assertThat(Dec.quotient(-1, -3, 5e8)).isNaN();
  }

  @Test
  void a_quotient_of_none_or_by_zero_is_nan() {
    assertThat(Dec.quotient(Dec.NONE, 3, 1)).isNaN();
    assertThat(Dec.quotient(1, Dec.NONE, 1)).isNaN();
    assertThat(Dec.quotient(1, 0, 1)).isNaN();
    assertThat(Dec.quotient(1, 1L << 53, 1)).isNaN();
    // and 2^53 − 1 ÷ 1 is exact
    assertThat(Dec.quotient((1L << 53) - 1, 1, 1)).isEqualTo((double) ((1L << 53) - 1));
  }

  @Test
  void percent_and_complement_of_short_decimals() {
    // GIVEN 0.0315 and 0.035: 0.0315 × 100 ÷ 0.035 = 90; 200 − 90 = 110
    assertThat(Dec.percentOf(c(315, 4), c(35, 3))).isEqualTo(90);
    assertThat(Dec.complement(c(315, 4), c(35, 3))).isEqualTo(110);
    // and 45 of 0.5: 45 × 100 ÷ 0.5 = 9000; 200 − 9000 = −8800
    assertThat(Dec.percentOf(c(45, 0), c(5, 1))).isEqualTo(9000);
    assertThat(Dec.complement(c(45, 0), c(5, 1))).isEqualTo(-8800);
    // NONE and a zero divisor: NaN
    assertThat(Dec.complement(Dec.NONE, c(1, 0))).isNaN();
    assertThat(Dec.complement(c(1, 0), Dec.NONE)).isNaN();
    assertThat(Dec.complement(c(1, 0), c(0, 0))).isNaN();
    assertThat(Dec.percentOf(Dec.NONE, c(1, 0))).isNaN();
  }

  // ------------------------------------------------------------------------------------------
  // lines
  // ------------------------------------------------------------------------------------------

  @Test
  void the_line_terms_of_two_points_give_the_line_over_a_positive_denominator() {
    // GIVEN (0, 100) and (40, 0): first = 100 × 40 = 4000, dy = −100, den = 40 × 10^0 = 40
    assertThat(Dec.lineTerms(0, 40, c(100, 0), c(0, 0))).containsExactly(4000, -100, 40);
    // and at x = 10: (4000 + 10 × −100) ÷ 40 = 75
    assertThat(Dec.lineFit(10, 0, 4000, -100, 40)).isEqualTo(75);
    // GIVEN the same points the other way round, (40, 0) and (0, 100): dx = −40, first =
    // 0 × −40 = 0, dy = 100, den = −40, all negated so that den > 0: {0, −100, 40}
    assertThat(Dec.lineTerms(40, 0, c(0, 0), c(100, 0))).containsExactly(0, -100, 40);
    // and at x = 20: (0 + (20 − 40) × −100) ÷ 40 = 50
    assertThat(Dec.lineFit(20, 40, 0, -100, 40)).isEqualTo(50);
  }

  @Test
  void the_line_terms_drop_trailing_zeros_of_the_scores() {
    // GIVEN (0, 1.50) and (10, 2.50), the scores at scale 2: stripped to 1.5 and 2.5 (scale 1)
    // THEN first = 15 × 10 = 150, dy = 25 − 15 = 10, den = 10 × 10^1 = 100
    assertThat(Dec.lineTerms(0, 10, c(150, 2), c(250, 2))).containsExactly(150, 10, 100);
  }

  @Test
  void the_line_terms_are_null_when_a_number_does_not_fit() {
    // x0 = x1, or a point NONE
    assertThat(Dec.lineTerms(5, 5, c(1, 0), c(2, 0))).isNull();
    assertThat(Dec.lineTerms(Dec.NONE, 5, c(1, 0), c(2, 0))).isNull();
    assertThat(Dec.lineTerms(0, Dec.NONE, c(1, 0), c(2, 0))).isNull();
    assertThat(Dec.lineTerms(0, 5, Dec.NONE, c(2, 0))).isNull();
    assertThat(Dec.lineTerms(0, 5, c(1, 0), Dec.NONE)).isNull();
    // an x beyond FIT = 2^52 − 1; FIT itself is fine: (FIT, 1) to (FIT − 1, 1): dx = −1,
    // first = 1 × −1, dy = 0, den = −1, negated: {1, 0, 1}
    assertThat(Dec.lineTerms(FIT, FIT - 1, c(1, 0), c(1, 0))).containsExactly(1, 0, 1);
    // and (FIT − 1, 1) to (FIT, 1): dx = 1, first = 1 × 1, dy = 0, den = 1
    assertThat(Dec.lineTerms(FIT - 1, FIT, c(1, 0), c(1, 0))).containsExactly(1, 0, 1);
    assertThat(Dec.lineTerms(FIT + 1, FIT, c(1, 0), c(1, 0))).isNull();
    assertThat(Dec.lineTerms(FIT, FIT + 1, c(1, 0), c(1, 0))).isNull();
    assertThat(Dec.lineTerms(-FIT - 1, 0, c(1, 0), c(1, 0))).isNull();
    // y0 = 10^14 (scale 0) with y1 = 1 at scale 15: 10^14 × 10^15 does not fit
    assertThat(Dec.lineTerms(0, 1, c(100_000_000_000_000L, 0), c(1, 15))).isNull();
    assertThat(Dec.lineTerms(0, 1, c(1, 15), c(100_000_000_000_000L, 0))).isNull();
    // first = 2^20 × 2^40 = 2^60 does not fit
    assertThat(Dec.lineTerms(0, 1L << 40, c(1L << 20, 0), c(0, 0))).isNull();
    // den = 2^40 × 10^15 does not fit (first = 1 × 2^40 does)
    assertThat(Dec.lineTerms(0, 1L << 40, c(1, 15), c(2, 15))).isNull();
  }

  @Test
  void the_line_limit_keeps_every_term_within_fit() {
    // GIVEN first 4000, dy −100, x0 10: (FIT − 4000) ÷ 100 − 10
    // = 4503599627366495 ÷ 100 − 10 = 45035996273664 − 10 = 45035996273654
    assertThat(Dec.lineLimit(4000, -100, 10)).isEqualTo(45_035_996_273_654L);
    assertThat(Dec.lineLimit(-4000, 100, -10)).isEqualTo(45_035_996_273_654L);
    // a flat line: FIT − |x0|
    assertThat(Dec.lineLimit(5, 0, 7)).isEqualTo(FIT - 7);
    assertThat(Dec.lineLimit(5, 0, 0)).isEqualTo(FIT);
    // first = FIT leaves no room: (FIT − FIT) ÷ 1 − 0 = 0; x0 = FIT: FIT − FIT = 0
    assertThat(Dec.lineLimit(FIT, 1, 0)).isZero();
    assertThat(Dec.lineLimit(0, 0, FIT)).isZero();
    assertThat(Dec.lineLimit(-FIT, 1, 0)).isZero();
    assertThat(Dec.lineLimit(0, 0, -FIT)).isZero();
    // beyond FIT or NONE: none (−1)
    assertThat(Dec.lineLimit(FIT + 1, 1, 0)).isEqualTo(-1);
    assertThat(Dec.lineLimit(-FIT - 1, 1, 0)).isEqualTo(-1);
    assertThat(Dec.lineLimit(0, 1, FIT + 1)).isEqualTo(-1);
    assertThat(Dec.lineLimit(0, 1, -FIT - 1)).isEqualTo(-1);
    assertThat(Dec.lineLimit(Dec.NONE, 1, 0)).isEqualTo(-1);
    assertThat(Dec.lineLimit(0, Dec.NONE, 0)).isEqualTo(-1);
    assertThat(Dec.lineLimit(0, 1, Dec.NONE)).isEqualTo(-1);
  }

  @Test
  void a_line_through_two_points_at_the_same_x_is_nan() {
    // GIVEN (1, 0) and (1, 10): no line
    assertThat(Dec.line(c(5, 0), c(1, 0), c(1, 0), c(0, 0), c(10, 0))).isNaN();
    assertThat(Dec.line(Dec.NONE, c(1, 0), c(2, 0), c(0, 0), c(10, 0))).isNaN();
    // and through (1, 0) and (2, 10) at 1.5: 0 + 0.5 × 10 ÷ 1 = 5
    assertThat(Dec.line(c(15, 1), c(1, 0), c(2, 0), c(0, 0), c(10, 0))).isEqualTo(5);
  }

  @Test
  void a_prepared_line_reads_none_as_nan_and_falls_back_when_not_ready() {
    // GIVEN the line through (0, 0) and (10, 100)
    Dec.Line line = new Dec.Line(c(0, 0), c(10, 0), c(0, 0), c(100, 0));
    // WHEN read at NONE or at a quotient with a NONE numerator THEN NaN
    assertThat(line.at(Dec.NONE)).isNaN();
    assertThat(line.atQuotient(Dec.NONE, 1)).isNaN();
    assertThat(line.atQuotient(5, 0)).isNaN();
    // and at 5 ÷ 2 = 2.5: 2.5 × 100 ÷ 10 = 25
    assertThat(line.atQuotient(5, 2)).isEqualTo(25);
    // GIVEN a line whose points share their x (not ready) WHEN read THEN NaN, no line
    Dec.Line flat = new Dec.Line(c(3, 0), c(3, 0), c(0, 0), c(100, 0));
    assertThat(flat.at(c(5, 0))).isNaN();
    assertThat(flat.atQuotient(5, 2)).isNaN();
  }

  // ------------------------------------------------------------------------------------------
  // plain, Checks
  // ------------------------------------------------------------------------------------------

  @Test
  void plain_prints_integers_beyond_a_long_and_infinities_in_full() {
    // 1e20 is the integer 100000000000000000000 (more than a long holds)
    assertThat(Dec.plain(1e20)).isEqualTo("100000000000000000000");
    assertThat(Dec.plain(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(Dec.plain(120.0)).isEqualTo("120");
    assertThat(Dec.plain(2.5)).isEqualTo("2.5");
  }

  @Test
  void checks_hand_back_the_value_they_accept() {
    assertThat(Checks.finite("s", "p", -2.5)).isEqualTo(-2.5);
    assertThat(Checks.nonNegative("s", "p", 0.5)).isEqualTo(0.5);
    assertThat(Checks.positive("s", "p", 3)).isEqualTo(3);
    assertThat(Checks.name("s", "p", "late-reply")).isEqualTo("late-reply");
    assertThatThrownBy(() -> Checks.positive("s", "p", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p");
  }
}

package dev.yardstick.review.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  private static final Function<String, String> EN = templates(Locale.ENGLISH);
  private static final Function<String, String> ZH = templates(Locale.SIMPLIFIED_CHINESE);

  private static Function<String, String> templates(Locale locale) {
    ResourceBundle bundle = SheetRenderer.bundle(locale);
    return bundle::getString;
  }

  private static String en(String value, Unit unit) {
    return ValueFormat.format(new BigDecimal(value), unit, EN);
  }

  private static String zh(String value, Unit unit) {
    return ValueFormat.format(new BigDecimal(value), unit, ZH);
  }

  @Test
  void a_ratio_is_a_percentage_with_two_decimals_half_up() {
    // GIVEN fractions; WHEN formatted as RATIO; THEN × 100, two decimals, half up, and a % sign
    // 0.8177692844677138 × 100 = 81.77692… → 81.78
    assertThat(en("0.8177692844677138", Unit.RATIO)).isEqualTo("81.78%");
    assertThat(zh("0.8177692844677138", Unit.RATIO)).isEqualTo("81.78%");
    // 0.035 × 100 = 3.5 → 3.50; 1 → 100.00; 0 → 0.00
    assertThat(en("0.035", Unit.RATIO)).isEqualTo("3.50%");
    assertThat(en("1", Unit.RATIO)).isEqualTo("100.00%");
    assertThat(en("0", Unit.RATIO)).isEqualTo("0.00%");
    // 0.00005 × 100 = 0.005, exactly half: half up → 0.01
    assertThat(en("0.00005", Unit.RATIO)).isEqualTo("0.01%");
    // a negative change: −0.05 × 100 = −5.00
    assertThat(zh("-0.05", Unit.RATIO)).isEqualTo("-5.00%");
  }

  @Test
  void a_percent_keeps_its_number_with_two_decimals_and_a_percent_sign() {
    // GIVEN percentages (0–100); WHEN formatted as PERCENT; THEN two decimals half up and %
    assertThat(en("3.5", Unit.PERCENT)).isEqualTo("3.50%");
    // 12.345: the third decimal is exactly 5 → half up 12.35
    assertThat(en("12.345", Unit.PERCENT)).isEqualTo("12.35%");
    assertThat(zh("12.345", Unit.PERCENT)).isEqualTo("12.35%");
    assertThat(zh("99.994", Unit.PERCENT)).isEqualTo("99.99%");
  }

  @Test
  void money_has_two_decimals_and_comma_thousands_separators_in_every_language() {
    // GIVEN amounts; WHEN formatted as CURRENCY; THEN 2 decimals, a comma every three digits
    assertThat(en("1250000", Unit.CURRENCY)).isEqualTo("1,250,000.00");
    assertThat(zh("1250000", Unit.CURRENCY)).isEqualTo("1,250,000.00");
    // 999.995 half up → 1000.00, which now needs a separator
    assertThat(en("999.995", Unit.CURRENCY)).isEqualTo("1,000.00");
    // 123456.789 → 123456.79
    assertThat(zh("123456.789", Unit.CURRENCY)).isEqualTo("123,456.79");
    // three digits and fewer take no separator; the sign stays in front
    assertThat(en("100", Unit.CURRENCY)).isEqualTo("100.00");
    assertThat(en("12", Unit.CURRENCY)).isEqualTo("12.00");
    assertThat(en("0", Unit.CURRENCY)).isEqualTo("0.00");
    assertThat(en("-1234.5", Unit.CURRENCY)).isEqualTo("-1,234.50");
    assertThat(en("-123456", Unit.CURRENCY)).isEqualTo("-123,456.00");
    // −0.001 rounds to zero and shows no sign
    assertThat(en("-0.001", Unit.CURRENCY)).isEqualTo("0.00");
  }

  @Test
  void a_count_is_an_integer_when_integral_and_has_two_decimals_otherwise() {
    // GIVEN counts; WHEN formatted as COUNT
    // THEN 120 and 120.0 read 120; a mean count 12.5 reads 12.50; 12.345 half up 12.35
    assertThat(en("120", Unit.COUNT)).isEqualTo("120");
    assertThat(zh("120.0", Unit.COUNT)).isEqualTo("120");
    assertThat(en("1000000", Unit.COUNT)).isEqualTo("1000000");
    assertThat(en("0", Unit.COUNT)).isEqualTo("0");
    assertThat(en("12.5", Unit.COUNT)).isEqualTo("12.50");
    assertThat(zh("12.345", Unit.COUNT)).isEqualTo("12.35");
  }

  @Test
  void durations_show_up_to_two_decimals_and_their_unit_in_the_sheet_language() {
    // GIVEN durations; WHEN formatted; THEN up to two decimals, then s/min/h/d or 秒/分钟/小时/天
    assertThat(en("45", Unit.SECONDS)).isEqualTo("45 s");
    assertThat(zh("45", Unit.SECONDS)).isEqualTo("45 秒");
    // 1.005 → half up 1.01
    assertThat(en("1.005", Unit.SECONDS)).isEqualTo("1.01 s");
    // 2.50 → 2.5: trailing zero stripped
    assertThat(en("2.50", Unit.MINUTES)).isEqualTo("2.5 min");
    assertThat(zh("2.50", Unit.MINUTES)).isEqualTo("2.5 分钟");
    assertThat(en("24", Unit.HOURS)).isEqualTo("24 h");
    assertThat(zh("1.5", Unit.HOURS)).isEqualTo("1.5 小时");
    // 3.333 → 3.33
    assertThat(en("3.333", Unit.DAYS)).isEqualTo("3.33 d");
    assertThat(zh("3.333", Unit.DAYS)).isEqualTo("3.33 天");
  }

  @Test
  void scores_and_plain_numbers_show_up_to_two_decimals_without_trailing_zeros() {
    // GIVEN scores and numbers; WHEN formatted; THEN half up to 2 decimals, zeros stripped
    assertThat(en("4.25", Unit.SCORE)).isEqualTo("4.25");
    assertThat(zh("4.20", Unit.SCORE)).isEqualTo("4.2");
    // 4.005 → half up 4.01; 5.000 → 5
    assertThat(en("4.005", Unit.SCORE)).isEqualTo("4.01");
    assertThat(en("5.000", Unit.SCORE)).isEqualTo("5");
    // 12.3456 → 12.35; 1200 keeps its zeros before the point (no exponent)
    assertThat(en("12.3456", Unit.NUMBER)).isEqualTo("12.35");
    assertThat(zh("1200", Unit.NUMBER)).isEqualTo("1200");
    // −0.004 rounds to zero: "0", not "-0"
    assertThat(en("-0.004", Unit.NUMBER)).isEqualTo("0");
  }

  @Test
  void without_a_unit_values_show_up_to_four_decimals() {
    // GIVEN no unit (a sheet built without its scorecard)
    // WHEN formatted; THEN half up to four decimals, trailing zeros stripped
    // 0.8177692844677138 → 0.8178 (fifth decimal 6 rounds the fourth up)
    assertThat(ValueFormat.format(new BigDecimal("0.8177692844677138"), null, EN))
        .isEqualTo("0.8178");
    assertThat(ValueFormat.format(new BigDecimal("0.0315"), null, EN)).isEqualTo("0.0315");
    assertThat(ValueFormat.format(new BigDecimal("80.00"), null, ZH)).isEqualTo("80");
    assertThat(ValueFormat.format(new BigDecimal("1180000"), null, ZH)).isEqualTo("1180000");
  }

  @Test
  void the_default_locale_changes_nothing() {
    Locale before = Locale.getDefault();
    try {
      // GIVEN a JVM whose default locale writes 1.250.000,00 (German) or uses other digits
      for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG")}) {
        Locale.setDefault(locale);
        // WHEN money, a ratio and a duration are formatted
        // THEN the digits, point and separators are the locale-free ones
        assertThat(en("1250000", Unit.CURRENCY)).as(locale.toString()).isEqualTo("1,250,000.00");
        assertThat(zh("0.8177692844677138", Unit.RATIO)).isEqualTo("81.78%");
        assertThat(en("1.5", Unit.HOURS)).isEqualTo("1.5 h");
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}

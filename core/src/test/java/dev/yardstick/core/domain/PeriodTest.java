package dev.yardstick.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-07", "2026-12", "2026-01", "2026-Q1", "2026-Q3", "2026-H2", "2026", "0001-Q4"})
  void a_canonical_period_prints_as_it_was_parsed(String text) {
    assertThat(Period.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void lower_case_quarter_and_half_letters_are_accepted_and_printed_upper_case() {
    assertThat(Period.parse("2026-q3")).isEqualTo(Period.quarter(2026, 3));
    assertThat(Period.parse("2026-h1").toString()).isEqualTo("2026-H1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "26", "2026-7", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3", "2026/07", "2026-07-01", " 2026", "２０２６", "0000"})
  void a_malformed_or_out_of_range_period_is_rejected_naming_the_text(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void year_zero_is_rejected_as_out_of_range_quoting_the_text() {
    assertThatThrownBy(() -> Period.parse("0000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period '0000' is out of range: year from 1");
  }

  @Test
  void a_quarter_has_its_three_months_in_order() {
    assertThat(Period.parse("2026-Q3").months())
        .containsExactly(Period.month(2026, 7), Period.month(2026, 8), Period.month(2026, 9));
  }

  @Test
  void a_year_splits_into_four_quarters_and_two_halves() {
    Period year = Period.year(2026);
    assertThat(year.split(PeriodType.QUARTER)).extracting(Period::toString)
        .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    assertThat(year.split(PeriodType.HALF_YEAR)).extracting(Period::toString)
        .containsExactly("2026-H1", "2026-H2");
    assertThat(Period.halfYear(2026, 2).split(PeriodType.QUARTER)).extracting(Period::toString)
        .containsExactly("2026-Q3", "2026-Q4");
  }

  @Test
  void a_period_cannot_be_split_into_longer_periods() {
    assertThatThrownBy(() -> Period.month(2026, 7).split(PeriodType.QUARTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split 2026-07 into QUARTERs, which are longer");
  }

  @Test
  void containment_follows_the_calendar() {
    Period q3 = Period.parse("2026-Q3");
    assertThat(q3.contains(Period.parse("2026-08"))).isTrue();
    assertThat(q3.contains(Period.parse("2026-10"))).isFalse();
    assertThat(q3.contains(q3)).isTrue();
    assertThat(q3.contains(Period.parse("2026-H2"))).isFalse();
    assertThat(Period.parse("2026-H2").contains(q3)).isTrue();
    assertThat(q3.contains(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(q3.contains(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void start_end_and_length_are_calendar_exact_including_leap_years() {
    Period feb2028 = Period.month(2028, 2);
    assertThat(feb2028.start()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(feb2028.end()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(feb2028.lengthInDays()).isEqualTo(29);
    // Q1 2026: 31 + 28 + 31 = 90 days
    assertThat(Period.quarter(2026, 1).lengthInDays()).isEqualTo(90);
    assertThat(Period.year(2028).lengthInDays()).isEqualTo(366);
  }

  @Test
  void next_and_previous_cross_year_boundaries() {
    assertThat(Period.parse("2026-12").next()).isEqualTo(Period.parse("2027-01"));
    assertThat(Period.parse("2027-Q1").previous()).isEqualTo(Period.parse("2026-Q4"));
    assertThat(Period.parse("2026-H2").next()).isEqualTo(Period.parse("2027-H1"));
    assertThat(Period.parse("2026").previous()).isEqualTo(Period.parse("2025"));
  }

  @Test
  void the_period_of_a_date_and_the_period_containing_a_period() {
    assertThat(Period.of(PeriodType.QUARTER, LocalDate.of(2026, 11, 11))).isEqualTo(Period.quarter(2026, 4));
    assertThat(Period.of(PeriodType.HALF_YEAR, LocalDate.of(2026, 6, 18))).isEqualTo(Period.halfYear(2026, 1));
    assertThat(Period.month(2026, 8).within(PeriodType.QUARTER)).isEqualTo(Period.quarter(2026, 3));
    assertThatThrownBy(() -> Period.year(2026).within(PeriodType.MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a MONTH cannot contain 2026, which is longer");
  }

  @Test
  void periods_order_by_start_then_by_length() {
    List<Period> periods = new ArrayList<>(List.of(
        Period.parse("2026"), Period.parse("2026-Q3"), Period.parse("2026-07"),
        Period.parse("2026-H2"), Period.parse("2026-01"), Period.parse("2025-Q4")));
    periods.sort(null);
    assertThat(periods).extracting(Period::toString)
        .containsExactly("2025-Q4", "2026-01", "2026", "2026-07", "2026-Q3", "2026-H2");
  }

  @Test
  void an_index_out_of_range_is_rejected_with_the_range() {
    assertThatThrownBy(() -> Period.quarter(2026, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period index of a quarter must be 1 to 4, got 5");
    assertThatThrownBy(() -> Period.month(10000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period year must be 1 to 9999, got 10000");
  }
}

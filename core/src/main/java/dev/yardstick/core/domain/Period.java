package dev.yardstick.core.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A calendar month, quarter, half-year or year: the periods of monthly tracking, quarterly
 * evaluation and annual review (月度跟蹤+季度評估+年度復盤).
 *
 * <p>Periods print and parse as {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2} and {@code
 * 2026}. They order by start date, then by length (a month before the quarter that starts with
 * it).
 *
 * <pre>{@code
 * Period q3 = Period.parse("2026-Q3");
 * q3.months();                          // [2026-07, 2026-08, 2026-09]
 * q3.contains(Period.parse("2026-08")); // true
 * q3.end();                             // 2026-09-30
 * }</pre>
 *
 * @param type month, quarter, half-year or year
 * @param year the calendar year, 1 to 9999
 * @param index 1-based position within the year: month 1–12, quarter 1–4, half 1–2, year 1
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

  /** Validates. */
  public Period {
    Objects.requireNonNull(type, "type");
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("period year must be 1 to 9999, got " + year);
    }
    if (index < 1 || index > type.perYear()) {
      throw new IllegalArgumentException(
          "period index of a "
              + type.name().toLowerCase(java.util.Locale.ROOT)
              + " must be 1 to "
              + type.perYear()
              + ", got "
              + index);
    }
  }

  /** A month, for example {@code month(2026, 7)}. */
  public static Period month(int year, int month) {
    return new Period(PeriodType.MONTH, year, month);
  }

  /** A quarter, for example {@code quarter(2026, 3)}. */
  public static Period quarter(int year, int quarter) {
    return new Period(PeriodType.QUARTER, year, quarter);
  }

  /** A half-year, for example {@code halfYear(2026, 2)}. */
  public static Period halfYear(int year, int half) {
    return new Period(PeriodType.HALF_YEAR, year, half);
  }

  /** A calendar year. */
  public static Period year(int year) {
    return new Period(PeriodType.YEAR, year, 1);
  }

  /** The period of {@code type} that contains {@code date}. */
  public static Period of(PeriodType type, LocalDate date) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    return new Period(type, date.getYear(), (date.getMonthValue() - 1) / type.months() + 1);
  }

  /**
   * Parses {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2} or {@code 2026}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these forms
   */
  public static Period parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int n = s.length();
    if (n == 4 && digits(s, 0, 4)) {
      return checked(s, PeriodType.YEAR, 1);
    }
    if (n >= 6 && n <= 7 && digits(s, 0, 4) && s.charAt(4) == '-') {
      char c = s.charAt(5);
      if (n == 7 && digits(s, 5, 7)) {
        return checked(s, PeriodType.MONTH, Integer.parseInt(s.substring(5)));
      }
      if (n == 7 && (c == 'Q' || c == 'q') && digits(s, 6, 7)) {
        return checked(s, PeriodType.QUARTER, s.charAt(6) - '0');
      }
      if (n == 7 && (c == 'H' || c == 'h') && digits(s, 6, 7)) {
        return checked(s, PeriodType.HALF_YEAR, s.charAt(6) - '0');
      }
    }
    throw new IllegalArgumentException(
        "period '" + s + "' is not of the form 2026-07, 2026-Q3, 2026-H2 or 2026");
  }

  private static Period checked(String text, PeriodType type, int index) {
    int year = Integer.parseInt(text.substring(0, 4));
    if (year < 1 || index < 1 || index > type.perYear()) {
      throw new IllegalArgumentException(
          "period '" + text + "' is out of range: "
              + (type == PeriodType.YEAR ? "" : type.perYear() + " per year, ") + "year from 1");
    }
    return new Period(type, year, index);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The first day. */
  public LocalDate start() {
    return LocalDate.of(year, firstMonth(), 1);
  }

  /** The last day, inclusive. */
  public LocalDate end() {
    return YearMonth.of(year, firstMonth() + type.months() - 1).atEndOfMonth();
  }

  /** The number of days. */
  public int lengthInDays() {
    return (int) (end().toEpochDay() - start().toEpochDay() + 1);
  }

  private int firstMonth() {
    return (index - 1) * type.months() + 1;
  }

  /** The months of this period, in order; a month's months are itself. */
  public List<Period> months() {
    return split(PeriodType.MONTH);
  }

  /**
   * The periods of {@code smaller} type that make up this period, in order.
   *
   * @throws IllegalArgumentException if {@code smaller} is longer than this period's type
   */
  public List<Period> split(PeriodType smaller) {
    Objects.requireNonNull(smaller, "smaller");
    if (smaller.months() > type.months()) {
      throw new IllegalArgumentException(
          "cannot split " + this + " into " + smaller + "s, which are longer");
    }
    int count = type.months() / smaller.months();
    int first = (firstMonth() - 1) / smaller.months() + 1;
    List<Period> parts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      parts.add(new Period(smaller, year, first + i));
    }
    return List.copyOf(parts);
  }

  /** The period of {@code larger} type that contains this one. */
  public Period within(PeriodType larger) {
    Objects.requireNonNull(larger, "larger");
    if (larger.months() < type.months()) {
      throw new IllegalArgumentException(
          "a " + larger + " cannot contain " + this + ", which is longer");
    }
    return of(larger, start());
  }

  /** Whether {@code other} lies entirely within this period (a period contains itself). */
  public boolean contains(Period other) {
    Objects.requireNonNull(other, "other");
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /** Whether {@code date} falls in this period. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The next period of the same type. */
  public Period next() {
    return index == type.perYear() ? new Period(type, year + 1, 1) : new Period(type, year, index + 1);
  }

  /** The previous period of the same type. */
  public Period previous() {
    return index == 1
        ? new Period(type, year - 1, type.perYear())
        : new Period(type, year, index - 1);
  }

  @Override
  public int compareTo(Period other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : Integer.compare(type.months(), other.type.months());
  }

  /** The canonical form: {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2} or {@code 2026}. */
  @Override
  public String toString() {
    String y = String.format(java.util.Locale.ROOT, "%04d", year);
    switch (type) {
      case MONTH:
        return y + (index < 10 ? "-0" : "-") + index;
      case QUARTER:
        return y + "-Q" + index;
      case HALF_YEAR:
        return y + "-H" + index;
      default:
        return y;
    }
  }
}

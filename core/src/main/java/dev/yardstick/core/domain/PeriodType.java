package dev.yardstick.core.domain;

/** The kinds of evaluation period: monthly tracking, quarterly evaluation, half-year, annual review. */
public enum PeriodType {
  /** A calendar month, printed {@code 2026-07}. */
  MONTH(1, 12),
  /** A calendar quarter, printed {@code 2026-Q3}. */
  QUARTER(3, 4),
  /** A half-year, printed {@code 2026-H2}; the rhythm of re-weighting. */
  HALF_YEAR(6, 2),
  /** A calendar year, printed {@code 2026}. */
  YEAR(12, 1);

  private final int months;
  private final int perYear;

  PeriodType(int months, int perYear) {
    this.months = months;
    this.perYear = perYear;
  }

  /** How many months a period of this type spans. */
  public int months() {
    return months;
  }

  /** How many periods of this type make a year. */
  public int perYear() {
    return perYear;
  }
}

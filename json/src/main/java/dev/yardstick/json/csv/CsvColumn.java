package dev.yardstick.json.csv;

import java.util.Locale;

/**
 * The columns of a measurements CSV. Each is found by its header, {@link #header()} by default
 * (case and surrounding blanks do not matter), or by other names given to {@link
 * MeasurementCsv.Builder#header(String, CsvColumn)}.
 */
public enum CsvColumn {
  /** The subject's id, for example an employee number; required. */
  SUBJECT,
  /** The indicator's id; required. */
  INDICATOR,
  /** The period: {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2} or {@code 2026}; required. */
  PERIOD,
  /** The value, a decimal with '.'; required unless numerator and denominator are given. */
  VALUE,
  /** A ratio's numerator; optional, together with the denominator. */
  NUMERATOR,
  /** A ratio's denominator, never zero; optional, together with the numerator. */
  DENOMINATOR;

  /** The default header: the constant's name in lower case, for example {@code subject}. */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }
}

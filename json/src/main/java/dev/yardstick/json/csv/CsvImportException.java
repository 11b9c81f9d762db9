package dev.yardstick.json.csv;

import org.jspecify.annotations.Nullable;

/**
 * A CSV that cannot be imported: a bad header, a bad row under {@link ErrorPolicy#FAIL_FAST}, or
 * input that cannot be split into rows (a quote left open, a record over the length limit).
 *
 * <pre>{@code
 * line 7, column 'value': '1,5' is not a decimal number: use '.' for decimals and no thousands separators
 * }</pre>
 */
public class CsvImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final @Nullable String column;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param line the physical line of the problem, from 1
   * @param column the header of the column as written in the file, or {@code null}
   * @param reason what is wrong
   */
  public CsvImportException(long line, @Nullable String column, String reason) {
    super(message(line, column, reason));
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  static String message(long line, @Nullable String column, String reason) {
    return "line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + reason;
  }

  /** The physical line, from 1 (the header is line 1). */
  public long line() {
    return line;
  }

  /** The column's header as written in the file, or {@code null} when the whole row is at fault. */
  public @Nullable String column() {
    return column;
  }

  /** What is wrong, without line and column. */
  public String reason() {
    return reason;
  }
}

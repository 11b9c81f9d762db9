package dev.yardstick.json.csv;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row that was not imported, with where and why.
 *
 * @param line the physical line where the row starts, from 1 (the header is line 1)
 * @param column the header of the offending column as written in the file, or {@code null} when
 *     the problem is the row as a whole (for example its number of fields)
 * @param reason what is wrong, naming the value
 * @param fields the row's fields as read, to fix and re-import
 */
public record RejectedRow(long line, @Nullable String column, String reason, List<String> fields) {

  /** Validates and copies. */
  public RejectedRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, got " + line);
    }
    Objects.requireNonNull(reason, "reason");
    fields = List.copyOf(fields);
  }

  /** {@code line 7, column 'value': '1,5' is not a decimal number ...}. */
  public String message() {
    return CsvImportException.message(line, column, reason);
  }
}

package dev.yardstick.json.csv;

/** What an import does with a row it cannot accept. Either way, no bad row goes unreported. */
public enum ErrorPolicy {
  /** Stop at the first bad row with a {@link CsvImportException} naming its line and column. */
  FAIL_FAST,
  /** Keep going and return every bad row, with its line and reason, beside the accepted ones. */
  COLLECT
}

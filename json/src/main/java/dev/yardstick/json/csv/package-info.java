/**
 * Import of measurements from CSV, as back offices export them from BI tools: columns found by
 * header (with a configurable mapping for other names, such as {@code 员工编号} for the subject),
 * periods in the forms of the core model, decimals with '.' only, RFC 4180 quoting, streaming in
 * constant memory, and every bad row reported with its line and column.
 *
 * <p>Start from {@link dev.yardstick.json.csv.MeasurementCsv}. The reader is written here (no CSV
 * dependency).
 *
 * <pre>{@code
 * CsvImport result = MeasurementCsv.standard().read(reader, ErrorPolicy.COLLECT);
 * result.accepted();   // List<Measurement>
 * result.rejected();   // List<RejectedRow>: line, column, reason, fields
 * }</pre>
 */
@NullMarked
package dev.yardstick.json.csv;

import org.jspecify.annotations.NullMarked;

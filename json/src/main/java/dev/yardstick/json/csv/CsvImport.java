package dev.yardstick.json.csv;

import dev.yardstick.core.domain.Measurement;
import java.util.List;

/**
 * The result of {@link MeasurementCsv#read}: the accepted measurements and the rejected rows, each
 * in file order.
 *
 * @param accepted the measurements of the good rows
 * @param rejected the bad rows with line and reason; always empty under {@link
 *     ErrorPolicy#FAIL_FAST}, which throws instead
 */
public record CsvImport(List<Measurement> accepted, List<RejectedRow> rejected) {

  /** Copies. */
  public CsvImport {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
  }

  /** Whether every row was accepted. */
  public boolean isComplete() {
    return rejected.isEmpty();
  }
}

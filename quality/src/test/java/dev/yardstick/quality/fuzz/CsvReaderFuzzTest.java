package dev.yardstick.quality.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.yardstick.json.csv.CsvImport;
import dev.yardstick.json.csv.CsvImportException;
import dev.yardstick.json.csv.ErrorPolicy;
import dev.yardstick.json.csv.MeasurementCsv;
import java.io.StringReader;

/**
 * Fuzzes the CSV import of {@code yardstick-json}: any text either imports (every row accepted or
 * rejected with its line number) or fails with the declared {@link CsvImportException} (an
 * IllegalArgumentException) naming the line; the same text read fail-fast fails exactly when the
 * collecting read rejected a row or failed.
 */
class CsvReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void reading_any_csv_gives_measurements_or_a_csv_exception(FuzzedDataProvider data) {
    boolean semicolon = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    MeasurementCsv csv =
        semicolon ? MeasurementCsv.builder().delimiter(';').build() : MeasurementCsv.standard();
    CsvImport collected;
    try {
      collected = csv.read(new StringReader(text), ErrorPolicy.COLLECT);
    } catch (CsvImportException e) {
      assertThat(e.line()).isPositive();
      assertThat(e.getMessage()).startsWith("line " + e.line());
      return;
    }
    collected.rejected().forEach(r -> assertThat(r.line()).isGreaterThan(1));
    try {
      CsvImport strict = csv.read(new StringReader(text), ErrorPolicy.FAIL_FAST);
      assertThat(collected.rejected()).isEmpty();
      assertThat(strict.accepted()).isEqualTo(collected.accepted());
    } catch (CsvImportException e) {
      assertThat(collected.rejected()).isNotEmpty();
      assertThat(e.line()).isEqualTo(collected.rejected().get(0).line());
    }
  }
}

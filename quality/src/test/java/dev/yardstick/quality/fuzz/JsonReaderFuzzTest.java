package dev.yardstick.quality.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.json.YardstickJsonException;
import java.util.List;

/**
 * Fuzzes the JSON reader of {@code yardstick-json}: any text either reads as a document that
 * writes and reads back to an equal value, or fails with the declared {@link
 * YardstickJsonException} (an IllegalArgumentException) naming a JSONPath. Seeds: the golden
 * documents of the json module under {@code JsonReaderFuzzTestInputs}.
 */
class JsonReaderFuzzTest {

  private static volatile YardstickJson json;

  /** Built on first use, after Jazzer has started instrumenting. */
  private static YardstickJson json() {
    YardstickJson j = json;
    if (j == null) {
      j = YardstickJson.builder().pretty(false).build();
      json = j;
    }
    return j;
  }

  @FuzzTest(maxDuration = "30s")
  void reading_any_text_gives_a_document_or_a_json_exception(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Object document;
    try {
      document = json().read(text, Object.class);
    } catch (YardstickJsonException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.problem()).isNotBlank();
      return;
    }
    if (document instanceof List<?> && ((List<?>) document).isEmpty()) {
      return; // an empty list of measurements or warnings has no element type to write back
    }
    // what was read is a valid value: it writes, and reads back equal
    assertThat(json().read(json().write(document), Object.class)).isEqualTo(document);
  }
}

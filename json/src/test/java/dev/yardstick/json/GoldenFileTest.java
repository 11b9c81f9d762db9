package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.Results;
import dev.yardstick.review.calibration.CalibrationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The output, byte for byte, against reviewed files under {@code src/test/resources/golden/}: a
 * change of property order, number format, indentation or line end shows up here as a diff.
 */
class GoldenFileTest {

  private final YardstickJson json = Fixtures.json();

  private static byte[] golden(String name) {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void every_pretty_document_matches_its_golden_file_byte_for_byte_and_reads_back_equal() {
    for (Map.Entry<String, Object> entry : Goldens.pretty().entrySet()) {
      // GIVEN the reviewed file and the value it was written from
      byte[] expected = golden(entry.getKey());
      // WHEN the value is written
      String written = json.write(entry.getValue());
      // THEN the bytes are the same (the string comparison first, for a readable diff)
      assertThat(written).as(entry.getKey()).isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
      // AND the file reads back to an equal value (a calibration, which has no equals, part by part)
      Object read = json.read(new String(expected, StandardCharsets.UTF_8), Object.class);
      if (entry.getValue() instanceof CalibrationResult) {
        Results.assertSameCalibration((CalibrationResult) read, (CalibrationResult) entry.getValue());
      } else {
        assertThat(read).as(entry.getKey()).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void the_compact_scorecard_matches_its_golden_file_and_has_one_line() {
    // GIVEN the reviewed compact file; WHEN the card is written compact; THEN the same text, on one line, reading back equal
    YardstickJson compact = YardstickJson.builder().strategies(Fixtures.strategies()).pretty(false).build();
    String expected = new String(golden("scorecard-compact.json"), StandardCharsets.UTF_8);
    assertThat(compact.write(Fixtures.card())).isEqualTo(expected);
    assertThat(expected).doesNotContain("\n", "\r", "\": ", ", \"");
    assertThat(compact.readScorecard(expected)).isEqualTo(Fixtures.card());
  }

  @Test
  void pretty_files_use_two_spaces_lf_only_and_end_with_one_newline() {
    // GIVEN the pretty golden scorecard; WHEN inspected; THEN two-space indents, LF only, one final newline
    String text = new String(golden("scorecard.json"), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r", "\t", " : ", "[ ]", "{ }");
    assertThat(text).startsWith("{\n  \"format\": \"yardstick/1\",\n  \"type\": \"scorecard\",\n  \"id\": ");
    assertThat(text).endsWith("\n  }\n}\n");
    assertThat(text).contains("\"translations\": {},");
  }

  @Test
  void the_golden_scorecard_read_by_a_fresh_instance_is_the_fixture() {
    // GIVEN a new instance; WHEN it reads the golden scorecard; THEN it is the fixture
    YardstickJson other = YardstickJson.builder().strategies(Fixtures.strategies()).build();
    Scorecard read = other.readScorecard(new String(golden("scorecard.json"), StandardCharsets.UTF_8));
    assertThat(read).isEqualTo(Fixtures.card());
  }
}

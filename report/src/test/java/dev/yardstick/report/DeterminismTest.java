package dev.yardstick.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Samples;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same data gives the same bytes, whatever the default locale or the way it is written. */
class DeterminismTest {

  @Test
  void rendering_the_same_data_twice_gives_the_same_bytes() {
    // GIVEN the sample company, built twice from scratch (so from two sets of Map.of instances)
    ReportData first = Samples.company(Samples.ZH);
    ReportData second = Samples.company(Samples.ZH);

    // WHEN each is rendered
    byte[] a = HtmlReport.render(first).getBytes(StandardCharsets.UTF_8);
    byte[] b = HtmlReport.render(second).getBytes(StandardCharsets.UTF_8);

    // THEN the bytes are identical
    assertThat(first).isEqualTo(second);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void the_default_locale_does_not_change_a_byte() {
    // GIVEN a report rendered under the root locale
    String reference;
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      reference = HtmlReport.render(Samples.company(Samples.EN));
      // WHEN it is rendered again where decimals use commas and digits are not Latin
      Locale.setDefault(Locale.GERMANY);
      String german = HtmlReport.render(Samples.company(Samples.EN));
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      String arabic = HtmlReport.render(Samples.company(Samples.EN));

      // THEN nothing changed
      assertThat(german).isEqualTo(reference);
      assertThat(arabic).isEqualTo(reference);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void writing_to_a_writer_or_a_file_gives_the_rendered_text_in_utf8(@TempDir Path dir)
      throws Exception {
    // GIVEN the Chinese sample
    ReportData data = Samples.company(Samples.ZH);
    String html = HtmlReport.render(data);

    // WHEN written both ways
    StringWriter writer = new StringWriter();
    HtmlReport.writeTo(data, writer);
    Path file = dir.resolve("report.html");
    HtmlReport.writeTo(data, file);

    // THEN both hold exactly the rendered text, the file as UTF-8
    assertThat(writer.toString()).isEqualTo(html);
    assertThat(Files.readAllBytes(file)).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writing_into_a_missing_folder_fails_with_an_io_exception(@TempDir Path dir) {
    // GIVEN a path in a folder that does not exist
    Path file = dir.resolve("missing").resolve("report.html");

    // WHEN written, THEN the IOException reaches the caller
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HtmlReport.writeTo(Samples.small(Samples.EN), file))
        .isInstanceOf(java.io.IOException.class);
  }
}

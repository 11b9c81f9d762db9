package dev.yardstick.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Renders a {@link ReportData} as one self-contained HTML5 file.
 *
 * <pre>{@code
 * String html = HtmlReport.render(data);
 * HtmlReport.writeTo(data, Path.of("out/report.html"));   // UTF-8
 * }</pre>
 *
 * <p>The page has an inline style sheet and inline SVG charts: it runs no JavaScript, loads
 * nothing from the network and names only fonts found on the reader's system (a stack that
 * includes the common CJK fonts). Every chart carries stable classes and data attributes for
 * tests and style overrides:
 *
 * <ul>
 *   <li>{@code svg.chart.person-scores[data-subject]}: one {@code rect.bar[data-indicator]
 *       [data-score]} per item, classed {@code band-on-target} (score at least the target score),
 *       {@code band-near} (at least 80% of it), {@code band-below} or {@code band-none} (left out
 *       of the total), plus {@code capped}, {@code floored}, {@code missing}, {@code excluded};
 *       one {@code line.target-line} per item and a {@code line.bound-mark} on capped or floored
 *       bars;
 *   <li>{@code svg.chart.grade-distribution[data-team]}: per grade a {@code rect.bar.actual
 *       [data-grade][data-count]} and a {@code rect.bar.quota[data-grade][data-expected]};
 *   <li>{@code svg.chart.pacing[data-indicator][data-scope]}: {@code polyline.line.target},
 *       {@code polyline.line.expected}, one {@code polyline.line.actual} per run of months with
 *       data, a {@code circle.point.actual[data-month]} per month with data and a {@code
 *       circle.warning.severity-red|amber|green[data-month][data-severity]} per warning, whose
 *       {@code title} is the message;
 *   <li>{@code section.interview[data-subject]} with {@code ul.strengths}, {@code
 *       ul.weaknesses} and {@code ul.improvements}.
 * </ul>
 *
 * <p>Every text from the data is escaped. Numbers are formatted without locale and the output
 * does not depend on the time, the machine or hash order: the same data gives the same bytes.
 * Labels are in simplified Chinese for a {@code zh} locale and in English otherwise. Stateless
 * and thread-safe.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** The report as an HTML document. */
  public static String render(ReportData data) {
    Objects.requireNonNull(data, "data");
    return Page.render(data);
  }

  /** Writes the report to a writer, which is not closed. */
  public static void writeTo(ReportData data, Writer writer) throws IOException {
    Objects.requireNonNull(writer, "writer");
    writer.write(render(data));
    writer.flush();
  }

  /**
   * Writes the report to a file in UTF-8, replacing it if it exists.
   *
   * @throws IOException if the file cannot be written, for example because its folder does not
   *     exist
   */
  public static void writeTo(ReportData data, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.writeString(file, render(data), StandardCharsets.UTF_8);
  }
}

package dev.yardstick.samples.cli;

import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.report.HtmlReport;
import dev.yardstick.report.PersonReport;
import dev.yardstick.report.ReportData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The CLI's HTML report: one part per evaluated subject, scores against target. */
final class CliReport {

  private CliReport() {}

  static void write(Scorecard card, BatchResult batch, Path file, Locale locale) throws IOException {
    ReportData.Builder b =
        ReportData.builder(
            (locale.getLanguage().equals("zh") ? "绩效评估：" : "Evaluation: ") + card.name(),
            batch.period(),
            locale);
    for (Evaluation e : batch.evaluations()) {
      b.person(PersonReport.from(e, card, locale));
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    HtmlReport.writeTo(b.build(), file);
  }
}

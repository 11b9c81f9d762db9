/**
 * Yardstick report: one self-contained HTML5 file with inline SVG charts, in Chinese or English.
 *
 * <p>A host system fills a {@code dev.yardstick.report.ReportData} from its results (or from core
 * evaluations with the factories of {@code dev.yardstick.report.PersonReport}) and renders it with
 * {@code dev.yardstick.report.HtmlReport}. The page needs no JavaScript, no network and no
 * external fonts, so it can be mailed or archived as it is.
 */
module dev.yardstick.report {
  requires transitive dev.yardstick.core;
  requires static org.jspecify;

  exports dev.yardstick.report;
}

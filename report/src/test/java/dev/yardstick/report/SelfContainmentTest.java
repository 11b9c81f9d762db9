package dev.yardstick.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Samples;
import org.junit.jupiter.api.Test;

/** The report loads nothing: no network, scripts, style sheets, fonts or images from outside. */
class SelfContainmentTest {

  @Test
  void the_report_references_nothing_outside_itself() {
    // GIVEN the sample company in both languages
    for (ReportData data : new ReportData[] {Samples.company(Samples.ZH), Samples.company(Samples.EN)}) {
      // WHEN rendered
      String html = HtmlReport.render(data);

      // THEN there is no URL, script, link, import or url() anywhere
      assertThat(html).doesNotContain("http://", "https://", "@import", "url(", "src=", "@font-face")
          .doesNotContainIgnoringCase("<script")
          .doesNotContainIgnoringCase("<link")
          .doesNotContainIgnoringCase("<img")
          .doesNotContainIgnoringCase("<iframe")
          .doesNotContainIgnoringCase("javascript:");
      // AND the only links are anchors within the page
      assertThat(html.replaceAll("href=\"#person-[0-9]+\"", "")).doesNotContain("href=");
      // AND the style is inline
      assertThat(html).contains("<style>\n").contains("<meta charset=\"utf-8\">");
    }
  }

  @Test
  void the_font_stack_names_chinese_fonts_of_every_platform_and_ends_in_a_generic_family() {
    // GIVEN the report
    String html = HtmlReport.render(Samples.small(Samples.ZH));

    // THEN Noto (Linux), PingFang (macOS) and Microsoft YaHei (Windows) are named, then sans-serif
    assertThat(html).containsPattern(
        "font-family:[^;]*\"Noto Sans CJK SC\"[^;]*\"PingFang SC\"[^;]*\"Microsoft YaHei\"[^;]*sans-serif;");
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.count;
import static dev.yardstick.report.testing.Dom.element;
import static dev.yardstick.report.testing.Dom.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Samples;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page around the charts: one SVG per chart, summary, details, interviews, empty parts. */
class PageTest {

  @Test
  void the_page_has_exactly_one_svg_per_chart() {
    // GIVEN the sample company: 6 people with items, 2 teams, 3 pacing series
    ReportData data = Samples.company(Samples.EN);

    // WHEN rendered
    String html = HtmlReport.render(data);

    // THEN 6 + 2 + 3 = 11 SVGs, each a chart of its kind
    assertThat(count(html, "<svg")).isEqualTo(11);
    assertThat(count(html, "</svg>")).isEqualTo(11);
    assertThat(find(html, "svg", "chart", "person-scores")).extracting(s -> s.get("data-subject"))
        .containsExactly("emp-01", "emp-02", "emp-03", "emp-04", "emp-05", "emp-06");
    assertThat(find(html, "svg", "chart", "grade-distribution")).extracting(s -> s.get("data-team"))
        .containsExactly("team-tmall", "team-cs");
    assertThat(find(html, "svg", "chart", "pacing")).extracting(s -> s.get("data-scope"))
        .containsExactly("emp-01", "emp-02", "team-tmall");
    // AND the store cards have 5 items, the service cards 3: 3×5 + 3×3 = 24 bars and target lines
    assertThat(find(html, "rect", "bar", "band-on-target").size()
            + find(html, "rect", "bar", "band-near").size()
            + find(html, "rect", "bar", "band-below").size()
            + find(html, "rect", "bar", "band-none").size())
        .isEqualTo(24);
    assertThat(find(html, "line", "target-line")).hasSize(24);
    // AND 2 teams × 4 grades × 2 bars, 2 + 3 + 1 warnings
    assertThat(find(html, "rect", "bar", "actual")).hasSize(8);
    assertThat(find(html, "rect", "bar", "quota")).hasSize(8);
    assertThat(find(html, "circle", "warning")).hasSize(6);
  }

  @Test
  void the_page_is_an_html5_document_with_a_utf8_charset_and_the_locales_language() {
    // GIVEN the small report in English
    String html = HtmlReport.render(Samples.small(Samples.EN));

    // THEN it starts as HTML5 with the charset first in the head
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    assertThat(html).contains("<title>Q3 report</title>", "<h1>Q3 report</h1>")
        .endsWith("</html>\n");
  }

  @Test
  void the_summary_lists_every_person_with_team_name_total_and_grade_and_links_to_their_card() {
    // GIVEN Li Wei of team-tmall, which the report names "Tmall store", total 92.50, grade A
    String html = HtmlReport.render(Samples.small(Samples.EN));

    // WHEN the summary row is read
    String row = element(html, "<tr data-subject=\"emp-17\">", "tr");

    // THEN it links to the card, which carries the anchor
    assertThat(row).isEqualTo("<tr data-subject=\"emp-17\"><td><a href=\"#person-1\">Li Wei</a></td>"
        + "<td>emp-17</td><td>Tmall store</td><td class=\"num\">92.50</td><td>A</td></tr>");
    assertThat(find(html, "article", "person").get(0)).containsEntry("id", "person-1")
        .containsEntry("data-subject", "emp-17");
  }

  @Test
  void a_team_id_without_a_team_report_shows_the_id_and_no_team_or_grade_shows_a_dash() {
    // GIVEN one person in an unreported team, one in none, neither graded
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN)
        .person(new PersonReport("a", "A", "team-x", BigDecimal.ONE, null,
            List.of(ItemScore.of("i", "I", 1)), Highlights.none()))
        .person(new PersonReport("b", "B", null, BigDecimal.ONE, null,
            List.of(ItemScore.of("i", "I", 1)), Highlights.none()))
        .build();

    // WHEN rendered
    String html = HtmlReport.render(data);

    // THEN the first shows the team id, the second a dash, and both a dash for the grade
    assertThat(element(html, "<tr data-subject=\"a\">", "tr")).contains("<td>team-x</td>")
        .endsWith("<td>—</td></tr>");
    assertThat(element(html, "<tr data-subject=\"b\">", "tr")).contains("<td>—</td><td class");
  }

  @Test
  void the_details_table_gives_each_items_actual_target_score_marks_and_explanation() {
    // GIVEN Li Wei's four items
    String html = HtmlReport.render(Samples.small(Samples.EN));

    // WHEN the rows of the details table are read
    String gmv = element(html, "<tr data-indicator=\"gmv\">", "tr");
    String okr = element(html, "<tr data-indicator=\"okr\">", "tr");

    // THEN numbers are grouped, missing values are dashes
    assertThat(gmv).isEqualTo("<tr data-indicator=\"gmv\"><td>Store GMV</td>"
        + "<td class=\"num\">1,150,000</td><td class=\"num\">1,000,000</td>"
        + "<td class=\"num\">110</td><td class=\"num\">100</td><td>capped</td>"
        + "<td>actual 1150000 is 115% of target 1000000; capped at 110</td></tr>");
    assertThat(okr).contains("<td class=\"num\">—</td><td class=\"num\">—</td>",
        "<td>missing data, not counted</td>");
    assertThat(html).contains("<details>\n<summary>Details and explanations</summary>");
  }

  @Test
  void interview_highlights_are_up_to_three_lists_and_absent_when_there_are_none() {
    // GIVEN Li Wei with one strength, weakness and improvement, Wang with a weakness only and
    // Zhao without highlights
    ReportData data = new ReportData("t", Samples.Q3, Samples.EN,
        List.of(Samples.li(),
            new PersonReport("emp-2", "Wang", null, BigDecimal.ONE, null, List.of(),
                new Highlights(List.of(), List.of("Slow"), List.of())),
            new PersonReport("emp-3", "Zhao", null, BigDecimal.ONE, null, List.of(),
                Highlights.none())),
        List.of(), List.of());

    // WHEN rendered
    String html = HtmlReport.render(data);

    // THEN Li Wei has the three lists, Wang only weaknesses, Zhao no interview section
    List<Map<String, String>> interviews = find(html, "section", "interview");
    assertThat(interviews).extracting(s -> s.get("data-subject")).containsExactly("emp-17", "emp-2");
    assertThat(element(html, "<section class=\"interview\" data-subject=\"emp-17\">", "section"))
        .contains("<h5>Strengths</h5><ul class=\"strengths\"><li>Beat the GMV target</li></ul>",
            "<h5>Weaknesses</h5><ul class=\"weaknesses\"><li>Conversion below plan</li></ul>",
            "<h5>Directions for improvement</h5><ul class=\"improvements\">"
                + "<li>A/B test the detail page</li></ul>");
    assertThat(element(html, "<section class=\"interview\" data-subject=\"emp-2\">", "section"))
        .contains("<ul class=\"weaknesses\"><li>Slow</li></ul>")
        .doesNotContain("strengths", "improvements");
  }

  @Test
  void a_person_without_items_gets_a_note_instead_of_a_chart() {
    // GIVEN a person with no items
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN)
        .person(new PersonReport("a", "A", null, BigDecimal.ZERO, null, List.of(), Highlights.none()))
        .build();

    // WHEN rendered
    String html = HtmlReport.render(data);

    // THEN there is no chart and no details table
    assertThat(html).doesNotContain("<svg", "<details>").contains("<p class=\"no-data\">no data yet</p>");
  }

  @Test
  void an_empty_report_says_it_has_no_data_and_has_no_sections() {
    // GIVEN a report with nothing in it
    ReportData data = ReportData.builder("Empty", Samples.Q3, Samples.EN).build();

    // WHEN rendered
    String html = HtmlReport.render(data);

    // THEN only the header, the note and the footer
    assertThat(html).contains("<p class=\"no-data\">This report has no data.</p>")
        .doesNotContain("<section", "<svg", "<table");
  }
}

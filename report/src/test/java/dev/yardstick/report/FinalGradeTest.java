package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.report.testing.Samples;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A final grade that differs from the grade of the total is shown with it and with the reason. */
class FinalGradeTest {

  static final String REASON = "A → B by the quota: position 4 of 10 (total 92.5) is placed in"
      + " quota group 'middle'; then B → C by Wang Fang (HRBP) at 2026-10-12T09:30:00Z: conduct";

  static ReportData report(Locale locale) {
    return ReportData.builder("Q3 report", Samples.Q3, locale)
        .person(Samples.li().withFinalGrade("C", "A", REASON))
        .build();
  }

  @Test
  void the_summary_shows_the_final_grade_with_the_grade_of_the_total() {
    // GIVEN Li Wei, A by the total 92.50, finally C
    // WHEN the report is rendered in English and in Chinese
    String en = HtmlReport.render(report(Samples.EN));
    String zh = HtmlReport.render(report(Samples.ZH));
    // THEN the summary row shows both grades
    assertThat(element(en, "<tr data-subject=\"emp-17\">", "tr"))
        .endsWith("<td class=\"num\">92.50</td><td>C (A by the total)</td></tr>");
    assertThat(element(zh, "<tr data-subject=\"emp-17\">", "tr"))
        .endsWith("<td class=\"num\">92.50</td><td>C（按总分 A）</td></tr>");
  }

  @Test
  void the_person_card_shows_the_grade_of_the_total_and_why() {
    // GIVEN / WHEN the English report
    String html = HtmlReport.render(report(Samples.EN));
    // THEN the card's facts hold the final grade and the grade of the total, then the reason
    assertThat(html).contains("<div><dt>Grade</dt><dd>C</dd></div>"
        + "<div><dt>Grade by the total</dt><dd>A</dd></div></dl>\n"
        + "<p class=\"grade-reason\">Why: A → B by the quota: position 4 of 10 (total 92.5) is"
        + " placed in quota group &#39;middle&#39;; then B → C by Wang Fang (HRBP) at"
        + " 2026-10-12T09:30:00Z: conduct</p>");
    assertThat(HtmlReport.render(report(Samples.ZH)))
        .contains("<div><dt>按总分等级</dt><dd>A</dd></div>", "<p class=\"grade-reason\">调整原因：A → B");
  }

  @Test
  void a_person_graded_by_the_total_shows_neither() {
    // GIVEN Li Wei graded A, no final grade given
    String html = HtmlReport.render(Samples.small(Samples.EN));
    // THEN neither the grade of the total nor a reason is shown
    assertThat(html).doesNotContain("by the total", "grade-reason\">");
    // AND withGrade drops a grade of the total given before
    PersonReport again = Samples.li().withFinalGrade("C", "A", REASON).withGrade("B");
    assertThat(again.gradeByTotal()).isNull();
    assertThat(again.gradeReason()).isNull();
    assertThat(Samples.li().withFinalGrade("C", "A", REASON).withHighlights(Highlights.none())
        .gradeReason()).isEqualTo(REASON);
  }

  @Test
  void a_grade_of_the_total_needs_its_reason_and_a_grade() {
    // GIVEN / WHEN a grade by the total without a reason, or without a grade THEN refused
    PersonReport li = Samples.li();
    assertThatThrownBy(() -> new PersonReport(li.subjectId(), li.name(), li.teamId(), li.total(),
            "C", li.items(), li.highlights(), "A", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person 'emp-17' needs both the grade by the total and its reason, got A and"
            + " null");
    assertThatThrownBy(() -> new PersonReport(li.subjectId(), li.name(), li.teamId(), li.total(),
            null, li.items(), li.highlights(), "A", "why"))
        .hasMessage("person 'emp-17' has a grade by the total (A) but no grade");
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Period;
import dev.yardstick.report.internal.Html;
import dev.yardstick.report.testing.Samples;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text from the data is escaped, in HTML text, attributes and SVG alike. */
class EscapingTest {

  static final String EVIL = "<script>alert(\"x\")</script> & 'Co'";
  static final String ESCAPED =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;";

  /** A report whose every text field is {@link #EVIL}, ids with quotes. */
  static ReportData evil() {
    Period jul = Samples.JUL;
    ItemScore item = new ItemScore("gmv\"><script>", EVIL, new BigDecimal("95"),
        ItemScore.FULL_SCORE, null, null, Set.of(ItemMark.MISSING), EVIL);
    PersonReport person = new PersonReport("emp\"17", EVIL, "team<&>", BigDecimal.TEN, EVIL,
        List.of(item), new Highlights(List.of(EVIL), List.of(EVIL), List.of(EVIL)));
    TeamReport team = new TeamReport("team<&>", EVIL, List.of(new GradeCount(EVIL, 1, 1)));
    PacingSeries series = new PacingSeries("gmv\"><script>", EVIL, "emp\"17", EVIL,
        List.of(PacingPoint.of(jul, 1, 1, 1)), List.of(new WarningMarker(jul, Severity.RED, EVIL)));
    return new ReportData(EVIL, Samples.Q3, Samples.EN, List.of(person), List.of(team),
        List.of(series));
  }

  @Test
  void no_text_from_the_data_can_open_a_tag() {
    // GIVEN every text field holding a script tag, ampersand and quotes
    // WHEN rendered
    String html = HtmlReport.render(evil());

    // THEN no script tag survives, and no raw quote or angle bracket from the data
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(EVIL);
    assertThat(html).doesNotContain("alert(\"x\")", "'Co'", "team<&>");
    // AND the text appears escaped in the title, headings, tables, SVG titles and lists
    assertThat(html).contains(
        "<title>" + ESCAPED + "</title>",
        "<h1>" + ESCAPED + "</h1>",
        "<li>" + ESCAPED + "</li>",
        "<h5>Strengths</h5><ul class=\"strengths\"><li>" + ESCAPED + "</li></ul>",
        "2026-07 · red: " + ESCAPED + "</title></circle>",
        "aria-label=\"Indicator scores against target: " + ESCAPED + "\"");
  }

  @Test
  void ids_are_escaped_inside_data_attributes_and_do_not_end_them() {
    // GIVEN ids with a double quote and angle brackets
    String html = HtmlReport.render(evil());

    // WHEN the data attributes are read back
    List<Map<String, String>> charts = find(html, "svg", "chart");

    // THEN each attribute holds the whole escaped id
    assertThat(charts.get(0)).containsEntry("data-team", "team&lt;&amp;&gt;");
    assertThat(charts.get(1)).containsEntry("data-subject", "emp&quot;17");
    assertThat(charts.get(2)).containsEntry("data-indicator", "gmv&quot;&gt;&lt;script&gt;")
        .containsEntry("data-scope", "emp&quot;17");
    assertThat(find(html, "rect", "bar", "missing").get(0))
        .containsEntry("data-indicator", "gmv&quot;&gt;&lt;script&gt;");
    assertThat(find(html, "rect", "bar", "actual").get(0)).containsEntry("data-grade", ESCAPED);
  }

  @Test
  void the_five_special_characters_become_references() {
    // GIVEN each special character
    // WHEN escaped
    // THEN & < > " ' are references and other text is unchanged
    assertThat(Html.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assertThat(Html.escape("李伟 – ok")).isEqualTo("李伟 – ok");
    assertThat(Html.escape("")).isEmpty();
  }

  @Test
  void characters_html_forbids_become_the_replacement_character() {
    // GIVEN a NUL, a bell, a C1 control, a lone surrogate of each kind and a valid pair
    String text = "a\u0000b\u0007c\u0085d\uD800e\uDC00f\uD83D\uDE00g\th\ni";

    // WHEN escaped
    String escaped = Html.escape(text);

    // THEN the forbidden ones are U+FFFD; tab, newline and the emoji pair stay
    assertThat(escaped).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uD83D\uDE00g\th\ni");
  }

  @Test
  void fitting_cuts_at_the_width_counting_chinese_characters_twice() {
    // GIVEN texts of 5 widths, 6 widths and 3 Chinese characters (6 widths)
    // WHEN fitted to 5
    // THEN 5 widths stay; longer ones keep 4 widths and get an ellipsis
    assertThat(Html.fit("abcde", 5)).isEqualTo("abcde");
    assertThat(Html.fit("abcdef", 5)).isEqualTo("abcd…");
    assertThat(Html.fit("转化率", 5)).isEqualTo("转化…");
    assertThat(Html.fit("ab转化", 5)).isEqualTo("ab转…");
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.element;
import static dev.yardstick.report.testing.Dom.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-team grouped bar chart. Geometry (see {@code TeamChart}): the plot is 424 px wide from
 * x = 40 and 180 px high from y = 20; each grade gets a group of 424 / grades px.
 */
class TeamChartTest {

  private static String chart(TeamReport team) {
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN).team(team).build();
    return element(HtmlReport.render(data), "class=\"chart grade-distribution\"", "svg");
  }

  @Test
  void each_grade_has_its_count_beside_its_quota() {
    // GIVEN S, A, B, C: 1, 3, 6, 2 people against 1.2, 2.4, 6, 2.4
    String svg = chart(Samples.tmall());

    // WHEN the bars are read
    List<Map<String, String>> actual = find(svg, "rect", "bar", "actual");
    List<Map<String, String>> quota = find(svg, "rect", "bar", "quota");

    // THEN one of each per grade, in the given order
    assertThat(actual).extracting(b -> b.get("data-grade")).containsExactly("S", "A", "B", "C");
    assertThat(actual).extracting(b -> b.get("data-count")).containsExactly("1", "3", "6", "2");
    assertThat(quota).extracting(b -> b.get("data-expected"))
        .containsExactly("1.2", "2.4", "6", "2.4");
    // AND the axis is 0..6 (6 / 5 = 1.2 rounds up to a step of 2), so a person is 180 / 6 = 30 px:
    // 3 people are 90 px high from y = 200 − 90 = 110; 2.4 expected are 72 px from y = 128
    assertThat(actual.get(1)).containsEntry("height", "90").containsEntry("y", "110");
    assertThat(quota.get(1)).containsEntry("height", "72").containsEntry("y", "128");
    assertThat(actual.get(2)).containsEntry("height", "180").containsEntry("y", "20");
    // AND a group is 424 / 4 = 106 px, a bar min(36, 0.3×106) = 31.8 px; grade A's centre is
    // 40 + 1.5×106 = 199: the actual bar starts at 199 − 2 − 31.8 = 165.2, the quota bar at 201
    assertThat(actual.get(1)).containsEntry("x", "165.2").containsEntry("width", "31.8");
    assertThat(quota.get(1)).containsEntry("x", "201").containsEntry("width", "31.8");
    // AND the ticks are 0, 2, 4, 6
    assertThat(find(svg, "text", "tick")).hasSize(4);
    assertThat(find(svg, "svg", "chart").get(0)).containsEntry("data-team", "team-tmall");
  }

  @Test
  void a_grade_nobody_got_has_an_empty_bar_and_the_bars_of_few_grades_stay_narrow() {
    // GIVEN two grades, nobody graded A and a quota of 1 for it
    TeamReport team = TeamReport.of("t", "T", List.of("A", "B"), Map.of("B", 4), Map.of("A", 1));

    // WHEN the chart is drawn
    String svg = chart(team);
    List<Map<String, String>> actual = find(svg, "rect", "bar", "actual");

    // THEN A's bar has no height; a group is 424 / 2 = 212 px and a bar at most 36 px
    assertThat(actual.get(0)).containsEntry("data-count", "0").containsEntry("height", "0");
    assertThat(actual.get(0)).containsEntry("width", "36");
    // AND the axis runs to 4 in steps of 1 (4 / 5 = 0.8 rounds to 1): 4 people fill 180 px
    assertThat(actual.get(1)).containsEntry("height", "180");
    assertThat(find(svg, "rect", "bar", "quota").get(1)).containsEntry("data-expected", "0");
  }

  @Test
  void a_team_where_nobody_was_graded_still_gets_an_axis_from_0_to_1() {
    // GIVEN all zeros
    TeamReport team = TeamReport.of("t", "T", List.of("A"), Map.of(), Map.of());

    // WHEN the chart is drawn
    String svg = chart(team);

    // THEN the bars have no height and the ticks read 0 and 1
    assertThat(find(svg, "rect", "bar")).extracting(b -> b.get("height")).containsOnly("0");
    assertThat(find(svg, "text", "tick")).hasSize(2);
  }

  @Test
  void a_team_without_grades_gets_a_note_instead_of_a_chart() {
    // GIVEN a team with no grades
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN)
        .team(new TeamReport("t", "T", List.of())).build();

    // WHEN rendered
    String html = HtmlReport.render(data);

    // THEN there is no chart but a note
    assertThat(html).doesNotContain("<svg").contains("<p class=\"no-data\">no data yet</p>");
  }
}

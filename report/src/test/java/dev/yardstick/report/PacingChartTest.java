package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.element;
import static dev.yardstick.report.testing.Dom.find;
import static dev.yardstick.report.testing.Samples.AUG;
import static dev.yardstick.report.testing.Samples.JUL;
import static dev.yardstick.report.testing.Samples.SEP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Period;
import dev.yardstick.report.testing.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-indicator pacing chart. Geometry (see {@code PacingChart}): the plot is 848 px wide
 * from x = 88, month i of n at 88 + (i + ½)·848/n; it is 200 px high from y = 20, the axis' lowest
 * value at y = 220.
 */
class PacingChartTest {

  private static String chart(PacingSeries series) {
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN).pacing(series).build();
    return element(HtmlReport.render(data), "class=\"chart pacing\"", "svg");
  }

  @Test
  void the_actual_line_runs_through_the_months_with_data() {
    // GIVEN July 310000 and August 560000, September pending; the axis is 0..1000000 (1000000 / 5
    // = 200000 is a nice step), so 5000 per px
    String svg = chart(Samples.gmvPacing());

    // WHEN the actual line and points are read
    List<Map<String, String>> lines = find(svg, "polyline", "line", "actual");
    List<Map<String, String>> points = find(svg, "circle", "point", "actual");

    // THEN a slot is 848 / 3 = 282.667 px: July at 88 + 141.333 = 229.33, August at 88 + 424 = 512;
    // y = 220 − 310000 / 5000 = 158 and 220 − 560000 / 5000 = 108
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).containsEntry("points", "229.33,158 512,108");
    assertThat(points).extracting(p -> p.get("data-month")).containsExactly("2026-07", "2026-08");
    assertThat(points).extracting(p -> p.get("cy")).containsExactly("158", "108");
    assertThat(points).extracting(p -> p.get("data-actual")).containsExactly("310000", "560000");
  }

  @Test
  void the_plan_is_a_dashed_line_and_the_target_a_step_line_across_each_months_slot() {
    // GIVEN a plan of 333333.33, 666666.67, 1000000 and a target of 1000000
    String svg = chart(Samples.gmvPacing());

    // WHEN the plan and target lines are read
    Map<String, String> plan = find(svg, "polyline", "line", "expected").get(0);
    Map<String, String> target = find(svg, "polyline", "line", "target").get(0);

    // THEN the plan is at y = 220 − 66.67 = 153.33, 220 − 133.33 = 86.67 and 20; September at
    // 88 + 2.5×282.667 = 794.67
    assertThat(plan).containsEntry("points", "229.33,153.33 512,86.67 794.67,20")
        .containsEntry("stroke-dasharray", "6 4");
    // AND the target runs at y = 20 from 88 through the slot edges 370.67 and 653.33 to 936
    assertThat(target)
        .containsEntry("points", "88,20 370.67,20 370.67,20 653.33,20 653.33,20 936,20");
  }

  @Test
  void a_warning_is_a_coloured_circle_on_its_month_with_the_message_as_tooltip() {
    // GIVEN a red warning in August (which has an actual) and an amber one in September (which
    // has none)
    String svg = chart(Samples.gmvPacing());

    // WHEN the warning markers are read
    List<Map<String, String>> warnings = find(svg, "circle", "warning");

    // THEN August's sits on the actual (512, 108), September's on the plan (794.67, 20)
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).containsEntry("class", "warning severity-red")
        .containsEntry("data-severity", "RED").containsEntry("data-month", "2026-08")
        .containsEntry("cx", "512").containsEntry("cy", "108").containsEntry("fill", "#c62828");
    assertThat(warnings.get(1)).containsEntry("class", "warning severity-amber")
        .containsEntry("cx", "794.67").containsEntry("cy", "20").containsEntry("fill", "#f9a825");
    assertThat(element(svg, "severity-red", "circle"))
        .contains("<title>2026-08 · red: 84% of plan</title>");
    assertThat(find(svg, "svg", "chart").get(0)).containsEntry("data-indicator", "gmv")
        .containsEntry("data-scope", "emp-17");
  }

  @Test
  void two_warnings_on_one_month_are_stacked_20_px_apart() {
    // GIVEN two warnings for July, whose actual is at y = 220 − 500000 / 5000 = 120 (axis 0..1000000)
    PacingSeries series = new PacingSeries("x", "X", "s", "S",
        List.of(PacingPoint.of(JUL, 500_000, 400_000, 1_000_000)),
        List.of(new WarningMarker(JUL, Severity.GREEN, "one"),
            new WarningMarker(JUL, Severity.AMBER, "two")));

    // WHEN the markers are read
    List<Map<String, String>> warnings = find(chart(series), "circle", "warning");

    // THEN the second sits 20 px above the first
    assertThat(warnings).extracting(w -> w.get("cy")).containsExactly("120", "100");
    assertThat(warnings).extracting(w -> w.get("class"))
        .containsExactly("warning severity-green", "warning severity-amber");
  }

  @Test
  void a_month_without_data_splits_the_actual_line() {
    // GIVEN data in July, none in August, data in September and October
    Period oct = Period.parse("2026-10");
    PacingSeries series = new PacingSeries("x", "X", "s", "S",
        List.of(PacingPoint.of(JUL, 10, 10, 40), PacingPoint.pending(AUG, 20, 40),
            PacingPoint.of(SEP, 30, 30, 40), PacingPoint.of(oct, 40, 40, 40)),
        List.of());

    // WHEN the chart is drawn
    String svg = chart(series);

    // THEN July alone and September–October form two runs; three months have a point
    assertThat(find(svg, "polyline", "line", "actual")).hasSize(2);
    assertThat(find(svg, "circle", "point")).hasSize(3);
    // AND an empty warning list says so
    assertThat(HtmlReport.render(ReportData.builder("t", Samples.Q3, Samples.EN).pacing(series)
        .build())).contains("<p class=\"no-data\">No warnings.</p>");
  }

  @Test
  void negative_values_extend_the_axis_below_zero() {
    // GIVEN an actual of −50 against a plan of 100: (100 + 50) / 5 = 30 gives a step of 50, the
    // axis −50..100, 150 over 200 px
    PacingSeries series = new PacingSeries("x", "X", "s", "S",
        List.of(PacingPoint.of(JUL, -50, 100, 100)), List.of());

    // WHEN the chart is drawn
    String svg = chart(series);

    // THEN −50 is at the bottom (y = 220) and 100 at the top (y = 20)
    assertThat(find(svg, "circle", "point").get(0)).containsEntry("cy", "220");
    assertThat(find(svg, "polyline", "line", "expected").get(0)).containsEntry("points", "512,20");
  }

  @Test
  void the_warnings_are_listed_under_the_chart_in_their_order() {
    // GIVEN the red and the amber warning
    String html = HtmlReport.render(Samples.small(Samples.EN));

    // WHEN the list is read
    List<Map<String, String>> items = find(html, "li", "severity-red");

    // THEN each is an item with its month, severity and message
    assertThat(items).hasSize(1);
    assertThat(html).contains(
        "<li class=\"severity-red\" data-month=\"2026-08\">2026-08 · red: 84% of plan</li>\n"
            + "<li class=\"severity-amber\" data-month=\"2026-09\">2026-09 · amber: no data yet</li>");
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.element;
import static dev.yardstick.report.testing.Dom.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Samples;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The per-person bar chart. Geometry (see {@code PersonChart}): the plot starts at x = 240 and is
 * 600 px wide; rows are 30 px from y = 24 and a bar starts 6 px into its row and is 18 px high.
 */
class PersonChartTest {

  private static String chart(PersonReport person) {
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN).person(person).build();
    return element(HtmlReport.render(data), "class=\"chart person-scores\"", "svg");
  }

  private static PersonReport withScores(double... scores) {
    List<ItemScore> items = new java.util.ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      items.add(ItemScore.of("i" + i, "Indicator " + i, scores[i]));
    }
    return new PersonReport("emp-1", "A", null, BigDecimal.TEN, null, items, Highlights.none());
  }

  @Test
  void each_item_gets_one_bar_whose_width_is_its_score_at_five_pixels_a_point() {
    // GIVEN scores 110 (capped), 90, 60 (floored) and 0 (missing, excluded): the axis is 0..120,
    // so one point is 600 / 120 = 5 px
    String svg = chart(Samples.li());

    // WHEN the bars are read
    List<Map<String, String>> bars = find(svg, "rect", "bar");

    // THEN widths are 110×5 = 550, 90×5 = 450, 60×5 = 300, 0×5 = 0, all from x = 240
    assertThat(bars).extracting(b -> b.get("width")).containsExactly("550", "450", "300", "0");
    assertThat(bars).extracting(b -> b.get("x")).containsOnly("240");
    // AND rows are 30 px apart: y = 24 + 30·i + 6
    assertThat(bars).extracting(b -> b.get("y")).containsExactly("30", "60", "90", "120");
    assertThat(bars).extracting(b -> b.get("height")).containsOnly("18");
    assertThat(bars).extracting(b -> b.get("data-indicator"))
        .containsExactly("gmv", "cvr", "csat", "okr");
    assertThat(bars).extracting(b -> b.get("data-score")).containsExactly("110", "90", "60", "0");
    // AND the chart is 24 + 4×30 + 8 = 152 px high
    assertThat(find(svg, "svg", "chart", "person-scores").get(0))
        .containsEntry("data-subject", "emp-17")
        .containsEntry("viewBox", "0 0 960 152");
  }

  @Test
  void bars_are_coloured_by_band_and_classed_by_their_marks() {
    // GIVEN 110 ≥ 100, 80 ≤ 90 < 100, 60 < 80 and an excluded item
    String svg = chart(Samples.li());

    // WHEN the bars' classes and fills are read
    List<Map<String, String>> bars = find(svg, "rect", "bar");

    // THEN on target (green), near (amber), below (red) and none (grey), with their marks
    assertThat(bars).extracting(b -> b.get("class")).containsExactly(
        "bar band-on-target capped",
        "bar band-near",
        "bar band-below floored",
        "bar band-none missing excluded");
    assertThat(bars).extracting(b -> b.get("fill"))
        .containsExactly("#2e7d32", "#f9a825", "#c62828", "#bdbdbd");
  }

  @Test
  void the_target_line_of_100_is_drawn_across_every_row_at_x_740() {
    // GIVEN four items with target score 100 on an axis of 0..120
    String svg = chart(Samples.li());

    // WHEN the target lines are read
    List<Map<String, String>> lines = find(svg, "line", "target-line");

    // THEN one per row at x = 240 + 100×5 = 740, each spanning its row
    assertThat(lines).hasSize(4);
    assertThat(lines).extracting(l -> l.get("x1")).containsOnly("740");
    assertThat(lines).extracting(l -> l.get("x2")).containsOnly("740");
    assertThat(lines).extracting(l -> l.get("y1")).containsExactly("24", "54", "84", "114");
    assertThat(lines).extracting(l -> l.get("y2")).containsExactly("54", "84", "114", "144");
    assertThat(lines).extracting(l -> l.get("data-target")).containsOnly("100");
  }

  @Test
  void capped_and_floored_bars_carry_a_mark_at_their_end() {
    // GIVEN gmv capped at 110 and csat floored at 60
    String svg = chart(Samples.li());

    // WHEN the bound marks are read
    List<Map<String, String>> marks = find(svg, "line", "bound-mark");

    // THEN the cap mark is at 240 + 550 = 790 on row 0 (bar y 30, 3 px over: 27..51), the floor
    // mark at 240 + 300 = 540 on row 2 (bar y 90: 87..111)
    assertThat(marks).hasSize(2);
    assertThat(marks.get(0)).containsEntry("class", "bound-mark capped")
        .containsEntry("x1", "790").containsEntry("y1", "27").containsEntry("y2", "51");
    assertThat(marks.get(1)).containsEntry("class", "bound-mark floored")
        .containsEntry("x1", "540").containsEntry("y1", "87").containsEntry("y2", "111");
    // AND the value labels say so
    assertThat(svg).contains(">110 (capped)</text>", ">60 (floored)</text>",
        ">0 (missing data, not counted)</text>");
  }

  @Test
  void a_score_above_120_widens_the_axis_to_the_next_nice_step() {
    // GIVEN a score of 130: (130 − 0) / 6 ≈ 21.7 rounds up to a step of 50, so the axis is 0..150
    // and a point is 600 / 150 = 4 px
    String svg = chart(withScores(130, 100));

    // WHEN the bars and the target line are read
    List<Map<String, String>> bars = find(svg, "rect", "bar");

    // THEN 130×4 = 520 and 100×4 = 400; the 100 line is at 240 + 400 = 640
    assertThat(bars).extracting(b -> b.get("width")).containsExactly("520", "400");
    assertThat(find(svg, "line", "target-line")).extracting(l -> l.get("x1"))
        .containsOnly("640");
    // AND the ticks are 0, 50, 100, 150
    assertThat(find(svg, "text", "tick")).hasSize(4);
    assertThat(svg).contains(">0</text>", ">50</text>", ">100</text>", ">150</text>");
  }

  @Test
  void a_negative_score_draws_its_bar_to_the_left_of_zero() {
    // GIVEN −20 and 100: (120 + 20) / 6 ≈ 23.3 gives a step of 50, the axis −50..150 (200 points
    // over 600 px: 3 px a point) and zero at 240 + 50×3 = 390
    String svg = chart(withScores(-20, 100));

    // WHEN the bars are read
    List<Map<String, String>> bars = find(svg, "rect", "bar");

    // THEN −20 spans 390 − 60 = 330 to 390; 100 spans 390 to 390 + 300; the 100 line is at 690
    assertThat(bars.get(0)).containsEntry("x", "330").containsEntry("width", "60")
        .containsEntry("class", "bar band-below");
    assertThat(bars.get(1)).containsEntry("x", "390").containsEntry("width", "300");
    assertThat(find(svg, "line", "target-line")).extracting(l -> l.get("x1")).containsOnly("690");
    assertThat(find(svg, "line", "baseline").get(0)).containsEntry("x1", "390");
  }

  @Test
  void a_target_score_other_than_100_moves_that_rows_line_and_band() {
    // GIVEN a score of 40 against a target score of 50: 40 is 80% of 50, so "near"
    ItemScore item = new ItemScore("x", "X", new BigDecimal("40"), new BigDecimal("50"), null, null,
        Set.of(), "");
    PersonReport p = new PersonReport("emp-1", "A", null, BigDecimal.ONE, null, List.of(item),
        Highlights.none());

    // WHEN the chart is drawn
    String svg = chart(p);

    // THEN the target line is at 240 + 50×5 = 490 and the bar is amber
    assertThat(find(svg, "line", "target-line").get(0)).containsEntry("x1", "490");
    assertThat(find(svg, "rect", "bar").get(0)).containsEntry("class", "bar band-near");
  }

  @Test
  void the_bands_change_exactly_at_100_and_80_percent_of_the_target_score() {
    // GIVEN scores on and just beside the boundaries
    String svg = chart(withScores(100, 99.99, 80, 79.99));

    // WHEN the classes are read
    List<Map<String, String>> bars = find(svg, "rect", "bar");

    // THEN 100 is on target, 99.99 and 80 are near, 79.99 is below
    assertThat(bars).extracting(b -> b.get("class")).containsExactly(
        "bar band-on-target", "bar band-near", "bar band-near", "bar band-below");
  }

  @Test
  void every_bar_has_a_tooltip_with_score_actual_target_marks_and_explanation() {
    // GIVEN gmv: 110 capped, actual 1150000 against 1000000
    String svg = chart(Samples.li());

    // WHEN the first bar is read
    String bar = element(svg, "data-indicator=\"gmv\"", "rect");

    // THEN its title says everything, with grouped numbers
    assertThat(bar).contains("<title>Store GMV: 110 / 100 · Actual: 1,150,000, Target: 1,000,000"
        + " · capped · actual 1150000 is 115% of target 1000000; capped at 110</title>");
  }

  @Test
  void a_long_indicator_name_is_cut_with_an_ellipsis_and_kept_whole_in_its_tooltip() {
    // GIVEN a name of 40 letters, more than the 34 widths the label column takes
    String name = "Share of content that became a hit piece";
    PersonReport p = new PersonReport("emp-1", "A", null, BigDecimal.ONE, null,
        List.of(ItemScore.of("hit", name, 50)), Highlights.none());

    // WHEN the chart is drawn
    String svg = chart(p);

    // THEN the label shows the first 33 characters and "…", the tooltip the whole name
    assertThat(svg).contains(">" + name.substring(0, 33) + "…<title>" + name + "</title></text>");
  }
}

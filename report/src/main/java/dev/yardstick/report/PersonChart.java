package dev.yardstick.report;

import static dev.yardstick.report.internal.Html.escape;
import static dev.yardstick.report.internal.Num.coord;

import dev.yardstick.report.internal.Html;
import dev.yardstick.report.internal.Label;
import dev.yardstick.report.internal.Lang;
import dev.yardstick.report.internal.Num;
import dev.yardstick.report.internal.Scale;
import java.math.BigDecimal;
import java.util.List;

/**
 * A person's horizontal bar chart: one bar per indicator from 0 to its score, coloured by how far
 * the score is from the target score, a target line per row, and a thick mark at the end of a
 * capped or floored bar.
 *
 * <p>Geometry, for tests and readers: the plot runs from x = {@value #PLOT_LEFT} over {@value
 * #PLOT_WIDTH} px; its axis covers at least 0 to 120 (scores, target scores and 0 included) in
 * nice steps, so with scores from 0 to 120 a point is 5 px and the 100 line is at x = 740. Row
 * {@code i} starts at y = {@value #TOP} + {@value #ROW}·i; its bar is {@value #BAR} px high and
 * starts 6 px lower.
 */
final class PersonChart {

  /** The width of the chart. */
  public static final int WIDTH = 960;
  /** Where the plot starts; indicator names are right-aligned before it. */
  public static final int PLOT_LEFT = 240;
  /** The width of the plot. */
  public static final int PLOT_WIDTH = 600;
  /** The height of the tick labels above the rows. */
  public static final int TOP = 24;
  /** The height of a row. */
  public static final int ROW = 30;
  /** The height of a bar. */
  public static final int BAR = 18;
  /** The space below the last row. */
  public static final int BOTTOM = 8;
  /** The axis always reaches this score, so that 100 is never at the edge. */
  public static final double MIN_AXIS_MAX = 120;
  /** The share of the target score from which a score is "near" the target: 80%. */
  private static final BigDecimal NEAR_NUMERATOR = BigDecimal.valueOf(4);
  private static final BigDecimal NEAR_DENOMINATOR = BigDecimal.valueOf(5);
  /** About how many character widths an indicator name may take before it is cut. */
  private static final int NAME_UNITS = 34;

  private PersonChart() {}

  /** The band of a score: {@code on-target}, {@code near}, {@code below} or {@code none}. */
  public static String band(ItemScore item) {
    if (item.has(ItemMark.EXCLUDED)) {
      return "none";
    }
    if (item.score().compareTo(item.targetScore()) >= 0) {
      return "on-target";
    }
    // score ≥ 80% of target ⇔ 5·score ≥ 4·target, exact in decimals
    if (item.score().multiply(NEAR_DENOMINATOR)
            .compareTo(item.targetScore().multiply(NEAR_NUMERATOR))
        >= 0) {
      return "near";
    }
    return "below";
  }

  private static String fill(String band) {
    switch (band) {
      case "on-target":
        return Palette.ON_TARGET;
      case "near":
        return Palette.NEAR;
      case "below":
        return Palette.BELOW;
      default:
        return Palette.NONE;
    }
  }

  /** The axis of a person's chart. */
  public static Scale scale(List<ItemScore> items) {
    double min = 0;
    double max = MIN_AXIS_MAX;
    for (ItemScore item : items) {
      double score = item.score().doubleValue();
      min = Math.min(min, score);
      max = Math.max(max, Math.max(score, item.targetScore().doubleValue()));
    }
    return Scale.nice(min, max, 6, 0);
  }

  /** Appends the chart; the person has at least one item. */
  public static void render(StringBuilder out, PersonReport person, Lang lang) {
    List<ItemScore> items = person.items();
    Scale scale = scale(items);
    int height = TOP + items.size() * ROW + BOTTOM;
    String title = lang.colon(Label.SCORES_OF) + person.name();
    out.append("<svg class=\"chart person-scores\" data-subject=\"")
        .append(escape(person.subjectId()))
        .append("\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">\n");
    out.append("<title>").append(escape(title)).append("</title>\n");

    for (BigDecimal tick : scale.ticks()) {
      String x = coord(x(scale, tick.doubleValue()));
      out.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(TOP - 4)
          .append("\" x2=\"").append(x).append("\" y2=\"").append(height - BOTTOM)
          .append("\" stroke=\"").append(Palette.GRID).append("\" stroke-width=\"1\"/>\n");
      out.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(TOP - 8)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(Palette.MUTED)
          .append("\">").append(Num.grouped(tick)).append("</text>\n");
    }
    String zero = coord(x(scale, 0));
    out.append("<line class=\"baseline\" x1=\"").append(zero).append("\" y1=\"").append(TOP - 4)
        .append("\" x2=\"").append(zero).append("\" y2=\"").append(height - BOTTOM)
        .append("\" stroke=\"").append(Palette.MUTED).append("\" stroke-width=\"1\"/>\n");

    for (int i = 0; i < items.size(); i++) {
      row(out, scale, items.get(i), TOP + i * ROW, lang);
    }
    out.append("</svg>\n");
  }

  private static double x(Scale scale, double value) {
    return PLOT_LEFT + scale.fraction(value) * PLOT_WIDTH;
  }

  private static void row(StringBuilder out, Scale scale, ItemScore item, int top, Lang lang) {
    double x0 = x(scale, 0);
    double xs = x(scale, item.score().doubleValue());
    double xt = x(scale, item.targetScore().doubleValue());
    int barY = top + (ROW - BAR) / 2;
    String textY = Integer.toString(top + ROW / 2 + 4);
    String band = band(item);
    String marks = marks(item, lang);

    out.append("<text class=\"indicator\" x=\"").append(PLOT_LEFT - 8).append("\" y=\"")
        .append(textY).append("\" text-anchor=\"end\" font-size=\"12\" fill=\"")
        .append(Palette.INK).append("\">").append(escape(Html.fit(item.indicatorName(), NAME_UNITS)))
        .append("<title>").append(escape(item.indicatorName())).append("</title></text>\n");

    out.append("<rect class=\"bar band-").append(band);
    for (ItemMark mark : item.marks()) {
      out.append(' ').append(Page.cssName(mark));
    }
    out.append("\" data-indicator=\"").append(escape(item.indicatorId()))
        .append("\" data-score=\"").append(escape(item.score().toPlainString()))
        .append("\" x=\"").append(coord(Math.min(x0, xs)))
        .append("\" y=\"").append(barY)
        .append("\" width=\"").append(coord(Math.abs(xs - x0)))
        .append("\" height=\"").append(BAR)
        .append("\" fill=\"").append(fill(band)).append("\"><title>")
        .append(escape(tooltip(item, marks, lang))).append("</title></rect>\n");

    String tx = coord(xt);
    out.append("<line class=\"target-line\" data-target=\"")
        .append(escape(item.targetScore().toPlainString()))
        .append("\" x1=\"").append(tx).append("\" y1=\"").append(top)
        .append("\" x2=\"").append(tx).append("\" y2=\"").append(top + ROW)
        .append("\" stroke=\"").append(Palette.TARGET).append("\" stroke-width=\"2\"/>\n");

    if (item.has(ItemMark.CAPPED) || item.has(ItemMark.FLOORED)) {
      String bx = coord(xs);
      out.append("<line class=\"bound-mark ")
          .append(item.has(ItemMark.CAPPED) ? "capped" : "floored")
          .append("\" x1=\"").append(bx).append("\" y1=\"").append(barY - 3)
          .append("\" x2=\"").append(bx).append("\" y2=\"").append(barY + BAR + 3)
          .append("\" stroke=\"").append(Palette.INK).append("\" stroke-width=\"3\"/>\n");
    }

    String value =
        item.score().toPlainString()
            + (marks.isEmpty() ? "" : lang == Lang.ZH ? "（" + marks + "）" : " (" + marks + ")");
    out.append("<text class=\"value\" x=\"").append(coord(Math.max(Math.max(x0, xs), xt) + 6))
        .append("\" y=\"").append(textY).append("\" font-size=\"12\" fill=\"")
        .append(Palette.INK).append("\">").append(escape(value)).append("</text>\n");
  }

  /** The item's marks as words, in the report's language. */
  static String marks(ItemScore item, Lang lang) {
    StringBuilder sb = new StringBuilder();
    for (ItemMark mark : item.marks()) {
      if (sb.length() > 0) {
        sb.append(lang == Lang.ZH ? "，" : ", ");
      }
      sb.append(lang.get(Page.label(mark)));
    }
    return sb.toString();
  }

  private static String tooltip(ItemScore item, String marks, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append(item.indicatorName()).append(lang == Lang.ZH ? "：" : ": ")
        .append(item.score().toPlainString()).append(" / ")
        .append(item.targetScore().toPlainString());
    if (item.actual() != null || item.target() != null) {
      sb.append(" · ").append(lang.colon(Label.ACTUAL))
          .append(item.actual() == null ? lang.get(Label.NONE) : Num.grouped(item.actual()))
          .append(", ").append(lang.colon(Label.TARGET))
          .append(item.target() == null ? lang.get(Label.NONE) : Num.grouped(item.target()));
    }
    if (!marks.isEmpty()) {
      sb.append(" · ").append(marks);
    }
    if (!item.explanation().isEmpty()) {
      sb.append(" · ").append(item.explanation());
    }
    return sb.toString();
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.internal.Html.escape;
import static dev.yardstick.report.internal.Num.coord;

import dev.yardstick.report.internal.Label;
import dev.yardstick.report.internal.Lang;
import dev.yardstick.report.internal.Num;
import dev.yardstick.report.internal.Scale;
import java.math.BigDecimal;
import java.util.List;

/**
 * A team's grouped bar chart: per grade, the number of people who got it beside the number the
 * quota expected.
 *
 * <p>Geometry: the plot is {@value #PLOT_HEIGHT} px high from y = {@value #TOP} and {@value
 * #PLOT_WIDTH} px wide from x = {@value #PLOT_LEFT}, split into one group per grade; the y axis
 * runs from 0 to the largest count or expectation in nice steps of at least 1. In a group of width
 * {@code g}, the actual bar ends 2 px left of the centre and the quota bar starts 2 px right of it,
 * both {@code min(36, 0.3·g)} px wide.
 */
final class TeamChart {

  /** The width of the chart. */
  public static final int WIDTH = 480;
  /** Where the plot starts; the y labels are before it. */
  public static final int PLOT_LEFT = 40;
  /** The width of the plot. */
  public static final int PLOT_WIDTH = 424;
  /** The space above the plot, for the value labels. */
  public static final int TOP = 20;
  /** The height of the plot. */
  public static final int PLOT_HEIGHT = 180;
  /** The space below the plot, for the grade labels. */
  public static final int BOTTOM = 28;
  /** The widest a bar gets. */
  public static final double MAX_BAR = 36;

  private TeamChart() {}

  /** The y axis of a team's chart. */
  public static Scale scale(List<GradeCount> grades) {
    double max = 0;
    for (GradeCount grade : grades) {
      max = Math.max(max, Math.max(grade.count(), grade.expected()));
    }
    return Scale.nice(0, max, 5, 1);
  }

  /** Appends the chart; the team has at least one grade. */
  public static void render(StringBuilder out, TeamReport team, Lang lang) {
    List<GradeCount> grades = team.grades();
    Scale scale = scale(grades);
    int height = TOP + PLOT_HEIGHT + BOTTOM;
    int baseY = TOP + PLOT_HEIGHT;
    String title = lang.colon(Label.DISTRIBUTION_OF) + team.name();
    out.append("<svg class=\"chart grade-distribution\" data-team=\"")
        .append(escape(team.teamId()))
        .append("\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">\n");
    out.append("<title>").append(escape(title)).append("</title>\n");

    for (BigDecimal tick : scale.ticks()) {
      String y = coord(y(scale, tick.doubleValue()));
      out.append("<line class=\"grid\" x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(y)
          .append("\" x2=\"").append(PLOT_LEFT + PLOT_WIDTH).append("\" y2=\"").append(y)
          .append("\" stroke=\"").append(Palette.GRID).append("\" stroke-width=\"1\"/>\n");
      out.append("<text class=\"tick\" x=\"").append(PLOT_LEFT - 8).append("\" y=\"")
          .append(coord(y(scale, tick.doubleValue()) + 4))
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"").append(Palette.MUTED)
          .append("\">").append(Num.grouped(tick)).append("</text>\n");
    }

    double group = (double) PLOT_WIDTH / grades.size();
    double bar = Math.min(MAX_BAR, 0.3 * group);
    for (int i = 0; i < grades.size(); i++) {
      GradeCount grade = grades.get(i);
      double centre = PLOT_LEFT + (i + 0.5) * group;
      String expected = Num.decimal(grade.expected(), 2);
      String tooltip =
          grade.grade() + " · " + lang.colon(Label.ACTUAL_COUNT) + grade.count() + " · "
              + lang.colon(Label.QUOTA) + expected;
      bar(out, "actual", grade, "data-count", Integer.toString(grade.count()),
          centre - 2 - bar, bar, grade.count(), scale, Palette.ACTUAL, tooltip);
      bar(out, "quota", grade, "data-expected", expected,
          centre + 2, bar, grade.expected(), scale, Palette.PLAN, tooltip);
      out.append("<text class=\"grade\" x=\"").append(coord(centre)).append("\" y=\"")
          .append(baseY + 18).append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\""
              + " fill=\"").append(Palette.INK).append("\">").append(escape(grade.grade()))
          .append("</text>\n");
    }
    out.append("<line class=\"baseline\" x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(baseY)
        .append("\" x2=\"").append(PLOT_LEFT + PLOT_WIDTH).append("\" y2=\"").append(baseY)
        .append("\" stroke=\"").append(Palette.MUTED).append("\" stroke-width=\"1\"/>\n");
    out.append("</svg>\n");
  }

  private static double y(Scale scale, double value) {
    return TOP + PLOT_HEIGHT - scale.fraction(value) * PLOT_HEIGHT;
  }

  private static void bar(
      StringBuilder out,
      String kind,
      GradeCount grade,
      String dataName,
      String dataValue,
      double x,
      double width,
      double value,
      Scale scale,
      String fill,
      String tooltip) {
    double top = y(scale, value);
    out.append("<rect class=\"bar ").append(kind).append("\" data-grade=\"")
        .append(escape(grade.grade())).append("\" ").append(dataName).append("=\"")
        .append(dataValue).append("\" x=\"").append(coord(x)).append("\" y=\"").append(coord(top))
        .append("\" width=\"").append(coord(width)).append("\" height=\"")
        .append(coord(TOP + PLOT_HEIGHT - top)).append("\" fill=\"").append(fill)
        .append("\"><title>").append(escape(tooltip)).append("</title></rect>\n");
    out.append("<text class=\"value\" x=\"").append(coord(x + width / 2)).append("\" y=\"")
        .append(coord(top - 4)).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
        .append(Palette.INK).append("\">").append(dataValue).append("</text>\n");
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.internal.Html.escape;
import static dev.yardstick.report.internal.Num.coord;

import dev.yardstick.core.domain.Period;
import dev.yardstick.report.internal.Label;
import dev.yardstick.report.internal.Lang;
import dev.yardstick.report.internal.Num;
import dev.yardstick.report.internal.Scale;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A line chart of monthly pacing: the cumulative actual (solid, with a dot per month that has
 * data) against the cumulative plan (dashed) and the period's target (a step line), with a
 * coloured circle for every warning on its month.
 *
 * <p>Geometry: month {@code i} of {@code n} is at x = {@value #PLOT_LEFT} + (i + ½)·{@value
 * #PLOT_WIDTH}/n; the y axis covers 0 and every value in nice steps, from y = {@value #TOP} + {@value
 * #PLOT_HEIGHT} at its lowest to y = {@value #TOP} at its highest. A warning sits on the month's
 * actual, or on the plan when the month has no actual; a second warning on the same month sits
 * {@value #STACK} px higher.
 */
final class PacingChart {

  /** The width of the chart. */
  public static final int WIDTH = 960;
  /** Where the plot starts; the y labels are before it. */
  public static final int PLOT_LEFT = 88;
  /** The width of the plot. */
  public static final int PLOT_WIDTH = 848;
  /** The space above the plot. */
  public static final int TOP = 20;
  /** The height of the plot. */
  public static final int PLOT_HEIGHT = 200;
  /** The space below the plot, for the month labels. */
  public static final int BOTTOM = 28;
  /** The radius of a warning circle. */
  public static final int WARNING_RADIUS = 8;
  /** How far apart warnings of the same month are stacked. */
  public static final int STACK = 20;

  private PacingChart() {}

  /** The y axis of a series. */
  public static Scale scale(List<PacingPoint> points) {
    double min = 0;
    double max = 0;
    for (PacingPoint p : points) {
      double lowest = Math.min(p.expected().doubleValue(), p.target().doubleValue());
      double highest = Math.max(p.expected().doubleValue(), p.target().doubleValue());
      if (p.actual() != null) {
        lowest = Math.min(lowest, p.actual().doubleValue());
        highest = Math.max(highest, p.actual().doubleValue());
      }
      min = Math.min(min, lowest);
      max = Math.max(max, highest);
    }
    return Scale.nice(min, max, 5, 0);
  }

  /** Appends the chart. */
  public static void render(StringBuilder out, PacingSeries series, Lang lang) {
    List<PacingPoint> points = series.points();
    int n = points.size();
    Scale scale = scale(points);
    int height = TOP + PLOT_HEIGHT + BOTTOM;
    double slot = (double) PLOT_WIDTH / n;
    String title =
        lang.colon(Label.PACING_OF) + series.indicatorName() + " · " + series.scopeName();
    out.append("<svg class=\"chart pacing\" data-indicator=\"")
        .append(escape(series.indicatorId())).append("\" data-scope=\"")
        .append(escape(series.scopeId()))
        .append("\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">\n");
    out.append("<title>").append(escape(title)).append("</title>\n");

    for (BigDecimal tick : scale.ticks()) {
      double y = y(scale, tick.doubleValue());
      out.append("<line class=\"grid\" x1=\"").append(PLOT_LEFT).append("\" y1=\"")
          .append(coord(y)).append("\" x2=\"").append(PLOT_LEFT + PLOT_WIDTH).append("\" y2=\"")
          .append(coord(y)).append("\" stroke=\"").append(Palette.GRID)
          .append("\" stroke-width=\"1\"/>\n");
      out.append("<text class=\"tick\" x=\"").append(PLOT_LEFT - 8).append("\" y=\"")
          .append(coord(y + 4)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"")
          .append(Palette.MUTED).append("\">").append(Num.grouped(tick)).append("</text>\n");
    }

    // the target holds for a month's whole slot, so it is drawn as steps
    StringBuilder target = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < n; i++) {
      PacingPoint p = points.get(i);
      String yt = coord(y(scale, p.target().doubleValue()));
      target.append(i == 0 ? "" : " ").append(coord(PLOT_LEFT + i * slot)).append(',').append(yt)
          .append(' ').append(coord(PLOT_LEFT + (i + 1) * slot)).append(',').append(yt);
      expected.append(i == 0 ? "" : " ").append(coord(x(i, slot))).append(',')
          .append(coord(y(scale, p.expected().doubleValue())));
    }
    polyline(out, "target", target, Palette.TARGET, "2", "2 3");
    polyline(out, "expected", expected, Palette.PLAN, "2", "6 4");

    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      BigDecimal actual = i < n ? points.get(i).actual() : null;
      if (actual != null) {
        run.append(run.length() == 0 ? "" : " ").append(coord(x(i, slot))).append(',')
            .append(coord(y(scale, actual.doubleValue())));
      } else if (run.length() > 0) {
        polyline(out, "actual", run, Palette.ACTUAL, "2.5", null);
        run.setLength(0);
      }
    }

    for (int i = 0; i < n; i++) {
      PacingPoint p = points.get(i);
      if (p.actual() == null) {
        continue;
      }
      out.append("<circle class=\"point actual\" data-month=\"").append(p.month())
          .append("\" data-actual=\"").append(Num.plain(p.actual()))
          .append("\" cx=\"").append(coord(x(i, slot))).append("\" cy=\"")
          .append(coord(y(scale, p.actual().doubleValue())))
          .append("\" r=\"3.5\" fill=\"").append(Palette.ACTUAL).append("\"><title>")
          .append(escape(pointTooltip(p, lang))).append("</title></circle>\n");
    }

    Map<Period, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(points.get(i).month(), i);
    }
    Map<Period, Integer> stacked = new HashMap<>();
    for (WarningMarker warning : series.warnings()) {
      // PacingSeries rejects a warning whose month is not one of its points' months
      int i = Objects.requireNonNull(index.get(warning.month()), "index of a warning's month");
      PacingPoint p = points.get(i);
      BigDecimal on = p.actual() != null ? p.actual() : p.expected();
      int k = stacked.merge(warning.month(), 1, Integer::sum) - 1;
      String colour = Palette.of(warning.severity());
      String severity = warning.severity().name().toLowerCase(java.util.Locale.ROOT);
      out.append("<circle class=\"warning severity-").append(severity)
          .append("\" data-month=\"").append(warning.month())
          .append("\" data-severity=\"").append(warning.severity().name())
          .append("\" cx=\"").append(coord(x(i, slot))).append("\" cy=\"")
          .append(coord(y(scale, on.doubleValue()) - k * STACK))
          .append("\" r=\"").append(WARNING_RADIUS).append("\" fill=\"").append(colour)
          .append("\" fill-opacity=\"0.35\" stroke=\"").append(colour)
          .append("\" stroke-width=\"2.5\"><title>")
          .append(escape(warningText(warning, lang))).append("</title></circle>\n");
    }

    for (int i = 0; i < n; i++) {
      out.append("<text class=\"month\" x=\"").append(coord(x(i, slot))).append("\" y=\"")
          .append(TOP + PLOT_HEIGHT + 18).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
          .append(Palette.MUTED).append("\">").append(points.get(i).month()).append("</text>\n");
    }
    out.append("<line class=\"baseline\" x1=\"").append(PLOT_LEFT).append("\" y1=\"")
        .append(TOP + PLOT_HEIGHT).append("\" x2=\"").append(PLOT_LEFT + PLOT_WIDTH)
        .append("\" y2=\"").append(TOP + PLOT_HEIGHT).append("\" stroke=\"").append(Palette.MUTED)
        .append("\" stroke-width=\"1\"/>\n");
    out.append("</svg>\n");
  }

  /** "2026-08 · red: message" in the report's language. */
  static String warningText(WarningMarker warning, Lang lang) {
    return warning.month() + " · " + lang.colon(Page.label(warning.severity())) + warning.message();
  }

  /** Only for a point with an actual (the caller skips the others). */
  private static String pointTooltip(PacingPoint p, Lang lang) {
    BigDecimal actual = Objects.requireNonNull(p.actual(), "actual of a plotted point");
    return p.month() + " · " + lang.colon(Label.ACTUAL_CUMULATIVE) + Num.grouped(actual)
        + " · " + lang.colon(Label.EXPECTED_CUMULATIVE) + Num.grouped(p.expected())
        + " · " + lang.colon(Label.TARGET_LEVEL) + Num.grouped(p.target());
  }

  private static void polyline(
      StringBuilder out,
      String kind,
      CharSequence points,
      String stroke,
      String width,
      @org.jspecify.annotations.Nullable String dashes) {
    out.append("<polyline class=\"line ").append(kind).append("\" points=\"").append(points)
        .append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(width).append('"');
    if (dashes != null) {
      out.append(" stroke-dasharray=\"").append(dashes).append('"');
    }
    out.append("/>\n");
  }

  private static double x(int i, double slot) {
    return PLOT_LEFT + (i + 0.5) * slot;
  }

  private static double y(Scale scale, double value) {
    return TOP + PLOT_HEIGHT - scale.fraction(value) * PLOT_HEIGHT;
  }
}

package dev.yardstick.report;

import static dev.yardstick.report.internal.Html.escape;

import dev.yardstick.report.internal.Label;
import dev.yardstick.report.internal.Lang;
import dev.yardstick.report.internal.Num;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole page: head with the inline style sheet, summary table, team charts, person charts
 * with their details and interview highlights, pacing charts with their warnings.
 */
final class Page {

  /**
   * Latin faces first, then the CJK faces of every major platform, so Chinese renders with a
   * proper font wherever one is installed and nothing is fetched.
   */
  static final String FONTS =
      "\"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans CJK SC\", \"Noto Sans SC\","
          + " \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\","
          + " \"WenQuanYi Micro Hei\", sans-serif";

  private static final String STYLE =
      "*{box-sizing:border-box}\n"
          + "body{margin:0;padding:24px;font-family:" + FONTS + ";color:#212121;"
          + "background:#f5f5f5;line-height:1.5}\n"
          + "main{max-width:1000px;margin:0 auto}\n"
          + "h1{font-size:26px;margin:0 0 4px}\n"
          + "h2{font-size:20px;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid #283593}\n"
          + "h3{font-size:16px;margin:0 0 8px}\n"
          + "h4{font-size:14px;margin:12px 0 4px}\n"
          + "h5{font-size:13px;margin:4px 0;color:#424242}\n"
          + ".period{margin:0;color:#616161}\n"
          + ".id{font-weight:normal;color:#757575;font-size:13px;margin-left:8px}\n"
          + ".card{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:16px;"
          + "margin:12px 0;break-inside:avoid}\n"
          + "table{border-collapse:collapse;width:100%;font-size:13px;background:#fff}\n"
          + "th,td{border-bottom:1px solid #eeeeee;padding:4px 8px;text-align:left;vertical-align:top}\n"
          + "th{color:#616161;font-weight:600}\n"
          + ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
          + "a{color:#283593;text-decoration:none}\n"
          + "svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}\n"
          + ".legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;"
          + "margin:4px 0 8px;font-size:12px;color:#616161}\n"
          + ".swatch{display:inline-block;width:12px;height:12px;border-radius:2px;"
          + "vertical-align:-1px;margin-right:4px}\n"
          + ".swatch.stroke{height:3px;vertical-align:3px}\n"
          + ".swatch.ring{border-radius:50%;border:2px solid}\n"
          + ".facts{display:flex;flex-wrap:wrap;gap:4px 24px;margin:0;font-size:14px}\n"
          + ".facts dt{display:inline;color:#616161}\n"
          + ".facts dd{display:inline;margin:0 0 0 4px;font-weight:600}\n"
          + ".grade-reason{margin:4px 0 0;font-size:13px;color:#616161}\n"
          + "details{margin-top:4px}\n"
          + "summary{font-size:13px;color:#283593}\n"
          + ".interview{border-top:1px solid #eeeeee;margin-top:8px}\n"
          + ".columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));"
          + "gap:4px 24px}\n"
          + ".columns ul,ul.warnings{margin:0;padding-left:20px;font-size:13px}\n"
          + ".no-data{color:#757575;font-size:13px}\n"
          + ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:0 12px}\n"
          + "li.severity-red::marker{color:#c62828}\n"
          + "li.severity-amber::marker{color:#f9a825}\n"
          + "li.severity-green::marker{color:#2e7d32}\n"
          + "footer{margin-top:32px;font-size:12px;color:#9e9e9e;text-align:center}\n"
          + "@media print{body{background:#fff;padding:0}.card{border:none;padding:0}}\n";

  private Page() {}

  /** The HTML of a report. */
  public static String render(ReportData data) {
    Lang lang = Lang.of(data.locale());
    StringBuilder out = new StringBuilder(32 * 1024);
    String title = escape(data.title());
    out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(Lang.tag(data.locale())))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Yardstick\">\n")
        .append("<title>").append(title).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"period\">")
        .append(escape(lang.colon(Label.PERIOD) + lang.period(data.period())))
        .append("</p>\n</header>\n");

    Map<String, String> teamNames = new HashMap<>();
    for (TeamReport team : data.teams()) {
      teamNames.put(team.teamId(), team.name());
    }
    if (data.people().isEmpty() && data.teams().isEmpty() && data.pacing().isEmpty()) {
      out.append("<p class=\"no-data\">").append(escape(lang.get(Label.EMPTY))).append("</p>\n");
    }
    if (!data.people().isEmpty()) {
      summary(out, data.people(), teamNames, lang);
    }
    if (!data.teams().isEmpty()) {
      teams(out, data.teams(), lang);
    }
    if (!data.people().isEmpty()) {
      people(out, data.people(), teamNames, lang);
    }
    if (!data.pacing().isEmpty()) {
      pacing(out, data.pacing(), lang);
    }
    out.append("<footer>").append(escape(lang.get(Label.GENERATED_BY))).append("</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void summary(
      StringBuilder out, List<PersonReport> people, Map<String, String> teamNames, Lang lang) {
    out.append("<section class=\"summary\">\n<h2>").append(escape(lang.get(Label.SUMMARY)))
        .append("</h2>\n<table>\n<thead><tr><th>").append(escape(lang.get(Label.NAME)))
        .append("</th><th>").append(escape(lang.get(Label.ID)))
        .append("</th><th>").append(escape(lang.get(Label.TEAM)))
        .append("</th><th class=\"num\">").append(escape(lang.get(Label.TOTAL)))
        .append("</th><th>").append(escape(lang.get(Label.GRADE))).append("</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < people.size(); i++) {
      PersonReport p = people.get(i);
      out.append("<tr data-subject=\"").append(escape(p.subjectId())).append("\"><td><a href=\"#")
          .append(anchor(i)).append("\">").append(escape(p.name())).append("</a></td><td>")
          .append(escape(p.subjectId())).append("</td><td>")
          .append(escape(team(p, teamNames, lang))).append("</td><td class=\"num\">")
          .append(escape(p.total().toPlainString())).append("</td><td>")
          .append(escape(gradeWithTotal(p, lang))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void teams(StringBuilder out, List<TeamReport> teams, Lang lang) {
    out.append("<section class=\"teams\">\n<h2>").append(escape(lang.get(Label.TEAMS)))
        .append("</h2>\n<ul class=\"legend\">");
    swatch(out, "", Palette.ACTUAL, lang.get(Label.ACTUAL_COUNT));
    swatch(out, "", Palette.PLAN, lang.get(Label.QUOTA));
    out.append("</ul>\n<div class=\"cards\">\n");
    for (TeamReport team : teams) {
      out.append("<article class=\"card team\" data-team=\"").append(escape(team.teamId()))
          .append("\">\n<h3>").append(escape(team.name())).append("</h3>\n<dl class=\"facts\"><div><dt>")
          .append(escape(lang.get(Label.HEADCOUNT))).append("</dt><dd>").append(team.headcount())
          .append("</dd></div></dl>\n");
      if (team.grades().isEmpty()) {
        out.append("<p class=\"no-data\">").append(escape(lang.get(Label.NO_DATA))).append("</p>\n");
      } else {
        TeamChart.render(out, team, lang);
      }
      out.append("</article>\n");
    }
    out.append("</div>\n</section>\n");
  }

  private static void people(
      StringBuilder out, List<PersonReport> people, Map<String, String> teamNames, Lang lang) {
    out.append("<section class=\"people\">\n<h2>").append(escape(lang.get(Label.PEOPLE)))
        .append("</h2>\n<ul class=\"legend\">");
    swatch(out, "", Palette.ON_TARGET, lang.get(Label.BAND_ON_TARGET));
    swatch(out, "", Palette.NEAR, lang.get(Label.BAND_NEAR));
    swatch(out, "", Palette.BELOW, lang.get(Label.BAND_BELOW));
    swatch(out, "stroke", Palette.TARGET, lang.get(Label.TARGET_LINE));
    swatch(out, "stroke", Palette.INK, lang.get(Label.BOUND_MARK));
    out.append("</ul>\n");
    for (int i = 0; i < people.size(); i++) {
      person(out, people.get(i), i, teamNames, lang);
    }
    out.append("</section>\n");
  }

  private static void person(
      StringBuilder out, PersonReport p, int index, Map<String, String> teamNames, Lang lang) {
    out.append("<article class=\"card person\" id=\"").append(anchor(index))
        .append("\" data-subject=\"").append(escape(p.subjectId())).append("\">\n<h3>")
        .append(escape(p.name())).append("<span class=\"id\">").append(escape(p.subjectId()))
        .append("</span></h3>\n<dl class=\"facts\">");
    fact(out, lang.get(Label.TEAM), team(p, teamNames, lang));
    fact(out, lang.get(Label.TOTAL), p.total().toPlainString());
    fact(out, lang.get(Label.GRADE), grade(p, lang));
    String byTotal = p.gradeByTotal();
    String reason = p.gradeReason();
    if (byTotal != null && reason != null) {
      fact(out, lang.get(Label.GRADE_BY_TOTAL), byTotal);
      out.append("</dl>\n<p class=\"grade-reason\">")
          .append(escape(lang.colon(Label.GRADE_REASON) + reason)).append("</p>\n");
    } else {
      out.append("</dl>\n");
    }
    if (p.items().isEmpty()) {
      out.append("<p class=\"no-data\">").append(escape(lang.get(Label.NO_DATA))).append("</p>\n");
    } else {
      PersonChart.render(out, p, lang);
      details(out, p.items(), lang);
    }
    if (!p.highlights().isEmpty()) {
      interview(out, p, lang);
    }
    out.append("</article>\n");
  }

  private static void details(StringBuilder out, List<ItemScore> items, Lang lang) {
    out.append("<details>\n<summary>").append(escape(lang.get(Label.DETAILS)))
        .append("</summary>\n<table class=\"items\">\n<thead><tr><th>")
        .append(escape(lang.get(Label.INDICATOR))).append("</th><th class=\"num\">")
        .append(escape(lang.get(Label.ACTUAL))).append("</th><th class=\"num\">")
        .append(escape(lang.get(Label.TARGET))).append("</th><th class=\"num\">")
        .append(escape(lang.get(Label.SCORE))).append("</th><th class=\"num\">")
        .append(escape(lang.get(Label.TARGET_SCORE))).append("</th><th>")
        .append(escape(lang.get(Label.MARKS))).append("</th><th>")
        .append(escape(lang.get(Label.EXPLANATION))).append("</th></tr></thead>\n<tbody>\n");
    String none = lang.get(Label.NONE);
    for (ItemScore item : items) {
      out.append("<tr data-indicator=\"").append(escape(item.indicatorId())).append("\"><td>")
          .append(escape(item.indicatorName())).append("</td><td class=\"num\">")
          .append(escape(item.actual() == null ? none : Num.grouped(item.actual())))
          .append("</td><td class=\"num\">")
          .append(escape(item.target() == null ? none : Num.grouped(item.target())))
          .append("</td><td class=\"num\">").append(escape(item.score().toPlainString()))
          .append("</td><td class=\"num\">").append(escape(item.targetScore().toPlainString()))
          .append("</td><td>").append(escape(PersonChart.marks(item, lang)))
          .append("</td><td>").append(escape(item.explanation())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</details>\n");
  }

  private static void interview(StringBuilder out, PersonReport p, Lang lang) {
    Highlights h = p.highlights();
    out.append("<section class=\"interview\" data-subject=\"").append(escape(p.subjectId()))
        .append("\">\n<h4>").append(escape(lang.get(Label.INTERVIEW)))
        .append("</h4>\n<div class=\"columns\">\n");
    list(out, "strengths", lang.get(Label.STRENGTHS), h.strengths());
    list(out, "weaknesses", lang.get(Label.WEAKNESSES), h.weaknesses());
    list(out, "improvements", lang.get(Label.IMPROVEMENTS), h.improvements());
    out.append("</div>\n</section>\n");
  }

  private static void list(StringBuilder out, String kind, String heading, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append("<div><h5>").append(escape(heading)).append("</h5><ul class=\"").append(kind)
        .append("\">");
    for (String line : lines) {
      out.append("<li>").append(escape(line)).append("</li>");
    }
    out.append("</ul></div>\n");
  }

  private static void pacing(StringBuilder out, List<PacingSeries> pacing, Lang lang) {
    out.append("<section class=\"pacing\">\n<h2>").append(escape(lang.get(Label.PACING)))
        .append("</h2>\n<ul class=\"legend\">");
    swatch(out, "stroke", Palette.ACTUAL, lang.get(Label.ACTUAL_CUMULATIVE));
    swatch(out, "stroke", Palette.PLAN, lang.get(Label.EXPECTED_CUMULATIVE));
    swatch(out, "stroke", Palette.TARGET, lang.get(Label.TARGET_LEVEL));
    for (Severity severity : Severity.values()) {
      swatch(out, "ring", Palette.of(severity), lang.get(label(severity)));
    }
    out.append("</ul>\n");
    for (PacingSeries series : pacing) {
      out.append("<article class=\"card pacing-series\" data-indicator=\"")
          .append(escape(series.indicatorId())).append("\" data-scope=\"")
          .append(escape(series.scopeId())).append("\">\n<h3>")
          .append(escape(series.indicatorName())).append("<span class=\"id\">")
          .append(escape(series.scopeName())).append("</span></h3>\n");
      PacingChart.render(out, series, lang);
      out.append("<h4>").append(escape(lang.get(Label.WARNINGS))).append("</h4>\n");
      if (series.warnings().isEmpty()) {
        out.append("<p class=\"no-data\">").append(escape(lang.get(Label.NO_WARNINGS)))
            .append("</p>\n");
      } else {
        out.append("<ul class=\"warnings\">\n");
        for (WarningMarker warning : series.warnings()) {
          out.append("<li class=\"severity-")
              .append(warning.severity().name().toLowerCase(java.util.Locale.ROOT))
              .append("\" data-month=\"").append(warning.month()).append("\">")
              .append(escape(PacingChart.warningText(warning, lang))).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private static void swatch(StringBuilder out, String kind, String colour, String text) {
    out.append("<li><span class=\"swatch").append(kind.isEmpty() ? "" : " " + kind)
        .append("\" style=\"")
        .append(kind.equals("ring") ? "border-color:" + colour + ";background:#fff" : "background:" + colour)
        .append("\"></span>").append(escape(text)).append("</li>");
  }

  private static void fact(StringBuilder out, String term, String value) {
    out.append("<div><dt>").append(escape(term)).append("</dt><dd>").append(escape(value))
        .append("</dd></div>");
  }

  private static String anchor(int index) {
    return "person-" + (index + 1);
  }

  private static String team(PersonReport p, Map<String, String> teamNames, Lang lang) {
    String teamId = p.teamId();
    if (teamId == null) {
      return lang.get(Label.NONE);
    }
    return teamNames.getOrDefault(teamId, teamId);
  }

  /** {@code B (D by the total)} in English, {@code B（按总分 D）} in Chinese, or the grade. */
  private static String gradeWithTotal(PersonReport p, Lang lang) {
    String byTotal = p.gradeByTotal();
    if (byTotal == null || byTotal.equals(p.grade())) {
      return grade(p, lang);
    }
    return lang == Lang.ZH
        ? grade(p, lang) + "（" + lang.get(Label.BY_TOTAL) + " " + byTotal + "）"
        : grade(p, lang) + " (" + byTotal + " " + lang.get(Label.BY_TOTAL) + ")";
  }

  private static String grade(PersonReport p, Lang lang) {
    String grade = p.grade();
    return grade == null ? lang.get(Label.NONE) : grade;
  }

  /** The CSS class of a mark: {@code capped}, {@code floored}, {@code missing}, {@code excluded}. */
  static String cssName(ItemMark mark) {
    return mark.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The label of a mark. */
  static Label label(ItemMark mark) {
    switch (mark) {
      case CAPPED:
        return Label.CAPPED;
      case FLOORED:
        return Label.FLOORED;
      case MISSING:
        return Label.MISSING;
      default:
        return Label.EXCLUDED;
    }
  }

  /** The label of a severity. */
  static Label label(Severity severity) {
    switch (severity) {
      case GREEN:
        return Label.GREEN;
      case AMBER:
        return Label.AMBER;
      default:
        return Label.RED;
    }
  }
}

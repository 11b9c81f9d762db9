package dev.yardstick.review.interview;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import dev.yardstick.review.ItemAssessment;
import dev.yardstick.review.application.ImprovementGoal;
import dev.yardstick.review.application.TrainingTopic;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.GradeChange;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Renders an {@link InterviewSheet} as Markdown or plain text from the {@code InterviewMessages}
 * bundle of this package.
 */
final class SheetRenderer {

  static final String BUNDLE = "dev.yardstick.review.interview.InterviewMessages";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean markdown;
  private final List<String> lines = new ArrayList<>();

  private SheetRenderer(Locale locale, boolean markdown) {
    this.bundle = bundle(locale);
    this.locale = locale;
    this.markdown = markdown;
  }

  /**
   * The bundle for a locale: Simplified Chinese for every Chinese locale, English otherwise.
   * Asking for {@link Locale#ROOT} rather than the caller's locale keeps the JVM's default locale
   * out of the lookup: a server running in Chinese still renders a French request in English.
   */
  static ResourceBundle bundle(Locale locale) {
    Locale lookup = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, lookup);
  }

  static String render(InterviewSheet sheet, Locale locale, boolean markdown) {
    SheetRenderer r = new SheetRenderer(Objects.requireNonNull(locale, "locale"), markdown);
    r.write(sheet);
    return String.join("\n", r.lines) + "\n";
  }

  private void write(InterviewSheet sheet) {
    String title = text("title", sheet.subject().name());
    lines.add(markdown ? "# " + title : title);
    lines.add("");
    List<String> header = new ArrayList<>();
    header.add(text("header.employee", sheet.subject().name(), sheet.subject().id()));
    header.add(text("header.period", sheet.period().toString()));
    header.add(
        text("header.scorecard", sheet.scorecardId(), Integer.toString(sheet.scorecardVersion())));
    header.add(text("header.total", Numbers.twoDecimals(sheet.total())));
    Grade grade = sheet.grade();
    if (grade != null) {
      header.add(text("header.grade", gradeText(grade)));
    }
    FinalGrade finalGrade = sheet.finalGrade();
    if (finalGrade != null && !finalGrade.changes().isEmpty()) {
      header.add(text("header.grade.byTotal", gradeText(finalGrade.byTotal())));
      for (GradeChange c : finalGrade.changes()) {
        Instant at = c.at();
        header.add(
            c.source() == GradeChange.Source.CALIBRATION
                ? text("header.change.quota", c.from().code(), c.to().code(), c.reason())
                : text("header.change.override", c.from().code(), c.to().code(), c.by(),
                    at == null ? text("value.none") : at.toString(), c.reason()));
      }
    }
    PreviousResult previous = sheet.previous();
    if (previous != null) {
      String change = Numbers.signedTwoDecimals(previous.change());
      String direction = text(
          previous.change().signum() > 0
              ? "trend.up"
              : previous.change().signum() < 0 ? "trend.down" : "trend.flat");
      Grade before = previous.grade();
      header.add(
          before == null
              ? text("header.previous", previous.period().toString(),
                  Numbers.twoDecimals(previous.total()), change, direction)
              : text("header.previous.graded", previous.period().toString(),
                  Numbers.twoDecimals(previous.total()), gradeText(before), change, direction));
    }
    for (String line : header) {
      lines.add(markdown ? "- " + line : line);
    }

    List<String> strengths = new ArrayList<>();
    for (ItemAssessment item : sheet.strengths()) {
      strengths.add(itemLine(sheet, item, "item.strength"));
    }
    section("section.strengths", strengths, true);

    List<String> weaknesses = new ArrayList<>();
    for (ItemAssessment item : sheet.weaknesses()) {
      weaknesses.add(itemLine(sheet, item, "item.weakness"));
    }
    section("section.weaknesses", weaknesses, true);

    if (previous == null) {
      heading("section.trend");
      lines.add(markdown ? text("trend.none") : "  " + text("trend.none"));
    } else {
      List<String> trends = new ArrayList<>();
      for (ItemTrend trend : sheet.trends()) {
        trends.add(text("item.trend", name(sheet, trend.indicatorId()),
            Numbers.twoDecimals(trend.previousScore()), Numbers.twoDecimals(trend.currentScore()),
            Numbers.signedTwoDecimals(trend.change())));
      }
      section("section.trend", trends, false);
    }

    List<String> directions = new ArrayList<>();
    for (ImprovementDirection d : sheet.directions()) {
      String gap = Numbers.twoDecimals(d.gap().abs());
      TrainingTopic topic = d.training();
      directions.add(
          topic == null
              ? text("direction.plain", name(sheet, d.indicatorId()), gap)
              : text("direction.training", name(sheet, d.indicatorId()), gap, topic.name(locale)));
    }
    section("section.directions", directions, false);

    List<String> goals = new ArrayList<>();
    for (ImprovementGoal g : sheet.goals()) {
      goals.add(
          g.kind() == ImprovementGoal.Kind.CLOSE_GAP
              ? text("goal.close", name(sheet, g.indicatorId()),
                  value(sheet, g.indicatorId(), g.goal()),
                  value(sheet, g.indicatorId(), g.actual()),
                  value(sheet, g.indicatorId(), g.target()))
              : text("goal.maintain", name(sheet, g.indicatorId()),
                  value(sheet, g.indicatorId(), g.target()),
                  value(sheet, g.indicatorId(), g.actual())));
    }
    section("section.goals", goals, false);

    comments("section.manager", sheet.managerComments());
    comments("section.employee", sheet.employeeComments());
  }

  private String gradeText(Grade grade) {
    String name = grade.name(locale);
    return name.equals(grade.code()) ? grade.code() : text("grade.named", grade.code(), name);
  }

  private String itemLine(InterviewSheet sheet, ItemAssessment item, String key) {
    BigDecimal actual = item.actual();
    Target target = item.target();
    return text(
        key,
        name(sheet, item.indicatorId()),
        Numbers.twoDecimals(item.score()),
        Numbers.twoDecimals(item.gap().abs()),
        actual == null ? text("value.none") : value(sheet, item.indicatorId(), actual),
        target == null
            ? text("value.none")
            : value(sheet, item.indicatorId(), BigDecimal.valueOf(target.target())));
  }

  private String name(InterviewSheet sheet, String indicatorId) {
    return sheet.indicatorName(indicatorId, locale);
  }

  /** An actual, target or goal in its indicator's unit; see {@link ValueFormat}. */
  private String value(InterviewSheet sheet, String indicatorId, BigDecimal value) {
    Indicator indicator = sheet.indicators().get(indicatorId);
    return ValueFormat.format(value, indicator == null ? null : indicator.unit(), this::template);
  }

  private void heading(String key) {
    lines.add("");
    lines.add(markdown ? "## " + text(key) : text("plain.heading", text(key)));
    if (markdown) {
      lines.add("");
    }
  }

  private void section(String key, List<String> items, boolean numbered) {
    heading(key);
    if (items.isEmpty()) {
      lines.add(markdown ? text("none") : "  " + text("none"));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      String marker = numbered ? (i + 1) + ". " : "- ";
      lines.add((markdown ? "" : "  ") + marker + items.get(i));
    }
  }

  /** A comments section: the comments, or a placeholder that leaves room to write them. */
  private void comments(String key, String comments) {
    heading(key);
    List<String> body =
        comments.isBlank() ? List.of(text("comments.empty")) : List.of(comments.strip().split("\\R"));
    for (String line : body) {
      lines.add(markdown ? line : "  " + line);
    }
  }

  private String text(String key, String... args) {
    return fill(template(key), args);
  }

  private String template(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("interview text '" + key + "' is missing from " + BUNDLE, e);
    }
  }

  /** Replaces {@code {0}}, {@code {1}} … with the arguments; no MessageFormat quoting rules. */
  static String fill(String template, String... args) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(template, i + 1, close)) {
        int n = Integer.parseInt(template.substring(i + 1, close));
        @Nullable String arg = n < args.length ? args[n] : null;
        if (arg == null) {
          throw new IllegalStateException(
              "interview text '" + template + "' needs argument {" + n + "}");
        }
        sb.append(arg);
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return to - from <= 2;
  }
}

package dev.yardstick.report;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.report.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one report shows: people, teams and pacing for a period, in one language.
 *
 * <pre>{@code
 * Locale zh = Locale.forLanguageTag("zh-CN");
 * ReportData data = ReportData.builder("2026 Q3 绩效报告", Period.parse("2026-Q3"), zh)
 *     .person(PersonReport.from(evaluation, scorecard, zh).withGrade("A"))
 *     .team(TeamReport.of("team-tmall", "天猫店", grades, counts, quota))
 *     .pacing(gmvSeries)
 *     .build();
 * String html = HtmlReport.render(data);
 * }</pre>
 *
 * @param title the report's title
 * @param period the period it covers
 * @param locale the language of the labels: Chinese for any {@code zh} locale, English otherwise;
 *     its tag is the page's {@code lang}
 * @param people one part per person, in the order to show; no subject twice
 * @param teams one grade distribution per team, in the order to show; no team twice
 * @param pacing the pacing charts, in the order to show; no indicator and scope twice
 */
public record ReportData(
    String title,
    Period period,
    Locale locale,
    List<PersonReport> people,
    List<TeamReport> teams,
    List<PacingSeries> pacing) {

  /** Validates and copies. */
  public ReportData {
    Args.text(title, "report title");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(locale, "locale");
    people = List.copyOf(people);
    teams = List.copyOf(teams);
    pacing = List.copyOf(pacing);
    Set<String> seen = new HashSet<>();
    for (PersonReport person : people) {
      if (!seen.add(person.subjectId())) {
        throw new IllegalArgumentException(
            "report has person '" + person.subjectId() + "' twice");
      }
    }
    seen.clear();
    for (TeamReport team : teams) {
      if (!seen.add(team.teamId())) {
        throw new IllegalArgumentException("report has team '" + team.teamId() + "' twice");
      }
    }
    Set<List<String>> series = new HashSet<>();
    for (PacingSeries s : pacing) {
      if (!series.add(List.of(s.indicatorId(), s.scopeId()))) {
        throw new IllegalArgumentException(
            "report has pacing of '" + s.indicatorId() + "' for '" + s.scopeId() + "' twice");
      }
    }
  }

  /** Starts a report; see the class documentation for an example. */
  public static Builder builder(String title, Period period, Locale locale) {
    return new Builder(title, period, locale);
  }

  /**
   * Collects the parts of a report. A builder is a small mutable object for one report, not to be
   * shared between threads.
   */
  public static final class Builder {
    private final String title;
    private final Period period;
    private final Locale locale;
    private final List<PersonReport> people = new ArrayList<>();
    private final List<TeamReport> teams = new ArrayList<>();
    private final List<PacingSeries> pacing = new ArrayList<>();

    private Builder(String title, Period period, Locale locale) {
      this.title = Args.text(title, "report title");
      this.period = Objects.requireNonNull(period, "period");
      this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** Adds a person. */
    public Builder person(PersonReport person) {
      people.add(Objects.requireNonNull(person, "person"));
      return this;
    }

    /**
     * Adds the person of an evaluation, with the scorecard's indicator names in the report's
     * locale; see {@link PersonReport#from(Evaluation, Scorecard, Locale)}.
     */
    public Builder person(Evaluation evaluation, Scorecard scorecard) {
      return person(PersonReport.from(evaluation, scorecard, locale));
    }

    /** Adds a team's grade distribution. */
    public Builder team(TeamReport team) {
      teams.add(Objects.requireNonNull(team, "team"));
      return this;
    }

    /** Adds a pacing chart. */
    public Builder pacing(PacingSeries series) {
      pacing.add(Objects.requireNonNull(series, "series"));
      return this;
    }

    /** The report. */
    public ReportData build() {
      return new ReportData(title, period, locale, people, teams, pacing);
    }
  }
}

package dev.yardstick.samples.output;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.report.Highlights;
import dev.yardstick.report.HtmlReport;
import dev.yardstick.report.PacingPoint;
import dev.yardstick.report.PacingSeries;
import dev.yardstick.report.PersonReport;
import dev.yardstick.report.ReportData;
import dev.yardstick.report.Severity;
import dev.yardstick.report.TeamReport;
import dev.yardstick.report.WarningMarker;
import dev.yardstick.review.ItemAssessment;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.GroupTally;
import dev.yardstick.review.calibration.QuotaGroup;
import dev.yardstick.review.interview.ImprovementDirection;
import dev.yardstick.review.interview.InterviewSheet;
import dev.yardstick.rules.kpi.metrics.IndicatorIds;
import dev.yardstick.samples.company.Employee;
import dev.yardstick.samples.company.ReviewResult;
import dev.yardstick.samples.company.Roster;
import dev.yardstick.samples.company.SampleRun;
import dev.yardstick.samples.company.SampleScorecards;
import dev.yardstick.samples.company.SampleTargets;
import dev.yardstick.samples.company.SampleWarnings;
import dev.yardstick.samples.company.Team;
import dev.yardstick.tracking.warning.PaceProfile;
import dev.yardstick.tracking.warning.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The sample run as {@link ReportData} for the report module's {@link HtmlReport}: each person's
 * scores against target with the calibrated grade and the interview highlights, each team's grade
 * groups against the quota, and the monthly pacing of effective GMV (store staff) and new users
 * (marketing) with the warnings of each month.
 *
 * <pre>{@code
 * ReportData data = Reports.data(run, Locale.ENGLISH);
 * }</pre>
 */
public final class Reports {

  /** The quota groups shown as the bars of a team's chart. */
  private static final List<String> GROUPS = List.of("S/A", "B", "C/D");

  private Reports() {}

  static void write(SampleRun run, Path folder, List<Path> written) {
    put(run, folder, "report.html", Locale.ENGLISH, written);
    put(run, folder, "report.zh.html", Locale.SIMPLIFIED_CHINESE, written);
  }

  private static void put(SampleRun run, Path folder, String name, Locale locale, List<Path> written) {
    try {
      HtmlReport.writeTo(data(run, locale), folder.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
    }
    written.add(Path.of(name));
  }

  /** The report's data in a language ({@code zh} or English). */
  public static ReportData data(SampleRun run, Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    Period quarter = run.facts().quarter();
    ReportData.Builder b =
        ReportData.builder(
            zh ? "样例电商公司 " + quarter + " 绩效报告" : "Sample e-commerce company · " + quarter + " performance",
            quarter,
            locale);
    ReviewResult review = run.review();
    for (Evaluation e : run.batch().evaluations()) {
      String id = e.subject().id();
      Employee emp = Roster.employee(id);
      PersonReport p = PersonReport.from(e, SampleScorecards.forRoleId(emp.roleId()), locale);
      // the review holds a final grade and an interview sheet for every evaluated employee
      FinalGrade grade = Objects.requireNonNull(review.finalGrades().get(id), "final grade");
      p = new PersonReport(p.subjectId(), zh ? emp.nameZh() : emp.name(), p.teamId(), p.total(),
          grade.grade().code(), p.items(),
          highlights(Objects.requireNonNull(review.interviews().get(id), "interview sheet"), locale));
      if (!grade.changes().isEmpty()) {
        p = p.withFinalGrade(grade.grade().code(), grade.byTotal().code(), grade.reason());
      }
      b.person(p);
    }
    for (Map.Entry<String, CalibrationResult> e : review.calibrations().entrySet()) {
      Team team = Roster.team(e.getKey());
      b.team(team(team.id(), zh ? team.nameZh() : team.name(), e.getValue().finalDistribution(), review));
    }
    b.team(team("company", zh ? "全公司" : "Company", review.companyDistribution(), review));
    for (Employee emp : Roster.employees()) {
      switch (emp.roleId()) {
        case "store-ops-manager", "merchandise-specialist" ->
            b.pacing(pacing(run, emp, IndicatorIds.STORE_GMV, SampleWarnings.SEASONAL, locale));
        case "marketing-manager", "new-media-specialist" ->
            b.pacing(pacing(run, emp, IndicatorIds.NEW_USERS, PaceProfile.linear(), locale));
        default -> {
          // no cumulative indicator to pace
        }
      }
    }
    return b.build();
  }

  private static Highlights highlights(InterviewSheet sheet, Locale locale) {
    List<String> strengths = new ArrayList<>();
    for (ItemAssessment a : sheet.strengths()) {
      strengths.add(sheet.indicatorName(a.indicatorId(), locale) + " " + a.score().toPlainString());
    }
    List<String> weaknesses = new ArrayList<>();
    for (ItemAssessment a : sheet.weaknesses()) {
      weaknesses.add(sheet.indicatorName(a.indicatorId(), locale) + " " + a.score().toPlainString());
    }
    List<String> improvements = new ArrayList<>();
    for (ImprovementDirection d : sheet.directions()) {
      String name = sheet.indicatorName(d.indicatorId(), locale);
      improvements.add(d.training() == null ? name : name + ": " + d.training().name(locale));
    }
    return new Highlights(strengths, weaknesses, improvements);
  }

  /** A team's final grade groups against the quota's expected head counts. */
  private static TeamReport team(String id, String name, Distribution d, ReviewResult review) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    int population = d.gradeCounts().values().stream().mapToInt(Integer::intValue).sum();
    List<GroupTally> tallies = d.groups();
    List<QuotaGroup> groups = review.quota().groups();
    for (int i = 0; i < groups.size(); i++) {
      String label = GROUPS.get(i);
      counts.put(label, tallies.get(i).actual());
      expected.put(label, groups.get(i).percent().multiply(BigDecimal.valueOf(population))
          .divide(BigDecimal.valueOf(100), MathContext.DECIMAL64));
    }
    return TeamReport.of(id, name, GROUPS, counts, expected);
  }

  /**
   * The cumulative monthly actuals of a paced indicator against the profile's expectation of the
   * quarterly target; a month without a measurement has no actual point.
   */
  private static PacingSeries pacing(
      SampleRun run, Employee emp, String indicatorId, PaceProfile profile, Locale locale) {
    Period quarter = run.facts().quarter();
    // only indicators with a quarterly target are paced
    Target target = Objects.requireNonNull(
        Objects.requireNonNull(SampleTargets.quarterly().get(emp.id()), "targets of a roster employee")
            .get(indicatorId),
        "quarterly target of a paced indicator");
    BigDecimal goal = BigDecimal.valueOf(target.target());
    List<PacingPoint> points = new ArrayList<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    for (Period month : quarter.months()) {
      Measurement m = find(run.monthly(), emp.id(), indicatorId, month);
      BigDecimal expected = goal.multiply(profile.cumulativeShare(quarter, month.end()), MathContext.DECIMAL64);
      if (m == null) {
        points.add(new PacingPoint(month, null, expected, goal));
      } else {
        cumulative = cumulative.add(m.value());
        points.add(new PacingPoint(month, cumulative, expected, goal));
      }
    }
    List<WarningMarker> markers = new ArrayList<>();
    run.warnings().forEach((month, list) -> {
      for (Warning w : list) {
        boolean acquisition = indicatorId.equals(IndicatorIds.NEW_USERS) && w.indicatorId().equals(IndicatorIds.CAC);
        if (w.subjectId().equals(emp.id()) && (w.indicatorId().equals(indicatorId) || acquisition)) {
          markers.add(new WarningMarker(month,
              w.severity().name().equals("RED") ? Severity.RED : Severity.AMBER, ConsoleSummary.line(w).trim()));
        }
      }
    });
    String name = Fmt.indicator(indicatorId).map(i -> i.name(locale)).orElse(indicatorId);
    String who = locale.getLanguage().equals("zh") ? emp.nameZh() : emp.name();
    return new PacingSeries(indicatorId, name, emp.id(), who, points, markers);
  }

  private static @org.jspecify.annotations.Nullable Measurement find(List<Measurement> all, String subject, String indicator, Period month) {
    for (Measurement m : all) {
      if (m.subjectId().equals(subject) && m.indicatorId().equals(indicator) && m.period().equals(month)) {
        return m;
      }
    }
    return null;
  }
}

package dev.yardstick.samples.output;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.TeamAdjustment;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.calibration.CalibrationEntry;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.GroupTally;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.samples.company.DataNote;
import dev.yardstick.samples.company.Employee;
import dev.yardstick.samples.company.QuarterRun;
import dev.yardstick.samples.company.ReviewResult;
import dev.yardstick.samples.company.Roster;
import dev.yardstick.samples.company.SampleOkrs;
import dev.yardstick.samples.company.SampleReview;
import dev.yardstick.samples.company.SampleRun;
import dev.yardstick.samples.company.Team;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.anomaly.AnomalyAlert;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.warning.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readable console summary of a sample run: a table per team (name, role, total, grade, key
 * flags), the data notes, the monthly warnings, the traffic anomalies, the A/B verdict, the OKRs,
 * the grade distribution against the quota and what the grades mean for pay and promotion.
 *
 * <pre>{@code
 * System.out.print(ConsoleSummary.render(run));
 * }</pre>
 */
public final class ConsoleSummary {

  private ConsoleSummary() {}

  /** The summary, lines ending with {@code \n}. */
  public static String render(SampleRun run) {
    List<String> out = new ArrayList<>();
    header(run, out);
    teams(run, out);
    dataNotes(run, out);
    warnings(run, out);
    anomalies(run, out);
    abTest(run.abTest(), run, out);
    okrs(run, out);
    distribution(run.review(), out);
    application(run, out);
    // rows with no flags would end in padding
    out.replaceAll(String::stripTrailing);
    return String.join("\n", out) + "\n";
  }

  private static void header(SampleRun run, List<String> out) {
    long orders = run.facts().categories().stream().mapToLong(c -> c.orders().size()).sum();
    long tickets = run.facts().service().stream().mapToLong(s -> s.tickets().size()).sum();
    long pieces = run.facts().content().stream().mapToLong(c -> c.pieces().size()).sum();
    out.add("Yardstick sample company · " + run.facts().quarter() + " · seed " + run.facts().seed());
    out.add(String.format(Locale.ROOT,
        "%d employees in %d teams, 5 functional modules, 8 roles · raw facts: %,d orders, %,d"
            + " service tickets, %,d content pieces",
        Roster.employees().size(), Roster.teams().size(), orders, tickets, pieces));
    out.add(String.format(Locale.ROOT,
        "Evaluated %d of %d (failed %d) · KPI + OKR for the store and marketing managers (70/30)",
        run.batch().evaluations().size(), run.batch().size(), run.batch().failures().size()));
    out.add("grade: the final grade after calibration, the one pay and promotion use;"
        + " C(B) = final C, B by the total");
  }

  private static void teams(SampleRun run, List<String> out) {
    for (Team team : Roster.teams()) {
      out.add("");
      Double teamScore = run.teamScores().get(team.id());
      out.add(team.name() + (teamScore == null ? "" : " · team score " + Fmt.decimal(teamScore, 2)));
      out.add("  " + Fmt.pad("id", 7) + Fmt.pad("name", 12) + Fmt.pad("role", 23)
          + Fmt.right("total", 7) + "  " + Fmt.pad("grade", 6) + "flags");
      for (Employee e : Roster.members(team.id())) {
        Outcome outcome = run.batch().outcome(e.id()).orElseThrow();
        if (outcome instanceof Outcome.Failed failed) {
          out.add("  " + Fmt.pad(e.id(), 7) + Fmt.pad(e.name(), 12) + Fmt.pad(e.roleId(), 23)
              + Fmt.right("–", 7) + "  " + Fmt.pad("–", 6) + "FAILED: " + failed.reason());
          continue;
        }
        Evaluation ev = ((Outcome.Evaluated) outcome).evaluation();
        out.add("  " + Fmt.pad(e.id(), 7) + Fmt.pad(e.name(), 12) + Fmt.pad(e.roleId(), 23)
            + Fmt.right(ev.total().toPlainString(), 7) + "  " + Fmt.pad(grade(run.review(), e.id()), 6)
            + String.join(" · ", flags(run, ev)));
      }
    }
  }

  /** The final grade, with the natural one in parentheses when calibration changed it. */
  static String grade(ReviewResult review, String id) {
    FinalGrade g = review.finalGrades().get(id);
    if (g == null) {
      return "–";
    }
    return g.isChanged() ? g.grade().code() + "(" + g.byTotal().code() + ")" : g.grade().code();
  }

  static Optional<CalibrationEntry> entry(ReviewResult review, String id) {
    for (CalibrationResult r : review.calibrations().values()) {
      Optional<CalibrationEntry> e = r.entry(id);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /** The key flags of an evaluation, most telling first. */
  static List<String> flags(SampleRun run, Evaluation ev) {
    List<String> flags = new ArrayList<>();
    ev.item("okr-score").ifPresent(i -> flags.add("OKR " + i.score().toPlainString()));
    TeamAdjustment team = ev.team();
    if (team != null) {
      flags.add(team.kind().equals("blend")
          ? "team blend " + Fmt.decimal(100 - team.factor(), 0) + "/" + Fmt.decimal(team.factor(), 0)
              + " (own " + Fmt.decimal(team.individualTotal(), 2) + ")"
          : "team ×" + Fmt.decimal(team.factor(), 2) + " (own " + Fmt.decimal(team.individualTotal(), 2) + ")");
    }
    if (ev.has(EvaluationFlag.RENORMALISED)) {
      List<String> excluded = new ArrayList<>();
      for (ItemResult i : ev.items()) {
        if (i.isExcluded()) {
          excluded.add(i.indicatorId());
        }
      }
      flags.add("missing month: " + String.join(", ", excluded) + " left out, renormalised");
    }
    ItemResult weakest = null;
    for (ItemResult i : ev.items()) {
      if (!i.isExcluded() && (weakest == null || i.rawScore() < weakest.rawScore())) {
        weakest = i;
      }
    }
    if (weakest != null && weakest.rawScore() < 80) {
      flags.add("weakest " + weakest.indicatorId() + " " + weakest.score().toPlainString());
    }
    long capped = ev.items().stream().filter(ItemResult::isCapped).count();
    if (capped > 0) {
      flags.add(capped + " capped");
    }
    PromotionDecision promotion = run.review().promotions().get(ev.subject().id());
    if (promotion != null && promotion.eligible()) {
      flags.add("promotable");
    }
    return flags;
  }

  private static void dataNotes(SampleRun run, List<String> out) {
    out.add("");
    out.add("Missing data (policy: sums of fewer months are left out; the scorecard decides the rest)");
    if (run.dataNotes().isEmpty() && run.batch().failures().isEmpty()) {
      out.add("  none");
    }
    for (DataNote note : run.dataNotes()) {
      Employee e = Roster.employee(note.subjectId());
      Evaluation ev = run.batch().outcome(e.id()).filter(Outcome::isEvaluated)
          .map(o -> ((Outcome.Evaluated) o).evaluation()).orElse(null);
      out.add("  " + e.id() + " " + e.name() + " (" + e.unit() + "): no facts for " + join(note.missingMonths())
          + " (on leave); left out: " + String.join(", ", note.excluded())
          + "; kept over the months present: " + String.join(", ", note.kept()));
      if (ev != null) {
        out.add("    scorecard '" + ev.scorecardId() + "' v" + ev.scorecardVersion()
            + " uses EXCLUDE_AND_RENORMALISE: evaluated on the remaining weights, total "
            + ev.total().toPlainString() + ", flags " + ev.flags());
      }
    }
    for (Outcome.Failed f : run.batch().failures()) {
      out.add("  " + f.subject().id() + " " + f.subject().name() + " FAILED (" + f.errorType() + "): " + f.reason());
    }
  }

  private static String join(List<Period> periods) {
    List<String> s = new ArrayList<>();
    periods.forEach(p -> s.add(p.toString()));
    return String.join(", ", s);
  }

  private static void warnings(SampleRun run, List<String> out) {
    out.add("");
    out.add("Monthly tracking: early warnings (CAC ceiling 65/85, conversion floor 2.6%/2.2%,"
        + " GMV pace on the seasonal profile, new-user pace)");
    for (Map.Entry<Period, List<Warning>> month : run.warnings().entrySet()) {
      List<Warning> list = month.getValue();
      long red = list.stream().filter(w -> w.severity().name().equals("RED")).count();
      out.add("  " + month.getKey() + ": " + red + " red, " + (list.size() - red) + " amber");
      for (Warning w : list) {
        out.add("    " + line(w));
      }
    }
  }

  /** One warning on one line. */
  static String line(Warning w) {
    String who = w.subjectId() + " " + Roster.find(w.subjectId()).map(Employee::name).orElse("");
    String what = switch (w.kind()) {
      case CEILING_BREACH -> Fmt.value(w.indicatorId(), w.actual()) + " above the "
          + w.severity().name().toLowerCase(Locale.ROOT) + " ceiling "
          + Fmt.value(w.indicatorId(), w.expected());
      case FLOOR_BREACH -> Fmt.value(w.indicatorId(), w.actual()) + " below the "
          + w.severity().name().toLowerCase(Locale.ROOT) + " floor "
          + Fmt.value(w.indicatorId(), w.expected());
      case PACE -> pace(w);
      case MISSING_DATA -> "no measurement for a month: pace not judged";
      case ANOMALY -> w.message();
    };
    String kind = w.kind().name().equals("PACE") ? w.indicatorId() + " pace" : w.indicatorId();
    return Fmt.pad(w.severity().name(), 6) + Fmt.pad(kind, 20) + Fmt.pad(who, 19) + what;
  }

  private static String pace(Warning w) {
    BigDecimal expected = w.expected();
    String attainment = expected == null || expected.signum() == 0
        ? "" : " (" + Fmt.percent(w.actual().divide(expected, java.math.MathContext.DECIMAL64)) + " of pace)";
    BigDecimal projected = w.projected();
    return Fmt.value(w.indicatorId(), w.actual()) + " to date vs " + Fmt.value(w.indicatorId(), expected)
        + " expected" + attainment
        + (projected == null ? "" : ", projected " + Fmt.value(w.indicatorId(), projected));
  }

  private static void anomalies(SampleRun run, List<String> out) {
    out.add("");
    out.add("Anomaly check on daily store visitors (z-score against the trailing "
        + QuarterRun.ANOMALY_WINDOW + " days, beyond ±3σ)");
    for (Map.Entry<String, Detection> e : run.trafficChecks().entrySet()) {
      List<AnomalyAlert> alerts = e.getValue().alerts();
      if (alerts.isEmpty()) {
        out.add("  " + e.getKey() + ": no anomaly");
      }
      for (AnomalyAlert a : alerts) {
        out.add("  " + e.getKey() + ": " + a.date() + " " + String.format(Locale.ROOT, "%,d", Math.round(a.value()))
            + " visitors, " + (a.isAbove() ? "above" : "below") + " the trailing mean "
            + String.format(Locale.ROOT, "%,d", Math.round(a.centre()))
            + a.sigmas().stream().mapToObj(s -> " (" + Fmt.decimal(s, 2) + "σ)").findFirst().orElse(""));
      }
    }
  }

  private static void abTest(AbResult ab, SampleRun run, List<String> out) {
    out.add("");
    out.add("A/B test: " + run.facts().abTest().page() + " (Aug–Sep)");
    out.add(String.format(Locale.ROOT, "  A %s of %,d visitors · B %s of %,d · verdict %s%s",
        Fmt.percent(BigDecimal.valueOf(ab.controlRate())), ab.control().visitors(),
        Fmt.percent(BigDecimal.valueOf(ab.variantRate())), ab.variant().visitors(),
        ab.verdict(), ab.winner() == null ? "" : ": " + ab.winner() + " wins"));
    out.add("  " + ab.summary());
  }

  private static void okrs(SampleRun run, List<String> out) {
    out.add("");
    out.add("OKRs (checked in at each month's end from the facts)");
    for (Objective o : run.okrs().objectives()) {
      String owner = o.ownerId();
      out.add("  " + owner + " " + Roster.employee(owner).name() + ": " + o.title() + " — score "
          + Fmt.decimal(o.score(), 2) + " (" + o.commitment().name().toLowerCase(Locale.ROOT) + ")");
    }
    out.add("  pet share of Tmall effective GMV: "
        + Fmt.percent(SampleOkrs.categoryShare(run.facts(), "tmall/pet"))
        + " · home-fragrance share of Douyin: "
        + Fmt.percent(SampleOkrs.categoryShare(run.facts(), "douyin/fragrance")));
  }

  private static void distribution(ReviewResult review, List<String> out) {
    out.add("");
    out.add("Grades after calibration against the quota (scale: S ≥110, A ≥100, B ≥85, C ≥70, D <70;"
        + " quota per team: top S/A ≤20%, middle B ≤70%, bottom C/D ≥10%)");
    List<String> codes = List.of("S", "A", "B", "C", "D");
    StringBuilder head = new StringBuilder("  " + Fmt.pad("team", 22));
    codes.forEach(c -> head.append(Fmt.right(c, 3)));
    head.append("   top    middle bottom  moved  quota");
    out.add(head.toString());
    for (Map.Entry<String, CalibrationResult> e : review.calibrations().entrySet()) {
      CalibrationResult r = e.getValue();
      long moved = r.entries().stream().filter(x -> !x.naturalGrade().code().equals(x.finalGrade().code())).count();
      out.add(row(Roster.team(e.getKey()).name(), r.finalDistribution(), codes)
          + Fmt.right(Long.toString(moved), 6) + "  " + (r.violations().isEmpty() ? "met" : "VIOLATED"));
    }
    Distribution company = review.companyDistribution();
    out.add(row("Company", company, codes) + "        "
        + (company.violations().isEmpty() ? "met" : "off: " + violations(company)));
  }

  private static String row(String name, Distribution d, List<String> codes) {
    StringBuilder sb = new StringBuilder("  " + Fmt.pad(name, 22));
    for (String c : codes) {
      sb.append(Fmt.right(Integer.toString(d.gradeCounts().getOrDefault(c, 0)), 3));
    }
    sb.append("  ");
    for (GroupTally t : d.groups()) {
      sb.append(Fmt.pad(" " + t.actual() + "/" + t.allocated(), 7));
    }
    return sb.toString();
  }

  private static String violations(Distribution d) {
    List<String> s = new ArrayList<>();
    d.violations().forEach(v -> s.add(v.message()));
    return String.join("; ", s);
  }

  private static void application(SampleRun run, List<String> out) {
    ReviewResult review = run.review();
    BigDecimal raises = BigDecimal.ZERO;
    BigDecimal bonuses = BigDecimal.ZERO;
    for (PayProposal p : review.pay().values()) {
      raises = raises.add(p.salaryIncrease());
      bonuses = bonuses.add(p.bonus());
    }
    List<String> promotable = new ArrayList<>();
    review.promotions().forEach((id, d) -> {
      if (d.eligible()) {
        promotable.add(id + " " + Roster.employee(id).name());
      }
    });
    Map<String, Integer> topics = new java.util.TreeMap<>();
    review.training().values().forEach(plan -> plan.recommendations().forEach(
        r -> topics.merge(r.topic().name(), 1, Integer::sum)));
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(topics.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(3, ranked.size()); i++) {
      top.add(ranked.get(i).getKey() + " (" + ranked.get(i).getValue() + ")");
    }
    out.add("");
    out.add("Applying the results (pay matrix S +12%/×2.0 · A +8%/×1.5 · B +5%/×1.0 · C 0/×0.5 · D 0/×0;"
        + " promotion: " + SampleReview.PROMOTION.rules().size() + " rules)");
    out.add("  monthly salary increases " + Fmt.money(raises) + " · quarterly bonuses " + Fmt.money(bonuses));
    out.add("  promotable (A or better two quarters running, 12 months' tenure): "
        + (promotable.isEmpty() ? "nobody" : String.join(", ", promotable)));
    out.add("  training most recommended: " + String.join(", ", top));
    out.add("  interview sheets: " + review.interviews().size() + " in English and Chinese");
  }
}

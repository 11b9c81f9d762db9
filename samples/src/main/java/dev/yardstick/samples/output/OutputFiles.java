package dev.yardstick.samples.output;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.RuleCheck;
import dev.yardstick.review.application.TrainingRecommendation;
import dev.yardstick.review.calibration.CalibrationEntry;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.GradeChange;
import dev.yardstick.review.calibration.GroupAllocation;
import dev.yardstick.review.calibration.GroupTally;
import dev.yardstick.review.calibration.QuotaGroup;
import dev.yardstick.review.calibration.Violation;
import dev.yardstick.samples.company.Employee;
import dev.yardstick.samples.company.ReviewResult;
import dev.yardstick.samples.company.Roster;
import dev.yardstick.samples.company.SampleRun;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.abtest.Arm;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * Writes a sample run to its output folder ({@value #DEFAULT_FOLDER} in the working directory
 * unless told otherwise):
 *
 * <pre>
 * yardstick-output/
 *   evaluations.json        the 40 employees' outcomes (yardstick/1 batch-result document)
 *   team-evaluations.json   the three linked teams' outcomes (batch-result)
 *   measurements.json       the quarterly measurements the evaluation read (measurements)
 *   warnings.json           the monthly early warnings and the traffic anomalies (warnings)
 *   ab-test.json            the detail-page A/B test
 *   grade-scale.json        the company's grade scale (grade-scale)
 *   calibration.json        the quota, each team's calibration, the company's distribution
 *   review.json             per person: grade, salary and bonus proposal, promotion decision,
 *                           training recommendations
 *   interviews/en/emp-01.md … interviews/zh/emp-01.md …   the interview sheets
 *   report.html, report.zh.html   the HTML report in English and in Chinese
 * </pre>
 *
 * <p>The documents marked with their type (yardstick/1) come from the {@code yardstick-json}
 * module; the others are the sample's own documents ({@code "format": "yardstick-sample/1"}) for types that module does not
 * cover. Text files are UTF-8 with {@code \n} line ends; nothing depends on the clock, the
 * machine or hash order, so two runs write identical bytes.
 *
 * <pre>{@code
 * List<Path> written = OutputFiles.write(run, Path.of("yardstick-output"));
 * }</pre>
 */
public final class OutputFiles {

  /** The default output folder, relative to the working directory. */
  public static final String DEFAULT_FOLDER = "yardstick-output";

  /** The format marker of the sample's own documents. */
  public static final String SAMPLE_FORMAT = "yardstick-sample/1";

  private OutputFiles() {}

  /**
   * Writes every output file under {@code folder}, creating it as needed.
   *
   * @return the files written, relative to {@code folder}, in writing order
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(SampleRun run, Path folder) {
    List<Path> written = new ArrayList<>();
    YardstickJson json = YardstickJson.standard();
    put(folder, "evaluations.json", json.write(run.batch()), written);
    put(folder, "team-evaluations.json", json.write(run.teams()), written);
    put(folder, "measurements.json", json.writeMeasurements(run.measurements()), written);
    put(folder, "warnings.json", json.writeWarnings(run.allWarnings()), written);
    put(folder, "ab-test.json", Json.write(abTest(run)), written);
    put(folder, "grade-scale.json", json.write(run.review().scale()), written);
    put(folder, "calibration.json", Json.write(calibration(run.review())), written);
    put(folder, "review.json", Json.write(review(run)), written);
    for (Evaluation e : run.batch().evaluations()) {
      String id = e.subject().id();
      put(folder, "interviews/en/" + id + ".md", Interviews.markdown(run, id, Locale.ENGLISH), written);
      put(folder, "interviews/zh/" + id + ".md", Interviews.markdown(run, id, Locale.CHINESE), written);
    }
    Reports.write(run, folder, written);
    return List.copyOf(written);
  }

  static void put(Path folder, String name, String text, List<Path> written) {
    Path file = folder.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    written.add(Path.of(name));
  }

  private static Map<String, Object> document(String type, SampleRun run) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", SAMPLE_FORMAT);
    doc.put("type", type);
    doc.put("period", run.facts().quarter().toString());
    doc.put("seed", run.facts().seed());
    return doc;
  }

  private static Map<String, Object> abTest(SampleRun run) {
    AbResult ab = run.abTest();
    Map<String, Object> doc = document("ab-test", run);
    doc.put("page", run.facts().abTest().page());
    doc.put("owner", run.facts().abTest().ownerId());
    doc.put("control", arm(ab.control()));
    doc.put("variant", arm(ab.variant()));
    doc.put("difference", ab.difference());
    doc.put("relativeLift", ab.relativeLift());
    doc.put("zScore", ab.zScore());
    doc.put("pValue", ab.pValue());
    doc.put("confidenceLevel", ab.confidenceLevel());
    doc.put("ciLower", ab.ciLower());
    doc.put("ciUpper", ab.ciUpper());
    doc.put("requiredPerArm", ab.requiredPerArm());
    doc.put("verdict", ab.verdict().name());
    doc.put("winner", ab.winner());
    doc.put("summary", ab.summary());
    return doc;
  }

  private static Map<String, Object> arm(Arm arm) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", arm.name());
    m.put("conversions", arm.conversions());
    m.put("visitors", arm.visitors());
    m.put("rate", arm.rate());
    return m;
  }

  private static Map<String, Object> calibration(ReviewResult review) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", SAMPLE_FORMAT);
    doc.put("type", "calibration");
    List<Object> quota = new ArrayList<>();
    for (QuotaGroup g : review.quota().groups()) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("group", g.name());
      q.put("percent", g.percent());
      q.put("bound", g.bound().name());
      q.put("grades", g.grades());
      quota.add(q);
    }
    doc.put("quota", quota);
    List<Object> teams = new ArrayList<>();
    review.calibrations().forEach((teamId, r) -> teams.add(team(teamId, r)));
    doc.put("teams", teams);
    doc.put("company", distribution(review.companyDistribution()));
    return doc;
  }

  private static Map<String, Object> team(String teamId, CalibrationResult r) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("team", teamId);
    t.put("name", Roster.team(teamId).name());
    List<Object> allocation = new ArrayList<>();
    for (GroupAllocation a : r.allocation()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", a.group().name());
      m.put("exactShare", a.exactShare());
      m.put("allocated", a.count());
      allocation.add(m);
    }
    t.put("allocation", allocation);
    List<Object> entries = new ArrayList<>();
    for (CalibrationEntry e : r.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("subject", e.subjectId());
      m.put("total", e.candidate().total());
      m.put("naturalGrade", e.naturalGrade().code());
      m.put("proposedGrade", e.proposedGrade().code());
      m.put("finalGrade", e.finalGrade().code());
      entries.add(m);
    }
    t.put("entries", entries);
    List<Object> changes = new ArrayList<>();
    for (GradeChange c : r.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("subject", c.subjectId());
      m.put("from", c.from().code());
      m.put("to", c.to().code());
      m.put("source", c.source().name());
      m.put("by", c.by());
      m.put("reason", c.reason());
      changes.add(m);
    }
    t.put("changes", changes);
    t.put("distribution", distribution(r.finalDistribution()));
    return t;
  }

  private static Map<String, Object> distribution(Distribution d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("counts", new LinkedHashMap<String, Object>(d.gradeCounts()));
    List<Object> groups = new ArrayList<>();
    for (GroupTally t : d.groups()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("group", t.group());
      g.put("actual", t.actual());
      g.put("allocated", t.allocated());
      g.put("violated", t.isViolated());
      groups.add(g);
    }
    m.put("groups", groups);
    List<Object> violations = new ArrayList<>();
    for (Violation v : d.violations()) {
      violations.add(v.message());
    }
    m.put("violations", violations);
    return m;
  }

  private static Map<String, Object> review(SampleRun run) {
    ReviewResult review = run.review();
    Map<String, Object> doc = document("review", run);
    List<Object> people = new ArrayList<>();
    for (Evaluation e : run.batch().evaluations()) {
      String id = e.subject().id();
      Employee emp = Roster.employee(id);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("subject", id);
      p.put("name", emp.name());
      p.put("nameZh", emp.nameZh());
      p.put("team", emp.teamId());
      p.put("role", emp.roleId());
      p.put("total", e.total());
      p.put("grade", review.finalGrades().get(id).code());
      p.put("pay", pay(review.pay().get(id)));
      p.put("promotion", promotion(review.promotions().get(id)));
      List<Object> training = new ArrayList<>();
      for (TrainingRecommendation r : review.training().get(id).recommendations()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("topic", r.topic().id());
        t.put("name", r.topic().name());
        t.put("nameZh", r.topic().name(Locale.CHINESE));
        t.put("indicators", r.indicatorIds());
        t.put("worstGap", r.worstGap());
        training.add(t);
      }
      p.put("training", training);
      people.add(p);
    }
    doc.put("people", people);
    return doc;
  }

  private static Map<String, Object> pay(PayProposal pay) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("baseSalary", pay.baseSalary());
    m.put("salaryAdjustmentPercent", pay.terms().salaryAdjustmentPercent());
    m.put("salaryIncrease", pay.salaryIncrease());
    m.put("newSalary", pay.newSalary());
    m.put("bonusBase", pay.bonusBase());
    m.put("bonusCoefficient", pay.terms().bonusCoefficient());
    m.put("bonus", pay.bonus());
    return m;
  }

  private static Map<String, Object> promotion(PromotionDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eligible", d.eligible());
    List<Object> checks = new ArrayList<>();
    for (RuleCheck c : d.checks()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("rule", c.rule());
      r.put("met", c.met());
      r.put("detail", c.detail());
      checks.add(r);
    }
    m.put("checks", checks);
    return m;
  }

}

package dev.yardstick.samples.output;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.GroupTally;
import dev.yardstick.review.calibration.Violation;
import dev.yardstick.samples.company.Employee;
import dev.yardstick.samples.company.ReviewResult;
import dev.yardstick.samples.company.Roster;
import dev.yardstick.samples.company.SampleRun;
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
import java.util.Objects;

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
 *   ab-test.json            the detail-page A/B test (ab-result)
 *   grade-scale.json        the company's grade scale (grade-scale)
 *   calibration/&lt;team&gt;.json  each team's calibration against the quota (calibration)
 *   review/&lt;id&gt;/pay.json       per person: salary and bonus proposal (pay-proposal),
 *   review/&lt;id&gt;/promotion.json promotion decision (promotion-decision),
 *   review/&lt;id&gt;/training.json  training recommendations (training-plan)
 *   review.json             the index of the review: per person name, team, role, total,
 *                           final grade, grade by the total and the reason they differ, and
 *                           files; the company's grade distribution; the A/B test's
 *                           page and owner (yardstick-sample/1)
 *   interviews/en/emp-01.md … interviews/zh/emp-01.md …   the interview sheets
 *   report.html, report.zh.html   the HTML report in English and in Chinese
 * </pre>
 *
 * <p>Every JSON file but {@code review.json} is a yardstick/1 document written by the {@code
 * yardstick-json} module, one value per document, which {@code YardstickJson} reads back. {@code
 * review.json} is the sample's own document ({@code "format": "yardstick-sample/1"}) for what that
 * module has no type for: the company-wide distribution of grades (the quota is applied per
 * team, so no single calibration holds it), the roster's names and the A/B test's page and
 * owner. Text files are UTF-8 with {@code \n} line ends; nothing depends on the clock, the
 * machine or hash order, so two runs write identical bytes.
 *
 * <pre>{@code
 * List<Path> written = OutputFiles.write(run, Path.of("yardstick-output"));
 * }</pre>
 */
public final class OutputFiles {

  /** The default output folder, relative to the working directory. */
  public static final String DEFAULT_FOLDER = "yardstick-output";

  /** The format marker of the sample's own document, {@code review.json}. */
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
    ReviewResult review = run.review();
    put(folder, "evaluations.json", json.write(run.batch()), written);
    put(folder, "team-evaluations.json", json.write(run.teams()), written);
    put(folder, "measurements.json", json.writeMeasurements(run.measurements()), written);
    put(folder, "warnings.json", json.writeWarnings(run.allWarnings()), written);
    put(folder, "ab-test.json", json.write(run.abTest()), written);
    put(folder, "grade-scale.json", json.write(review.scale()), written);
    review.calibrations().forEach(
        (teamId, result) -> put(folder, calibrationFile(teamId), json.write(result), written));
    for (Evaluation e : run.batch().evaluations()) {
      String id = e.subject().id();
      // the review holds results for every evaluated employee
      put(folder, payFile(id),
          json.write(Objects.requireNonNull(review.pay().get(id), "pay proposal")), written);
      put(folder, promotionFile(id),
          json.write(Objects.requireNonNull(review.promotions().get(id), "promotion decision")),
          written);
      put(folder, trainingFile(id),
          json.write(Objects.requireNonNull(review.training().get(id), "training plan")), written);
    }
    put(folder, "review.json", Json.write(reviewIndex(run)), written);
    for (Evaluation e : run.batch().evaluations()) {
      String id = e.subject().id();
      put(folder, "interviews/en/" + id + ".md", Interviews.markdown(run, id, Locale.ENGLISH), written);
      put(folder, "interviews/zh/" + id + ".md", Interviews.markdown(run, id, Locale.CHINESE), written);
    }
    Reports.write(run, folder, written);
    return List.copyOf(written);
  }

  /** The calibration document of a team, relative to the output folder. */
  public static String calibrationFile(String teamId) {
    return "calibration/" + teamId + ".json";
  }

  /** The pay-proposal document of a person, relative to the output folder. */
  public static String payFile(String subjectId) {
    return "review/" + subjectId + "/pay.json";
  }

  /** The promotion-decision document of a person, relative to the output folder. */
  public static String promotionFile(String subjectId) {
    return "review/" + subjectId + "/promotion.json";
  }

  /** The training-plan document of a person, relative to the output folder. */
  public static String trainingFile(String subjectId) {
    return "review/" + subjectId + "/training.json";
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

  /** What the json module has no type for, and where the yardstick/1 documents are. */
  private static Map<String, Object> reviewIndex(SampleRun run) {
    ReviewResult review = run.review();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", SAMPLE_FORMAT);
    doc.put("type", "review");
    doc.put("period", run.facts().quarter().toString());
    doc.put("seed", run.facts().seed());
    doc.put("gradeScale", "grade-scale.json");
    Map<String, Object> abTest = new LinkedHashMap<>();
    abTest.put("page", run.facts().abTest().page());
    abTest.put("owner", run.facts().abTest().ownerId());
    abTest.put("result", "ab-test.json");
    doc.put("abTest", abTest);
    List<Object> teams = new ArrayList<>();
    for (String teamId : review.calibrations().keySet()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("team", teamId);
      t.put("name", Roster.team(teamId).name());
      t.put("calibration", calibrationFile(teamId));
      teams.add(t);
    }
    doc.put("teams", teams);
    doc.put("company", distribution(review.companyDistribution()));
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
      FinalGrade grade = Objects.requireNonNull(review.finalGrades().get(id), "final grade");
      p.put("grade", grade.grade().code());
      p.put("gradeByTotal", grade.byTotal().code());
      p.put("gradeReason", grade.reason());
      p.put("pay", payFile(id));
      p.put("promotion", promotionFile(id));
      p.put("training", trainingFile(id));
      people.add(p);
    }
    doc.put("people", people);
    return doc;
  }

  /** The company's grades against the quota: counts, per group allocated and actual, violations. */
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
}

package dev.yardstick.samples.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.samples.SampleRuns;
import dev.yardstick.samples.company.Roster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the main job writes agree with each other: for every person, the JSON documents, the
 * interview sheets in both languages and the HTML reports in both languages give the same final
 * grade, total and pay, and show the grade of the total wherever the final grade differs from it.
 * Everything is read back from the files, not from the run.
 */
class OutputsAgreeTest {

  @SuppressWarnings("NullAway.Init") // JUnit injects @TempDir fields before @BeforeAll
  @TempDir
  static Path folder;

  private static final YardstickJson JSON = YardstickJson.standard();

  /** What one file says about one person; totals compared by value (56.40 is 56.4). */
  record Facts(String grade, String byTotal, BigDecimal total, String newSalary, String bonus) {
    Facts {
      total = total.stripTrailingZeros();
    }
  }

  @BeforeAll
  static void writeTheSampleRun() {
    OutputFiles.write(SampleRuns.DEFAULT, folder);
  }

  private static String read(String name) {
    try {
      return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String group(String text, String regex, String what) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    assertThat(m.find()).as("%s: /%s/", what, regex).isTrue();
    return m.group(1);
  }

  /** Subject id → evaluated total, from evaluations.json. */
  private static Map<String, BigDecimal> totals() {
    BatchResult batch = JSON.read(read("evaluations.json"), BatchResult.class);
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (Evaluation e : batch.evaluations()) {
      totals.put(e.subject().id(), e.total());
    }
    return totals;
  }

  /** Subject id → final grade, from the teams' calibration documents (read by recomputing them). */
  private static Map<String, FinalGrade> calibrated() {
    Map<String, FinalGrade> grades = new HashMap<>();
    for (String team : List.of("team-tmall", "team-douyin", "team-service", "team-content",
        "team-marketing", "team-data")) {
      CalibrationResult r = JSON.readCalibration(read(OutputFiles.calibrationFile(team)));
      r.finalGradeDetails().forEach(g -> grades.put(g.subjectId(), g));
    }
    return grades;
  }

  private static Facts fromPay(String id) {
    PayProposal pay = JSON.read(read(OutputFiles.payFile(id)), PayProposal.class);
    FinalGrade g = Objects.requireNonNull(pay.finalGrade(), "final grade in pay.json of " + id);
    assertThat(g.grade()).as(id).isEqualTo(pay.grade());
    return new Facts(pay.grade().code(), g.byTotal().code(), g.total(),
        Fmt.money(pay.newSalary()), Fmt.money(pay.bonus()));
  }

  private static String promotionGrade(String id) {
    PromotionDecision d = JSON.read(read(OutputFiles.promotionFile(id)), PromotionDecision.class);
    return Objects.requireNonNull(d.finalGrade(), "final grade in promotion.json of " + id)
        .grade().code();
  }

  private static Facts fromReviewIndex(String text, String id) {
    String person = group(text, "(\\{\\s*\"subject\": \"" + id + "\",[^}]*\\})", "review.json " + id);
    return new Facts(group(person, "\"grade\": \"([^\"]+)\"", id),
        group(person, "\"gradeByTotal\": \"([^\"]+)\"", id),
        new BigDecimal(group(person, "\"total\": ([0-9.]+)", id)), "", "");
  }

  private static Facts fromEnglishSheet(String id, FinalGrade expected) {
    String md = read("interviews/en/" + id + ".md");
    String grade = group(md, "^- Grade: (\\S+)", id);
    String byTotal = expected.isChanged() ? group(md, "^- Grade by the total: (\\S+)", id) : grade;
    return new Facts(grade, byTotal, new BigDecimal(group(md, "^- Total: ([0-9.]+)$", id)),
        group(md, "^- Salary proposal: monthly [0-9,.]+ → ([0-9,.]+) ", id),
        group(md, "^- Quarterly bonus: .* = ([0-9,.]+)$", id));
  }

  private static Facts fromChineseSheet(String id, FinalGrade expected) {
    String md = read("interviews/zh/" + id + ".md");
    String grade = group(md, "^- 等级：([^（\\s]+)", id);
    String byTotal = expected.isChanged() ? group(md, "^- 按总分等级：([^（\\s]+)", id) : grade;
    return new Facts(grade, byTotal, new BigDecimal(group(md, "^- 总分：([0-9.]+)$", id)),
        group(md, "^- 调薪建议：月薪 [0-9,.]+ → ([0-9,.]+)（", id),
        group(md, "^- 季度奖金：.* = ([0-9,.]+)$", id));
  }

  private static Facts fromReport(String html, String id, boolean zh) {
    String row = group(html, "(<tr data-subject=\"" + id + "\">.*</tr>)", "report row " + id);
    BigDecimal total = new BigDecimal(group(row, "<td class=\"num\">([0-9.]+)</td>", id));
    String cell = group(row, "<td class=\"num\">[0-9.]+</td><td>([^<]+)</td></tr>", id);
    Matcher both = Pattern.compile(zh ? "(\\S+)（按总分 (\\S+)）" : "(\\S+) \\((\\S+) by the total\\)")
        .matcher(cell);
    return both.matches()
        ? new Facts(both.group(1), both.group(2), total, "", "")
        : new Facts(cell, cell, total, "", "");
  }

  @Test
  void every_person_has_the_same_final_grade_total_and_pay_in_every_file() {
    // GIVEN the folder the main job writes
    Map<String, BigDecimal> totals = totals();
    Map<String, FinalGrade> calibrated = calibrated();
    String index = read("review.json");
    String report = read("report.html");
    String reportZh = read("report.zh.html");
    assertThat(totals).hasSize(40);
    List<String> changed = new ArrayList<>();
    for (String id : totals.keySet()) {
      // WHEN each file is read for this person
      FinalGrade cal = Objects.requireNonNull(calibrated.get(id), "calibrated " + id);
      Facts pay = fromPay(id);
      Facts full = new Facts(cal.grade().code(), cal.byTotal().code(), totals.get(id),
          pay.newSalary(), pay.bonus());
      Facts gradesOnly = new Facts(full.grade(), full.byTotal(), full.total(), "", "");
      // THEN the calibration, the evaluation and pay.json agree
      assertThat(pay).as("pay.json of %s", id).isEqualTo(full);
      assertThat(cal.total()).as(id).isEqualByComparingTo(totals.get(id));
      // AND so do promotion.json, review.json, both interview sheets and both reports
      assertThat(promotionGrade(id)).as("promotion.json of %s", id).isEqualTo(full.grade());
      assertThat(fromReviewIndex(index, id)).as("review.json, %s", id).isEqualTo(gradesOnly);
      assertThat(fromEnglishSheet(id, cal)).as("interviews/en/%s.md", id).isEqualTo(full);
      assertThat(fromChineseSheet(id, cal)).as("interviews/zh/%s.md", id).isEqualTo(full);
      assertThat(fromReport(report, id, false)).as("report.html, %s", id).isEqualTo(gradesOnly);
      assertThat(fromReport(reportZh, id, true)).as("report.zh.html, %s", id).isEqualTo(gradesOnly);
      if (cal.isChanged()) {
        changed.add(id + " " + cal.byTotal().code() + "→" + cal.grade().code());
      }
    }
    // AND the people whose final grade is not the grade of their total are the calibrated ones
    assertThat(changed).containsExactly("emp-10 B→C", "emp-11 A→B", "emp-12 A→B", "emp-16 A→B",
        "emp-17 A→B", "emp-25 B→C", "emp-30 A→B");
  }

  @Test
  void where_the_final_grade_differs_every_file_says_why() {
    // GIVEN emp-16 (Guo Ting), A by the total 103.57, B after customer service's quota
    String reason = "A → B by the quota: position 6 of 12 (total 103.57) is placed in quota group"
        + " 'middle' (at most 8: 70% of 12 = 8.4, largest remainder); natural grade A is in group"
        + " 'top'";
    // WHEN the sheets, the index and the report are read
    // THEN each gives the grade of the total and the quota's reason
    assertThat(read("interviews/en/emp-16.md")).contains("- Grade: B (Meets expectations)\n"
        + "- Grade by the total: A (Exceeds expectations)\n- Changed " + reason + "\n");
    assertThat(read("interviews/zh/emp-16.md")).contains("- 按总分等级：A（优秀）\n- A → B，配额校准："
        + reason.substring("A → B by the quota: ".length()) + "\n");
    assertThat(read("review.json")).contains("\"gradeByTotal\": \"A\",\n      \"gradeReason\": \""
        + reason + "\"");
    assertThat(read("report.html")).contains("<dt>Grade by the total</dt><dd>A</dd>",
        "<p class=\"grade-reason\">Why: " + reason.replace("'", "&#39;") + "</p>");
  }
}

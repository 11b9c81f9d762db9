package dev.yardstick.samples.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.samples.SampleRuns;
import dev.yardstick.samples.company.ReviewResult;
import dev.yardstick.samples.company.FactsGenerator;
import dev.yardstick.samples.company.QuarterRun;
import dev.yardstick.samples.company.SampleRun;
import dev.yardstick.tracking.abtest.AbResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  /** The sample run's folder, written once for the tests that only read it. */
  @SuppressWarnings("NullAway.Init") // JUnit injects @TempDir fields before @BeforeAll; NullAway cannot see it
  @TempDir
  static Path written;

  private static List<Path> writtenFiles = List.of();

  @BeforeAll
  static void writeTheSampleRun() {
    writtenFiles = OutputFiles.write(SampleRuns.DEFAULT, written);
  }

  @Test
  void two_runs_write_byte_identical_files(@TempDir Path second) throws IOException {
    // GIVEN two independent runs of the same seed
    SampleRun a = SampleRuns.DEFAULT;
    SampleRun b = QuarterRun.run(FactsGenerator.DEFAULT_SEED);

    // WHEN each writes its folder (the first one in writeTheSampleRun)
    Path first = written;
    OutputFiles.write(b, second);

    // THEN the same files with the same bytes, and the same console summary
    assertThat(files(second)).containsExactlyElementsOf(files(first));
    for (Path file : files(first)) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    assertThat(writtenFiles).hasSize(files(first).size());
    assertThat(ConsoleSummary.render(b)).isEqualTo(ConsoleSummary.render(a));
  }

  @Test
  void the_folder_holds_the_documented_files_and_a_sheet_per_person_in_both_languages()
      throws IOException {
    // GIVEN / WHEN the sample run is written
    Path folder = written;

    // THEN the documented layout
    assertThat(files(folder)).contains(
        Path.of("evaluations.json"), Path.of("team-evaluations.json"), Path.of("measurements.json"),
        Path.of("warnings.json"), Path.of("ab-test.json"), Path.of("grade-scale.json"),
        Path.of("calibration/team-tmall.json"), Path.of("review/emp-01/pay.json"),
        Path.of("review/emp-01/promotion.json"), Path.of("review/emp-40/training.json"),
        Path.of("review.json"), Path.of("report.html"), Path.of("report.zh.html"),
        Path.of("interviews/en/emp-01.md"), Path.of("interviews/zh/emp-40.md"));
    assertThat(files(folder)).doesNotContain(Path.of("calibration.json"));
    // one calibration per team (six teams), three review documents per evaluated person
    assertThat(files(folder.resolve("calibration"))).hasSize(6);
    assertThat(files(folder.resolve("review")))
        .hasSize(3 * SampleRuns.DEFAULT.batch().evaluations().size());
    assertThat(files(folder.resolve("interviews/en"))).hasSize(40);
    assertThat(files(folder.resolve("interviews/zh"))).hasSize(40);
    String zh = Files.readString(folder.resolve("interviews/zh/emp-33.md"), StandardCharsets.UTF_8);
    assertThat(zh).contains("绩效面谈表", "校准与结果应用", "2026-08");
    String en = Files.readString(folder.resolve("interviews/en/emp-01.md"), StandardCharsets.UTF_8);
    assertThat(en).contains("Performance interview", "Calibration and application",
        "Raise the pet category's share of Tmall GMV to 10%");
    String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg", "person-scores", "grade-distribution", "pacing");
  }

  @Test
  void the_evaluations_document_reads_back_as_the_batch_it_was_written_from() throws IOException {
    // GIVEN the written evaluations
    String text = Files.readString(written.resolve("evaluations.json"), StandardCharsets.UTF_8);

    // WHEN the json module reads them
    BatchResult read = YardstickJson.standard().readBatchResult(text);

    // THEN the same outcomes
    assertThat(read).isEqualTo(SampleRuns.DEFAULT.batch());
  }

  @Test
  void the_ab_test_and_every_calibration_are_yardstick_documents_that_read_back()
      throws IOException {
    // GIVEN the written A/B test and calibrations
    YardstickJson json = YardstickJson.standard();
    ReviewResult review = SampleRuns.DEFAULT.review();
    String ab = read("ab-test.json");

    // WHEN the json module reads them
    // THEN they are yardstick/1 documents of their types, equal to what the run computed
    assertThat(ab).startsWith("{\n  \"format\": \"yardstick/1\",\n  \"type\": \"ab-result\",");
    assertThat(json.read(ab, AbResult.class)).isEqualTo(SampleRuns.DEFAULT.abTest());
    review.calibrations().forEach((teamId, result) -> {
      String text = read(OutputFiles.calibrationFile(teamId));
      assertThat(text).as(teamId).contains("\"type\": \"calibration\"");
      // reading runs the calibration again and checks every written grade against it
      CalibrationResult back = json.readCalibration(text);
      assertThat(back.entries()).as(teamId).isEqualTo(result.entries());
      assertThat(back.changes()).as(teamId).isEqualTo(result.changes());
      assertThat(back.finalDistribution()).as(teamId).isEqualTo(result.finalDistribution());
    });
  }

  @Test
  void every_persons_pay_promotion_and_training_are_yardstick_documents_that_read_back() {
    // GIVEN the review of each evaluated person
    YardstickJson json = YardstickJson.standard();
    ReviewResult review = SampleRuns.DEFAULT.review();
    for (Evaluation e : SampleRuns.DEFAULT.batch().evaluations()) {
      String id = e.subject().id();
      // WHEN the three documents are read back
      String pay = read(OutputFiles.payFile(id));
      String promotion = read(OutputFiles.promotionFile(id));
      String training = read(OutputFiles.trainingFile(id));
      // THEN each is a yardstick/1 document equal to the run's value
      assertThat(pay).as(id).contains("\"type\": \"pay-proposal\"");
      assertThat(json.read(pay, PayProposal.class)).as(id).isEqualTo(review.pay().get(id));
      assertThat(promotion).as(id).contains("\"type\": \"promotion-decision\"");
      assertThat(json.read(promotion, PromotionDecision.class))
          .as(id)
          .isEqualTo(review.promotions().get(id));
      assertThat(training).as(id).contains("\"type\": \"training-plan\"");
      assertThat(json.read(training, TrainingPlan.class)).as(id).isEqualTo(review.training().get(id));
    }
  }

  @Test
  void the_sample_document_keeps_only_what_the_json_module_cannot_express() {
    // GIVEN the written review index
    String text = read("review.json");
    // WHEN it is read as text
    // THEN it is the sample's own format, points to the yardstick/1 documents and holds the
    // company-wide distribution, the roster's names and the A/B test's page
    assertThat(text)
        .startsWith("{\n  \"format\": \"yardstick-sample/1\",\n  \"type\": \"review\",")
        .contains("\"calibration\": \"calibration/team-tmall.json\"",
            "\"pay\": \"review/emp-01/pay.json\"", "\"company\": {", "\"counts\": {",
            "\"nameZh\": ", "\"page\": ", "\"result\": \"ab-test.json\"");
    // and nothing else in the folder uses the sample format
    assertThat(writtenFiles)
        .filteredOn(f -> f.toString().endsWith(".json") && !f.equals(Path.of("review.json")))
        .allSatisfy(f -> assertThat(read(f.toString())).as(f.toString())
            .startsWith("{\n  \"format\": \"yardstick/1\","));
  }

  @Test
  void the_console_summary_has_a_table_per_team_the_warnings_the_verdict_and_the_distribution() {
    // GIVEN / WHEN the summary
    String text = ConsoleSummary.render(SampleRuns.DEFAULT);

    // THEN each part is there
    assertThat(text).contains("Tmall store team", "Douyin store team", "Customer service team",
        "Content team", "Marketing team", "Data team");
    assertThat(text).contains("emp-01 Li Wei", "emp-40 Du Juan");
    assertThat(text).contains("2026-08: ", "cac", "above the red ceiling 85.00");
    assertThat(text).contains("emp-33 Tian Mei (xiaohongshu): no facts for 2026-08", "EXCLUDE_AND_RENORMALISE");
    assertThat(text).contains("verdict WINNER: B wins");
    assertThat(text).contains("Grades after calibration", "Company");
    // one table row per employee: id, name, role, total, grade
    assertThat(text.lines().filter(l -> l.matches("  emp-\\d\\d .{11} [a-z-]+ +\\d+\\.\\d\\d  .*"))).hasSize(40);
  }

  private static String read(String name) {
    try {
      return Files.readString(written.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
    }
  }
}

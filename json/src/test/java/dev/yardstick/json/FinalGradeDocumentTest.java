package dev.yardstick.json;

import static dev.yardstick.json.testing.Results.SCALE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.Results;
import dev.yardstick.review.application.PayMatrix;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.GradeOverride;
import dev.yardstick.review.calibration.GuardRailHold;
import dev.yardstick.review.calibration.GuardRails;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.calibration.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guard rails, the people they hold and the final grade in the documents; older documents still read. */
class FinalGradeDocumentTest {

  private final YardstickJson json = Fixtures.json();

  private static String resource(String name) {
    try (InputStream in = FinalGradeDocumentTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A weak team of 5 (S, B, C, D, D) under exactly 20 / 60 / 20: middle wants 3, the D's may not come. */
  static CalibrationResult held() {
    Quota quota = Quota.builder().group("top", 20, "S", "A").group("middle", 60, "B")
        .group("bottom", 20, "C", "D").guardRails(GuardRails.DEFAULT.withFloor("C")).build();
    return Calibration.of(SCALE, quota).calibrate(List.of(Candidate.of("emp-1", 95),
        Candidate.of("emp-2", 75), Candidate.of("emp-3", 65), Candidate.of("emp-4", 55),
        Candidate.of("emp-5", 50)));
  }

  @Test
  void a_calibration_with_guard_rails_writes_them_and_the_people_held_and_reads_back() {
    // GIVEN the weak team: B and the C fit in middle, emp-4 (D, below the floor C) is held
    CalibrationResult original = held();
    assertThat(original.held()).extracting(GuardRailHold::subjectId).containsExactly("emp-4");
    // WHEN written and read
    String text = json.write(original);
    CalibrationResult back = json.readCalibration(text);
    // THEN the rails, the people concerned and the hold are in the document
    assertThat(text).contains("\"guardRails\": {\n      \"maxStepsUp\": 1,\n      \"maxStepsDown\": 1,"
        + "\n      \"floor\": \"C\"\n    }");
    assertThat(text).contains("\"subjects\": [\n        \"emp-4\"\n      ]");
    assertThat(text).contains("\"reason\": \"the quota wanted D → B; D is below the floor C, nobody"
        + " below it is lifted: proposed D\"");
    // AND they read back the same
    assertThat(back.quota().guardRails()).isEqualTo(GuardRails.DEFAULT.withFloor("C"));
    assertThat(back.held()).isEqualTo(original.held());
    assertThat(back.violations()).extracting(Violation::subjects)
        .containsExactly(List.of("emp-4"), List.of("emp-4"));
    assertThat(json.write(back)).isEqualTo(text);
  }

  @Test
  void a_forced_ranking_writes_unlimited_steps_as_null() {
    // GIVEN the weak team without guard rails
    CalibrationResult forced = Calibration.of(SCALE, held().quota().withGuardRails(GuardRails.NONE))
        .calibrate(held().entries().stream().map(e -> e.candidate()).toList());
    // WHEN written and read THEN no limit is null, and reads back as none
    String text = json.write(forced);
    assertThat(text).contains("\"maxStepsUp\": null,\n      \"maxStepsDown\": null,\n      \"floor\": null");
    assertThat(json.readCalibration(text).quota().guardRails()).isEqualTo(GuardRails.NONE);
  }

  @Test
  void a_calibration_written_before_guard_rails_reads_as_calibrated_without_them() {
    // GIVEN the golden calibration as written before guard rails (no guardRails, subjects, held)
    String old = resource("/legacy/calibration-before-guard-rails.json");
    assertThat(old).doesNotContain("guardRails", "subjects", "held");
    // WHEN read
    CalibrationResult back = json.readCalibration(old);
    // THEN it is the same calibration, with no guard rails
    assertThat(back.quota().guardRails()).isEqualTo(GuardRails.NONE);
    assertThat(back.finalGrades()).isEqualTo(Results.calibration().finalGrades());
    assertThat(back.changes()).isEqualTo(Results.calibration().changes());
  }

  @Test
  void a_pay_proposal_from_a_final_grade_carries_the_grade_by_the_total_and_why() {
    // GIVEN emp-3 (C by the total 65, lifted to B by the quota), then overridden to A by HR
    Instant at = Instant.parse("2026-10-12T09:30:00Z");
    FinalGrade grade = held().withOverride(new GradeOverride("emp-3", SCALE.require("A"),
        "Wang Fang (HRBP)", at, "led the launch")).finalGradeOf("emp-3");
    PayProposal pay = PayMatrix.builder(SCALE).row("S", 12, 2).row("A", 8, 1.5).row("B", 5, 1)
        .row("C", 0, 0.5).row("D", 0, 0).build()
        .propose(grade, new BigDecimal("10000.00"), new BigDecimal("5000.00"));
    // WHEN written and read
    String text = json.write(pay);
    PayProposal back = json.read(text, PayProposal.class);
    // THEN the final grade is in the document with both grades, each change and its reason
    assertThat(back).isEqualTo(pay);
    assertThat(back.finalGrade()).isEqualTo(grade);
    assertThat(text).contains("\"finalGrade\": {\n    \"subjectId\": \"emp-3\",\n    \"total\": 65,");
    assertThat(text).contains("\"source\": \"calibration\"", "\"source\": \"override\"",
        "\"at\": \"2026-10-12T09:30:00Z\"", "\"reason\": \"led the launch\"");
  }

  @Test
  void a_pay_proposal_written_before_final_grades_reads_with_none() {
    // GIVEN the golden pay proposal as written before final grades
    String old = resource("/legacy/pay-proposal-before-final-grade.json");
    assertThat(old).doesNotContain("finalGrade");
    // WHEN read THEN it is the same proposal, without a final grade
    PayProposal back = json.read(old, PayProposal.class);
    assertThat(back).isEqualTo(Results.payProposal());
    assertThat(back.finalGrade()).isNull();
  }
}

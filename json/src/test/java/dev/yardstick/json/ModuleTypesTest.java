package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.review.application.GoalPolicy;
import dev.yardstick.review.application.TrainingCatalog;
import dev.yardstick.review.application.TrainingTopic;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.interview.InterviewSheet;
import dev.yardstick.tracking.warning.Severity;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result types of the tracking and review modules. */
class ModuleTypesTest {

  private final YardstickJson json = Fixtures.json();

  private static final Warning RED_CAC = new Warning("emp-17", "cac", Period.parse("2026-08"),
      WarningKind.CEILING_BREACH, Severity.RED, new BigDecimal("80"), new BigDecimal("86.5"), null,
      "'cac' of 'emp-17' in 2026-08: 86.5 is above the red ceiling 80");

  private static final Warning AMBER_GMV = new Warning("emp-17", "store-gmv", Period.parse("2026-Q3"),
      WarningKind.PACE, Severity.AMBER, new BigDecimal("666666.67"), new BigDecimal("600000"),
      new BigDecimal("900000"), "'store-gmv' of 'emp-17' is behind pace in 2026-Q3");

  @Test
  void warnings_round_trip_alone_and_as_a_list_with_nulls_written_as_null() {
    // WHEN a warning is written
    String text = json.write(RED_CAC);
    // THEN its components are the properties, enums in lower case, the missing projection null
    assertThat(text).contains("\"type\": \"warning\",", "\"kind\": \"ceiling-breach\",",
        "\"severity\": \"red\",", "\"period\": \"2026-08\",", "\"actual\": 86.5,", "\"projected\": null,");
    assertThat(json.read(text, Warning.class)).isEqualTo(RED_CAC);
    // AND a list keeps its order; an empty list is still a warnings document
    assertThat(json.readWarnings(json.writeWarnings(List.of(RED_CAC, AMBER_GMV)))).containsExactly(RED_CAC, AMBER_GMV);
    assertThat(json.write(List.of(RED_CAC, AMBER_GMV))).contains("\"type\": \"warnings\",");
    assertThat(json.readWarnings(json.writeWarnings(List.of()))).isEmpty();
  }

  @Test
  void a_warnings_document_is_not_a_measurements_document() {
    // GIVEN an empty warnings document; WHEN read as measurements; THEN its type is refused
    String warnings = json.writeWarnings(List.of());
    assertThatThrownBy(() -> json.readMeasurements(warnings))
        .hasMessage("$.type: expected a document of type 'measurements', got 'warnings'");
  }

  @Test
  void a_warning_document_is_as_strict_as_any_other() {
    // GIVEN a warning document broken in one place at a time; WHEN read; THEN each fails at its path
    String text = json.write(RED_CAC);
    assertThatThrownBy(() -> json.read(text.replace("\"severity\": \"red\"", "\"severity\": \"crimson\""), Warning.class))
        .isInstanceOf(YardstickJsonException.class)
        .satisfies(e -> assertThat(((YardstickJsonException) e).path()).isEqualTo("$.severity"));
    assertThatThrownBy(() -> json.read(text.replace("\"projected\": null,", "\"projected\": null, \"owner\": \"x\","), Warning.class))
        .hasMessageStartingWith("$.owner: unknown property 'owner'; known properties:");
    assertThatThrownBy(() -> json.read(text.replace("\"projected\": null,", ""), Warning.class))
        .hasMessage("$.projected: missing required property 'projected'");
    assertThatThrownBy(() -> json.read(text.replace("\"actual\": 86.5", "\"actual\": \"86.5\""), Warning.class))
        .hasMessage("$.actual: expected a number, got a string (\"86.5\")");
  }

  @Test
  void grades_and_grade_scales_round_trip() {
    // GIVEN the default scale: D [0, 60), C, B, A, S [90, 200], with Chinese names
    GradeScale scale = GradeScale.defaultScale();
    Grade a = scale.require("A");
    // WHEN written and read
    assertThat(json.read(json.write(a), Grade.class)).isEqualTo(a);
    GradeScale back = json.read(json.write(scale), GradeScale.class);
    // THEN the same bands, and the same grade for the boundary 80.00 (lower bounds are inclusive)
    assertThat(back.bands()).isEqualTo(scale.bands());
    assertThat(back.min()).isEqualByComparingTo(scale.min());
    assertThat(back.max()).isEqualByComparingTo(scale.max());
    assertThat(back.grade(new BigDecimal("80.00"))).isEqualTo(a);
  }

  @Test
  void a_grade_scale_with_a_gap_is_refused_by_its_builder_with_the_path() {
    // GIVEN the default scale with C starting at 61; WHEN read; THEN the builder refuses the gap
    String text = json.write(GradeScale.defaultScale()).replaceFirst("\"lower\": 60", "\"lower\": 61");
    assertThatThrownBy(() -> json.read(text, GradeScale.class))
        .isInstanceOf(YardstickJsonException.class)
        .hasMessageStartingWith("$: invalid value: grade bands D [0, 60) and C [61, 70) leave a gap");
  }

  @Test
  void an_interview_sheet_round_trips_with_trend_grade_training_and_goals() {
    // GIVEN Q2 and Q3 evaluations on the fixture card and a sheet built from them
    Evaluation q2 = Yardstick.evaluate(Fixtures.LI).in("2026-Q2").against(Fixtures.card()).teamScore(88)
        .with(Fixtures.measurements().stream()
            .map(m -> new dev.yardstick.core.domain.Measurement(m.subjectId(), m.indicatorId(),
                Period.parse("2026-Q2"), m.value(), m.numerator(), m.denominator(), m.parts()))
            .toList());
    Evaluation q3 = Yardstick.evaluate(Fixtures.LI).in(Fixtures.Q3).against(Fixtures.card()).teamScore(91.5)
        .with(Fixtures.measurements());
    InterviewSheet sheet = InterviewSheet.builder(q3)
        .previous(q2)
        .scorecard(Fixtures.card())
        .grades(GradeScale.defaultScale())
        .training(TrainingCatalog.builder()
            .topic("cac", TrainingTopic.of("paid-traffic", "Paid traffic efficiency")).build())
        .goals(GoalPolicy.halfway())
        .build()
        .withManagerComments("Strong GMV; work on acquisition cost.")
        .withEmployeeComments("Agreed.");
    // WHEN written and read
    String text = json.write(sheet);
    InterviewSheet back = json.read(text, InterviewSheet.class);
    // THEN equal, with its indicators, subject and period in the library's usual forms
    assertThat(back).isEqualTo(sheet);
    assertThat(text).contains("\"type\": \"interview-sheet\",", "\"period\": \"2026-Q3\",", "\"kind\": \"employee\",");
  }
}

package dev.yardstick.json;

import static dev.yardstick.json.testing.Results.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.Results;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.GradeChange;
import dev.yardstick.review.calibration.Violation;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A calibration is written in full and read by running it again from its inputs: the outputs of a
 * document must be the ones its inputs give.
 */
class CalibrationDocumentTest {

  private final YardstickJson json = Fixtures.json();
  private final YardstickJson compact =
      YardstickJson.builder().strategies(Fixtures.strategies()).pretty(false).build();

  /** The golden calibration: 7 people under 20 / 70 / 10, emp-2 overridden from B back to A. */
  private final String document = json.write(Results.calibration());

  private YardstickJsonException rejected(String text) {
    return catchThrowableOfType(YardstickJsonException.class, () -> json.readCalibration(text));
  }

  /** The document with the {@code occurrence}-th (1-based) match of {@code from} replaced. */
  private String tampered(String from, String to, int occurrence) {
    java.util.regex.Matcher m = Pattern.compile(Pattern.quote(from)).matcher(document);
    for (int i = 0; i < occurrence; i++) {
      assertThat(m.find()).as("occurrence %d of %s", i + 1, from).isTrue();
    }
    return document.substring(0, m.start()) + to + document.substring(m.end());
  }

  @Test
  void a_calibration_with_an_override_round_trips_part_by_part() {
    // GIVEN the seven calibrated with emp-2's override
    CalibrationResult original = Results.calibration();
    // WHEN written and read, pretty and compact
    CalibrationResult back = json.read(document, CalibrationResult.class);
    CalibrationResult oneLine = compact.read(compact.write(original), CalibrationResult.class);
    // THEN every part is equal, and writing it again gives the same text
    Results.assertSameCalibration(back, original);
    Results.assertSameCalibration(oneLine, original);
    assertThat(json.write(back)).isEqualTo(document);
    // AND the final grades are those worked out by hand: 20 / 70 / 10 of 7 = 1.4 / 4.9 / 0.7,
    // floors 1 / 4 / 0, the 2 seats left go to remainders .9 and .7: 1 / 5 / 1; the ranking
    // 95 88 84 78 75 72 65 keeps S for emp-1, moves emp-2 and emp-3 (A) to B; the override gives
    // emp-2 back an A, so top has 2 of exactly 1 and middle 4 of exactly 5
    assertThat(back.finalGrades()).containsExactly(
        Map.entry("emp-1", SCALE.require("S")), Map.entry("emp-2", SCALE.require("A")),
        Map.entry("emp-3", SCALE.require("B")), Map.entry("emp-4", SCALE.require("B")),
        Map.entry("emp-5", SCALE.require("B")), Map.entry("emp-6", SCALE.require("B")),
        Map.entry("emp-7", SCALE.require("C")));
    assertThat(back.violations()).extracting(Violation::message).containsExactly(
        "group 'top' must have exactly 1, has 2", "group 'middle' must have exactly 5, has 4");
    assertThat(back.changes()).extracting(GradeChange::source).containsExactly(
        GradeChange.Source.CALIBRATION, GradeChange.Source.CALIBRATION, GradeChange.Source.OVERRIDE);
  }

  @Test
  void a_split_tie_with_caller_tie_keys_and_at_most_at_least_bounds_round_trips() {
    // GIVEN emp-b and emp-a tied at 85.5 for one top seat, emp-b's earlier hire date as tie key
    // winning it, and two overrides
    CalibrationResult original = Results.tiedCalibration();
    // WHEN written and read
    CalibrationResult back = json.read(json.write(original), CalibrationResult.class);
    // THEN equal part by part, with the split, the tie keys and both bounds kept
    Results.assertSameCalibration(back, original);
    assertThat(back.tieSplits()).singleElement()
        .hasToString("total 85.5 split at group 'top': kept [emp-b], moved [emp-a]");
    assertThat(back.entry("emp-a").orElseThrow().candidate().tieKey()).isEqualTo("2022-07-15");
    assertThat(back.overrides()).hasSize(2);
  }

  @Test
  void the_document_carries_the_allocation_entries_distributions_and_violations_for_other_systems() {
    // GIVEN the golden calibration; WHEN its text is inspected; THEN the outputs are there, by logical names
    assertThat(document).contains(
        "\"type\": \"calibration\",",
        "\"bound\": \"exactly\"",
        "\"exactShare\": 4.9,",
        "\"naturalGrade\": \"A\",\n      \"proposedGrade\": \"B\",\n      \"finalGrade\": \"A\"",
        "\"source\": \"override\",",
        "\"at\": \"2026-10-12T09:30:00Z\",",
        "\"final\": {",
        "\"message\": \"group 'top' must have exactly 1, has 2\"");
    assertThat(document).doesNotContain("dev.yardstick", "CALIBRATION", "EXACTLY");
  }

  @Test
  void a_hand_edited_final_grade_is_refused_at_its_path() {
    // GIVEN emp-3's final grade edited from B to A, without an override (entries[2] is emp-3)
    String text = tampered("\"finalGrade\": \"B\"", "\"finalGrade\": \"A\"", 1);
    // WHEN read; THEN the first output that does not follow from the inputs is named
    YardstickJsonException e = rejected(text);
    assertThat(e.path()).isEqualTo("$.entries[2].finalGrade");
    assertThat(e.problem()).isEqualTo("does not match the calibration recomputed from the document's"
        + " scale, quota, candidates and overrides: expected \"B\", got \"A\"");
  }

  @Test
  void an_override_removed_from_the_overrides_but_kept_in_the_trail_is_refused() {
    // GIVEN the override deleted; emp-2's final grade (entries[1]) then recomputes to B
    String text = document.replaceAll("(?s)\"overrides\": \\[.*?\\n  \\],", "\"overrides\": [],");
    assertThat(text).contains("\"overrides\": [],");
    // WHEN read; THEN the first mismatch is emp-2's final grade
    YardstickJsonException e = rejected(text);
    assertThat(e.path()).isEqualTo("$.entries[1].finalGrade");
    assertThat(e.problem()).endsWith("expected \"B\", got \"A\"");
  }

  @Test
  void a_changed_reason_or_an_extra_change_in_the_trail_is_refused() {
    // GIVEN the override's reason rewritten in the trail only (the 2nd occurrence is the trail's)
    YardstickJsonException reason = rejected(
        tampered("\"reason\": \"led the Double 11 launch\"", "\"reason\": \"top seller\"", 2));
    // WHEN read; THEN the trail's reason is named
    assertThat(reason.path()).isEqualTo("$.changes[2].reason");
    assertThat(reason.problem()).endsWith("expected \"led the Double 11 launch\", got \"top seller\"");
    // AND a fourth change appended to the trail is refused as unexpected
    String extra = document.replace("  ],\n  \"distributions\"",
        "  ,{\"subjectId\": \"emp-7\", \"from\": \"C\", \"to\": \"B\", \"source\": \"override\","
            + " \"by\": \"x\", \"at\": \"2026-10-13T00:00:00Z\", \"reason\": \"y\"}\n  ],\n  \"distributions\"");
    YardstickJsonException added = rejected(extra);
    assertThat(added.path()).isEqualTo("$.changes[3]");
    assertThat(added.problem()).endsWith("unexpected element: the recomputed calibration has 3 here,"
        + " the document 4");
  }

  @Test
  void a_changed_input_shows_as_the_first_output_it_moves() {
    // GIVEN emp-7's total raised from 65 to 85: natural A, rank 3 (95, 88, 85 ...)
    YardstickJsonException e = rejected(tampered("\"total\": 65,", "\"total\": 85,", 1));
    // WHEN read; THEN the entries are no longer in rank order: position 3 recomputes to emp-7
    assertThat(e.path()).isEqualTo("$.entries[2].candidate.subjectId");
    assertThat(e.problem()).endsWith("expected \"emp-7\", got \"emp-3\"");
  }

  @Test
  void an_allocation_from_another_rounding_is_refused_as_a_version_skew() {
    // GIVEN the allocation of a rounding that gave the left-over seat to top (2 / 4 / 1)
    String text = tampered("\"count\": 1", "\"count\": 2", 1);
    // WHEN read; THEN the allocation is named, not silently replaced
    YardstickJsonException e = rejected(text);
    assertThat(e.path()).isEqualTo("$.allocation[0].count");
    assertThat(e.problem()).endsWith("expected 1, got 2");
  }

  @Test
  void outputs_are_compared_by_value_but_strictly_by_type() {
    // GIVEN 4.9 written as 4.90 by another system; WHEN read; THEN accepted
    assertThat(json.read(tampered("\"exactShare\": 4.9,", "\"exactShare\": 4.90,", 1), CalibrationResult.class)
        .allocation().get(1).count()).isEqualTo(5);
    // GIVEN a rank as 1.0 or as a string, or a missing or unknown output; WHEN read; THEN refused at its path
    assertThat(rejected(tampered("\"rank\": 1,", "\"rank\": 1.0,", 1)))
        .hasMessage("$.entries[0].rank: expected a whole number, got a number (1.0)");
    assertThat(rejected(tampered("\"count\": 5", "\"count\": \"5\"", 1)))
        .hasMessage("$.allocation[1].count: expected a whole number, got a string (\"5\")");
    assertThat(rejected(tampered("\"actual\": 3\n", "\"actual\": null\n", 1)))
        .hasMessage("$.distributions.natural.groups[0].actual: must not be null");
    assertThat(rejected(tampered(",\n      \"remainder\": 0.4", "", 1)))
        .hasMessage("$.allocation[0]: missing required property 'remainder'");
    assertThat(rejected(tampered("\"floor\": 1,", "\"floor\": 1, \"ceiling\": 2,", 1)))
        .hasMessage("$.allocation[0].ceiling: unknown property 'ceiling'; known properties: group,"
            + " exactShare, floor, remainder, count");
    assertThat(rejected(tampered("\"rank\": 1,", "\"rank\": 1, \"team\": \"x\",", 1)))
        .hasMessage("$.entries[0].team: unknown property 'team'; known properties: position, rank,"
            + " candidate, naturalGrade, proposedGrade, finalGrade");
  }

  @Test
  void invalid_inputs_fail_at_their_path_with_the_review_modules_message() {
    // GIVEN an override that changes nothing (emp-2 to B after calibration made it B)
    assertThat(rejected(tampered("\"grade\": \"A\",\n      \"by\"", "\"grade\": \"B\",\n      \"by\"", 1)))
        .hasMessage("$.overrides[0]: invalid value: override of 'emp-2' to B changes nothing: it is"
            + " already the final grade");
    // an override to a grade the scale does not have
    assertThat(rejected(tampered("\"grade\": \"A\",\n      \"by\"", "\"grade\": \"X\",\n      \"by\"", 1)))
        .hasMessage("$.overrides[0].grade: grade 'X' is not on the scale [S, A, B, C, D]");
    // an override of nobody in the population
    assertThat(rejected(tampered("\"subjectId\": \"emp-2\",\n      \"grade\"", "\"subjectId\": \"emp-9\",\n      \"grade\"", 1)))
        .hasMessage("$.overrides[0]: invalid value: override of 'emp-9': the subject is not in the population");
    // a time that is not an instant
    assertThat(rejected(tampered("\"at\": \"2026-10-12T09:30:00Z\"", "\"at\": \"12/10/2026\"", 1)))
        .hasMessage("$.overrides[0].at: expected an instant such as \"2026-10-12T09:30:00Z\", got a"
            + " string (\"12/10/2026\")");
    // the same person twice (emp-2's candidate renamed emp-1)
    assertThat(rejected(tampered("\"subjectId\": \"emp-2\",\n        \"total\"", "\"subjectId\": \"emp-1\",\n        \"total\"", 1)))
        .hasMessage("$.entries[1].candidate.subjectId: subject 'emp-1' appears twice in the population");
    // a total beyond the scale's range [0, 200]
    assertThat(rejected(tampered("\"total\": 95,", "\"total\": 250,", 1)))
        .hasMessage("$.entries[0].candidate.total: invalid value: total 250 is outside the grade"
            + " scale's range [0, 200]");
    // a quota that leaves grade D out of every group
    assertThat(rejected(tampered("\"C\",\n          \"D\"", "\"C\"", 1)))
        .hasMessage("$.quota: invalid value: grade 'D' of the scale is in no quota group [top, middle, bottom]");
    // a quota bound by its Java name
    assertThat(rejected(tampered("\"bound\": \"exactly\"", "\"bound\": \"EXACTLY\"", 1)))
        .hasMessage("$.quota.groups[0].bound: unknown value 'EXACTLY'; expected one of: exactly, at-most, at-least");
  }
}

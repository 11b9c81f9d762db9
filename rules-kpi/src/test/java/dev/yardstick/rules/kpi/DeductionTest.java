package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.measurement;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import org.junit.jupiter.api.Test;

class DeductionTest {

  static final Indicator QUALITY =
      ScoringFixtures.indicator("service-quality", Direction.LOWER_IS_BETTER);
  /** Complaint −5 (at most −20), late reply −2, from 100 to a floor of 0. */
  static final ScoringRule<Deduction.Params> RULE =
      Kpi.deduction()
          .perIncident("complaint", 5)
          .capPerCategory("complaint", 20)
          .perIncident("late-reply", 2)
          .floor(0)
          .rule();

  static Measurement incidents() {
    return measurement(QUALITY, 0);
  }

  @Test
  void points_are_deducted_per_incident_with_a_cap_per_category() {
    // GIVEN 5 complaints and 3 late replies
    Measurement m = incidents().withPart("complaint", 5).withPart("late-reply", 3);
    // WHEN scored
    Score s = score(RULE, QUALITY, null, m);
    // THEN complaint 5 × 5 = 25, capped at 20; late reply 3 × 2 = 6; 100 − 26 = 74
    assertThat(s.value()).isEqualTo(74.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(s.explanation().text())
        .isEqualTo(
            "full marks 100; complaint 5 × 5 = 25, capped at 20; late-reply 3 × 2 = 6; deducted"
                + " 26: 74");
  }

  @Test
  void a_deduction_exactly_at_the_category_cap_is_not_reduced() {
    // GIVEN 4 complaints: 4 × 5 = 20, exactly the cap  WHEN / THEN 100 − 20 = 80
    Score s = score(RULE, QUALITY, null, incidents().withPart("complaint", 4));
    assertThat(s.value()).isEqualTo(80.0);
    assertThat(s.explanation().text())
        .isEqualTo("full marks 100; complaint 4 × 5 = 20; deducted 20: 80");
  }

  @Test
  void no_incident_scores_full_marks() {
    // GIVEN no parts and a value of 0, or counts of 0  WHEN / THEN 100
    Score none = score(RULE, QUALITY, null, incidents());
    assertThat(none.value()).isEqualTo(100.0);
    assertThat(none.explanation().text())
        .isEqualTo("full marks 100; no incidents; deducted 0: 100");
    assertThat(score(RULE, QUALITY, null, incidents().withPart("complaint", 0)).value())
        .isEqualTo(100.0);
  }

  @Test
  void the_total_is_floored() {
    // GIVEN no cap on late replies and 60 of them  WHEN scored
    Score s = score(RULE, QUALITY, null, incidents().withPart("late-reply", 60));
    // THEN 100 − 60 × 2 = -20, floored at 0
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(s.explanation().text()).endsWith("deducted 120: -20; floored at 0");
    // a floor of 60: 100 − 50 × 2 = 0 → 60
    ScoringRule<Deduction.Params> floor60 =
        Kpi.deduction().perIncident("late-reply", 2).floor(60).rule();
    assertThat(score(floor60, QUALITY, null, incidents().withPart("late-reply", 50)).value())
        .isEqualTo(60.0);
  }

  @Test
  void fractional_points_are_exact() {
    // GIVEN 0.5 points per reminder, full marks 10  WHEN 3 reminders  THEN 10 − 1.5 = 8.5
    ScoringRule<Deduction.Params> rule =
        Kpi.deduction().fullMarks(10).perIncident("reminder", 0.5).rule();
    assertThat(score(rule, QUALITY, null, incidents().withPart("reminder", 3)).value())
        .isEqualTo(8.5);
  }

  @Test
  void an_unknown_category_is_an_error_not_a_silent_drop() {
    assertThatThrownBy(() -> score(RULE, QUALITY, null, incidents().withPart("refund", 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'service-quality', field 'parts.refund': 1 is not a"
                + " category of this deduction rule; known: [complaint, late-reply]");
  }

  @Test
  void negative_and_fractional_counts_are_rejected_naming_the_category() {
    assertThatThrownBy(() -> score(RULE, QUALITY, null, incidents().withPart("complaint", -1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'service-quality', field 'parts.complaint': -1 is not a"
                + " count: it is negative");
    assertThatThrownBy(() -> score(RULE, QUALITY, null, incidents().withPart("complaint", 1.5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'service-quality', field 'parts.complaint': 1.5 is not a"
                + " count: it is fractional");
  }

  @Test
  void a_value_without_parts_is_rejected() {
    assertThatThrownBy(() -> score(RULE, QUALITY, null, measurement(QUALITY, 3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'service-quality', field 'value': 3 was given without"
                + " parts: deduction reads incident counts by category from the measurement's"
                + " parts, for example withPart(\"complaint\", 2)");
  }

  @Test
  void every_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.deduction().perIncident("complaint", 5).floor(120).rule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deduction parameter 'fullMarks' must be at least floor (120), got 100");
    assertThatThrownBy(() -> Kpi.deduction().rule())
        .hasMessage("deduction parameter 'categories' must name at least one category, got none");
    assertThatThrownBy(() -> Kpi.deduction().perIncident("complaint", -5).rule())
        .hasMessage(
            "deduction parameter 'categories.complaint.pointsPerIncident' must not be negative,"
                + " got -5");
    assertThatThrownBy(
            () ->
                Kpi.deduction()
                    .perIncident("complaint", 5)
                    .capPerCategory("complaint", -1)
                    .rule())
        .hasMessage(
            "deduction parameter 'categories.complaint.maxDeduction' must not be negative, got -1");
    assertThatThrownBy(() -> Kpi.deduction().perIncident("Complaint", 5).rule())
        .hasMessage(
            "deduction parameter 'categories' must be lower-case letters and digits, words joined"
                + " by '-' or '_', got 'Complaint'");
    assertThatThrownBy(() -> Kpi.deduction().fullMarks(Double.NaN).perIncident("a", 1).rule())
        .hasMessage("deduction parameter 'fullMarks' must be a finite number, got NaN");
    assertThatThrownBy(() -> Kpi.deduction().capPerCategory("complaint", 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "deduction category 'complaint' has no points yet: call perIncident(\"complaint\","
                + " points) before capPerCategory");
  }
}

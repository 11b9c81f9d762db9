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

class RatingsTest {

  static final Indicator TEAMWORK =
      ScoringFixtures.indicator("teamwork", Direction.HIGHER_IS_BETTER);
  static final Kpi.RatingsSpec SPEC =
      Kpi.ratings(1, 5).rater("self", 20).rater("manager", 60).rater("peer", 20);
  static final ScoringRule<Ratings.Params> RULE = SPEC.rule();

  static Measurement ratings() {
    return measurement(TEAMWORK, 0);
  }

  static Measurement all() {
    return ratings()
        .withPart("self", 5)
        .withPart("manager", 4)
        .withPart("peer.wang", 3)
        .withPart("peer.li", 4);
  }

  @Test
  void weighted_ratings_map_to_a_percentage_of_the_scale_maximum() {
    // GIVEN self 5, manager 4, two peers 3 and 4, weights 20 / 60 / 20
    // WHEN scored
    Score s = score(RULE, TEAMWORK, null, all());
    // THEN peer = (3 + 4) ÷ 2 = 3.5; (5 × 20 + 4 × 60 + 3.5 × 20) ÷ 100 = 4.1; 4.1 ÷ 5 × 100 = 82
    assertThat(s.value()).isEqualTo(82.0);
    assertThat(s.explanation().text())
        .isEqualTo(
            "self 5 × weight 20; manager 4 × weight 60; peer 3.5 (mean of 2) × weight 20;"
                + " weighted rating 4.1 on 1–5: 4.1 ÷ 5 × 100 = 82");
  }

  @Test
  void a_missing_rater_re_normalises_the_weights_over_those_present() {
    // GIVEN no peer rating
    Measurement m = ratings().withPart("self", 5).withPart("manager", 4);
    // WHEN scored
    Score s = score(RULE, TEAMWORK, null, m);
    // THEN (5 × 20 + 4 × 60) ÷ 80 = 340 ÷ 80 = 4.25; 4.25 ÷ 5 × 100 = 85
    assertThat(s.value()).isEqualTo(85.0);
    assertThat(s.explanation().text())
        .contains("no rating from peer: weights re-normalised over the raters present");
  }

  @Test
  void a_missing_rater_can_be_an_error() {
    ScoringRule<Ratings.Params> strict = SPEC.missingRater(Ratings.MissingRater.FAIL).rule();
    Measurement m = ratings().withPart("self", 5).withPart("manager", 4);
    assertThatThrownBy(() -> score(strict, TEAMWORK, null, m))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'teamwork', field 'parts.peer' is missing: every"
                + " rater must rate");
  }

  @Test
  void ratings_on_the_scale_ends_are_accepted_and_outside_rejected() {
    // GIVEN ratings of exactly 1 and 5
    // WHEN scored
    // THEN (1 × 20 + 5 × 60 + 5 × 20) ÷ 100 = 4.2; 4.2 ÷ 5 × 100 = 84
    Measurement ends = ratings().withPart("self", 1).withPart("manager", 5).withPart("peer", 5);
    assertThat(score(RULE, TEAMWORK, null, ends).value()).isEqualTo(84.0);
    // a 6 and a 0.5 are rejected
    assertThatThrownBy(() -> score(RULE, TEAMWORK, null, ratings().withPart("manager", 6)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'teamwork', field 'parts.manager': 6 is outside the rating"
                + " scale 1–5");
    assertThatThrownBy(() -> score(RULE, TEAMWORK, null, ratings().withPart("peer.li", 0.5)))
        .hasMessage(
            "subject 'emp-1', indicator 'teamwork', field 'parts.peer.li': 0.5 is outside the"
                + " rating scale 1–5");
  }

  @Test
  void an_unknown_rater_is_rejected() {
    assertThatThrownBy(() -> score(RULE, TEAMWORK, null, ratings().withPart("ceo", 4)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'teamwork', field 'parts.ceo': 4 is not from a rater of"
                + " this rule; known: [self, manager, peer]");
  }

  @Test
  void a_measurement_without_ratings_is_rejected() {
    assertThatThrownBy(() -> score(RULE, TEAMWORK, null, ratings()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'teamwork', field 'parts' has no rating: ratings"
                + " reads ratings by rater from the measurement's parts, for example"
                + " withPart(\"manager\", 4)");
  }

  @Test
  void the_mapping_can_start_the_scale_at_zero_or_keep_it() {
    // GIVEN the weighted rating 4.1 on 1–5
    // WHEN / THEN percent of range: (4.1 − 1) ÷ (5 − 1) × 100 = 77.5
    ScoringRule<Ratings.Params> range = SPEC.mapping(Ratings.Mapping.PERCENT_OF_RANGE).rule();
    assertThat(score(range, TEAMWORK, null, all()).value()).isEqualTo(77.5);
    // on the scale: 4.1
    ScoringRule<Ratings.Params> onScale = SPEC.mapping(Ratings.Mapping.ON_SCALE).rule();
    assertThat(score(onScale, TEAMWORK, null, all()).value()).isEqualTo(4.1);
  }

  @Test
  void every_parameter_is_validated_with_its_name_and_value() {
    assertThatThrownBy(() -> Kpi.ratings(5, 1).rater("self", 1).rule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings parameter 'scaleMax' must be greater than scaleMin (5), got 1");
    assertThatThrownBy(() -> Kpi.ratings(1, 5).rater("self", 0).rule())
        .hasMessage("ratings parameter 'raterWeights.self' must be greater than 0, got 0");
    assertThatThrownBy(() -> Kpi.ratings(1, 5).rule())
        .hasMessage("ratings parameter 'raterWeights' must name at least one rater, got none");
    assertThatThrownBy(() -> Kpi.ratings(1, 5).rater("peer.wang", 1).rule())
        .hasMessage(
            "ratings parameter 'raterWeights' must be lower-case letters and digits, words joined"
                + " by '-' or '_', got 'peer.wang'");
    assertThatThrownBy(() -> Kpi.ratings(-2, 2).rater("self", 1).rule())
        .hasMessage(
            "ratings parameter 'scaleMin' must not be negative with the PERCENT_OF_MAX mapping"
                + " (use PERCENT_OF_RANGE), got -2");
    assertThatThrownBy(() -> Kpi.ratings(Double.NaN, 5).rater("self", 1).rule())
        .hasMessage("ratings parameter 'scaleMin' must be a finite number, got NaN");
  }
}

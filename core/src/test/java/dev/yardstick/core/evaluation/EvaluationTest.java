package dev.yardstick.core.evaluation;

import static dev.yardstick.core.testing.Fixtures.CVR;
import static dev.yardstick.core.testing.Fixtures.GMV;
import static dev.yardstick.core.testing.Fixtures.LI;
import static dev.yardstick.core.testing.Fixtures.OKR;
import static dev.yardstick.core.testing.Fixtures.Q3;
import static dev.yardstick.core.testing.Fixtures.storeCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.testing.Fixtures;
import dev.yardstick.core.testing.LinearStrategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  static List<Measurement> measurements(double gmv, double cvr, double okr) {
    return List.of(
        Measurement.of("emp-1", "gmv", Q3, gmv),
        Measurement.of("emp-1", "cvr", Q3, cvr),
        Measurement.of("emp-1", "okr", Q3, okr));
  }

  @Test
  void the_total_is_the_section_weighted_mean_of_item_weighted_means() {
    // GIVEN KPI 70 (gmv 60, cvr 40), OKR 30, items scored as their actuals
    Scorecard card = storeCard().build();

    // WHEN gmv 90, cvr 110, okr 80
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(measurements(90, 110, 80));

    // THEN KPI = (60×90 + 40×110) / 100 = 98; total = 0.7×98 + 0.3×80 = 68.6 + 24 = 92.6
    assertThat(e.section("KPI").orElseThrow().rawSubtotal()).isCloseTo(98, within(1e-12));
    assertThat(e.section("KPI").orElseThrow().subtotal()).isEqualByComparingTo("98.00");
    assertThat(e.rawTotal()).isCloseTo(92.6, within(1e-12));
    assertThat(e.total().toPlainString()).isEqualTo("92.60");
    // AND each item's contribution is its share of the total: 0.42×90, 0.28×110, 0.3×80
    ItemResult gmv = e.item("gmv").orElseThrow();
    assertThat(gmv.effectiveWeight()).isCloseTo(0.42, within(1e-12));
    assertThat(gmv.contribution()).isCloseTo(37.8, within(1e-12));
    assertThat(e.item("cvr").orElseThrow().contribution()).isCloseTo(30.8, within(1e-12));
    assertThat(e.item("okr").orElseThrow().contribution()).isCloseTo(24, within(1e-12));
    assertThat(e.items()).extracting(ItemResult::contribution)
        .satisfies(c -> assertThat(c.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(92.6, within(1e-12)));
    assertThat(gmv.explanation().text()).isEqualTo("90 × 1 = 90");
    assertThat(gmv.strategyId()).isEqualTo("test-linear");
    assertThat(e.scorecardId()).isEqualTo("store");
    assertThat(e.scorecardVersion()).isEqualTo(1);
    assertThat(e.flags()).isEmpty();
  }

  @Test
  void four_items_of_25_percent_scoring_5_give_exactly_5() {
    var builder = Yardstick.scorecard("five-point").section("all", 100);
    for (String id : new String[] {"a", "b", "c", "d"}) {
      builder.item(Indicator.builder(id).build()).weight(25).scoredBy(LinearStrategy.identity());
    }
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(builder.build()).with(
        Measurement.of("emp-1", "a", Q3, 5), Measurement.of("emp-1", "b", Q3, 5),
        Measurement.of("emp-1", "c", Q3, 5), Measurement.of("emp-1", "d", Q3, 5));
    assertThat(e.rawTotal()).isEqualTo(5.0);
    assertThat(e.total().toPlainString()).isEqualTo("5.00");
  }

  @Test
  void three_thirds_scoring_5_never_show_more_than_5() {
    // 100/3 is not exact in binary; the rounded total must still read 5.00
    double third = 100.0 / 3;
    var builder = Yardstick.scorecard("thirds").section("all", 100);
    for (String id : new String[] {"a", "b", "c"}) {
      builder.item(Indicator.builder(id).build()).weight(third).scoredBy(LinearStrategy.identity());
    }
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(builder.build()).with(
        Measurement.of("emp-1", "a", Q3, 5), Measurement.of("emp-1", "b", Q3, 5),
        Measurement.of("emp-1", "c", Q3, 5));
    assertThat(e.total().toPlainString()).isEqualTo("5.00");
    assertThat(e.rawTotal()).isCloseTo(5, within(1e-12));
  }

  @Test
  void totals_round_half_up_by_default_and_as_configured_otherwise() {
    Indicator x = Indicator.builder("x").build();
    Scorecard halfUp = Yardstick.scorecard("r").section("s", 100).item(x).weight(100)
        .scoredBy(LinearStrategy.identity()).build();
    Scorecard halfEven = halfUp.toBuilder().rounding(2, RoundingMode.HALF_EVEN).build();
    List<Measurement> m = List.of(Measurement.of("emp-1", "x", Q3, 87.125));
    // 87.125 is exact in binary: half up gives 87.13, half even 87.12
    assertThat(Yardstick.evaluate(LI).in(Q3).against(halfUp).with(m).total().toPlainString()).isEqualTo("87.13");
    assertThat(Yardstick.evaluate(LI).in(Q3).against(halfEven).with(m).total().toPlainString()).isEqualTo("87.12");
    // 2.675 is 2.67499999… in binary, but the user meant 2.675: half up gives 2.68 as on paper
    assertThat(Yardstick.evaluate(LI).in(Q3).against(halfUp)
        .with(Measurement.of("emp-1", "x", Q3, 2.675)).total().toPlainString()).isEqualTo("2.68");
  }

  @Test
  void a_missing_measurement_fails_by_default_naming_subject_indicator_and_period() {
    Scorecard card = storeCard().build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(
            Measurement.of("emp-1", "gmv", Q3, 90), Measurement.of("emp-1", "okr", Q3, 80)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'cvr', field 'measurement' is missing for 2026-Q3"
            + " (scorecard 'store' requires every item)");
  }

  @Test
  void a_missing_measurement_scores_zero_under_the_score_zero_policy() {
    Scorecard card = storeCard().missingData(MissingDataPolicy.SCORE_ZERO).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(
        Measurement.of("emp-1", "gmv", Q3, 90), Measurement.of("emp-1", "okr", Q3, 80));
    // KPI = (60×90 + 40×0)/100 = 54; total = 0.7×54 + 0.3×80 = 37.8 + 24 = 61.8
    assertThat(e.total().toPlainString()).isEqualTo("61.80");
    ItemResult cvr = e.item("cvr").orElseThrow();
    assertThat(cvr.isMissing()).isTrue();
    assertThat(cvr.flags()).containsExactly(ItemFlag.MISSING_SCORED_ZERO);
    assertThat(cvr.effectiveWeight()).isCloseTo(0.28, within(1e-12));
    assertThat(e.flags()).containsExactly(EvaluationFlag.MISSING_DATA);
  }

  @Test
  void a_missing_measurement_is_left_out_and_the_section_renormalised_under_the_exclude_policy() {
    Scorecard card = storeCard().missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(
        Measurement.of("emp-1", "gmv", Q3, 90), Measurement.of("emp-1", "okr", Q3, 80));
    // KPI = 60×90/60 = 90; total = 0.7×90 + 0.3×80 = 63 + 24 = 87
    assertThat(e.total().toPlainString()).isEqualTo("87.00");
    assertThat(e.item("gmv").orElseThrow().effectiveWeight()).isCloseTo(0.7, within(1e-12));
    assertThat(e.item("cvr").orElseThrow().isExcluded()).isTrue();
    assertThat(e.item("cvr").orElseThrow().effectiveWeight()).isZero();
    assertThat(e.flags()).containsExactly(EvaluationFlag.MISSING_DATA, EvaluationFlag.RENORMALISED);
  }

  @Test
  void a_section_with_every_item_missing_is_left_out_among_the_sections() {
    Scorecard card = storeCard().missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(Measurement.of("emp-1", "okr", Q3, 80));
    // only OKR is left: its share becomes 30/30 = 1, total = 80
    assertThat(e.total().toPlainString()).isEqualTo("80.00");
    assertThat(e.section("KPI").orElseThrow().excluded()).isTrue();
    assertThat(e.section("OKR").orElseThrow().effectiveWeight()).isEqualTo(1.0);
  }

  @Test
  void nothing_to_evaluate_is_an_error_not_a_zero() {
    Scorecard card = storeCard().missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE).build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', field 'measurements': every item is missing: nothing to evaluate");
  }

  @Test
  void a_capped_item_is_flagged_and_explained() {
    Scorecard card = Yardstick.scorecard("store")
        .section("KPI", 100)
        .item(GMV).weight(60).scoredBy(LinearStrategy.identity())
        .item(CVR).weight(40).scoredBy(LinearStrategy.rule(1, 0, 100))
        .build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(
        Measurement.of("emp-1", "gmv", Q3, 90), Measurement.of("emp-1", "cvr", Q3, 110));
    // (60×90 + 40×100)/100 = 94
    assertThat(e.total().toPlainString()).isEqualTo("94.00");
    ItemResult cvr = e.item("cvr").orElseThrow();
    assertThat(cvr.isCapped()).isTrue();
    assertThat(cvr.actual()).isEqualByComparingTo("110");
    assertThat(cvr.explanation().text()).isEqualTo("110 × 1 = 110; capped at 100");
    assertThat(e.has(EvaluationFlag.CAPPED)).isTrue();
  }

  @Test
  void a_floored_item_is_flagged() {
    Scorecard card = Yardstick.scorecard("c").section("s", 100)
        .item(GMV).weight(100).scoredBy(LinearStrategy.rule(1, 0, 100)).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(Measurement.of("emp-1", "gmv", Q3, -5));
    assertThat(e.total().toPlainString()).isEqualTo("0.00");
    assertThat(e.item("gmv").orElseThrow().flags()).containsExactly(ItemFlag.FLOORED);
    assertThat(e.flags()).containsExactly(EvaluationFlag.FLOORED);
  }

  @Test
  void a_per_subject_target_replaces_the_default_and_is_flagged() {
    Scorecard card = Yardstick.scorecard("c").section("s", 100)
        .item(Fixtures.CAC).weight(100).target(Target.levels(80, 60, 50)).scoredBy(LinearStrategy.identity()).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card)
        .targets(Map.of("cac", Target.levels(70, 55, 45)))
        .with(Measurement.of("emp-1", "cac", Q3, 58));
    assertThat(e.item("cac").orElseThrow().target()).isEqualTo(Target.levels(70, 55, 45));
    assertThat(e.item("cac").orElseThrow().flags()).containsExactly(ItemFlag.TARGET_OVERRIDDEN);
  }

  @Test
  void a_per_subject_target_running_the_wrong_way_is_rejected_naming_the_subject() {
    Scorecard card = Yardstick.scorecard("c").section("s", 100)
        .item(Fixtures.CAC).weight(100).scoredBy(LinearStrategy.identity()).build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card)
            .targets(Map.of("cac", Target.levels(50, 60, 80)))
            .with(Measurement.of("emp-1", "cac", Q3, 58)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject 'emp-1', indicator 'cac', field 'target': 50 / 60 / 80")
        .hasMessageContaining("lower is better");
  }

  @Test
  void a_measurement_of_another_period_is_rejected() {
    Scorecard card = storeCard().build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(
            Measurement.of("emp-1", "gmv", Period.parse("2026-07"), 90)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'period': 2026-07 does not match the evaluation period 2026-Q3");
  }

  @Test
  void a_measurement_of_an_indicator_not_on_the_card_is_rejected() {
    Scorecard card = storeCard().build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(
            Measurement.of("emp-1", "csat", Q3, 0.9)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'csat', field 'indicatorId': csat is not on scorecard 'store' version 1");
  }

  @Test
  void a_second_measurement_for_the_same_item_is_rejected_with_both_values() {
    Scorecard card = storeCard().build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(
            Measurement.of("emp-1", "gmv", Q3, 90), Measurement.of("emp-1", "gmv", Q3, 91)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'measurement': 91 is a second measurement for 2026-Q3 (the first was 90)");
  }

  @Test
  void a_measurement_of_another_subject_is_rejected() {
    Scorecard card = storeCard().build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(
            Measurement.of("emp-2", "gmv", Q3, 90)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'subjectId': emp-2 belongs to another subject");
  }

  @Test
  void a_period_outside_the_scorecard_validity_is_rejected() {
    Scorecard card = storeCard().version(2).validFrom(Period.parse("2026-H1")).validUntil(Period.parse("2026-H1")).build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).with(measurements(1, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', field 'period': 2026-Q3 is outside the validity of scorecard 'store' version 2 (2026-H1 to 2026-H1)");
  }

  @Test
  void a_team_blend_mixes_the_individual_and_team_totals() {
    Scorecard card = storeCard().teamLink(TeamLink.blend(80, 20)).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).teamScore(70).with(measurements(90, 110, 80));
    // 0.8 × 92.6 + 0.2 × 70 = 74.08 + 14 = 88.08
    assertThat(e.total().toPlainString()).isEqualTo("88.08");
    assertThat(e.team()).isNotNull();
    assertThat(e.team().kind()).isEqualTo("blend");
    assertThat(e.team().individualTotal()).isCloseTo(92.6, within(1e-12));
    assertThat(e.has(EvaluationFlag.TEAM_LINKED)).isTrue();
  }

  @Test
  void a_team_coefficient_multiplies_the_individual_total_by_the_band_of_the_team_score() {
    Scorecard card = storeCard().teamLink(TeamLink.coefficient(List.of(
        new TeamLink.Band(0, 0.8), new TeamLink.Band(60, 1.0), new TeamLink.Band(90, 1.2)))).build();
    // team 95 is in the band from 90: 92.6 × 1.2 = 111.12
    assertThat(Yardstick.evaluate(LI).in(Q3).against(card).teamScore(95).with(measurements(90, 110, 80))
        .total().toPlainString()).isEqualTo("111.12");
    // team exactly 60 is in the band from 60 (lower bound inclusive): 92.6 × 1.0
    assertThat(Yardstick.evaluate(LI).in(Q3).against(card).teamScore(60).with(measurements(90, 110, 80))
        .total().toPlainString()).isEqualTo("92.60");
    // team 59.99 is in the band from 0: 92.6 × 0.8 = 74.08
    assertThat(Yardstick.evaluate(LI).in(Q3).against(card).teamScore(59.99).with(measurements(90, 110, 80))
        .total().toPlainString()).isEqualTo("74.08");
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(card).teamScore(-1).with(measurements(90, 110, 80)))
        .hasMessage("subject 'emp-1', field 'teamScore': -1 is below the lowest team coefficient band (0)");
  }

  @Test
  void a_team_linked_card_without_a_team_score_fails_and_an_unlinked_one_refuses_it() {
    Scorecard linked = storeCard().teamLink(TeamLink.blend(80, 20)).build();
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(linked).with(measurements(1, 1, 1)))
        .hasMessage("subject 'emp-1', field 'teamScore' is required: scorecard 'store' links the total to the team's result");
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in(Q3).against(storeCard().build()).teamScore(70).with(measurements(1, 1, 1)))
        .hasMessageContaining("field 'teamScore': 70 was given but scorecard 'store' does not link");
    assertThatThrownBy(() -> Yardstick.evaluate(LI).teamScore(Double.NaN))
        .hasMessage("subject 'emp-1', field 'teamScore': NaN is not a finite number");
  }

  @Test
  void an_evaluation_without_period_or_scorecard_is_a_state_error() {
    assertThatThrownBy(() -> Yardstick.evaluate(LI).against(storeCard().build()).with(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("evaluation of 'emp-1' has no period: call in(period) first");
    assertThatThrownBy(() -> Yardstick.evaluate(LI).in("2026-Q3").with(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("evaluation of 'emp-1' has no scorecard: call against(scorecard) first");
  }

  @Test
  void evaluation_is_deterministic_and_value_equal() {
    Scorecard card = storeCard().build();
    Evaluation a = Yardstick.evaluate(LI).in(Q3).against(card).with(measurements(90, 110, 80));
    Evaluation b = Yardstick.evaluate(LI).in(Q3).against(card).with(measurements(90, 110, 80));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void a_total_is_exposed_as_a_rounded_decimal_with_the_scorecard_scale() {
    Scorecard card = storeCard().rounding(1, RoundingMode.HALF_UP).build();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(card).with(measurements(90, 110, 80));
    assertThat(e.total()).isEqualTo(new BigDecimal("92.6"));
  }
}

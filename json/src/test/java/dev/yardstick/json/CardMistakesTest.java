package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.json.testing.LinearStrategy;
import dev.yardstick.json.testing.RatioStrategy;
import dev.yardstick.json.testing.StepStrategy;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in a scorecard document that the reader catches, each reported at its JSON path in
 * the words of a JSON author: targets that do not suit the strategy, weights that do not sum to
 * 100, misspelt parameter names.
 */
class CardMistakesTest {

  private final YardstickJson json =
      YardstickJson.builder()
          .strategies(StrategyRegistry.of(new LinearStrategy(), new StepStrategy(), new RatioStrategy()))
          .build();

  private static final String CARD = """
      {
        "format": "yardstick/1",
        "type": "scorecard",
        "id": "cs",
        "name": "CS",
        "version": 1,
        "validFrom": "2026",
        "sections": [
          {
            "name": "KPI",
            "weight": 70,
            "items": [
              {
                "indicator": {"id": "csat", "name": "CSAT", "unit": "score", "direction": "higher-is-better",
                              "tier": "core", "nature": "result", "aggregation": "mean"},
                "weight": 60,
                "rule": {"strategy": "test-ratio", "parameters": {"cap": 120}},
                "target": {"threshold": 4.5, "target": 4.5, "stretch": 4.5}
              },
              {
                "indicator": {"id": "fcr", "name": "FCR", "unit": "ratio", "direction": "higher-is-better",
                              "tier": "core", "nature": "result", "aggregation": "ratio-of-sums"},
                "weight": 40,
                "rule": {"strategy": "test-step",
                         "parameters": {"steps": [{"reach": 0.7, "score": 100}], "comparison": "at-least",
                                        "bonus": 0, "bonusFrom": "2026-01"}}
              }
            ]
          },
          {
            "name": "OKR",
            "weight": 30,
            "items": [
              {
                "indicator": {"id": "okr", "name": "OKR", "unit": "score", "direction": "higher-is-better",
                              "tier": "core", "nature": "result", "aggregation": "mean"},
                "weight": 100,
                "rule": {"strategy": "test-linear", "parameters": {"factor": 100, "floor": 0, "cap": 100}}
              }
            ]
          }
        ],
        "missingData": "fail",
        "rounding": {"scale": 2, "mode": "half-up"},
        "teamLink": {"kind": "none"}
      }
      """;

  private static String card(String from, String to) {
    assertThat(CARD).contains(from);
    return CARD.replace(from, to);
  }

  private YardstickJsonException rejected(String document) {
    return catchThrowableOfType(YardstickJsonException.class, () -> json.readScorecard(document));
  }

  @Test
  void the_unbroken_card_reads() {
    // GIVEN / WHEN / THEN
    assertThat(json.readScorecard(CARD).items()).extracting(Item::indicatorId).containsExactly("csat", "fcr", "okr");
  }

  @Test
  void an_item_without_the_target_its_strategy_needs_is_refused_at_the_item_naming_section_item_and_strategy() {
    // GIVEN the CSAT item, scored by actual ÷ target, without its target
    String document = card("{\"cap\": 120}},\n          \"target\": {\"threshold\": 4.5, \"target\": 4.5,"
        + " \"stretch\": 4.5}", "{\"cap\": 120}}");

    // WHEN read THEN refused where the target belongs, today it reads and fails per person later
    assertThat(rejected(document))
        .hasMessage("$.sections[0].items[0]: item 'csat' of section 'KPI' has no target, but strategy"
            + " 'test-ratio' scores against one: give the item a target");
  }

  @Test
  void a_target_the_strategy_ignores_is_refused_at_the_target_instead_of_silently_dropped() {
    // GIVEN the FCR item, scored by steps of the actual, with a target
    String document = card("\"bonusFrom\": \"2026-01\"}}",
        "\"bonusFrom\": \"2026-01\"}},\n\"target\": {\"threshold\": 0.8, \"target\": 0.8, \"stretch\": 0.8}");

    // WHEN read THEN refused at the target's path
    assertThat(rejected(document))
        .hasMessage("$.sections[0].items[1].target: item 'fcr' of section 'KPI' has target 0.8, but"
            + " strategy 'test-step' does not use targets: leave the target out");
  }

  @Test
  void weights_that_do_not_sum_to_100_name_the_json_property_that_scales_them_not_a_java_method() {
    // GIVEN item weights 60 + 30 = 90, then section weights 70 + 20 = 90
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 30")))
        .hasMessage("$.sections[0].items: item weights of section 'KPI' must sum to 100, got 90 (set"
            + " \"normaliseWeights\": true to scale them)");
    assertThat(rejected(card("\"weight\": 30", "\"weight\": 20")))
        .hasMessage("$.sections: section weights of scorecard 'cs' must sum to 100, got 90 (set"
            + " \"normaliseWeights\": true to scale them)");
    // THEN no message of a scorecard document names a Java method
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 30")).getMessage()).doesNotContain("()");
  }

  @Test
  void normalise_weights_scales_item_and_section_weights_to_100() {
    // GIVEN item weights 60 + 30 and section weights 70 + 20, with "normaliseWeights": true
    String document = card("\"weight\": 40", "\"weight\": 30")
        .replace("\"weight\": 30,\n      \"items\"", "\"weight\": 20,\n      \"items\"")
        .replace("\"validFrom\": \"2026\",", "\"validFrom\": \"2026\", \"normaliseWeights\": true,");

    // WHEN read
    Scorecard card = json.readScorecard(document);

    // THEN csat 60 ÷ 90 = 66.67%, fcr 30 ÷ 90 = 33.33%, KPI 70 ÷ 90 = 77.78%, OKR 20 ÷ 90 = 22.22%
    assertThat(card.items().get(0).weight()).isCloseTo(66.666_666_7, within(1e-6));
    assertThat(card.items().get(1).weight()).isCloseTo(33.333_333_3, within(1e-6));
    assertThat(card.sections().get(0).weight()).isCloseTo(77.777_777_8, within(1e-6));
    assertThat(card.sections().get(1).weight()).isCloseTo(22.222_222_2, within(1e-6));
    // AND the card is written with its scaled weights, so it reads back equal without the flag
    assertThat(json.readScorecard(json.write(card))).isEqualTo(card);
    assertThat(json.write(card)).doesNotContain("normaliseWeights");
  }

  @Test
  void normalise_weights_must_be_true_or_false() {
    assertThat(rejected(card("\"validFrom\": \"2026\",", "\"validFrom\": \"2026\", \"normaliseWeights\": 1,")))
        .hasMessage("$.normaliseWeights: expected true or false, got a number (1)");
  }

  @Test
  void a_misspelt_parameter_is_an_unknown_property_with_the_closest_known_name_not_a_missing_one() {
    // GIVEN "factr" for "factor" in the OKR item's parameters
    YardstickJsonException e = rejected(card("\"factor\": 100", "\"factr\": 100"));

    // WHEN read THEN the misspelt name is reported, with the name it is closest to
    assertThat(e).hasMessage("$.sections[1].items[0].rule.parameters.factr: unknown property 'factr'"
        + " in the parameters of strategy 'test-linear' (did you mean 'factor'?); known properties:"
        + " factor, floor, cap");
  }

  @Test
  void a_misspelt_parameter_inside_a_nested_record_is_reported_the_same_way() {
    // GIVEN "reech" for "reach" in a step
    assertThat(rejected(card("\"reach\": 0.7", "\"reech\": 0.7")))
        .hasMessage("$.sections[0].items[1].rule.parameters.steps[0].reech: unknown property 'reech'"
            + " in the parameters of strategy 'test-step' (did you mean 'reach'?); known properties:"
            + " reach, score");
  }

  @Test
  void a_misspelt_document_property_is_named_with_the_closest_known_one() {
    // GIVEN "wieght" for "weight"; WHEN read; THEN the suggestion comes before the known list
    assertThat(rejected(card("\"weight\": 60", "\"wieght\": 60")))
        .hasMessage("$.sections[0].items[0].wieght: unknown property 'wieght' (did you mean 'weight'?);"
            + " known properties: indicator, weight, rule, target");
  }

  @Test
  void a_target_read_from_json_is_checked_like_one_built_in_java() {
    // GIVEN the same mistake made in Java; THEN the same words, without the path
    var b = Scorecard.builder("cs").section("KPI", 100)
        .item(json.readScorecard(CARD).items().get(1).indicator()).weight(100).target(Target.of(0.8))
        .scoredBy(json.readScorecard(CARD).items().get(1).rule());
    assertThat(catchThrowableOfType(IllegalArgumentException.class, b::build))
        .hasMessage("item 'fcr' of section 'KPI' of scorecard 'cs' has target 0.8, but strategy"
            + " 'test-step' does not use targets: leave the target out");
  }
}

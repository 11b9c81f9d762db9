package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.json.testing.Fixtures;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a document is refused, with the path and the message. */
class RejectionTest {

  private final YardstickJson json = Fixtures.json();

  /** A small valid scorecard; each test breaks one thing in it. */
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
            "weight": 100,
            "items": [
              {
                "indicator": {"id": "csat", "name": "CSAT", "unit": "score", "direction": "higher-is-better",
                              "tier": "core", "nature": "result", "aggregation": "mean"},
                "weight": 60,
                "rule": {"strategy": "test-linear", "parameters": {"factor": 20, "floor": 0, "cap": 100}},
                "target": {"threshold": 4, "target": 4.5, "stretch": 5}
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
    return catchThrowableOfType(YardstickJsonException.class, () -> json.read(document, Scorecard.class));
  }

  @Test
  void the_unbroken_card_reads() {
    // GIVEN the card unbroken; WHEN read; THEN both items are there
    Scorecard card = json.readScorecard(CARD);
    assertThat(card.items()).hasSize(2);
  }

  @Test
  void a_value_of_the_wrong_type_names_its_path_what_was_expected_and_what_was_found() {
    // GIVEN the second item's weight written as a string
    // WHEN read
    YardstickJsonException e = rejected(card("\"weight\": 40", "\"weight\": \"40\""));
    // THEN
    assertThat(e.path()).isEqualTo("$.sections[0].items[1].weight");
    assertThat(e.problem()).isEqualTo("expected a number, got a string (\"40\")");
    assertThat(e).hasMessage("$.sections[0].items[1].weight: expected a number, got a string (\"40\")");
  }

  @Test
  void an_unknown_property_is_named_with_the_known_ones() {
    // GIVEN a misspelt item property, then an extra root property; WHEN read; THEN each is named with the known ones
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 40, \"wieght\": 40")))
        .hasMessage("$.sections[0].items[1].wieght: unknown property 'wieght' (did you mean 'weight'?); known properties:"
            + " indicator, weight, rule, target");
    assertThat(rejected(card("\"id\": \"cs\"", "\"id\": \"cs\", \"colour\": \"red\"")))
        .hasMessage("$.colour: unknown property 'colour'; known properties: format, type, id, name,"
            + " version, validFrom, validUntil, sections, missingData, rounding, teamLink, normaliseWeights");
  }

  @Test
  void a_missing_or_null_required_property_is_named() {
    // GIVEN a required property left out, then null; WHEN read; THEN the property and its object are named
    assertThat(rejected(card("\"weight\": 40,", "")))
        .hasMessage("$.sections[0].items[1]: missing required property 'weight'");
    assertThat(rejected(card("\"weight\": 40", "\"weight\": null")))
        .hasMessage("$.sections[0].items[1].weight: must not be null");
    assertThat(rejected(card("\"missingData\": \"fail\",", "")))
        .hasMessage("$: missing required property 'missingData'");
  }

  @Test
  void a_duplicate_key_is_refused_where_it_occurs() {
    // GIVEN the second item with two weights; WHEN read; THEN the duplicate is refused at its path
    YardstickJsonException e = rejected(card("\"weight\": 40", "\"weight\": 40, \"weight\": 41"));
    assertThat(e.path()).isEqualTo("$.sections[0].items[1].weight");
    // the second "weight" is on line 23 and starts in column 25; Jackson points past its name and colon
    assertThat(e.problem()).isEqualTo("duplicate key 'weight' (line 23, column 33)");
  }

  @Test
  void content_after_the_document_is_refused() {
    // GIVEN a second value after the card; WHEN read; THEN refused with its line
    assertThat(rejected(CARD + "{}"))
        .hasMessage("$: unexpected content after the end of the document (line 35, column 1)"); // CARD has 34 lines
    assertThat(rejected(CARD + " x").path()).isEqualTo("$");
  }

  @Test
  void an_unknown_strategy_id_names_the_id_the_known_ids_and_the_path() {
    // GIVEN a strategy id this reader does not know; WHEN read; THEN the id, the known ids and the path are named
    assertThat(rejected(card("\"test-step\"", "\"ratio-to-target\"")))
        .hasMessage("$.sections[0].items[1].rule.strategy: unknown strategy id 'ratio-to-target';"
            + " known ids: test-linear, test-step");
  }

  @Test
  void a_reader_without_strategies_says_how_to_register_them() {
    // GIVEN a reader with no strategy; WHEN it reads a card; THEN the message says how to register them
    YardstickJson bare = YardstickJson.builder().strategies(dev.yardstick.core.scoring.StrategyRegistry.of()).build();
    assertThatThrownBy(() -> bare.readScorecard(CARD))
        .hasMessage("$.sections[0].items[0].rule.strategy: unknown strategy id 'test-linear'; known ids:"
            + " none (register strategies with YardstickJson.builder().strategies(...))");
  }

  @Test
  void parameters_of_the_wrong_type_unknown_or_missing_fail_inside_the_parameters() {
    // GIVEN parameters broken in one place at a time; WHEN read; THEN each fails at its path inside the parameters
    assertThat(rejected(card("\"factor\": 20", "\"factor\": \"20\"")))
        .hasMessage("$.sections[0].items[0].rule.parameters.factor: expected a number, got a string"
            + " (\"20\") in the parameters of strategy 'test-linear'");
    assertThat(rejected(card("\"factor\": 20", "\"factor\": 20, \"slope\": 1")))
        .hasMessage("$.sections[0].items[0].rule.parameters.slope: unknown property 'slope' in the"
            + " parameters of strategy 'test-linear'; known properties: factor, floor, cap");
    assertThat(rejected(card("\"factor\": 20, ", "")))
        .hasMessage("$.sections[0].items[0].rule.parameters.factor: missing required property 'factor'"
            + " in the parameters of strategy 'test-linear'");
    assertThat(rejected(card("\"factor\": 20", "\"factor\": null")).path())
        .isEqualTo("$.sections[0].items[0].rule.parameters.factor");
    assertThat(rejected(card("\"reach\": 0.7", "\"reach\": true")))
        .hasMessage("$.sections[1 - 1].items[1].rule.parameters.steps[0].reach: expected a number, got a"
            .replace("[1 - 1]", "[0]") + " boolean (true) in the parameters of strategy 'test-step'");
  }

  @Test
  void enum_parameters_are_read_by_name_only() {
    // GIVEN an enum parameter as an index, then as its Java name; WHEN read; THEN both are refused
    assertThat(rejected(card("\"at-least\"", "0")).path())
        .isEqualTo("$.sections[0].items[1].rule.parameters.comparison");
    assertThat(rejected(card("\"at-least\"", "\"AT_LEAST\"")).path())
        .isEqualTo("$.sections[0].items[1].rule.parameters.comparison");
  }

  @Test
  void parameters_the_strategy_or_their_record_refuse_fail_with_the_reason() {
    // GIVEN parameters that bind but are invalid; WHEN read; THEN the strategy's or the record's reason is kept
    // the strategy's validate(): cap below floor
    assertThat(rejected(card("\"cap\": 100", "\"cap\": -1")))
        .hasMessage("$.sections[0].items[0].rule.parameters: invalid value: test-linear cap -1.0 is"
            + " below floor 0.0");
    // the record's compact constructor: no steps
    assertThat(rejected(card("[{\"reach\": 0.7, \"score\": 100}]", "[]")))
        .hasMessage("$.sections[0].items[1].rule.parameters: invalid parameters of strategy 'test-step':"
            + " test-step steps must not be empty");
    // a period parameter that does not parse
    assertThat(rejected(card("\"2026-01\"", "\"2026-13\"")).path())
        .isEqualTo("$.sections[0].items[1].rule.parameters.bonusFrom");
  }

  @Test
  void validation_errors_of_the_core_model_keep_its_message_and_gain_the_path() {
    // GIVEN values the core refuses; WHEN read; THEN the core's message with the path of the offending object
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 30")))
        .hasMessage("$.sections[0].items: item weights of section 'KPI' must sum to 100, got 90"
            + " (set \"normaliseWeights\": true to scale them)");
    assertThat(rejected(card("\"weight\": 100", "\"weight\": 90")))
        .hasMessage("$.sections: section weights of scorecard 'cs' must sum to 100, got 90 (set"
            + " \"normaliseWeights\": true to scale them)");
    assertThat(rejected(card("\"threshold\": 4, \"target\": 4.5, \"stretch\": 5",
        "\"threshold\": 5, \"target\": 4.5, \"stretch\": 4")))
        .hasMessage("$.sections[0].items[0].target: invalid value: target of 'csat' (higher is better)"
            + " must have threshold ≤ target ≤ stretch, got 5 / 4.5 / 4");
    assertThat(rejected(card("\"weight\": 40", "\"weight\": -40")))
        .hasMessage("$.sections[0].items[1].weight: the weight of item 'fcr' must be greater than 0, got -40");
    assertThat(rejected(card("\"validFrom\": \"2026\"", "\"validFrom\": \"2026-13\"")))
        .hasMessage("$.validFrom: invalid value: period '2026-13' is out of range: 12 per year, year from 1");
    assertThat(rejected(card("\"id\": \"cs\"", "\"id\": \"c s\"")).path()).isEqualTo("$.id");
    assertThat(rejected(card("\"mode\": \"half-up\"", "\"mode\": \"unnecessary\"")))
        .hasMessage("$.rounding: invalid value: rounding mode must round, got UNNECESSARY");
  }

  @Test
  void an_unknown_enum_value_lists_the_allowed_ones() {
    // GIVEN a unit that does not exist; WHEN read; THEN the allowed units are listed
    assertThat(rejected(card("\"unit\": \"score\"", "\"unit\": \"percentage\"")))
        .hasMessage("$.sections[0].items[0].indicator.unit: unknown value 'percentage'; expected one of:"
            + " currency, ratio, percent, count, seconds, minutes, hours, days, score, number");
  }

  @Test
  void numbers_must_fit_what_they_stand_for() {
    // GIVEN numbers that do not fit an int or a double, or cannot be expanded; WHEN read; THEN refused
    assertThat(rejected(card("\"version\": 1", "\"version\": 1.5")))
        .hasMessage("$.version: expected a whole number, got a number (1.5)");
    assertThat(rejected(card("\"version\": 1", "\"version\": 3000000000")))
        .hasMessage("$.version: the number 3000000000 is out of range for an integer");
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 1e400")).problem())
        .startsWith("the number ").endsWith(" is out of range for a double");
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 1e999999999")))
        .hasMessage("$.sections[0].items[1].weight: the number 1e999999999 is out of range: its exponent"
            + " exceeds 1000");
    // an exponent beyond an int (found by fuzzing): Jackson's own NumberFormatException is mapped
    assertThat(rejected(card("\"weight\": 40", "\"weight\": 999999999999000000000e9900000000000000")))
        .hasMessageStartingWith("$.sections[0].items[1].weight: the number 999999999999000000000e99")
        .hasMessageEndingWith(" is out of range: its exponent exceeds 1000");
  }

  @Test
  void the_format_marker_must_be_present_and_known() {
    // GIVEN another format, none, and a number; WHEN read; THEN each is refused at $.format or $
    assertThat(rejected(card("\"yardstick/1\"", "\"yardstick/2\"")))
        .hasMessage("$.format: unsupported format 'yardstick/2'; this version reads \"yardstick/1\"");
    assertThat(rejected(card("\"format\": \"yardstick/1\",", "")))
        .hasMessage("$: missing required property 'format': a Yardstick document starts with"
            + " \"format\": \"yardstick/1\"");
    assertThat(rejected(card("\"yardstick/1\"", "1")))
        .hasMessage("$.format: unsupported format a number (1); this version reads \"yardstick/1\"");
  }

  @Test
  void the_type_must_be_known_and_the_one_asked_for() {
    // GIVEN a misspelt type, none, and a scorecard read as an evaluation; WHEN read; THEN each is refused
    assertThat(rejected(card("\"type\": \"scorecard\"", "\"type\": \"scorcard\"")))
        .hasMessage("$.type: unknown document type 'scorcard'; known types: functional-module, role,"
            + " indicator, period, target, measurement, measurements, subject, scorecard, evaluation,"
            + " outcome, batch-result, warning, warnings, aggregate, aggregation-result, annual-review,"
            + " detection, ab-result, grade, grade-scale, calibration, interview-sheet, pay-proposal,"
            + " promotion-decision, training-plan, placement, what-if-result");
    assertThat(rejected(card("\"type\": \"scorecard\",", "")).problem())
        .startsWith("missing required property 'type'; known types: functional-module, role,");
    assertThatThrownBy(() -> json.readEvaluation(CARD))
        .isInstanceOf(YardstickJsonException.class)
        .hasMessage("$.type: expected a document of type 'evaluation', got 'scorecard'");
  }

  @Test
  void a_document_that_is_not_an_object_empty_or_malformed_is_refused() {
    // GIVEN input that is no Yardstick object; WHEN read; THEN refused, with line and column for malformed JSON
    assertThat(rejected("[]")).hasMessage("$: expected a Yardstick document, a JSON object starting with"
        + " \"format\": \"yardstick/1\", got an array");
    assertThat(rejected("  ")).hasMessage("$: the document is empty: expected a JSON object");
    YardstickJsonException malformed = rejected("{\"format\": \"yardstick/1\",}");
    assertThat(malformed.path()).isEqualTo("$");
    assertThat(malformed.problem()).startsWith("malformed JSON (line 1, column 26): "); // the '}' after the comma
    assertThat(malformed.problem()).doesNotContain("Source");
    YardstickJsonException quote = rejected("{\"format\": 'yardstick/1'}");
    assertThat(quote.path()).isEqualTo("$");
    assertThat(quote.problem()).startsWith("malformed JSON (line 1, column 12)"); // the single quote
    // NaN is not JSON: it takes columns 49 to 51 and Jackson points just past it; its hint to
    // enable a Jackson feature is no advice for a Yardstick user and is left out
    assertThat(rejected("{\"format\": \"yardstick/1\", \"type\": \"role\", \"id\": NaN}").problem())
        .isEqualTo("malformed JSON (line 1, column 52): Non-standard token 'NaN'");
  }

  @Test
  void a_measurement_the_core_refuses_fails_with_the_subject_indicator_and_field() {
    // GIVEN a ratio with a zero denominator; WHEN read; THEN the core's message names subject, indicator and field
    String doc = "{\"format\": \"yardstick/1\", \"type\": \"measurement\", \"subjectId\": \"emp-17\","
        + " \"indicatorId\": \"cvr\", \"period\": \"2026-Q3\", \"value\": 0, \"numerator\": 5, \"denominator\": 0}";
    assertThatThrownBy(() -> json.read(doc, Measurement.class))
        .hasMessage("$: invalid value: subject 'emp-17', indicator 'cvr', field 'denominator': 0 cannot be"
            + " zero: the ratio is undefined")
        .hasCauseInstanceOf(dev.yardstick.core.domain.InvalidInputException.class);
  }

  @Test
  void team_links_and_outcomes_accept_only_their_logical_kinds() {
    // GIVEN unknown kinds, a property of another kind and an invalid blend; WHEN read; THEN refused
    assertThat(rejected(card("{\"kind\": \"none\"}", "{\"kind\": \"bonus\"}")))
        .hasMessage("$.teamLink.kind: unknown team link kind 'bonus'; expected one of: none, blend, coefficient");
    assertThat(rejected(card("{\"kind\": \"none\"}", "{\"kind\": \"none\", \"teamWeight\": 20}")))
        .hasMessage("$.teamLink.teamWeight: unknown property 'teamWeight'; known properties: kind");
    assertThat(rejected(card("{\"kind\": \"none\"}", "{\"kind\": \"blend\", \"individualWeight\": 80, \"teamWeight\": 30}")))
        .hasMessage("$.teamLink: invalid value: team blend weights must sum to 100, got 80 + 30");
    String outcome = "{\"format\": \"yardstick/1\", \"type\": \"outcome\", \"kind\": \"skipped\"}";
    assertThatThrownBy(() -> json.read(outcome, Object.class))
        .hasMessage("$.kind: unknown outcome kind 'skipped'; expected one of: evaluated, failed");
  }

  @Test
  void an_explanation_whose_placeholders_and_arguments_differ_is_refused() {
    // GIVEN an evaluation whose first template lost a placeholder; WHEN read; THEN refused at its explanation
    String evaluation = json.write(dev.yardstick.core.Yardstick.evaluate(Fixtures.LI).in(Fixtures.Q3)
        .against(Fixtures.card()).teamScore(90).with(Fixtures.measurements()));
    String broken = evaluation.replaceFirst("\"template\": \"\\{\\} × \\{\\} = \\{\\}\"", "\"template\": \"{} × {}\"");
    assertThat(broken).isNotEqualTo(evaluation);
    assertThatThrownBy(() -> json.readEvaluation(broken))
        .hasMessage("$.sections[0].items[0].explanation: invalid value: explanation template '{} × {}' has"
            + " 2 placeholders but 3 arguments");
  }

  @Test
  void limits_on_nesting_strings_and_document_size_are_enforced_by_the_library_s_own_factory() {
    // GIVEN tight limits on one instance
    YardstickJson tight = YardstickJson.builder().strategies(Fixtures.strategies())
        .maxNestingDepth(5).maxStringLength(64).maxDocumentLength(400).build();
    String deep = "{\"format\": \"yardstick/1\", \"type\": \"role\", \"x\": [[[[[[1]]]]]]}";
    String longName = "{\"format\": \"yardstick/1\", \"type\": \"subject\", \"id\": \"a\", \"kind\": \"team\", \"name\": \""
        + "n".repeat(65) + "\"}";
    String big = "{\"format\": \"yardstick/1\", \"type\": \"role\", \"responsibilities\": [\"r\""
        + ", \"r\"".repeat(100) + "]}";
    // WHEN read, THEN each fails with its limit, before the content is looked at
    YardstickJsonException depth = catchThrowableOfType(YardstickJsonException.class, () -> tight.read(deep, Role.class));
    assertThat(depth.path()).isEqualTo("$.x[0][0][0][0]");
    assertThat(depth.problem()).startsWith("the document exceeds a limit: ").contains("nesting depth", "5");
    YardstickJsonException string = catchThrowableOfType(YardstickJsonException.class, () -> tight.read(longName, Object.class));
    assertThat(string.path()).isEqualTo("$.name");
    assertThat(string.problem()).startsWith("the document exceeds a limit: ").contains("String value length", "64");
    assertThatThrownBy(() -> tight.read(big, Object.class))
        .hasMessage("$: the document exceeds a limit: " + big.length() + " characters, more than the maximum 400");
    YardstickJsonException streamed = catchThrowableOfType(YardstickJsonException.class,
        () -> tight.read(new StringReader(big), Object.class));
    assertThat(streamed.problem()).startsWith("the document exceeds a limit: ").contains("Document length", "400");
    // AND the defaults of Jackson itself are untouched
    assertThat(tools.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth()).isGreaterThan(5);
    assertThat(tools.jackson.core.StreamReadConstraints.defaults().getMaxStringLength()).isGreaterThan(64);
  }

  @Test
  void types_that_are_not_documents_are_refused_on_both_sides() {
    // GIVEN Java types that are no document; WHEN read or written; THEN refused naming them
    assertThatThrownBy(() -> json.read(CARD, String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read a java.lang.String: not a Yardstick document type; known types:"
            + " functional-module, role,");
    assertThatThrownBy(() -> json.write(new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot write a java.lang.StringBuilder: not a Yardstick document type");
    assertThatThrownBy(() -> json.write(List.of("emp-17")))
        .hasMessageStartingWith("cannot write a java.util.ImmutableCollections$List12: not a Yardstick document type");
  }

  @Test
  void the_public_exception_keeps_the_stack_trace_of_where_the_engine_found_the_problem() {
    // GIVEN a document whose format is wrong, found deep in the engine
    String doc = "{\"format\": \"yardstick/2\", \"type\": \"role\"}";
    // WHEN read through the facade
    YardstickJsonException e = catchThrowableOfType(YardstickJsonException.class, () -> json.read(doc, Object.class));
    // THEN it is the public exception, with the engine's frame on top and the caller below it
    assertThat(e.getClass()).isEqualTo(YardstickJsonException.class);
    assertThat(e.path()).isEqualTo("$.format");
    assertThat(e.getStackTrace()[0].getClassName()).startsWith("dev.yardstick.json.internal.");
    assertThat(e.getStackTrace()).anyMatch(f -> f.getClassName().equals(RejectionTest.class.getName()));
  }
}

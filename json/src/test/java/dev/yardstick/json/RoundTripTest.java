package dev.yardstick.json;

import static dev.yardstick.json.testing.Fixtures.CAC;
import static dev.yardstick.json.testing.Fixtures.CVR;
import static dev.yardstick.json.testing.Fixtures.GMV;
import static dev.yardstick.json.testing.Fixtures.LI;
import static dev.yardstick.json.testing.Fixtures.MANAGER;
import static dev.yardstick.json.testing.Fixtures.Q3;
import static dev.yardstick.json.testing.Fixtures.STORE_OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.SectionResult;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.LinearStrategy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every document type: write, read back, equal. */
class RoundTripTest {

  private final YardstickJson json = Fixtures.json();
  private final YardstickJson compact = YardstickJson.builder().strategies(Fixtures.strategies()).pretty(false).build();

  private <T> T roundTrip(T value, Class<T> type) {
    T pretty = json.read(json.write(value), type);
    T oneLine = compact.read(compact.write(value), type);
    assertThat(oneLine).isEqualTo(pretty);
    return pretty;
  }

  @Test
  void a_functional_module_with_translations_round_trips() {
    // GIVEN a module with a Chinese name
    // WHEN written and read
    FunctionalModule back = roundTrip(STORE_OPS, FunctionalModule.class);
    // THEN it is equal, translations included
    assertThat(back).isEqualTo(STORE_OPS);
    assertThat(back.translations()).containsExactly(Map.entry("zh", "店鋪運營"));
  }

  @Test
  void a_role_round_trips_with_its_module_level_and_responsibilities_in_order() {
    // GIVEN the manager role; WHEN written and read; THEN equal, responsibilities in order
    Role back = roundTrip(MANAGER, Role.class);
    assertThat(back).isEqualTo(MANAGER);
    assertThat(back.responsibilities()).containsExactly(
        "Annual sales target and quarterly plan", "Big promotions (618, Double 11)");
  }

  @Test
  void indicators_round_trip_with_every_enum_and_their_definition() {
    // GIVEN indicators covering every direction, tier, nature and several units; WHEN written and read; THEN equal
    for (Indicator indicator : List.of(GMV, CVR, CAC, Fixtures.OKR)) {
      assertThat(roundTrip(indicator, Indicator.class)).isEqualTo(indicator);
    }
  }

  @Test
  void an_indicator_without_translations_or_definition_reads_with_empty_defaults() {
    // GIVEN a hand-written indicator that leaves the optional properties out
    String text = "{\"format\": \"yardstick/1\", \"type\": \"indicator\", \"id\": \"fcr\", \"name\": \"FCR\","
        + " \"unit\": \"ratio\", \"direction\": \"higher-is-better\", \"tier\": \"core\","
        + " \"nature\": \"result\", \"aggregation\": \"ratio-of-sums\"}";
    // WHEN read
    Indicator fcr = json.read(text, Indicator.class);
    // THEN translations are empty and the definition is ""
    assertThat(fcr.translations()).isEmpty();
    assertThat(fcr.definition()).isEmpty();
  }

  @Test
  void every_kind_of_period_round_trips_as_its_canonical_string() {
    // GIVEN periods of every type and the extreme years; WHEN written and read; THEN the canonical string and equal
    for (String text : List.of("2026-07", "2026-Q3", "2026-H2", "2026", "0001-01", "9999-Q4")) {
      Period period = Period.parse(text);
      String written = json.write(period);
      assertThat(written).contains("\"period\": \"" + text + "\"");
      assertThat(json.read(written, Period.class)).isEqualTo(period);
    }
  }

  @Test
  void targets_round_trip_ascending_descending_single_zero_and_negative() {
    // GIVEN targets of every shape; WHEN written and read; THEN equal
    for (Target target : List.of(
        Target.levels(800_000, 1_000_000, 1_200_000),
        Target.levels(80, 60, 50),
        Target.of(0.035),
        Target.of(0),
        Target.levels(-10, -5, 0),
        Target.levels(0.1 + 0.2, 0.5, 0.7))) {
      assertThat(roundTrip(target, Target.class)).isEqualTo(target);
    }
  }

  @Test
  void measurements_round_trip_plain_ratio_with_parts_negative_and_large() {
    // GIVEN measurements of every shape; WHEN written and read one by one and as a list; THEN equal
    List<Measurement> all = List.of(
        Measurement.of("emp-17", "store-gmv", Q3, new BigDecimal("1250000.00")),
        Measurement.ratio("emp-17", "conversion-rate", Q3, 3_150, 90_000),
        Measurement.of("emp-17", "complaints", Q3, 3).withPart("logistics", 2).withPart("quality", 1),
        Measurement.of("emp-17", "margin", Q3, new BigDecimal("-0.125")),
        Measurement.of("emp-17", "gmv-cents", Q3, new BigDecimal("123456789012345678901234567890.123456789")));
    for (Measurement m : all) {
      assertThat(roundTrip(m, Measurement.class)).isEqualTo(m);
    }
    // AND as one "measurements" document, in order
    assertThat(json.readMeasurements(json.writeMeasurements(all))).isEqualTo(all);
    assertThat(json.readMeasurements(json.writeMeasurements(List.of()))).isEmpty();
  }

  @Test
  void subjects_round_trip_employee_team_and_team_with_parent() {
    // GIVEN an employee, a team and a team with a parent; WHEN written and read; THEN equal
    for (Subject s : List.of(LI, Subject.team("team-tmall", "Tmall store"),
        new Subject("team-tmall", "Tmall store", Subject.Kind.TEAM, null, "dept-ecom"))) {
      assertThat(roundTrip(s, Subject.class)).isEqualTo(s);
    }
  }

  @Test
  void a_scorecard_round_trips_with_rules_targets_validity_rounding_and_team_blend() {
    // GIVEN the fixture card; WHEN written and read; THEN equal, rules included
    Scorecard card = Fixtures.card();
    Scorecard back = roundTrip(card, Scorecard.class);
    assertThat(back).isEqualTo(card);
    assertThat(back.item("okr").orElseThrow().rule()).isEqualTo(card.item("okr").orElseThrow().rule());
  }

  @Test
  void a_scorecard_with_defaults_and_a_team_coefficient_round_trips() {
    // GIVEN one section, no targets on one item, the default rounding and validity, a coefficient table
    Scorecard card = Yardstick.scorecard("cs")
        .section("all", 100)
        .item(CVR).weight(100.0 / 3).scoredBy(LinearStrategy.rule(1, 0, 100))
        .item(GMV).weight(200.0 / 3).target(Target.of(5)).scoredBy(LinearStrategy.rule(1, 0, 100))
        .teamLink(TeamLink.coefficient(List.of(new TeamLink.Band(0, 0.8), new TeamLink.Band(60, 1), new TeamLink.Band(90, 1.2))))
        .build();
    // WHEN written and read
    Scorecard back = roundTrip(card, Scorecard.class);
    // THEN equal: the thirds come back as the same doubles, so the weights still sum to 100
    assertThat(back).isEqualTo(card);
    assertThat(back.validUntil()).isEmpty();
    assertThat(back.teamLink()).isEqualTo(card.teamLink());
  }

  @Test
  void an_evaluation_round_trips_with_sections_items_explanations_team_and_flags() {
    // GIVEN an evaluation linked to the team; WHEN written and read; THEN equal, explanations included
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(Fixtures.card()).teamScore(91.5)
        .with(Fixtures.measurements());
    Evaluation back = roundTrip(e, Evaluation.class);
    assertThat(back).isEqualTo(e);
    assertThat(back.item("store-gmv").orElseThrow().explanation().text()).isEqualTo("1150000 × 0.0001 = 115");
    assertThat(back.flags()).containsExactly(EvaluationFlag.TEAM_LINKED);
  }

  @Test
  void an_evaluation_with_missing_data_excluded_and_renormalised_round_trips() {
    // GIVEN the CAC measurement is missing under EXCLUDE_AND_RENORMALISE
    List<Measurement> some = Fixtures.measurements().stream().filter(m -> !m.indicatorId().equals("cac")).toList();
    Evaluation e = Yardstick.evaluate(LI).in(Q3).against(Fixtures.card()).teamScore(80).with(some);
    // WHEN written and read
    Evaluation back = roundTrip(e, Evaluation.class);
    // THEN equal, with the missing item's null actual and its flags
    assertThat(back).isEqualTo(e);
    ItemResult cac = back.item("cac").orElseThrow();
    assertThat(cac.actual()).isNull();
    assertThat(cac.flags()).containsExactly(ItemFlag.MISSING_EXCLUDED);
    assertThat(back.flags()).contains(EvaluationFlag.MISSING_DATA, EvaluationFlag.RENORMALISED);
  }

  @Test
  void explanations_with_negative_zero_and_binary_fraction_arguments_round_trip() {
    // GIVEN an item result whose explanation carries doubles a careless writer would change
    Explanation odd = Explanation.of("{} / {}", -0.0, 0.1 + 0.2);
    ItemResult item = new ItemResult("x", null, null, 100, 0, 0, new BigDecimal("0.00"), -0.0,
        "test-linear", odd, Set.of(ItemFlag.MISSING_EXCLUDED));
    SectionResult section = new SectionResult("all", 100, 1, 0, new BigDecimal("0.00"), true, List.of(item));
    Evaluation e = new Evaluation(LI, Q3, "c", 1, List.of(section), null, 0, new BigDecimal("0.00"),
        Set.of(EvaluationFlag.MISSING_DATA));
    // WHEN written
    String text = json.write(e);
    // THEN negative zero is -0.0, 0.1 + 0.2 keeps all its digits, and everything reads back equal
    assertThat(text).contains("-0.0,", "0.30000000000000004");
    assertThat(json.read(text, Evaluation.class)).isEqualTo(e);
    assertThat(text).contains("\"text\": \"0 / 0.30000000000000004\"");
    // AND a NaN argument in a document is refused, since an explanation never shows one
    String nan = text.replace("0.30000000000000004\n", "\"NaN\"\n");
    assertThat(catchThrowableOfType(YardstickJsonException.class, () -> json.read(nan, Evaluation.class)).path())
        .isEqualTo("$.sections[0].items[0].explanation");
  }

  @Test
  void outcomes_and_a_batch_result_round_trip_in_order() {
    // GIVEN a batch of two employees, one without measurements
    Subject wang = Subject.employee("emp-18", "Wang Fang", "store-ops-manager", "team-tmall");
    BatchResult batch = Yardstick.evaluateAll(List.of(LI, wang)).in(Q3).against(Fixtures.card())
        .teamScores(Map.of("team-tmall", 91.5)).with(Fixtures.measurements());
    // WHEN written and read
    BatchResult back = roundTrip(batch, BatchResult.class);
    // THEN equal, the evaluated one first, the failed one with its reason
    assertThat(back).isEqualTo(batch);
    assertThat(back.outcomes().get(0)).isInstanceOf(Outcome.Evaluated.class);
    assertThat(back.failures()).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo(wang));
    for (Outcome outcome : batch.outcomes()) {
      assertThat(roundTrip(outcome, Outcome.class)).isEqualTo(outcome);
    }
  }

  @Test
  void any_document_reads_as_object_by_its_type() {
    // GIVEN documents of two types; WHEN read as Object; THEN each comes back as its own type
    assertThat(json.read(json.write(MANAGER), Object.class)).isEqualTo(MANAGER);
    assertThat(json.read(json.write(Fixtures.card()), Object.class)).isEqualTo(Fixtures.card());
  }

  @Test
  void writers_streams_and_strings_carry_the_same_document_and_are_left_open() {
    // GIVEN a scorecard
    Scorecard card = Fixtures.card();
    String text = json.write(card);
    // WHEN written to a Writer and to an OutputStream
    StringWriter writer = new StringWriter();
    json.writeTo(card, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.writeTo(card, bytes);
    // THEN the same text (UTF-8 for the stream), readable back from a Reader and an InputStream
    assertThat(writer.toString()).isEqualTo(text);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(json.read(new StringReader(text), Scorecard.class)).isEqualTo(card);
    assertThat(json.read(new ByteArrayInputStream(bytes.toByteArray()), Scorecard.class)).isEqualTo(card);
    writer.write("still open");
    assertThat(writer.toString()).endsWith("}\nstill open");
  }

  @Test
  void missing_data_policies_and_rounding_modes_round_trip() {
    // GIVEN the card under every policy and two rounding modes; WHEN written and read; THEN equal
    for (MissingDataPolicy policy : MissingDataPolicy.values()) {
      for (java.math.RoundingMode mode : List.of(java.math.RoundingMode.HALF_UP, java.math.RoundingMode.DOWN)) {
        Scorecard card = Fixtures.card().toBuilder().missingData(policy).rounding(0, mode).build();
        assertThat(roundTrip(card, Scorecard.class)).isEqualTo(card);
      }
    }
  }
}

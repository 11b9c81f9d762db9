package dev.yardstick.core;

import static dev.yardstick.core.testing.Fixtures.GMV;
import static dev.yardstick.core.testing.Fixtures.LI;
import static dev.yardstick.core.testing.Fixtures.Q3;
import static dev.yardstick.core.testing.Fixtures.storeCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Nature;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.evaluation.BatchRequest;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.core.testing.LinearStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The small contracts of the core's values and registries: equality, lookups, copies, chained
 * builders and the text they print.
 */
class ValueContractsTest {

  /** A second strategy for registries: always 42. */
  static final class Constant implements ScoringStrategy<String> {
    @Override
    public String id() {
      return "test-constant";
    }

    @Override
    public Class<String> parametersType() {
      return String.class;
    }

    @Override
    public Score score(String p, ScoringInput in) {
      return Score.of(42, Explanation.of("constant {}", 42));
    }
  }

  /** A strategy that forgot its id. */
  static final class Nameless implements ScoringStrategy<String> {
    @Override
    @SuppressWarnings("NullAway") // deliberately broken, to test the registry's message
    public String id() {
      return null;
    }

    @Override
    public Class<String> parametersType() {
      return String.class;
    }

    @Override
    public Score score(String p, ScoringInput in) {
      return Score.of(0, Explanation.of("none"));
    }
  }

  // ---------------------------------------------------------------- strategy registry

  @Test
  void a_registry_lists_finds_and_extends_its_strategies_sorted_by_id() {
    // GIVEN a registry of the linear test strategy
    LinearStrategy linear = new LinearStrategy();
    StrategyRegistry registry = StrategyRegistry.of(linear);

    // WHEN another strategy is added
    StrategyRegistry more = registry.with(new Constant());

    // THEN the original is unchanged and the copy lists both, sorted by id
    assertThat(registry.ids()).containsExactly("test-linear");
    assertThat(registry.strategies()).containsExactly(linear);
    assertThat(registry.asMap()).containsOnlyKeys("test-linear");
    assertThat(registry.find("test-linear")).containsSame(linear);
    assertThat(registry.find("test-constant")).isEmpty();
    assertThat(registry).hasToString("StrategyRegistry[test-linear]");
    assertThat(more.ids()).containsExactly("test-constant", "test-linear");
    assertThat(more.require("test-constant")).isInstanceOf(Constant.class);
  }

  @Test
  void a_strategy_without_an_id_is_rejected_naming_its_class() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> StrategyRegistry.of(new Nameless()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(Nameless.class.getName())
        .hasMessageEndingWith(" id");
  }

  @Test
  void the_entry_point_finds_no_strategy_where_none_is_registered_and_a_description_defaults_to_the_id() {
    // GIVEN core alone, which ships no strategy
    // WHEN / THEN
    assertThat(Yardstick.strategies().ids()).isEmpty();
    assertThat(new Constant().description()).isEqualTo("test-constant");
  }

  // ---------------------------------------------------------------- scoring rules and explanations

  @Test
  void rules_of_one_strategy_and_equal_parameters_are_equal_and_print_id_and_parameters() {
    // GIVEN two rules built alike, one of them from untyped parameters, and one that differs
    ScoringRule<LinearStrategy.Params> a = LinearStrategy.rule(2, 0, 100);
    ScoringRule<LinearStrategy.Params> b =
        ScoringRule.ofUnchecked(new LinearStrategy(), new LinearStrategy.Params(2, 0, 100));
    ScoringRule<LinearStrategy.Params> c = LinearStrategy.rule(3, 0, 100);

    // WHEN / THEN equal with equal hashes; the other differs
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(c).isNotEqualTo(a);
    // a factor of 2 and of 3 give different parameter hashes, hence different rule hashes
    assertThat(c.hashCode()).isNotEqualTo(a.hashCode());
    assertThat(a).hasToString("test-linearParams[factor=2.0, floor=0.0, cap=100.0]");
  }

  @Test
  void explanations_are_equal_by_template_and_arguments() {
    // GIVEN
    Explanation e = Explanation.of("{} of target {}", 950, 1000);

    // WHEN / THEN
    assertThat(Explanation.of("{} of target {}", 950, 1000)).isEqualTo(e).hasSameHashCodeAs(e);
    assertThat(Explanation.of("{} of target {}", 950, 1001)).isNotEqualTo(e);
    assertThat(Explanation.of("{} of goal {}", 950, 1000)).isNotEqualTo(e);
    assertThat(Explanation.of("{} of target {}", 950, 1001).hashCode()).isNotEqualTo(e.hashCode());
    assertThat(e).isNotEqualTo("950 of target 1000");
    assertThat(e.arguments()).containsExactly(950, 1000);
  }

  @Test
  void the_arguments_of_an_explanation_are_a_copy() {
    // GIVEN
    Explanation e = Explanation.of("{} × {}", 3, 4);

    // WHEN the returned array is changed
    e.arguments()[0] = 99;

    // THEN the explanation is not
    assertThat(e.text()).isEqualTo("3 × 4");
  }

  @Test
  void an_explanation_counts_every_placeholder_of_its_template() {
    // GIVEN a template of three placeholders
    String template = "a {} b {} c {}";

    // WHEN / THEN three arguments fit, two do not
    assertThat(Explanation.of(template, 1, 2, 3).text()).isEqualTo("a 1 b 2 c 3");
    assertThatThrownBy(() -> Explanation.of(template, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "explanation template 'a {} b {} c {}' has 3 placeholders but 2 arguments");
    assertThatThrownBy(() -> Explanation.of("{}{}", 1))
        .hasMessageContaining("has 2 placeholders but 1 arguments");
  }

  @Test
  void a_chained_explanation_joins_the_texts_with_a_semicolon() {
    // GIVEN
    Explanation e = Explanation.of("actual {} is {}% of target {}", 1150000, 115, 1000000);

    // WHEN
    Explanation capped = e.then("capped at {}", 110);

    // THEN
    assertThat(capped.text()).isEqualTo("actual 1150000 is 115% of target 1000000; capped at 110");
    assertThat(capped.arguments()).containsExactly(1150000, 115, 1000000, 110);
    assertThat(capped.then("floored at {}", 0).text())
        .isEqualTo("actual 1150000 is 115% of target 1000000; capped at 110; floored at 0");
  }

  @Test
  void a_scoring_input_gives_its_target_or_names_the_missing_one() {
    // GIVEN inputs with and without a target
    Measurement m = Measurement.of("emp-1", "gmv", Q3, 5);
    ScoringInput with = new ScoringInput(LI, Q3, GMV, Target.of(10), m);
    ScoringInput without = new ScoringInput(LI, Q3, GMV, null, m);

    // WHEN / THEN
    assertThat(with.requireTarget()).isEqualTo(Target.of(10));
    assertThatThrownBy(without::requireTarget)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("target");
              assertThat(e.value()).isEqualTo("none");
            })
        .hasMessageContaining("subject 'emp-1', indicator 'gmv'");
  }

  // ---------------------------------------------------------------- indicators, items, scorecards

  @Test
  void every_setter_of_the_indicator_builder_chains() {
    // GIVEN / WHEN
    Indicator i =
        Indicator.builder("complaint-rate")
            .tier(Tier.AUXILIARY)
            .nature(Nature.PROCESS)
            .definition("complaints ÷ orders")
            .direction(Direction.LOWER_IS_BETTER)
            .build();

    // THEN
    assertThat(i.tier()).isEqualTo(Tier.AUXILIARY);
    assertThat(i.nature()).isEqualTo(Nature.PROCESS);
    assertThat(i.definition()).isEqualTo("complaints ÷ orders");
    assertThat(i.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void an_item_prints_its_indicator_weight_rule_and_target() {
    // GIVEN an item with a target and one without
    Item with = new Item(GMV, 60, LinearStrategy.rule(1, 0, 100), Target.of(100));
    Item without = new Item(GMV, 40, LinearStrategy.rule(1, 0, 100), null);

    // WHEN / THEN
    assertThat(with)
        .hasToString("gmv 60% test-linearParams[factor=1.0, floor=0.0, cap=100.0] target 100");
    assertThat(without).hasToString("gmv 40% test-linearParams[factor=1.0, floor=0.0, cap=100.0]");
  }

  @Test
  void scorecards_built_alike_are_equal_and_differ_by_version() {
    // GIVEN two cards built alike and a second version
    Scorecard a = storeCard().build();
    Scorecard b = storeCard().build();
    Scorecard v2 = storeCard().version(2).build();

    // WHEN / THEN
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a).isEqualTo(a).isNotEqualTo(v2).isNotEqualTo("store");
    // version 1 and 2 hash differently here (Objects.hash over the parts)
    assertThat(v2.hashCode()).isNotEqualTo(a.hashCode());
    assertThat(a).hasToString("Scorecard[store v1, 2 sections, 3 items]");
  }

  @Test
  void a_scorecard_finds_the_item_of_an_indicator() {
    // GIVEN KPI 70 (gmv 60, cvr 40) and OKR 30 (okr 100)
    Scorecard card = storeCard().build();

    // WHEN / THEN
    assertThat(card.item("cvr")).map(Item::weight).contains(40.0);
    assertThat(card.item("aov")).isEmpty();
    assertThat(card.indexOf("okr")).isEqualTo(2);
    assertThat(card.sectionIndexOf(2)).isEqualTo(1);
  }

  @Test
  void a_version_of_1_is_accepted_and_0_is_not() {
    // GIVEN / WHEN / THEN
    assertThat(storeCard().version(1).build().version()).isEqualTo(1);
    assertThatThrownBy(() -> storeCard().version(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecard 'store' version must be 1 or more, got 0");
  }

  // ---------------------------------------------------------------- periods

  @Test
  void the_next_and_previous_periods_cross_the_year() {
    // GIVEN / WHEN / THEN
    assertThat(Period.parse("2026-12").next()).isEqualTo(Period.parse("2027-01"));
    assertThat(Period.parse("2026-Q4").next()).isEqualTo(Period.parse("2027-Q1"));
    assertThat(Period.parse("2026-05").next()).isEqualTo(Period.parse("2026-06"));
    assertThat(Period.parse("2026-Q1").previous()).isEqualTo(Period.parse("2025-Q4"));
    assertThat(Period.parse("2026-H2").previous()).isEqualTo(Period.parse("2026-H1"));
    assertThat(Period.parse("2026").previous()).isEqualTo(Period.parse("2025"));
  }

  // ---------------------------------------------------------------- results and batches

  @Test
  void a_floored_item_says_so_and_an_unbounded_one_does_not() {
    // GIVEN gmv floored at 50 (actual 10 × 1 = 10 < 50), cvr and okr as measured
    Scorecard card =
        Yardstick.scorecard("floors")
            .section("all", 100)
            .item(GMV).weight(50).scoredBy(LinearStrategy.rule(1, 50, 200))
            .item(Indicator.builder("cvr").build()).weight(50).scoredBy(LinearStrategy.identity())
            .build();

    // WHEN
    Evaluation e =
        Yardstick.evaluate(LI)
            .in(Q3)
            .against(card)
            .with(Measurement.of("emp-1", "gmv", Q3, 10), Measurement.of("emp-1", "cvr", Q3, 70));

    // THEN gmv scores 50, floored; cvr 70, not; total (50 + 70) ÷ 2 = 60
    assertThat(e.item("gmv").orElseThrow().isFloored()).isTrue();
    assertThat(e.item("gmv").orElseThrow().isCapped()).isFalse();
    assertThat(e.item("cvr").orElseThrow().isFloored()).isFalse();
    assertThat(e.total()).isEqualByComparingTo("60");
  }

  @Test
  void a_batch_outcome_says_whether_its_subject_was_evaluated() {
    // GIVEN two subjects; the second has no measurement of gmv
    Subject wang = Subject.employee("emp-2", "Wang Fang", "store-ops-manager", "team-a");
    Scorecard card =
        Yardstick.scorecard("gmv-only")
            .section("all", 100)
            .item(GMV).weight(100).scoredBy(LinearStrategy.identity())
            .build();

    // WHEN the period is given as text
    BatchResult batch =
        Yardstick.evaluateAll(List.of(LI, wang))
            .in("2026-Q3")
            .against(card)
            .with(List.of(Measurement.of("emp-1", "gmv", Q3, 80)));

    // THEN the first is evaluated, the second failed
    assertThat(batch.outcomes()).extracting(Outcome::isEvaluated).containsExactly(true, false);
    assertThat(batch.period()).isEqualTo(Q3);
  }

  @Test
  void a_batch_takes_1_to_256_threads() {
    // GIVEN
    BatchRequest request = Yardstick.evaluateAll(List.of(LI));

    // WHEN / THEN both ends are accepted, one past them is not
    assertThat(request.parallelism(1)).isSameAs(request);
    assertThat(request.parallelism(256)).isSameAs(request);
    assertThatThrownBy(() -> request.parallelism(257))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be 1 to 256, got 257");
    assertThatThrownBy(() -> request.parallelism(0))
        .hasMessage("parallelism must be 1 to 256, got 0");
  }

  @Test
  void a_batch_rejects_a_team_score_that_is_not_a_finite_number() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(
            () ->
                Yardstick.evaluateAll(List.of(LI))
                    .teamScores(Map.of("team-a", Double.POSITIVE_INFINITY)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("teamScore");
              assertThat(e.value()).isEqualTo("Infinity");
            });
  }
}

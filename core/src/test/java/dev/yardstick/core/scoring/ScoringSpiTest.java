package dev.yardstick.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.testing.LinearStrategy;
import org.junit.jupiter.api.Test;

class ScoringSpiTest {

  /** A second strategy class that claims the same id. */
  static final class Impostor implements ScoringStrategy<LinearStrategy.Params> {
    @Override public String id() { return "test-linear"; }
    @Override public Class<LinearStrategy.Params> parametersType() { return LinearStrategy.Params.class; }
    @Override public Score score(LinearStrategy.Params p, ScoringInput in) { return Score.of(0, Explanation.of("0")); }
  }

  static final class BadId extends LinearStrategyWrapper {
    @Override public String id() { return "Bad Id"; }
  }

  static class LinearStrategyWrapper implements ScoringStrategy<LinearStrategy.Params> {
    @Override public String id() { return "wrapper"; }
    @Override public Class<LinearStrategy.Params> parametersType() { return LinearStrategy.Params.class; }
    @Override public Score score(LinearStrategy.Params p, ScoringInput in) { return Score.of(1, Explanation.of("1")); }
  }

  @Test
  void explanations_format_numbers_exactly_and_lazily() {
    Explanation e = Explanation.of("actual {} is {}% of target {}", 1150000, 115, 1e6);
    assertThat(e.text()).isEqualTo("actual 1150000 is 115% of target 1000000");
    assertThat(Explanation.of("{} {} {}", 0.1 + 0.2, -0.0, 1e-7).text()).isEqualTo("0.30000000000000004 0 0.0000001");
    assertThat(e.then("capped at {}", 110).text()).isEqualTo("actual 1150000 is 115% of target 1000000; capped at 110");
    assertThat(e).isEqualTo(Explanation.of("actual {} is {}% of target {}", 1150000, 115, 1e6));
    assertThat(e.toString()).isEqualTo(e.text());
  }

  @Test
  void an_explanation_with_mismatched_placeholders_is_rejected() {
    assertThatThrownBy(() -> Explanation.of("{} and {}", 1))
        .hasMessage("explanation template '{} and {}' has 2 placeholders but 1 arguments");
  }

  @Test
  void an_explanation_never_holds_nan_or_infinity() {
    assertThatThrownBy(() -> Explanation.of("{} of {}", 1, Double.NaN))
        .hasMessage("explanation '{} of {}': argument 2 is NaN, not a finite number");
    assertThatThrownBy(() -> Explanation.of("x").then("{}", Double.NEGATIVE_INFINITY))
        .hasMessage("explanation '{}': argument 1 is -Infinity, not a finite number");
  }

  @Test
  void a_score_must_be_finite_and_bounded_scores_say_which_bound() {
    assertThatThrownBy(() -> Score.of(Double.NaN, Explanation.of("x")))
        .isInstanceOf(IllegalStateException.class).hasMessage("a score must be a finite number, got NaN (x)");
    assertThat(Score.bounded(130, 0, 120, Explanation.of("x")).bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(Score.bounded(130, 0, 120, Explanation.of("x")).value()).isEqualTo(120);
    assertThat(Score.bounded(-1, 0, 120, Explanation.of("x")).bound()).isEqualTo(Score.Bound.FLOORED);
    assertThat(Score.bounded(120, 0, 120, Explanation.of("x")).bound()).isEqualTo(Score.Bound.NONE);
    assertThat(Score.bounded(0, 0, 120, Explanation.of("x")).bound()).isEqualTo(Score.Bound.NONE);
  }

  @Test
  void a_rule_validates_its_parameters_with_the_strategy() {
    assertThatThrownBy(() -> LinearStrategy.rule(1, 10, 5)).hasMessage("cap 5.0 is below floor 10.0");
    assertThatThrownBy(() -> ScoringRule.ofUnchecked(new LinearStrategy(), "not params"))
        .hasMessage("strategy 'test-linear' takes parameters of type dev.yardstick.core.testing.LinearStrategy$Params, got java.lang.String");
  }

  @Test
  void rules_of_two_instances_of_one_strategy_are_equal() {
    assertThat(LinearStrategy.rule(1, 0, 100)).isEqualTo(LinearStrategy.rule(1, 0, 100))
        .hasSameHashCodeAs(LinearStrategy.rule(1, 0, 100));
    assertThat(LinearStrategy.rule(1, 0, 100)).isNotEqualTo(LinearStrategy.rule(2, 0, 100));
  }

  @Test
  void a_registry_finds_strategies_by_id_and_names_known_ids_for_an_unknown_one() {
    StrategyRegistry registry = StrategyRegistry.of(new LinearStrategy(), new LinearStrategyWrapper());
    assertThat(registry.ids()).containsExactly("test-linear", "wrapper");
    assertThat(registry.require("wrapper")).isInstanceOf(LinearStrategyWrapper.class);
    assertThat(registry.find("nope")).isEmpty();
    assertThatThrownBy(() -> registry.require("nope"))
        .hasMessage("unknown strategy id 'nope'; known ids: [test-linear, wrapper]");
  }

  @Test
  void two_strategy_classes_with_the_same_id_are_rejected_naming_both() {
    assertThatThrownBy(() -> StrategyRegistry.of(new LinearStrategy()).with(new Impostor()))
        .hasMessage("duplicate strategy id 'test-linear': dev.yardstick.core.testing.LinearStrategy and "
            + "dev.yardstick.core.scoring.ScoringSpiTest$Impostor");
    // the same class twice (found on two paths) is not a conflict
    assertThat(StrategyRegistry.of(new LinearStrategy(), new LinearStrategy()).ids()).containsExactly("test-linear");
  }

  @Test
  void a_malformed_strategy_id_is_rejected() {
    assertThatThrownBy(() -> StrategyRegistry.of(new BadId()))
        .hasMessageStartingWith("strategy id 'Bad Id' of dev.yardstick.core.scoring.ScoringSpiTest$BadId must be");
  }

  @Test
  void discovery_from_core_alone_finds_no_strategy_and_does_not_fail() {
    // core ships no strategy; the rules modules test that discovery finds theirs
    assertThat(StrategyRegistry.discover().ids()).doesNotContain("test-linear");
  }
}

package dev.yardstick.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.StrategyRegistry;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

  @Test
  void the_service_loader_finds_all_seven_kpi_strategies() {
    // GIVEN this module on the path  WHEN strategies are discovered
    StrategyRegistry registry = StrategyRegistry.discover();
    // THEN all seven ids are there, each with its class
    assertThat(registry.ids())
        .contains(
            "threshold-target-stretch",
            "ratio-to-target",
            "closer-to-target",
            "banded",
            "milestone",
            "deduction",
            "ratings");
    assertThat(registry.require("ratio-to-target")).isInstanceOf(RatioToTarget.class);
    assertThat(registry.require("deduction")).isInstanceOf(Deduction.class);
  }

  @Test
  void a_discovered_strategy_makes_rules_equal_to_the_factories() {
    // GIVEN the discovered ratio-to-target strategy
    RatioToTarget discovered =
        (RatioToTarget) StrategyRegistry.discover().require("ratio-to-target");
    // WHEN a rule is made from it
    ScoringRule<RatioToTarget.Params> rule =
        ScoringRule.of(discovered, new RatioToTarget.Params(0, 120));
    // THEN it equals the factory's rule
    assertThat(rule).isEqualTo(Kpi.ratioToTarget(0, 120));
  }
}

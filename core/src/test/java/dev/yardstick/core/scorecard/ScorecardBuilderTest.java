package dev.yardstick.core.scorecard;

import static dev.yardstick.core.testing.Fixtures.CAC;
import static dev.yardstick.core.testing.Fixtures.CVR;
import static dev.yardstick.core.testing.Fixtures.GMV;
import static dev.yardstick.core.testing.Fixtures.storeCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.core.testing.LinearStrategy;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardBuilderTest {

  @Test
  void a_built_scorecard_keeps_sections_items_and_policies_in_order() {
    Scorecard card = storeCard().name("Store operations manager").version(3)
        .validFrom(Period.parse("2026-H2")).missingData(MissingDataPolicy.SCORE_ZERO)
        .rounding(1, RoundingMode.HALF_EVEN).build();
    assertThat(card.id()).isEqualTo("store");
    assertThat(card.name()).isEqualTo("Store operations manager");
    assertThat(card.version()).isEqualTo(3);
    assertThat(card.sections()).extracting(Section::name).containsExactly("KPI", "OKR");
    assertThat(card.items()).extracting(Item::indicatorId).containsExactly("gmv", "cvr", "okr");
    assertThat(card.indexOf("okr")).isEqualTo(2);
    assertThat(card.indexOf("nope")).isEqualTo(-1);
    assertThat(card.sectionIndexOf(2)).isEqualTo(1);
    assertThat(card.missingData()).isEqualTo(MissingDataPolicy.SCORE_ZERO);
    assertThat(card.rounding()).isEqualTo(new Rounding(1, RoundingMode.HALF_EVEN));
    assertThat(card.isValidFor(Period.parse("2026-Q4"))).isTrue();
    assertThat(card.isValidFor(Period.parse("2026-Q2"))).isFalse();
    assertThat(card.isValidFor(Period.parse("2026"))).isFalse();
    assertThat(card.validUntil()).isEmpty();
  }

  @Test
  void defaults_are_fail_on_missing_data_two_decimals_half_up_no_team_link_version_1() {
    Scorecard card = storeCard().build();
    assertThat(card.missingData()).isEqualTo(MissingDataPolicy.FAIL);
    assertThat(card.rounding()).isEqualTo(Rounding.DEFAULT);
    assertThat(card.teamLink()).isEqualTo(TeamLink.none());
    assertThat(card.version()).isEqualTo(1);
    assertThat(card.name()).isEqualTo("store");
  }

  @Test
  void a_copy_through_to_builder_is_equal_to_the_original() {
    Scorecard card = storeCard().teamLink(TeamLink.blend(90, 10)).build();
    assertThat(card.toBuilder().build()).isEqualTo(card).hasSameHashCodeAs(card);
    assertThat(card.toBuilder().version(2).build()).isNotEqualTo(card);
  }

  @Test
  void item_weights_that_do_not_sum_to_100_are_rejected_with_the_sum() {
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(60).scoredBy(LinearStrategy.identity())
            .item(CVR).weight(30).scoredBy(LinearStrategy.identity()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item weights of section 'KPI' must sum to 100, got 90 (call normaliseWeights() to scale them)");
  }

  @Test
  void section_weights_that_do_not_sum_to_100_are_rejected_with_the_sum() {
    assertThatThrownBy(() -> Yardstick.scorecard("c")
            .section("KPI", 70).item(GMV).weight(100).scoredBy(LinearStrategy.identity())
            .section("OKR", 20).item(CVR).weight(100).scoredBy(LinearStrategy.identity()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section weights of scorecard 'c' must sum to 100, got 90 (call normaliseWeights() to scale them)");
  }

  @Test
  void weights_that_miss_100_by_less_than_1e_9_are_accepted() {
    Scorecard card = Yardstick.scorecard("c").section("s", 100)
        .item(GMV).weight(50 + 4e-10).scoredBy(LinearStrategy.identity())
        .item(CVR).weight(50).scoredBy(LinearStrategy.identity()).build();
    assertThat(card.items()).hasSize(2);
  }

  @Test
  void normalising_scales_item_and_section_weights_to_100() {
    Scorecard card = Yardstick.scorecard("c").normaliseWeights()
        .section("KPI", 7).item(GMV).weight(3).scoredBy(LinearStrategy.identity())
        .item(CVR).weight(1).scoredBy(LinearStrategy.identity())
        .section("OKR", 3).item(CAC).weight(2).scoredBy(LinearStrategy.identity()).build();
    // 3:1 → 75/25; 7:3 → 70/30; 2 → 100
    assertThat(card.items()).extracting(Item::weight).containsExactly(75.0, 25.0, 100.0);
    assertThat(card.sections()).extracting(Section::weight)
        .satisfies(w -> {
          assertThat(w.get(0)).isCloseTo(70, within(1e-12));
          assertThat(w.get(1)).isCloseTo(30, within(1e-12));
        });
  }

  @Test
  void non_positive_or_non_finite_weights_are_rejected_at_once_naming_the_item() {
    var b = Yardstick.scorecard("c").section("KPI", 100).item(GMV);
    assertThatThrownBy(() -> b.weight(0)).hasMessage("weight of item 'gmv' must be greater than 0, got 0.0");
    assertThatThrownBy(() -> b.weight(-5)).hasMessage("weight of item 'gmv' must be greater than 0, got -5.0");
    assertThatThrownBy(() -> b.weight(Double.NaN)).hasMessage("weight of item 'gmv' must be a finite number, got NaN");
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("KPI", Double.POSITIVE_INFINITY))
        .hasMessage("weight of section 'KPI' must be a finite number, got Infinity");
  }

  @Test
  void the_same_indicator_twice_is_rejected_within_and_across_sections() {
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(50).scoredBy(LinearStrategy.identity())
            .item(GMV).weight(50).scoredBy(LinearStrategy.identity()).build())
        .hasMessage("section 'KPI' has indicator 'gmv' twice");
    assertThatThrownBy(() -> Yardstick.scorecard("c")
            .section("A", 50).item(GMV).weight(100).scoredBy(LinearStrategy.identity())
            .section("B", 50).item(GMV).weight(100).scoredBy(LinearStrategy.identity()).build())
        .hasMessage("scorecard 'c' has indicator 'gmv' twice");
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("A", 50).section("A", 50))
        .hasMessage("scorecard 'c' has section 'A' twice");
  }

  @Test
  void an_item_without_rule_or_weight_or_section_is_a_state_error_naming_the_item() {
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("KPI", 100).item(GMV).weight(100).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item 'gmv' of scorecard 'c' has no scoring rule: call scoredBy(rule)");
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("KPI", 100).item(GMV).scoredBy(LinearStrategy.identity()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item 'gmv' of scorecard 'c' has no weight: call weight(percent)");
    assertThatThrownBy(() -> Yardstick.scorecard("c").item(GMV))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item 'gmv' comes before any section: call section(name, weight) first");
    assertThatThrownBy(() -> Yardstick.scorecard("c").section("KPI", 100).weight(10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("weight(...) needs an item: call item(indicator) first");
    assertThatThrownBy(() -> Yardstick.scorecard("c").build())
        .hasMessage("scorecard 'c' has no sections");
  }

  @Test
  void a_target_must_run_the_way_the_indicator_improves() {
    var b = Yardstick.scorecard("c").section("KPI", 100).item(CAC);
    assertThatThrownBy(() -> b.target(Target.levels(50, 60, 80)))
        .hasMessage("target of 'cac' (lower is better) must have threshold ≥ target ≥ stretch, got 50 / 60 / 80");
    var g = Yardstick.scorecard("c").section("KPI", 100).item(GMV);
    assertThatThrownBy(() -> g.target(Target.levels(80, 60, 50)))
        .hasMessage("target of 'gmv' (higher is better) must have threshold ≤ target ≤ stretch, got 80 / 60 / 50");
  }

  /** A test strategy whose parameter is the target use it declares; it scores 100. */
  static final class Declared implements ScoringStrategy<TargetUse> {
    @Override
    public String id() {
      return "test-declared";
    }

    @Override
    public Class<TargetUse> parametersType() {
      return TargetUse.class;
    }

    @Override
    public TargetUse targetUse(TargetUse use) {
      return use;
    }

    @Override
    public Score score(TargetUse use, ScoringInput in) {
      return Score.of(100, Explanation.of("fixed"));
    }
  }

  private static ScoringRule<TargetUse> declaring(TargetUse use) {
    return ScoringRule.of(new Declared(), use);
  }

  @Test
  void an_own_target_for_a_strategy_that_ignores_targets_is_rejected_for_that_subject() {
    // GIVEN a card whose item's strategy ignores targets
    var card = Yardstick.scorecard("c").section("KPI", 100)
        .item(CVR).weight(100).scoredBy(declaring(TargetUse.IGNORED)).build();
    var q3 = Period.parse("2026-Q3");
    var li = dev.yardstick.core.domain.Subject.employee("emp-1", "Li Wei", "role", "team");

    // WHEN Li is evaluated with an own target for it
    // THEN the target is rejected naming subject, indicator, field and strategy, not ignored
    assertThatThrownBy(() -> Yardstick.evaluate(li).in(q3).against(card)
            .targets(java.util.Map.of("cvr", Target.of(0.03)))
            .with(dev.yardstick.core.domain.Measurement.of("emp-1", "cvr", q3, 0.031)))
        .isInstanceOf(dev.yardstick.core.domain.InvalidInputException.class)
        .hasMessageContaining("emp-1")
        .hasMessageContaining("cvr")
        .hasMessageContaining("target")
        .hasMessageContaining("'test-declared' does not use targets");
  }

  @Test
  void a_strategy_that_requires_a_target_rejects_an_item_without_one_naming_section_item_and_strategy() {
    // GIVEN an item of section 'KPI' whose strategy requires a target, and no target
    var b = Yardstick.scorecard("c").section("KPI", 100)
        .item(GMV).weight(100).scoredBy(declaring(TargetUse.REQUIRED));

    // WHEN it is built THEN it is rejected at once, not per person at evaluation
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' of section 'KPI' of scorecard 'c' has no target, but strategy"
            + " 'test-declared' scores against one: give the item a target");
  }

  @Test
  void a_strategy_that_ignores_targets_rejects_an_item_with_one_naming_section_item_strategy_and_target() {
    // GIVEN an item of section 'OKR' with a target its strategy never reads
    var b = Yardstick.scorecard("c").section("KPI", 50)
        .item(GMV).weight(100).target(Target.of(1000)).scoredBy(declaring(TargetUse.REQUIRED))
        .section("OKR", 50)
        .item(CVR).weight(100).target(Target.levels(0.02, 0.03, 0.04)).scoredBy(declaring(TargetUse.IGNORED));

    // WHEN it is built THEN the target is rejected instead of silently ignored
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'cvr' of section 'OKR' of scorecard 'c' has target 0.02 / 0.03 / 0.04, but"
            + " strategy 'test-declared' does not use targets: leave the target out");
  }

  @Test
  void a_card_whose_targets_suit_each_strategy_builds() {
    // GIVEN a required target given, an ignored one left out, and an optional one either way
    Scorecard card = Yardstick.scorecard("c").section("KPI", 100)
        .item(GMV).weight(25).target(Target.of(1000)).scoredBy(declaring(TargetUse.REQUIRED))
        .item(CVR).weight(25).scoredBy(declaring(TargetUse.IGNORED))
        .item(CAC).weight(25).target(Target.of(60)).scoredBy(declaring(TargetUse.OPTIONAL))
        .item(dev.yardstick.core.testing.Fixtures.OKR).weight(25).scoredBy(declaring(TargetUse.OPTIONAL))
        .build();

    // THEN all four items are there
    assertThat(card.items()).extracting(Item::indicatorId).containsExactly("gmv", "cvr", "cac", "okr");
  }

  @Test
  void a_strategy_that_declares_nothing_accepts_either_and_a_rule_reports_its_strategys_use() {
    // GIVEN the linear test strategy, which does not override targetUse
    // THEN its rules are OPTIONAL, and a rule reports what its strategy declares for its parameters
    assertThat(LinearStrategy.identity().targetUse()).isEqualTo(TargetUse.OPTIONAL);
    assertThat(declaring(TargetUse.IGNORED).targetUse()).isEqualTo(TargetUse.IGNORED);
    assertThat(storeCard().build().items()).hasSize(3);
  }

  @Test
  void validity_and_version_are_checked() {
    assertThatThrownBy(() -> storeCard().version(0)).hasMessage("scorecard 'store' version must be 1 or more, got 0");
    assertThatThrownBy(() -> storeCard().validFrom(Period.parse("2026-H2")).validUntil(Period.parse("2026-Q1")).build())
        .hasMessage("scorecard 'store' is valid until 2026-Q1, before it starts in 2026-H2");
  }

  @Test
  void team_links_are_validated() {
    assertThatThrownBy(() -> TeamLink.blend(80, 30)).hasMessage("team blend weights must sum to 100, got 80 + 30");
    assertThatThrownBy(() -> TeamLink.coefficient(List.of())).hasMessage("team coefficient needs at least one band");
    assertThatThrownBy(() -> TeamLink.coefficient(List.of(new TeamLink.Band(60, 1), new TeamLink.Band(60, 1.2))))
        .hasMessage("team coefficient bands must have strictly increasing minimums, got 60 then 60");
    assertThatThrownBy(() -> new TeamLink.Band(0, -0.1)).hasMessage("team band coefficient must not be negative, got -0.1");
  }

  @Test
  void rounding_is_validated() {
    assertThatThrownBy(() -> new Rounding(11, RoundingMode.HALF_UP)).hasMessage("rounding scale must be 0 to 10, got 11");
    assertThatThrownBy(() -> new Rounding(2, RoundingMode.UNNECESSARY)).hasMessage("rounding mode must round, got UNNECESSARY");
    assertThat(Rounding.DEFAULT.round(4.999999999999999).toPlainString()).isEqualTo("5.00");
    assertThat(Rounding.halfUp(0).round(-0.4).toPlainString()).isEqualTo("0");
  }
}

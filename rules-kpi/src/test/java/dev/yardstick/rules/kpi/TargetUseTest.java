package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.CAC;
import static dev.yardstick.rules.kpi.ScoringFixtures.GMV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.rules.kpi.catalog.EcommerceScorecards;
import org.junit.jupiter.api.Test;

/** Which KPI strategies score against a target, and the mistakes a builder catches with it. */
class TargetUseTest {

  @Test
  void the_strategies_that_compare_with_a_target_require_one() {
    // GIVEN / WHEN / THEN
    assertThat(Kpi.ratioToTarget(0, 120).targetUse()).isEqualTo(TargetUse.REQUIRED);
    assertThat(Kpi.thresholdTargetStretch(60, 100, 120).targetUse()).isEqualTo(TargetUse.REQUIRED);
    assertThat(Kpi.closerToTarget().tolerance(0.1).floorAt(0.5).rule().targetUse())
        .isEqualTo(TargetUse.REQUIRED);
    assertThat(Kpi.milestone().targetUse()).isEqualTo(TargetUse.REQUIRED);
    assertThat(Kpi.banded().band(80, 60).band(100, 100).rule().targetUse()).isEqualTo(TargetUse.REQUIRED);
  }

  @Test
  void the_strategies_that_never_read_a_target_ignore_it() {
    // GIVEN / WHEN / THEN: a done flag, bands of the raw actual, deductions and ratings
    assertThat(Kpi.doneFlag(100, 0).targetUse()).isEqualTo(TargetUse.IGNORED);
    assertThat(Kpi.banded().band(0, 60).band(10, 100).onActual().rule().targetUse())
        .isEqualTo(TargetUse.IGNORED);
    assertThat(Kpi.deduction().perIncident("complaint", 5).rule().targetUse()).isEqualTo(TargetUse.IGNORED);
    assertThat(Kpi.ratings(1, 5).rater("manager", 100).rule().targetUse()).isEqualTo(TargetUse.IGNORED);
  }

  @Test
  void a_ratio_to_target_item_without_a_target_is_rejected_when_the_card_is_built() {
    // GIVEN a GMV item scored by ratio to target, with no target
    var b = Yardstick.scorecard("store").section("KPI", 100)
        .item(GMV).weight(100).scoredBy(Kpi.ratioToTarget(0, 120));

    // WHEN it is built THEN the builder names the section, the item and the strategy
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' of section 'KPI' of scorecard 'store' has no target, but strategy"
            + " 'ratio-to-target' scores against one: give the item a target");
  }

  @Test
  void a_target_on_a_deduction_item_is_rejected_instead_of_silently_ignored() {
    // GIVEN a CAC item scored by deductions, with a target of 60
    var b = Yardstick.scorecard("store").section("KPI", 100)
        .item(CAC).weight(100).target(Target.of(60))
        .scoredBy(Kpi.deduction().perIncident("complaint", 5).rule());

    // WHEN it is built THEN the target is named
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'cac' of section 'KPI' of scorecard 'store' has target 60, but strategy"
            + " 'deduction' does not use targets: leave the target out");
  }

  @Test
  void every_catalog_scorecard_gives_a_target_exactly_to_the_items_whose_strategy_uses_one() {
    // GIVEN the catalog's default scorecards (built, so the builder accepted them)
    for (Scorecard card : EcommerceScorecards.all()) {
      for (Item item : card.items()) {
        // THEN a required target is there and an ignored one is not
        TargetUse use = item.rule().targetUse();
        if (use == TargetUse.REQUIRED) {
          assertThat(item.target()).as(card.id() + " " + item.indicatorId()).isNotNull();
        } else if (use == TargetUse.IGNORED) {
          assertThat(item.target()).as(card.id() + " " + item.indicatorId()).isNull();
        }
      }
    }
    assertThat(EcommerceScorecards.all()).hasSize(8);
  }
}

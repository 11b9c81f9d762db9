package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.TargetUse;
import org.junit.jupiter.api.Test;

/** OKR strategies score the key results carried by the measurement, never an item's target. */
class OkrTargetUseTest {

  @Test
  void every_okr_strategy_ignores_the_items_target() {
    // GIVEN / WHEN / THEN
    assertThat(Okr.committed().targetUse()).isEqualTo(TargetUse.IGNORED);
    assertThat(Okr.aspirational().targetUse()).isEqualTo(TargetUse.IGNORED);
    assertThat(Okr.blended().targetUse()).isEqualTo(TargetUse.IGNORED);
  }

  @Test
  void an_okr_item_with_a_target_is_rejected_when_the_card_is_built_naming_section_item_and_strategy() {
    // GIVEN an OKR item given a target of 0.7, which the committed strategy would never read
    var b = Yardstick.scorecard("okr-card").section("OKR", 100)
        .item(Okr.OKR_SCORE).weight(100).target(Target.of(0.7)).scoredBy(Okr.committed());

    // WHEN it is built THEN it is rejected, naming the section, the item, the target and the strategy
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'okr-score' of section 'OKR' of scorecard 'okr-card' has target 0.7, but"
            + " strategy '" + Okr.committed().strategyId() + "' does not use targets: leave the target out");
  }

  @Test
  void an_okr_item_without_a_target_builds() {
    // GIVEN / WHEN / THEN
    assertThat(Yardstick.scorecard("okr-card").section("OKR", 100)
            .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.blended()).build().items())
        .hasSize(1);
  }
}

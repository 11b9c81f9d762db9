package dev.yardstick.rules.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.domain.Unit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EcommerceIndicatorsTest {

  /** DOMAIN.md §3, written out by hand: category → core indicators, auxiliary indicators. */
  static final Map<FunctionalModule, List<List<String>>> SECTION_3 =
      Map.of(
          EcommerceModules.MARKETING,
          List.of(
              List.of("cac", "channel-conversion-rate", "new-users", "promotion-cost-ratio"),
              List.of("content-impressions", "creative-ctr", "channel-roi")),
          EcommerceModules.STORE_OPERATIONS,
          List.of(
              List.of("store-gmv", "conversion-rate", "revenue-per-buyer",
                  "campaign-achievement-rate"),
              List.of("sku-movement-rate", "inventory-turnover", "search-rank-improvement")),
          EcommerceModules.CUSTOMER_SERVICE,
          List.of(
              List.of("csat", "fcr", "first-response-time", "after-sales-timeliness"),
              List.of("complaint-rate", "repurchase-guidance-rate", "script-compliance")),
          EcommerceModules.CONTENT_CREATION,
          List.of(
              List.of("content-conversion-rate", "interaction-rate", "production-efficiency"),
              List.of("hit-content-share", "preference-match")),
          EcommerceModules.DATA_ANALYSIS,
          List.of(
              List.of("report-timeliness", "adoption-rate", "alert-precision", "alert-recall"),
              List.of("tool-efficiency", "collaboration-satisfaction")));

  @Test
  void every_indicator_of_section_3_is_present_with_its_tier() {
    // GIVEN the hand-written §3  WHEN each category is looked up  THEN each id has its tier
    SECTION_3.forEach(
        (module, tiers) -> {
          List<Indicator> category = EcommerceIndicators.of(module);
          for (String id : tiers.get(0)) {
            assertThat(category).as(module.id()).anyMatch(i -> i.id().equals(id));
            assertThat(EcommerceIndicators.byId(id).orElseThrow().tier())
                .as(id)
                .isEqualTo(Tier.CORE);
          }
          for (String id : tiers.get(1)) {
            assertThat(category).as(module.id()).anyMatch(i -> i.id().equals(id));
            assertThat(EcommerceIndicators.byId(id).orElseThrow().tier())
                .as(id)
                .isEqualTo(Tier.AUXILIARY);
          }
        });
  }

  @Test
  void industry_variants_are_kept_distinct_with_the_tier_of_what_they_stand_for() {
    // 客單價 per buyer vs average order value per order
    Indicator perBuyer = EcommerceIndicators.REVENUE_PER_BUYER;
    Indicator perOrder = EcommerceIndicators.AVERAGE_ORDER_VALUE;
    assertThat(perBuyer.id()).isNotEqualTo(perOrder.id());
    assertThat(perBuyer.name(Locale.CHINESE)).isEqualTo("客单价");
    assertThat(perBuyer.name(Locale.forLanguageTag("zh-TW"))).isEqualTo("客單價");
    assertThat(perBuyer.definition()).contains("buyers");
    assertThat(perOrder.definition()).contains("orders");
    assertThat(perOrder.tier()).isEqualTo(perBuyer.tier());
    // ROI vs ROAS
    assertThat(EcommerceIndicators.CHANNEL_ROI.definition()).contains("− its cost");
    assertThat(EcommerceIndicators.ROAS.definition())
        .isEqualTo("Revenue attributed to the ads ÷ ad spend.");
    assertThat(EcommerceIndicators.ROAS.tier()).isEqualTo(EcommerceIndicators.CHANNEL_ROI.tier());
    // 動銷率 (SKUs) vs sell-through rate (units)
    assertThat(EcommerceIndicators.SKU_MOVEMENT_RATE.name(Locale.CHINESE)).isEqualTo("动销率");
    assertThat(EcommerceIndicators.SKU_MOVEMENT_RATE.name(Locale.forLanguageTag("zh-Hant")))
        .isEqualTo("動銷率");
    assertThat(EcommerceIndicators.SKU_MOVEMENT_RATE.definition()).startsWith("SKUs");
    assertThat(EcommerceIndicators.SELL_THROUGH_RATE.definition()).startsWith("Units sold");
    assertThat(EcommerceIndicators.SELL_THROUGH_RATE.tier())
        .isEqualTo(EcommerceIndicators.SKU_MOVEMENT_RATE.tier());
  }

  @Test
  void costs_times_and_complaints_are_lower_is_better_and_nothing_else_is() {
    Set<String> lower = new HashSet<>();
    for (Indicator i : EcommerceIndicators.all()) {
      if (i.direction() == Direction.LOWER_IS_BETTER) {
        lower.add(i.id());
      }
    }
    assertThat(lower)
        .containsExactlyInAnyOrder(
            "cac", "promotion-cost-ratio", "first-response-time", "complaint-rate");
    assertThat(EcommerceIndicators.INVENTORY_TURNOVER.direction())
        .isEqualTo(Direction.CLOSER_TO_TARGET_IS_BETTER);
  }

  @Test
  void every_indicator_is_fully_described_and_ids_are_unique() {
    Set<String> ids = new HashSet<>();
    for (Indicator i : EcommerceIndicators.all()) {
      assertThat(ids.add(i.id())).as("unique id " + i.id()).isTrue();
      assertThat(i.definition()).as(i.id()).isNotBlank();
      assertThat(i.translations()).as(i.id()).containsKey("zh");
      if (i.unit() == Unit.RATIO) {
        assertThat(i.aggregation()).as(i.id() + " is a rate").isEqualTo(Aggregation.RATIO_OF_SUMS);
      }
    }
    // §3: 7 marketing + 7 store + 7 service + 5 content + 6 data (alert accuracy as precision
    // and recall) = 32, plus the variants ROAS, average order value and sell-through = 35
    assertThat(EcommerceIndicators.all()).hasSize(35);
    assertThat(EcommerceIndicators.STORE_GMV.unit()).isEqualTo(Unit.CURRENCY);
    assertThat(EcommerceIndicators.FIRST_RESPONSE_TIME.unit()).isEqualTo(Unit.SECONDS);
  }

  @Test
  void an_unknown_module_is_rejected() {
    assertThatThrownBy(() -> EcommerceIndicators.of(FunctionalModule.of("legal", "Legal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("module 'legal' is not one of the e-commerce catalog's modules");
  }
}

package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreMetricsTest {

  static final Period JULY = Period.parse("2026-07");
  static final Scope EMP = Scope.of("emp-1", JULY);

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static Order order(
      String id, Order.Status status, String amount, String refunded, boolean brushed) {
    return new Order(id, "buyer-" + id, status, money(amount), money(refunded), brushed);
  }

  // ---- effective GMV

  @Test
  void effective_gmv_subtracts_partial_refunds_and_whole_brushed_orders_once() {
    // GIVEN a plain order, a partly refunded one, a brushed order that was also refunded,
    // an unpaid and a cancelled order
    List<Order> orders =
        List.of(
            order("o-1", Order.Status.PAID, "100.10", "0", false),
            order("o-2", Order.Status.PAID, "200.00", "50.25", false),
            order("o-3", Order.Status.PAID, "80.00", "80.00", true),
            order("o-4", Order.Status.UNPAID, "999.00", "0", false),
            order("o-5", Order.Status.CANCELLED, "300.00", "300.00", false));

    // WHEN the breakdown and the measurement are computed
    GmvBreakdown b = StoreMetrics.gmv(orders);
    Measurement m = StoreMetrics.effectiveGmv(EMP, orders);

    // THEN gross paid = 100.10 + 200.00 + 80.00 = 380.10 (o-4, o-5 not paid)
    //      refunds = 50.25 (o-3's 80.00 refund is not subtracted: o-3 goes as brushed)
    //      brushed = 80.00
    //      effective = 380.10 − 50.25 − 80.00 = 249.85
    assertThat(b.grossPaid().toPlainString()).isEqualTo("380.10");
    assertThat(b.refunds().toPlainString()).isEqualTo("50.25");
    assertThat(b.brushed().toPlainString()).isEqualTo("80.00");
    assertThat(b.effective().toPlainString()).isEqualTo("249.85");
    assertThat(b.paidOrders()).isEqualTo(3);
    assertThat(b.brushedOrders()).isEqualTo(1);
    assertThat(m.indicatorId()).isEqualTo("store-gmv");
    assertThat(m.value()).isEqualByComparingTo("249.85");
    assertThat(m.isRatio()).isFalse();
    assertThat(m.parts()).containsOnlyKeys("gross-paid", "refunds", "brushed");
    assertThat(m.parts().get("gross-paid")).isEqualByComparingTo("380.10");
    assertThat(m.parts().get("refunds")).isEqualByComparingTo("50.25");
    assertThat(m.parts().get("brushed")).isEqualByComparingTo("80.00");
  }

  @Test
  void ten_cents_and_twenty_cents_make_exactly_thirty_cents() {
    // GIVEN orders of 0.10 and 0.20 (0.1 + 0.2 is 0.30000000000000004 in double)
    List<Order> orders =
        List.of(Order.paid("o-1", "b-1", money("0.10")), Order.paid("o-2", "b-2", money("0.20")));

    // WHEN
    GmvBreakdown b = StoreMetrics.gmv(orders);

    // THEN 0.10 + 0.20 = 0.30 exactly, at scale 2
    assertThat(b.effective().toPlainString()).isEqualTo("0.30");
    assertThat(StoreMetrics.effectiveGmv(EMP, orders).value()).isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void a_fully_refunded_order_adds_nothing_to_effective_gmv() {
    // GIVEN 500.00 paid and refunded in full, next to 120.00 paid
    List<Order> orders =
        List.of(
            order("o-1", Order.Status.PAID, "500.00", "500.00", false),
            Order.paid("o-2", "b-2", money("120.00")));

    // WHEN / THEN effective = 620.00 − 500.00 = 120.00
    assertThat(StoreMetrics.gmv(orders).effective().toPlainString()).isEqualTo("120.00");
  }

  @Test
  void no_orders_give_an_effective_gmv_of_zero() {
    // GIVEN no orders WHEN / THEN every amount is 0.00
    GmvBreakdown b = StoreMetrics.gmv(List.of());
    assertThat(b.grossPaid().toPlainString()).isEqualTo("0.00");
    assertThat(b.effective().toPlainString()).isEqualTo("0.00");
    assertThat(StoreMetrics.effectiveGmv(EMP, List.of()).value()).isEqualByComparingTo("0");
  }

  @Test
  void an_order_listed_twice_is_rejected_naming_subject_indicator_and_order() {
    // GIVEN the same order twice
    List<Order> orders =
        List.of(Order.paid("o-1", "b-1", money("10.00")), Order.paid("o-1", "b-1", money("10.00")));

    // WHEN / THEN
    assertThatThrownBy(() -> StoreMetrics.effectiveGmv(EMP, orders))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'store-gmv', field 'order id': o-1 appears twice: each"
                + " fact must be counted once");
    assertThatThrownBy(() -> StoreMetrics.gmv(orders))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "indicator 'store-gmv', field 'order id': o-1 appears twice: each fact must be"
                + " counted once");
  }

  @Test
  void a_scope_with_its_own_indicator_id_renames_the_measurement() {
    // GIVEN a scope measuring new-product GMV
    Scope scope = EMP.as("new-product-gmv");

    // WHEN
    Measurement m =
        StoreMetrics.effectiveGmv(scope, List.of(Order.paid("o-1", "b", money("5.00"))));

    // THEN
    assertThat(m.indicatorId()).isEqualTo("new-product-gmv");
    assertThat(m.subjectId()).isEqualTo("emp-1");
    assertThat(m.period()).isEqualTo(JULY);
  }

  @Test
  void a_breakdown_whose_effective_does_not_add_up_is_rejected() {
    assertThatThrownBy(
            () ->
                new GmvBreakdown(money("10.00"), money("1.00"), money("2.00"), money("8.00"), 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "gmv breakdown effective must equal grossPaid − refunds − brushed = 7.00, got 8.00");
  }

  // ---- conversion rate, AOV, 客單價

  @Test
  void conversion_rate_is_buyers_over_visitors_summed_over_channels() {
    // GIVEN 90 000 visitors / 3 150 buyers and 10 000 / 350
    List<Traffic> traffic =
        List.of(new Traffic("tmall", 90_000, 3_150), new Traffic("douyin", 10_000, 350));

    // WHEN
    Measurement m = StoreMetrics.conversionRate(EMP, traffic);

    // THEN (3 150 + 350) ÷ (90 000 + 10 000) = 3 500 ÷ 100 000 = 0.035, kept as a ratio
    assertThat(m.indicatorId()).isEqualTo("conversion-rate");
    assertThat(m.value()).isEqualByComparingTo("0.035");
    assertThat(m.numerator()).isEqualByComparingTo("3500");
    assertThat(m.denominator()).isEqualByComparingTo("100000");
  }

  @Test
  void conversion_rate_without_visitors_is_rejected() {
    assertThatThrownBy(() -> StoreMetrics.conversionRate(EMP, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'conversion-rate', field 'visitors': 0 is zero: the ratio"
                + " is undefined");
  }

  @Test
  void average_order_value_is_per_order_and_revenue_per_buyer_is_per_buyer() {
    // GIVEN buyer b-1 with orders of 100.00 and 300.00, buyer b-2 with 200.00 (50.00 refunded),
    // a brushed order of 1 000.00 and an unpaid order of 700.00
    List<Order> orders =
        List.of(
            new Order("o-1", "b-1", Order.Status.PAID, money("100.00"), BigDecimal.ZERO, false),
            new Order("o-2", "b-1", Order.Status.PAID, money("300.00"), BigDecimal.ZERO, false),
            new Order("o-3", "b-2", Order.Status.PAID, money("200.00"), money("50.00"), false),
            new Order("o-4", "b-3", Order.Status.PAID, money("1000.00"), BigDecimal.ZERO, true),
            new Order("o-5", "b-4", Order.Status.UNPAID, money("700.00"), BigDecimal.ZERO, false));

    // WHEN
    Measurement aov = StoreMetrics.averageOrderValue(EMP, orders);
    Measurement perBuyer = StoreMetrics.revenuePerBuyer(EMP, orders);

    // THEN sales paid (refunds not subtracted, brushed and unpaid left out) = 100 + 300 + 200 = 600
    //      AOV = 600 ÷ 3 orders = 200; 客單價 = 600 ÷ 2 buyers = 300
    assertThat(aov.indicatorId()).isEqualTo("average-order-value");
    assertThat(aov.value()).isEqualByComparingTo("200");
    assertThat(aov.denominator()).isEqualByComparingTo("3");
    assertThat(perBuyer.indicatorId()).isEqualTo("revenue-per-buyer");
    assertThat(perBuyer.value()).isEqualByComparingTo("300");
    assertThat(perBuyer.denominator()).isEqualByComparingTo("2");
  }

  @Test
  void average_order_value_of_only_brushed_orders_is_rejected() {
    // GIVEN only a brushed order
    List<Order> orders = List.of(order("o-1", Order.Status.PAID, "10.00", "0", true));

    // WHEN / THEN no real sale: 0 orders
    assertThatThrownBy(() -> StoreMetrics.averageOrderValue(EMP, orders))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'average-order-value', field 'paid orders': 0 is zero: the"
                + " ratio is undefined");
    assertThatThrownBy(() -> StoreMetrics.revenuePerBuyer(EMP, orders))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("field 'paying buyers': 0 is zero");
  }

  // ---- campaign achievement

  @Test
  void campaign_achievement_is_actual_over_target() {
    // GIVEN / WHEN 1 100 000 against 1 000 000
    Measurement m =
        StoreMetrics.campaignAchievementRate(EMP, money("1100000.00"), money("1000000.00"));

    // THEN 1 100 000 ÷ 1 000 000 = 1.1
    assertThat(m.value()).isEqualByComparingTo("1.1");
    assertThat(m.indicatorId()).isEqualTo("campaign-achievement-rate");
  }

  @Test
  void campaign_target_of_zero_or_below_is_rejected() {
    assertThatThrownBy(
            () -> StoreMetrics.campaignAchievementRate(EMP, money("5.00"), BigDecimal.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'campaign-achievement-rate', field 'target': 0 is zero:"
                + " the ratio is undefined");
    assertThatThrownBy(
            () -> StoreMetrics.campaignAchievementRate(EMP, money("5.00"), money("-1.00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'campaign-achievement-rate', field 'target': -1.00 must be"
                + " greater than 0");
    assertThatThrownBy(
            () -> StoreMetrics.campaignAchievementRate(EMP, money("-5.00"), money("1.00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'campaign-achievement-rate', field 'actual': -5.00 must"
                + " not be negative");
  }

  // ---- sell-through, 動銷率

  @Test
  void sell_through_is_units_sold_over_opening_plus_received() {
    // GIVEN sku-1: 40 on hand + 60 received, 75 sold; sku-2: 0 + 100 received, 25 sold
    List<SkuSales> skus =
        List.of(new SkuSales("sku-1", 40, 60, 75, true), new SkuSales("sku-2", 0, 100, 25, true));

    // WHEN
    Measurement m = StoreMetrics.sellThroughRate(EMP, skus);

    // THEN (75 + 25) ÷ (40 + 60 + 0 + 100) = 100 ÷ 200 = 0.5
    assertThat(m.value()).isEqualByComparingTo("0.5");
    assertThat(m.numerator()).isEqualByComparingTo("100");
    assertThat(m.denominator()).isEqualByComparingTo("200");
  }

  @Test
  void sell_through_with_nothing_available_is_rejected() {
    assertThatThrownBy(
            () -> StoreMetrics.sellThroughRate(EMP, List.of(new SkuSales("sku-1", 0, 0, 0, true))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'sell-through-rate', field 'available units': 0 is zero:"
                + " the ratio is undefined");
  }

  static final List<SkuSales> FIVE_SKUS =
      List.of(
          new SkuSales("a", 10, 0, 5, true), // listed, in stock, sold
          new SkuSales("b", 10, 0, 0, true), // listed, in stock, not sold
          new SkuSales("c", 10, 0, 0, false), // delisted, in stock, not sold
          new SkuSales("d", 0, 0, 0, true), // listed, no stock
          new SkuSales("e", 0, 5, 2, false)); // delisted during the month after selling 2

  @Test
  void sku_movement_rate_over_all_skus() {
    // GIVEN / WHEN the five SKUs over ALL
    Measurement m = StoreMetrics.skuMovementRate(EMP, FIVE_SKUS, StoreMetrics.SkuBase.ALL);

    // THEN a and e sold: 2 ÷ 5 = 0.4
    assertThat(m.value()).isEqualByComparingTo("0.4");
    assertThat(m.indicatorId()).isEqualTo("sku-movement-rate");
  }

  @Test
  void sku_movement_rate_over_listed_skus() {
    // GIVEN / WHEN over LISTED (a, b, d)
    Measurement m = StoreMetrics.skuMovementRate(EMP, FIVE_SKUS, StoreMetrics.SkuBase.LISTED);

    // THEN only a sold: 1 ÷ 3 = 0.3333333333333333 (16 significant digits)
    assertThat(m.value()).isEqualByComparingTo("0.3333333333333333");
    assertThat(m.numerator()).isEqualByComparingTo("1");
    assertThat(m.denominator()).isEqualByComparingTo("3");
  }

  @Test
  void sku_movement_rate_over_in_stock_skus() {
    // GIVEN / WHEN over IN_STOCK (a, b, c, e: opening + received > 0)
    Measurement m = StoreMetrics.skuMovementRate(EMP, FIVE_SKUS, StoreMetrics.SkuBase.IN_STOCK);

    // THEN a and e sold: 2 ÷ 4 = 0.5
    assertThat(m.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void sku_movement_rate_with_an_empty_base_is_rejected() {
    // GIVEN no listed SKU
    List<SkuSales> skus = List.of(new SkuSales("c", 10, 0, 0, false));

    // WHEN / THEN
    assertThatThrownBy(() -> StoreMetrics.skuMovementRate(EMP, skus, StoreMetrics.SkuBase.LISTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'sku-movement-rate', field 'listed skus': 0 is zero: the"
                + " ratio is undefined");
  }

  // ---- inventory turnover

  @Test
  void inventory_turnover_uses_the_mean_of_opening_and_closing() {
    // GIVEN COGS 300 000, opening 120 000, closing 80 000
    List<InventorySnapshot> snapshots =
        List.of(
            new InventorySnapshot(LocalDate.of(2026, 7, 1), money("120000.00")),
            new InventorySnapshot(LocalDate.of(2026, 7, 31), money("80000.00")));

    // WHEN
    Measurement m = StoreMetrics.inventoryTurnover(EMP, money("300000.00"), snapshots);

    // THEN average = (120 000 + 80 000) ÷ 2 = 100 000; turnover = 300 000 ÷ 100 000 = 3
    assertThat(m.value()).isEqualByComparingTo("3");
    assertThat(m.denominator()).isEqualByComparingTo("100000");
  }

  @Test
  void inventory_turnover_averages_every_snapshot_given() {
    // GIVEN COGS 300 000 and three snapshots 120 000, 90 000, 60 000
    List<InventorySnapshot> snapshots =
        List.of(
            new InventorySnapshot(LocalDate.of(2026, 7, 1), money("120000.00")),
            new InventorySnapshot(LocalDate.of(2026, 8, 1), money("90000.00")),
            new InventorySnapshot(LocalDate.of(2026, 9, 30), money("60000.00")));

    // WHEN
    Measurement m =
        StoreMetrics.inventoryTurnover(
            Scope.of("emp-1", Period.parse("2026-Q3")), money("300000.00"), snapshots);

    // THEN average = 270 000 ÷ 3 = 90 000; 300 000 ÷ 90 000 = 3.333333333333333 (16 digits)
    assertThat(m.denominator()).isEqualByComparingTo("90000");
    assertThat(m.value()).isEqualByComparingTo("3.333333333333333");
  }

  @Test
  void inventory_turnover_without_snapshots_or_with_zero_inventory_is_rejected() {
    assertThatThrownBy(() -> StoreMetrics.inventoryTurnover(EMP, money("1.00"), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'inventory-turnover', field 'snapshots': [] is empty:"
                + " average inventory needs a snapshot");
    List<InventorySnapshot> empty =
        List.of(new InventorySnapshot(LocalDate.of(2026, 7, 1), BigDecimal.ZERO));
    assertThatThrownBy(() -> StoreMetrics.inventoryTurnover(EMP, money("1.00"), empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("field 'average inventory': 0 is zero");
    assertThatThrownBy(() -> StoreMetrics.inventoryTurnover(EMP, money("-1.00"), empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'inventory-turnover', field 'costOfGoodsSold': -1.00 must"
                + " not be negative");
  }

  @Test
  void two_snapshots_on_the_same_day_are_rejected() {
    LocalDate day = LocalDate.of(2026, 7, 1);
    List<InventorySnapshot> twice =
        List.of(
            new InventorySnapshot(day, money("1.00")), new InventorySnapshot(day, money("2.00")));
    assertThatThrownBy(() -> StoreMetrics.inventoryTurnover(EMP, money("1.00"), twice))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("field 'inventory snapshot date': 2026-07-01 appears twice");
  }

  // ---- search rank

  @Test
  void search_rank_improvement_counts_positions_gained_or_lost() {
    // rank 48 → 12: 48 − 12 = 36 gained; rank 5 → 9: 5 − 9 = −4 (fell)
    assertThat(StoreMetrics.searchRankImprovement(EMP, 48, 12).value()).isEqualByComparingTo("36");
    assertThat(StoreMetrics.searchRankImprovement(EMP, 5, 9).value()).isEqualByComparingTo("-4");
    assertThat(StoreMetrics.searchRankImprovement(EMP, 1, 1).value()).isEqualByComparingTo("0");
  }

  @Test
  void a_rank_below_one_is_rejected() {
    assertThatThrownBy(() -> StoreMetrics.searchRankImprovement(EMP, 0, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'search-rank-improvement', field 'rankBefore': 0 must be"
                + " at least 1");
    assertThatThrownBy(() -> StoreMetrics.searchRankImprovement(EMP, 3, -2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("field 'rankAfter': -2 must be at least 1");
  }
}

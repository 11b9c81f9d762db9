package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Measurement;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Store-operations metrics (店鋪運營) from orders, traffic and inventory: effective GMV, conversion
 * rate, average order value and 客單價, campaign achievement, sell-through, 動銷率, inventory turnover
 * and search-rank improvement.
 *
 * <pre>{@code
 * Scope july = Scope.of("emp-17", Period.parse("2026-07"));
 * List<Order> orders = List.of(
 *     Order.paid("o-1", "b-1", new BigDecimal("300.00")),
 *     new Order("o-2", "b-2", Order.Status.PAID,
 *         new BigDecimal("200.00"), new BigDecimal("50.00"), false));
 * StoreMetrics.effectiveGmv(july, orders).value();    // 450: 300 + 200 − 50
 * StoreMetrics.averageOrderValue(july, orders).value(); // 250: (300 + 200) ÷ 2
 * }</pre>
 */
public final class StoreMetrics {

  private StoreMetrics() {}

  /** Which SKUs form the denominator of 動銷率 ({@link #skuMovementRate}). */
  public enum SkuBase {
    /** Every SKU passed in. */
    ALL,
    /** SKUs listed for sale (在架) in the period. */
    LISTED,
    /**
     * SKUs that had stock to sell in the period ({@code openingUnits + receivedUnits > 0}): the
     * classic 動銷率 = 動銷品種數 ÷ 庫存品種數.
     */
    IN_STOCK
  }

  /**
   * The effective-GMV breakdown (有效GMV) of a set of orders; see {@link #effectiveGmv}.
   *
   * <pre>{@code
   * GmvBreakdown b = StoreMetrics.gmv(orders);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if an order id appears twice
   */
  public static GmvBreakdown gmv(Collection<Order> orders) {
    return breakdown(null, IndicatorIds.STORE_GMV, orders);
  }

  /**
   * Effective GMV (有效GMV, indicator {@value IndicatorIds#STORE_GMV}), exact to the cent:
   *
   * <pre>{@code
   * effective = Σ amount of PAID orders
   *           − Σ refunded of PAID orders that are not brushed
   *           − Σ amount of PAID brushed orders
   * }</pre>
   *
   * <p>Unpaid and cancelled orders count nowhere. Partial refunds and returns are subtracted as
   * recorded. A brushed (刷單) order is removed in full, once: its refunds are not subtracted again.
   * The measurement carries the parts {@value GmvBreakdown#PART_GROSS_PAID}, {@value
   * GmvBreakdown#PART_REFUNDS} and {@value GmvBreakdown#PART_BRUSHED}. No orders give 0.
   *
   * <p>Source: GMV is the total value of merchandise sold before deductions such as returns
   * (Investopedia, "Gross Merchandise Value (GMV)",
   * https://www.investopedia.com/terms/g/gross-merchandise-value.asp); the domain brief counts
   * effective GMV, excluding returned and brushed orders (DOMAIN.md §3, store operations).
   *
   * <pre>{@code
   * Measurement gmv = StoreMetrics.effectiveGmv(july, orders);
   * gmv.parts().get("refunds");
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if an order id appears twice
   */
  public static Measurement effectiveGmv(Scope scope, Collection<Order> orders) {
    Objects.requireNonNull(scope, "scope");
    return breakdown(scope, scope.indicatorOr(IndicatorIds.STORE_GMV), orders).toMeasurement(scope);
  }

  private static GmvBreakdown breakdown(
      @Nullable Scope scope, String indicatorId, Collection<Order> orders) {
    BigDecimal gross = BigDecimal.ZERO;
    BigDecimal refunds = BigDecimal.ZERO;
    BigDecimal brushed = BigDecimal.ZERO;
    long paid = 0;
    long brushedOrders = 0;
    for (Order order : Facts.distinct(scope, indicatorId, orders, "order id", Order::id)) {
      if (order.status() != Order.Status.PAID) {
        continue;
      }
      gross = gross.add(order.amount());
      paid++;
      if (order.brushed()) {
        brushed = brushed.add(order.amount());
        brushedOrders++;
      } else {
        refunds = refunds.add(order.refunded());
      }
    }
    BigDecimal effective = gross.subtract(refunds).subtract(brushed);
    return new GmvBreakdown(gross, refunds, brushed, effective, paid, brushedOrders);
  }

  /**
   * Conversion rate (支付轉化率, indicator {@value IndicatorIds#CONVERSION_RATE}): Σ buyers ÷ Σ visitors
   * over all traffic rows, a fraction.
   *
   * <p>Source: conversion rate is the share of visitors who take the desired action, here paying
   * (Wikipedia, "Conversion marketing", https://en.wikipedia.org/wiki/Conversion_marketing);
   * Taobao's 生意參謀 defines 支付轉化率 = 支付買家數 ÷ 訪客數.
   *
   * <pre>{@code
   * StoreMetrics.conversionRate(july, List.of(new Traffic("tmall", 90_000, 3_150))); // 0.035
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there are no visitors
   */
  public static Measurement conversionRate(Scope scope, Collection<Traffic> traffic) {
    String indicator = scope.indicatorOr(IndicatorIds.CONVERSION_RATE);
    long visitors = 0;
    long buyers = 0;
    for (Traffic row : Facts.list(traffic, "traffic")) {
      visitors = Math.addExact(visitors, row.visitors());
      buyers = Math.addExact(buyers, row.buyers());
    }
    return Facts.ratio(scope, indicator, buyers, visitors, "visitors");
  }

  /**
   * Average order value (indicator {@value IndicatorIds#AVERAGE_ORDER_VALUE}), per order: Σ amount
   * paid ÷ number of orders, over paid orders that are not brushed.
   *
   * <p>Sales are the amounts paid (支付金額), before refunds, as platforms report them; brushed orders
   * are left out of both sums because they are not sales. Compare {@link #revenuePerBuyer}, which
   * divides by buyers.
   *
   * <p>Source: AOV = total revenue ÷ number of orders (Shopify, "Average Order Value",
   * https://www.shopify.com/blog/average-order-value).
   *
   * <pre>{@code
   * StoreMetrics.averageOrderValue(july, orders);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there is no paid, non-brushed order
   *     or an order id appears twice
   */
  public static Measurement averageOrderValue(Scope scope, Collection<Order> orders) {
    String indicator = scope.indicatorOr(IndicatorIds.AVERAGE_ORDER_VALUE);
    BigDecimal sales = BigDecimal.ZERO;
    long count = 0;
    for (Order order : Facts.distinct(scope, indicator, orders, "order id", Order::id)) {
      if (order.isRealSale()) {
        sales = sales.add(order.amount());
        count++;
      }
    }
    return Facts.ratio(scope, indicator, sales, BigDecimal.valueOf(count), "paid orders");
  }

  /**
   * 客單價 (indicator {@value IndicatorIds#REVENUE_PER_BUYER}), per buyer: Σ amount paid ÷ number of
   * distinct buyers, over paid orders that are not brushed. A buyer with three orders counts once,
   * so 客單價 is at least the {@linkplain #averageOrderValue average order value}.
   *
   * <p>Source: 客單價 = 銷售額 ÷ 成交顧客數 (Baidu Baike, "客单价"); Taobao's 生意參謀 uses 支付金額 ÷ 支付買家數.
   *
   * <pre>{@code
   * StoreMetrics.revenuePerBuyer(july, orders);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there is no paid, non-brushed order
   *     or an order id appears twice
   */
  public static Measurement revenuePerBuyer(Scope scope, Collection<Order> orders) {
    String indicator = scope.indicatorOr(IndicatorIds.REVENUE_PER_BUYER);
    BigDecimal sales = BigDecimal.ZERO;
    Set<String> buyers = new HashSet<>();
    for (Order order : Facts.distinct(scope, indicator, orders, "order id", Order::id)) {
      if (order.isRealSale()) {
        sales = sales.add(order.amount());
        buyers.add(order.buyerId());
      }
    }
    return Facts.ratio(scope, indicator, sales, BigDecimal.valueOf(buyers.size()), "paying buyers");
  }

  /**
   * Campaign target achievement rate (活動目標達成率, indicator {@value
   * IndicatorIds#CAMPAIGN_ACHIEVEMENT_RATE}): actual ÷ target, a fraction (1.1 = 110%), for a big
   * promotion such as 618 or Double 11.
   *
   * <pre>{@code
   * StoreMetrics.campaignAchievementRate(
   *     july, new BigDecimal("1100000.00"), new BigDecimal("1000000.00")); // 1.1
   * }</pre>
   *
   * @param actual the campaign's result, for example its effective GMV; zero or more
   * @param target the campaign's target; greater than zero
   * @throws dev.yardstick.core.domain.InvalidInputException if actual is negative or target is not
   *     positive
   */
  public static Measurement campaignAchievementRate(
      Scope scope, BigDecimal actual, BigDecimal target) {
    String indicator = scope.indicatorOr(IndicatorIds.CAMPAIGN_ACHIEVEMENT_RATE);
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    if (actual.signum() < 0) {
      throw Facts.invalid(
          scope, indicator, "actual", actual.toPlainString(), "must not be negative");
    }
    if (target.signum() < 0) {
      throw Facts.invalid(
          scope, indicator, "target", target.toPlainString(), "must be greater than 0");
    }
    return Facts.ratio(scope, indicator, actual, target, "target");
  }

  /**
   * Sell-through rate (售罄率, indicator {@value IndicatorIds#SELL_THROUGH_RATE}): Σ units sold ÷ Σ
   * units available, where available = opening on hand + received in the period; a fraction.
   *
   * <p>This is the retail sell-through of a period (sold ÷ (opening on hand + receipts)). With no
   * opening stock it is the common units sold ÷ units received; when nothing is lost or returned to
   * the supplier it equals units sold ÷ (units sold + ending inventory).
   *
   * <p>Sources: BBL ProfitSystem, "Sell Through Report", sell thru = Sold ÷ (QOH start + Recv)
   * (https://bblsystems.github.io/ProfitSystemHelp/Reports/Retail%20Inventory%20Reports/Sell%20Through%20Report/);
   * units sold ÷ units received (https://bops.ai/operators-dictionary/sell-through-rate).
   *
   * <pre>{@code
   * StoreMetrics.sellThroughRate(july, List.of(new SkuSales("sku-1", 40, 60, 75, true))); // 0.75
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if no units were available or a SKU
   *     appears twice
   */
  public static Measurement sellThroughRate(Scope scope, Collection<SkuSales> skus) {
    String indicator = scope.indicatorOr(IndicatorIds.SELL_THROUGH_RATE);
    long sold = 0;
    long available = 0;
    for (SkuSales sku : Facts.distinct(scope, indicator, skus, "sku id", SkuSales::sku)) {
      sold = Math.addExact(sold, sku.soldUnits());
      available = Math.addExact(available, sku.availableUnits());
    }
    return Facts.ratio(scope, indicator, sold, available, "available units");
  }

  /**
   * 動銷率 (indicator {@value IndicatorIds#SKU_MOVEMENT_RATE}): SKUs of the base that sold at least
   * one unit ÷ SKUs of the base; a fraction.
   *
   * <p>Source: 動銷率 = 動銷品種數 ÷ 庫存品種數 (Baidu Baike, "动销率"), which is {@link SkuBase#IN_STOCK}; stores
   * also quote it over all SKUs or over listed SKUs.
   *
   * <pre>{@code
   * StoreMetrics.skuMovementRate(july, skus, StoreMetrics.SkuBase.IN_STOCK);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if the base is empty or a SKU appears
   *     twice
   */
  public static Measurement skuMovementRate(Scope scope, Collection<SkuSales> skus, SkuBase base) {
    String indicator = scope.indicatorOr(IndicatorIds.SKU_MOVEMENT_RATE);
    Objects.requireNonNull(base, "base");
    long inBase = 0;
    long moving = 0;
    for (SkuSales sku : Facts.distinct(scope, indicator, skus, "sku id", SkuSales::sku)) {
      boolean counted =
          switch (base) {
            case ALL -> true;
            case LISTED -> sku.listed();
            case IN_STOCK -> sku.availableUnits() > 0;
          };
      if (counted) {
        inBase++;
        if (sku.soldUnits() > 0) {
          moving++;
        }
      }
    }
    String field =
        switch (base) {
          case ALL -> "skus";
          case LISTED -> "listed skus";
          case IN_STOCK -> "in-stock skus";
        };
    return Facts.ratio(scope, indicator, moving, inBase, field);
  }

  /**
   * Inventory turnover (庫存周轉率, indicator {@value IndicatorIds#INVENTORY_TURNOVER}): cost of goods
   * sold ÷ average inventory at cost, where the average inventory is the arithmetic mean of the
   * snapshots given (to {@link Measurement#RATIO_PRECISION}). Pass the opening and closing balances
   * for the textbook (opening + closing) ÷ 2, or month-end balances for a finer average.
   *
   * <p>The turnover is per period: a quarter's turnover is about three times a month's. Compute it
   * from the quarter's COGS and snapshots; summing monthly numerators and denominators gives the
   * average monthly turnover instead.
   *
   * <p>Source: Investopedia, "Inventory Turnover Ratio",
   * https://www.investopedia.com/terms/i/inventoryturnover.asp.
   *
   * <pre>{@code
   * StoreMetrics.inventoryTurnover(july, new BigDecimal("300000.00"), List.of(
   *     new InventorySnapshot(LocalDate.of(2026, 7, 1), new BigDecimal("120000.00")),
   *     new InventorySnapshot(LocalDate.of(2026, 7, 31), new BigDecimal("80000.00")))); // 3
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if COGS is negative or not exact to the
   *     cent, there is no snapshot, two snapshots share a date, or the average inventory is 0
   */
  public static Measurement inventoryTurnover(
      Scope scope, BigDecimal costOfGoodsSold, Collection<InventorySnapshot> snapshots) {
    String indicator = scope.indicatorOr(IndicatorIds.INVENTORY_TURNOVER);
    BigDecimal cogs = Facts.money(scope, indicator, costOfGoodsSold, "costOfGoodsSold");
    List<InventorySnapshot> list =
        Facts.distinct(
            scope, indicator, snapshots, "inventory snapshot date", s -> s.date().toString());
    if (list.isEmpty()) {
      throw Facts.invalid(
          scope, indicator, "snapshots", "[]", "is empty: average inventory needs a snapshot");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (InventorySnapshot snapshot : list) {
      total = total.add(snapshot.valueAtCost());
    }
    BigDecimal average = total.divide(BigDecimal.valueOf(list.size()), Measurement.RATIO_PRECISION);
    return Facts.ratio(scope, indicator, cogs, average, "average inventory");
  }

  /**
   * Search-rank improvement (搜索排名提升, indicator {@value IndicatorIds#SEARCH_RANK_IMPROVEMENT}):
   * positions gained, {@code rankBefore − rankAfter}; positive when the listing moved up (rank 1 is
   * the top), negative when it fell.
   *
   * <pre>{@code
   * StoreMetrics.searchRankImprovement(july, 48, 12); // 36 positions gained
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if a rank is below 1
   */
  public static Measurement searchRankImprovement(Scope scope, int rankBefore, int rankAfter) {
    String indicator = scope.indicatorOr(IndicatorIds.SEARCH_RANK_IMPROVEMENT);
    if (rankBefore < 1) {
      throw Facts.invalid(
          scope, indicator, "rankBefore", Integer.toString(rankBefore), "must be at least 1");
    }
    if (rankAfter < 1) {
      throw Facts.invalid(
          scope, indicator, "rankAfter", Integer.toString(rankAfter), "must be at least 1");
    }
    return Measurement.of(
        scope.subjectId(),
        indicator,
        scope.period(),
        BigDecimal.valueOf((long) rankBefore - rankAfter));
  }
}

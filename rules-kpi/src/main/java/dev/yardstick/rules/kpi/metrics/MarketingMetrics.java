package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Measurement;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * Marketing metrics (市場推廣) from spend, traffic and ad reports: CAC, channel conversion rate,
 * promotion cost ratio, creative click-through rate, ROAS and channel ROI.
 *
 * <p>ROAS and ROI answer different questions and are kept apart: ROAS = revenue ÷ ad spend says how
 * much was sold per unit of advertising (4 means ¥4 of sales per ¥1); ROI = (revenue − cost) ÷ cost
 * says what was earned over all the costs of the channel (0.25 means 25% above cost), and is
 * negative for a loss.
 *
 * <pre>{@code
 * Scope q3 = Scope.of("emp-3", Period.parse("2026-Q3"));
 * MarketingMetrics.cac(q3, new BigDecimal("50000.00"), 400).value(); // 125
 * MarketingMetrics.roas(q3, adLines);
 * }</pre>
 */
public final class MarketingMetrics {

  private MarketingMetrics() {}

  /**
   * Customer acquisition cost (獲客成本, indicator {@value IndicatorIds#CAC}): acquisition spend ÷ new
   * customers, in currency. Acquisition spend is everything spent to win customers in the period:
   * ads, KOL fees, new-customer coupons; sum {@link AdSpend#spend()} and add the rest.
   *
   * <p>Source: Investopedia, "Customer Acquisition Cost (CAC)",
   * https://www.investopedia.com/terms/c/customer-acquisition-cost.asp.
   *
   * <pre>{@code
   * MarketingMetrics.cac(q3, new BigDecimal("50000.00"), 400); // 125
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if the spend is negative or not exact
   *     to the cent, or new customers are negative or zero
   */
  public static Measurement cac(Scope scope, BigDecimal acquisitionSpend, long newCustomers) {
    String indicator = scope.indicatorOr(IndicatorIds.CAC);
    BigDecimal spend = Facts.money(scope, indicator, acquisitionSpend, "acquisitionSpend");
    Facts.count(scope, indicator, newCustomers, "newCustomers");
    return Facts.ratio(scope, indicator, spend, BigDecimal.valueOf(newCustomers), "newCustomers");
  }

  /**
   * Channel conversion rate (渠道轉化率, indicator {@value IndicatorIds#CHANNEL_CONVERSION_RATE}): Σ
   * buyers ÷ Σ visitors over the traffic rows of {@code channel}; a fraction.
   *
   * <p>Source: conversion rate as in {@link StoreMetrics#conversionRate}, restricted to one
   * acquisition channel (Wikipedia, "Conversion marketing",
   * https://en.wikipedia.org/wiki/Conversion_marketing).
   *
   * <pre>{@code
   * MarketingMetrics.channelConversionRate(q3, traffic, "douyin");
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if the channel had no visitors
   */
  public static Measurement channelConversionRate(
      Scope scope, Collection<Traffic> traffic, String channel) {
    String indicator = scope.indicatorOr(IndicatorIds.CHANNEL_CONVERSION_RATE);
    Objects.requireNonNull(channel, "channel");
    long visitors = 0;
    long buyers = 0;
    for (Traffic row : Facts.list(traffic, "traffic")) {
      if (row.channel().equals(channel)) {
        visitors = Math.addExact(visitors, row.visitors());
        buyers = Math.addExact(buyers, row.buyers());
      }
    }
    return Facts.ratio(scope, indicator, buyers, visitors, "channel " + channel + " visitors");
  }

  /**
   * Promotion cost ratio (推廣費比, indicator {@value IndicatorIds#PROMOTION_COST_RATIO}): promotion
   * spend ÷ GMV; a fraction, lower is better. Use the same GMV the store is judged on, normally the
   * effective GMV of {@link StoreMetrics#effectiveGmv}.
   *
   * <p>Source: the advertising-to-sales ratio, advertising expense ÷ sales revenue (Investopedia,
   * "Advertising-to-Sales Ratio",
   * https://www.investopedia.com/terms/a/advertising-to-sales-ratio.asp).
   *
   * <pre>{@code
   * MarketingMetrics.promotionCostRatio(
   *     q3, new BigDecimal("80000.00"), new BigDecimal("1000000.00")); // 0.08
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if an amount is negative or not exact
   *     to the cent, or GMV is zero
   */
  public static Measurement promotionCostRatio(
      Scope scope, BigDecimal promotionSpend, BigDecimal gmv) {
    String indicator = scope.indicatorOr(IndicatorIds.PROMOTION_COST_RATIO);
    BigDecimal spend = Facts.money(scope, indicator, promotionSpend, "promotionSpend");
    BigDecimal sales = Facts.money(scope, indicator, gmv, "gmv");
    return Facts.ratio(scope, indicator, spend, sales, "gmv");
  }

  /**
   * Creative click-through rate (素材點擊率, indicator {@value IndicatorIds#CREATIVE_CTR}): Σ clicks ÷ Σ
   * impressions over the lines given; a fraction. Pass the lines of one creative to rate it, or all
   * lines for the overall CTR.
   *
   * <p>Source: Google Ads Help, "Clickthrough rate (CTR): Definition",
   * https://support.google.com/google-ads/answer/2615875.
   *
   * <pre>{@code
   * MarketingMetrics.creativeCtr(q3, adLines);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there were no impressions
   */
  public static Measurement creativeCtr(Scope scope, Collection<AdSpend> lines) {
    String indicator = scope.indicatorOr(IndicatorIds.CREATIVE_CTR);
    long impressions = 0;
    long clicks = 0;
    for (AdSpend line : Facts.list(lines, "ad spend lines")) {
      impressions = Math.addExact(impressions, line.impressions());
      clicks = Math.addExact(clicks, line.clicks());
    }
    return Facts.ratio(scope, indicator, clicks, impressions, "impressions");
  }

  /**
   * Return on ad spend (indicator {@value IndicatorIds#ROAS}): Σ attributed revenue ÷ Σ ad spend
   * over the lines given; a multiple (4 = ¥4 of sales per ¥1 of ads). Not ROI: see {@link
   * #channelRoi}.
   *
   * <p>Source: ROAS is revenue (based on conversion data) per unit of ad spend (Google Ads API
   * reference, "TargetRoas",
   * https://developers.google.com/google-ads/api/reference/rpc/v18/TargetRoas).
   *
   * <pre>{@code
   * MarketingMetrics.roas(q3, adLines);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if nothing was spent
   */
  public static Measurement roas(Scope scope, Collection<AdSpend> lines) {
    String indicator = scope.indicatorOr(IndicatorIds.ROAS);
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal spend = BigDecimal.ZERO;
    for (AdSpend line : Facts.list(lines, "ad spend lines")) {
      revenue = revenue.add(line.revenue());
      spend = spend.add(line.spend());
    }
    return Facts.ratio(scope, indicator, revenue, spend, "spend");
  }

  /**
   * Channel ROI (渠道投資回報率, indicator {@value IndicatorIds#CHANNEL_ROI}): (revenue − cost) ÷ cost; a
   * fraction, negative for a loss. Cost is everything the channel cost (ads, fees, samples, staff
   * if allocated), not only ad spend; revenue may be sales or gross profit, as the company defines
   * it, but the same every period. The numerator (revenue − cost) and the denominator (cost) are
   * kept, so a quarter is Σ (revenue − cost) ÷ Σ cost.
   *
   * <p>Source: Investopedia, "Return on Investment (ROI)",
   * https://www.investopedia.com/terms/r/returnoninvestment.asp.
   *
   * <pre>{@code
   * MarketingMetrics.channelRoi(
   *     q3, new BigDecimal("125000.00"), new BigDecimal("100000.00")); // 0.25
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if an amount is negative or not exact
   *     to the cent, or the cost is zero
   */
  public static Measurement channelRoi(Scope scope, BigDecimal revenue, BigDecimal cost) {
    String indicator = scope.indicatorOr(IndicatorIds.CHANNEL_ROI);
    BigDecimal r = Facts.money(scope, indicator, revenue, "revenue");
    BigDecimal c = Facts.money(scope, indicator, cost, "cost");
    return Facts.ratio(scope, indicator, r.subtract(c), c, "cost");
  }
}

package dev.yardstick.rules.kpi.metrics;

import java.math.BigDecimal;

/**
 * One line of an ad report: what was spent on one creative in one channel, what it bought, and the
 * sales the ad platform attributes to it.
 *
 * <pre>{@code
 * new AdSpend("douyin", "video-a",
 *     new BigDecimal("5000.00"), 200_000, 3_000, new BigDecimal("20000.00"));
 * }</pre>
 *
 * @param channel the ad channel, for example {@code "tmall-ztc"} (直通車) or {@code "douyin"}
 * @param creative the creative (素材) or campaign the line belongs to
 * @param spend the amount spent, exact to the cent, at scale 2
 * @param impressions times the ad was shown
 * @param clicks clicks on the ad, between 0 and {@code impressions}
 * @param revenue sales attributed to the ad by the platform, exact to the cent, at scale 2
 */
public record AdSpend(
    String channel,
    String creative,
    BigDecimal spend,
    long impressions,
    long clicks,
    BigDecimal revenue) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the line, field and value for a negative or sub-cent
   *     amount, a negative count or more clicks than impressions
   */
  public AdSpend {
    Facts.name(channel, "ad spend channel");
    Facts.name(creative, "ad spend creative");
    String label = "ad spend '" + channel + "/" + creative + "' ";
    spend = Facts.money(spend, label + "spend");
    Facts.count(impressions, label + "impressions");
    Facts.count(clicks, label + "clicks");
    if (clicks > impressions) {
      throw new IllegalArgumentException(
          label + "clicks must not exceed impressions " + impressions + ", got " + clicks);
    }
    revenue = Facts.money(revenue, label + "revenue");
  }
}

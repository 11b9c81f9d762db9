package dev.yardstick.rules.kpi.metrics;

/**
 * Visitors and paying buyers of one channel over some stretch of the period, as a store's analytics
 * report them (訪客數 UV and 支付買家數).
 *
 * <p>Rows are summed as given. Unique visitors of several days do not add up to the unique visitors
 * of the month (a returning visitor is counted each day), so pass one row per channel for the whole
 * period when the platform reports period totals. Buyers should exclude brushed orders where risk
 * control can tell them apart.
 *
 * <pre>{@code
 * new Traffic("tmall-search", 90_000, 3_150);
 * }</pre>
 *
 * @param channel the traffic source, for example {@code "tmall-search"} or {@code "douyin-live"}
 * @param visitors unique visitors, zero or more
 * @param buyers paying buyers, between 0 and {@code visitors}
 */
public record Traffic(String channel, long visitors, long buyers) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the channel, field and value for a negative count or
   *     more buyers than visitors
   */
  public Traffic {
    Facts.name(channel, "traffic channel");
    String label = "traffic '" + channel + "' ";
    Facts.count(visitors, label + "visitors");
    Facts.count(buyers, label + "buyers");
    if (buyers > visitors) {
      throw new IllegalArgumentException(
          label + "buyers must not exceed visitors " + visitors + ", got " + buyers);
    }
  }
}

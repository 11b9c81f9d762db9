package dev.yardstick.rules.kpi.metrics;

/**
 * The movement of one SKU over the period: stock at the start, units received, units sold, and
 * whether it is listed for sale (在架).
 *
 * <pre>{@code
 * new SkuSales("sku-red-m", 40, 60, 75, true); // 100 available, 75 sold
 * }</pre>
 *
 * @param sku the SKU code
 * @param openingUnits units on hand at the start of the period
 * @param receivedUnits units received during the period
 * @param soldUnits units sold during the period (net of customer returns), at most {@code
 *     openingUnits + receivedUnits}
 * @param listed whether the SKU is listed for sale in the period
 */
public record SkuSales(
    String sku, long openingUnits, long receivedUnits, long soldUnits, boolean listed) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the SKU, field and value for a negative count or more
   *     units sold than were available; pre-sale (預售) units not yet in stock belong to the period
   *     in which they are received
   */
  public SkuSales {
    Facts.name(sku, "sku");
    String label = "sku '" + sku + "' ";
    Facts.count(openingUnits, label + "openingUnits");
    Facts.count(receivedUnits, label + "receivedUnits");
    Facts.count(soldUnits, label + "soldUnits");
    long available = Math.addExact(openingUnits, receivedUnits);
    if (soldUnits > available) {
      throw new IllegalArgumentException(
          label
              + "soldUnits must not exceed openingUnits + receivedUnits = "
              + available
              + ", got "
              + soldUnits);
    }
  }

  /** Units available for sale in the period: {@code openingUnits + receivedUnits}. */
  public long availableUnits() {
    return openingUnits + receivedUnits;
  }
}

package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Measurement;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How effective GMV (有效GMV) was reached, for reports: {@code effective = grossPaid − refunds −
 * brushed}.
 *
 * <pre>{@code
 * GmvBreakdown b = StoreMetrics.gmv(orders);
 * b.grossPaid();  // 1 000.00  all paid orders, brushed ones included
 * b.refunds();    //    80.00  refunded on real (non-brushed) paid orders
 * b.brushed();    //   200.00  paid amount of brushed orders, refunds and all
 * b.effective();  //   720.00
 * }</pre>
 *
 * @param grossPaid the amount paid on all {@link Order.Status#PAID} orders, brushed or not
 * @param refunds the amount refunded on paid orders that are not brushed
 * @param brushed the amount paid on brushed paid orders (their refunds are not also in {@code
 *     refunds}, so nothing is subtracted twice)
 * @param effective {@code grossPaid − refunds − brushed}, never negative
 * @param paidOrders the number of paid orders, brushed or not
 * @param brushedOrders the number of brushed paid orders
 */
public record GmvBreakdown(
    BigDecimal grossPaid,
    BigDecimal refunds,
    BigDecimal brushed,
    BigDecimal effective,
    long paidOrders,
    long brushedOrders) {

  /** Name of the part that carries {@link #grossPaid()} in {@link #toMeasurement}. */
  public static final String PART_GROSS_PAID = "gross-paid";

  /** Name of the part that carries {@link #refunds()} in {@link #toMeasurement}. */
  public static final String PART_REFUNDS = "refunds";

  /** Name of the part that carries {@link #brushed()} in {@link #toMeasurement}. */
  public static final String PART_BRUSHED = "brushed";

  /**
   * Validates: amounts exact to the cent and not negative, {@code effective = grossPaid − refunds −
   * brushed}, brushed orders among the paid ones.
   */
  public GmvBreakdown {
    grossPaid = Facts.money(grossPaid, "gmv breakdown grossPaid");
    refunds = Facts.money(refunds, "gmv breakdown refunds");
    brushed = Facts.money(brushed, "gmv breakdown brushed");
    effective = Facts.money(effective, "gmv breakdown effective");
    Facts.count(paidOrders, "gmv breakdown paidOrders");
    Facts.count(brushedOrders, "gmv breakdown brushedOrders");
    BigDecimal expected = grossPaid.subtract(refunds).subtract(brushed);
    if (effective.compareTo(expected) != 0) {
      throw new IllegalArgumentException(
          "gmv breakdown effective must equal grossPaid − refunds − brushed = "
              + expected.toPlainString()
              + ", got "
              + effective.toPlainString());
    }
    if (brushedOrders > paidOrders) {
      throw new IllegalArgumentException(
          "gmv breakdown brushedOrders must not exceed paidOrders "
              + paidOrders
              + ", got "
              + brushedOrders);
    }
  }

  /**
   * The effective GMV as a measurement (indicator {@link IndicatorIds#STORE_GMV} unless the scope
   * names another) with parts {@value #PART_GROSS_PAID}, {@value #PART_REFUNDS} and {@value
   * #PART_BRUSHED}.
   */
  public Measurement toMeasurement(Scope scope) {
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    parts.put(PART_GROSS_PAID, grossPaid);
    parts.put(PART_REFUNDS, refunds);
    parts.put(PART_BRUSHED, brushed);
    return new Measurement(
        scope.subjectId(),
        scope.indicatorOr(IndicatorIds.STORE_GMV),
        scope.period(),
        effective,
        null,
        null,
        parts);
  }
}

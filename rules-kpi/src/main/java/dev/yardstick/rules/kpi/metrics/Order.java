package dev.yardstick.rules.kpi.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order as the back office records it: what the buyer paid, what was refunded, and whether risk
 * control flagged it as fake (刷單, "brushed").
 *
 * <pre>{@code
 * new Order("o-1001", "buyer-7", Order.Status.PAID,
 *     new BigDecimal("299.00"), new BigDecimal("50.00"), false);
 * Order.paid("o-1002", "buyer-8", new BigDecimal("99.90"));
 * }</pre>
 *
 * @param id the order number; unique within one calculation
 * @param buyerId the paying customer, for 客單價 (per buyer)
 * @param status whether the order was paid
 * @param amount the amount paid by the buyer (實付金額), exact to the cent, at scale 2
 * @param refunded the amount refunded so far for returns, partial refunds or after-sales
 *     compensation, exact to the cent, at scale 2, between 0 and {@code amount}
 * @param brushed whether the order is fake (刷單); a brushed order is excluded from effective GMV in
 *     full
 */
public record Order(
    String id,
    String buyerId,
    Order.Status status,
    BigDecimal amount,
    BigDecimal refunded,
    boolean brushed) {

  /** Payment status. */
  public enum Status {
    /** Paid. A paid order later refunded in full stays {@code PAID} with refunded = amount. */
    PAID,
    /** Placed but never paid; counts nowhere. Cannot carry refunds. */
    UNPAID,
    /** Closed or cancelled (交易關閉) without a sale; counts nowhere, whatever was refunded. */
    CANCELLED
  }

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the order, field and value for a negative amount, an
   *     amount with fractions of a cent, a refund above the amount, or a refund on an unpaid order
   */
  public Order {
    Facts.name(id, "order id");
    String label = "order '" + id + "' ";
    Facts.name(buyerId, label + "buyerId");
    Objects.requireNonNull(status, label + "status");
    amount = Facts.money(amount, label + "amount");
    refunded = Facts.money(refunded, label + "refunded");
    if (refunded.compareTo(amount) > 0) {
      throw new IllegalArgumentException(
          label
              + "refunded must not exceed the amount paid "
              + amount.toPlainString()
              + ", got "
              + refunded.toPlainString());
    }
    if (status == Status.UNPAID && refunded.signum() != 0) {
      throw new IllegalArgumentException(
          label + "refunded must be 0 for an UNPAID order, got " + refunded.toPlainString());
    }
  }

  /** A paid order without refund that is not brushed. */
  public static Order paid(String id, String buyerId, BigDecimal amount) {
    return new Order(id, buyerId, Status.PAID, amount, BigDecimal.ZERO, false);
  }

  /** Whether the order counts as a real sale: paid and not brushed. */
  public boolean isRealSale() {
    return status == Status.PAID && !brushed;
  }
}

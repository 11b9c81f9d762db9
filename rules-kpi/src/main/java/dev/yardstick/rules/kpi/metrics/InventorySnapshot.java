package dev.yardstick.rules.kpi.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of inventory at cost on one day, for inventory turnover: usually the opening and the
 * closing balance of the period, or month-end balances for a longer period.
 *
 * <pre>{@code
 * new InventorySnapshot(LocalDate.of(2026, 7, 1), new BigDecimal("120000.00"));
 * }</pre>
 *
 * @param date the day of the count
 * @param valueAtCost the inventory on hand valued at cost, exact to the cent, at scale 2
 */
public record InventorySnapshot(LocalDate date, BigDecimal valueAtCost) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the date, field and value for a negative or sub-cent
   *     value
   */
  public InventorySnapshot {
    Objects.requireNonNull(date, "inventory snapshot date");
    valueAtCost = Facts.money(valueAtCost, "inventory snapshot " + date + " valueAtCost");
  }
}

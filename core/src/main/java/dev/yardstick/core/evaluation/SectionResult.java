package dev.yardstick.core.evaluation;

import dev.yardstick.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one scorecard section.
 *
 * @param name the section's name
 * @param weight the section's weight on the scorecard, in percent
 * @param effectiveWeight the section's share of the total after re-normalisation, 0 to 1
 * @param rawSubtotal the weighted mean of the items' scores, full precision (0 when excluded)
 * @param subtotal {@code rawSubtotal} rounded with the scorecard's rounding
 * @param excluded whether every item was missing and the section was left out
 * @param items the items' results, in scorecard order
 */
public record SectionResult(
    String name,
    double weight,
    double effectiveWeight,
    double rawSubtotal,
    BigDecimal subtotal,
    boolean excluded,
    List<ItemResult> items) {

  /** Validates and copies. */
  public SectionResult {
    Objects.requireNonNull(name, "name");
    Checks.finite(weight, "weight");
    Checks.finite(effectiveWeight, "effectiveWeight");
    Checks.finite(rawSubtotal, "rawSubtotal");
    Objects.requireNonNull(subtotal, "subtotal");
    items = List.copyOf(items);
  }

  /** The result of the item for an indicator. */
  public Optional<ItemResult> item(String indicatorId) {
    for (ItemResult item : items) {
      if (item.indicatorId().equals(indicatorId)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}

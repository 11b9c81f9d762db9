package dev.yardstick.core.scorecard;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A weighted group of items, for example "KPI" 70% and "OKR" 30%, or "core" and "auxiliary".
 *
 * @param name the section's name, unique in the scorecard
 * @param weight the weight within the scorecard, in percent
 * @param items the items, whose weights sum to 100
 */
public record Section(String name, double weight, List<Item> items) {

  /** Tolerance of the 100% sums. */
  public static final double WEIGHT_TOLERANCE = 1e-9;

  /** Validates: a positive weight, items whose weights sum to 100, no indicator twice. */
  public Section {
    Checks.text(name, "section name");
    Checks.positive(weight, "weight of section '" + name + "'");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("section '" + name + "' has no items");
    }
    double sum = 0;
    Set<String> seen = new HashSet<>();
    for (Item item : items) {
      Objects.requireNonNull(item, "item");
      sum += item.weight();
      if (!seen.add(item.indicatorId())) {
        throw new IllegalArgumentException(
            "section '" + name + "' has indicator '" + item.indicatorId() + "' twice");
      }
    }
    if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
      throw new IllegalArgumentException(
          "item weights of section '"
              + name
              + "' must sum to 100, got "
              + Decimals.plain(sum)
              + " (call normaliseWeights() to scale them)");
    }
  }
}

package dev.yardstick.core.evaluation;

import dev.yardstick.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of one scorecard section.
 *
 * @param name the section's name
 * @param weight the section's weight on the scorecard, in percent
 * @param effectiveWeight the section's share of the total after re-normalisation, 0 to 1
 * @param rawSubtotal the weighted mean of the items' scores computed in doubles (0 when excluded)
 * @param subtotal {@link #subtotalDecimal()} rounded once with the scorecard's rounding
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

  /**
   * The exact decimal subtotal: {@code Σ weight × score ÷ Σ weight} over the items that count
   * (not {@linkplain ItemResult#isExcluded() excluded}), each score and weight taken as its
   * shortest decimal; 0 when the section was left out. Exact when the expansion ends, otherwise
   * correct to 34 significant digits.
   *
   * <pre>{@code
   * e.section("KPI").orElseThrow().subtotalDecimal();   // 90.05 for items 60 × 90 and 40 × 90.125
   * }</pre>
   */
  public BigDecimal subtotalDecimal() {
    Exact.Fraction f = exactSubtotal();
    return f == null ? BigDecimal.ZERO : f.value();
  }

  /** The exact subtotal as a fraction, {@code null} when nothing counts. */
  Exact.@Nullable Fraction exactSubtotal() {
    if (excluded) {
      return null;
    }
    int n = items.size();
    double[] weights = new double[n];
    double[] scores = new double[n];
    boolean[] counted = new boolean[n];
    for (int i = 0; i < n; i++) {
      ItemResult item = items.get(i);
      weights[i] = item.weight();
      scores[i] = item.rawScore();
      counted[i] = !item.isExcluded();
    }
    return Exact.subtotal(weights, scores, counted, 0, n);
  }

  /** The sum of the weights of the items that count, as decimals. */
  BigDecimal countedWeight() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ItemResult item : items) {
      if (!item.isExcluded()) {
        sum = sum.add(Exact.decimal(item.weight()));
      }
    }
    return sum;
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

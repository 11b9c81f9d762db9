package dev.yardstick.review.interview;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator's score this period against the previous one.
 *
 * @param indicatorId the indicator, on both periods' scorecards
 * @param previousScore the previous period's score
 * @param currentScore this period's score
 */
public record ItemTrend(String indicatorId, BigDecimal previousScore, BigDecimal currentScore) {

  /** Validates. */
  public ItemTrend {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(previousScore, "previousScore");
    Objects.requireNonNull(currentScore, "currentScore");
  }

  /** {@code currentScore − previousScore}. */
  public BigDecimal change() {
    return currentScore.subtract(previousScore);
  }
}

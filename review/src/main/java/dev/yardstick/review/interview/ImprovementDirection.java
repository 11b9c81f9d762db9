package dev.yardstick.review.interview;

import dev.yardstick.review.application.TrainingTopic;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to improve: a weak indicator, its gap to par, and the training that addresses it.
 *
 * @param indicatorId the weak indicator
 * @param gap its {@code score − par} (negative)
 * @param training the catalog's topic for it, if any
 */
public record ImprovementDirection(
    String indicatorId, BigDecimal gap, @Nullable TrainingTopic training) {

  /** Validates. */
  public ImprovementDirection {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(gap, "gap");
  }
}

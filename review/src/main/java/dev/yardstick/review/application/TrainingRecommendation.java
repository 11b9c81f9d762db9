package dev.yardstick.review.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A training topic recommended for one or more weak indicators.
 *
 * @param topic the topic
 * @param indicatorIds the weak indicators it addresses, weakest first
 * @param worstGap the most negative {@code score − par} among them
 */
public record TrainingRecommendation(
    TrainingTopic topic, List<String> indicatorIds, BigDecimal worstGap) {

  /** Validates and copies. */
  public TrainingRecommendation {
    Objects.requireNonNull(topic, "topic");
    indicatorIds = List.copyOf(indicatorIds);
    if (indicatorIds.isEmpty()) {
      throw new IllegalArgumentException(
          "training recommendation '" + topic.id() + "' addresses no indicator");
    }
    Objects.requireNonNull(worstGap, "worstGap");
  }
}

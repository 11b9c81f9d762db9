package dev.yardstick.review.application;

import java.util.List;

/**
 * Training recommendations for one person, and the weak indicators the catalog has no topic for
 * (so that a gap in the catalog is visible rather than silently skipped).
 *
 * @param recommendations topics, the one addressing the weakest indicator first
 * @param uncovered weak indicators without a topic, weakest first
 */
public record TrainingPlan(List<TrainingRecommendation> recommendations, List<String> uncovered) {

  /** Copies. */
  public TrainingPlan {
    recommendations = List.copyOf(recommendations);
    uncovered = List.copyOf(uncovered);
  }
}

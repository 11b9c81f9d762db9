package dev.yardstick.review.application;

import dev.yardstick.review.Assessment;
import dev.yardstick.review.ItemAssessment;
import dev.yardstick.review.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which training addresses which indicator (培训资源分配), configured by the company, and the
 * recommendations it gives from a person's weakest indicators.
 *
 * <p>The recommendation takes the {@code max} weakest items below target (see {@link
 * Assessment#weaknesses(int)}: furthest below par first), maps each to its topic and merges items
 * that share a topic into one recommendation. Items without a topic are listed as uncovered.
 *
 * <pre>{@code
 * TrainingCatalog catalog = TrainingCatalog.builder()
 *     .topic("conversion-rate", TrainingTopic.of("detail-page", "Detail-page optimisation")
 *         .withTranslation("zh", "详情页优化"))
 *     .topic("csat", TrainingTopic.of("service-scripts", "Service scripts and empathy"))
 *     .build();
 * TrainingPlan plan = catalog.recommend(Assessment.of(evaluation), 3);
 * }</pre>
 *
 * @param topics topics by indicator id
 */
public record TrainingCatalog(Map<String, TrainingTopic> topics) {

  /** Validates and copies (keeping the order). */
  public TrainingCatalog {
    Objects.requireNonNull(topics, "topics");
    Map<String, TrainingTopic> copy = new LinkedHashMap<>();
    topics.forEach(
        (indicator, topic) ->
            copy.put(
                Args.text(indicator, "training catalog indicator id"),
                Objects.requireNonNull(topic, "training topic of '" + indicator + "'")));
    topics = Collections.unmodifiableMap(copy);
  }

  /** Starts a catalog. */
  public static Builder builder() {
    return new Builder();
  }

  /** The topic for an indicator, if any. */
  public Optional<TrainingTopic> topicFor(String indicatorId) {
    return Optional.ofNullable(topics.get(indicatorId));
  }

  /** Recommendations for up to {@code max} weakest items below target. */
  public TrainingPlan recommend(Assessment assessment, int max) {
    Objects.requireNonNull(assessment, "assessment");
    Map<String, TrainingTopic> byId = new LinkedHashMap<>();
    Map<String, List<String>> indicators = new LinkedHashMap<>();
    Map<String, BigDecimal> worst = new LinkedHashMap<>();
    List<String> uncovered = new ArrayList<>();
    for (ItemAssessment weak : assessment.weaknesses(max)) {
      TrainingTopic topic = topics.get(weak.indicatorId());
      if (topic == null) {
        uncovered.add(weak.indicatorId());
        continue;
      }
      byId.putIfAbsent(topic.id(), topic);
      indicators.computeIfAbsent(topic.id(), k -> new ArrayList<>()).add(weak.indicatorId());
      worst.putIfAbsent(topic.id(), weak.gap()); // weakest first, so the first gap is the worst
    }
    List<TrainingRecommendation> recommendations = new ArrayList<>();
    byId.forEach(
        (id, topic) ->
            recommendations.add(
                new TrainingRecommendation(
                    topic,
                    // both maps are filled in the same loop iteration that adds the topic
                    Objects.requireNonNull(indicators.get(id), "indicators of a listed topic"),
                    Objects.requireNonNull(worst.get(id), "worst gap of a listed topic"))));
    return new TrainingPlan(recommendations, uncovered);
  }

  /** Builds a catalog. Not thread-safe. */
  public static final class Builder {
    private final Map<String, TrainingTopic> topics = new LinkedHashMap<>();

    private Builder() {}

    /** The topic that addresses an indicator. */
    public Builder topic(String indicatorId, TrainingTopic topic) {
      if (topics.put(Args.text(indicatorId, "indicator id"), Objects.requireNonNull(topic, "topic"))
          != null) {
        throw new IllegalArgumentException(
            "indicator '" + indicatorId + "' has a training topic already");
      }
      return this;
    }

    /** The catalog. */
    public TrainingCatalog build() {
      return new TrainingCatalog(topics);
    }
  }
}

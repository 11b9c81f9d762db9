package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.kpi.metrics.ContentMetrics.ConversionBase;
import dev.yardstick.rules.kpi.metrics.ContentMetrics.HitMeasure;
import dev.yardstick.rules.kpi.metrics.ContentMetrics.InteractionBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentMetricsTest {

  static final Scope EMP = Scope.of("emp-21", Period.parse("2026-07"));

  // v1: interactions 50 + 20 + 10 = 80; v2: 100 + 30 + 40 = 170; together 250
  static final ContentStats V1 =
      ContentStats.builder("v1")
          .views(1_000)
          .reach(800)
          .followers(5_000)
          .likes(50)
          .comments(20)
          .shares(10)
          .clicks(100)
          .detailPageViews(80)
          .orders(4)
          .build();
  static final ContentStats V2 =
      ContentStats.builder("v2")
          .views(3_000)
          .reach(1_200)
          .followers(5_000)
          .likes(100)
          .comments(30)
          .shares(40)
          .clicks(200)
          .detailPageViews(120)
          .orders(6)
          .build();
  static final List<ContentStats> PIECES = List.of(V1, V2);

  @Test
  void interaction_rate_by_views() {
    // 250 ÷ (1 000 + 3 000) = 250 ÷ 4 000 = 0.0625
    Measurement m = ContentMetrics.interactionRate(EMP, PIECES, InteractionBase.VIEWS);
    assertThat(m.indicatorId()).isEqualTo("interaction-rate");
    assertThat(m.value()).isEqualByComparingTo("0.0625");
  }

  @Test
  void interaction_rate_by_reach() {
    // 250 ÷ (800 + 1 200) = 250 ÷ 2 000 = 0.125
    assertThat(ContentMetrics.interactionRate(EMP, PIECES, InteractionBase.REACH).value())
        .isEqualByComparingTo("0.125");
  }

  @Test
  void interaction_rate_by_followers() {
    // 250 ÷ (5 000 + 5 000) = 250 ÷ 10 000 = 0.025
    assertThat(ContentMetrics.interactionRate(EMP, PIECES, InteractionBase.FOLLOWERS).value())
        .isEqualByComparingTo("0.025");
  }

  @Test
  void interaction_rate_without_reach_is_rejected() {
    ContentStats noReach = ContentStats.builder("v3").views(10).likes(1).build();
    assertThatThrownBy(
            () -> ContentMetrics.interactionRate(EMP, List.of(noReach), InteractionBase.REACH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-21', indicator 'interaction-rate', field 'reach': 0 is zero: the ratio"
                + " is undefined");
  }

  @Test
  void content_conversion_rate_by_detail_page_views() {
    // (4 + 6) ÷ (80 + 120) = 10 ÷ 200 = 0.05
    Measurement m =
        ContentMetrics.contentConversionRate(EMP, PIECES, ConversionBase.DETAIL_PAGE_VIEWS);
    assertThat(m.indicatorId()).isEqualTo("content-conversion-rate");
    assertThat(m.value()).isEqualByComparingTo("0.05");
  }

  @Test
  void content_conversion_rate_by_clicks() {
    // (4 + 6) ÷ (100 + 200) = 10 ÷ 300 = 0.03333333333333333 (16 significant digits)
    Measurement m = ContentMetrics.contentConversionRate(EMP, PIECES, ConversionBase.CLICKS);
    assertThat(m.value()).isEqualByComparingTo("0.03333333333333333");
    assertThat(m.numerator()).isEqualByComparingTo("10");
    assertThat(m.denominator()).isEqualByComparingTo("300");
  }

  @Test
  void a_piece_exactly_on_the_hit_threshold_is_a_hit() {
    // views 1 000 and 3 000, threshold 3 000: only v2 (≥ 3 000) → 1 ÷ 2 = 0.5
    assertThat(ContentMetrics.hitContentShare(EMP, PIECES, HitMeasure.VIEWS, 3_000).value())
        .isEqualByComparingTo("0.5");
    // threshold 3 001: no hit → 0 ÷ 2 = 0
    assertThat(ContentMetrics.hitContentShare(EMP, PIECES, HitMeasure.VIEWS, 3_001).value())
        .isEqualByComparingTo("0");
  }

  @Test
  void hits_can_be_judged_on_interactions_or_orders() {
    // interactions 80 and 170, threshold 100: v2 → 1 ÷ 2 = 0.5
    assertThat(ContentMetrics.hitContentShare(EMP, PIECES, HitMeasure.INTERACTIONS, 100).value())
        .isEqualByComparingTo("0.5");
    // orders 4 and 6, threshold 4: both → 2 ÷ 2 = 1
    Measurement m = ContentMetrics.hitContentShare(EMP, PIECES, HitMeasure.ORDERS, 4);
    assertThat(m.indicatorId()).isEqualTo("hit-content-share");
    assertThat(m.value()).isEqualByComparingTo("1");
  }

  @Test
  void hit_share_without_pieces_or_with_a_threshold_below_one_is_rejected() {
    assertThatThrownBy(() -> ContentMetrics.hitContentShare(EMP, List.of(), HitMeasure.VIEWS, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-21', indicator 'hit-content-share', field 'pieces': 0 is zero: the"
                + " ratio is undefined");
    assertThatThrownBy(() -> ContentMetrics.hitContentShare(EMP, PIECES, HitMeasure.VIEWS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hit threshold must be at least 1, got 0");
  }

  @Test
  void a_piece_listed_twice_is_rejected() {
    assertThatThrownBy(
            () -> ContentMetrics.interactionRate(EMP, List.of(V1, V1), InteractionBase.VIEWS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-21', indicator 'interaction-rate', field 'content id': v1 appears twice:"
                + " each fact must be counted once");
  }
}

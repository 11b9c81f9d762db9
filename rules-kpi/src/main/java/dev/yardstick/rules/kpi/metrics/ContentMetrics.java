package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Measurement;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Content metrics (內容創作) from per-piece statistics: interaction rate, content conversion rate and
 * share of hit content (爆款). To compare variants in an A/B test, measure each variant's pieces
 * under its own indicator id ({@link Scope#as(String)}).
 *
 * <pre>{@code
 * Scope july = Scope.of("emp-21", Period.parse("2026-07"));
 * ContentMetrics.interactionRate(july, pieces, ContentMetrics.InteractionBase.REACH);
 * ContentMetrics.hitContentShare(july, pieces, ContentMetrics.HitMeasure.VIEWS, 100_000);
 * }</pre>
 */
public final class ContentMetrics {

  private ContentMetrics() {}

  /** The denominator of the interaction rate. */
  public enum InteractionBase {
    /** Plays or reads: engagement per view. */
    VIEWS,
    /** Unique accounts reached: the usual per-post engagement rate. */
    REACH,
    /** The account's followers at publication: engagement relative to audience size. */
    FOLLOWERS
  }

  /** The denominator of the content conversion rate. */
  public enum ConversionBase {
    /** Product detail-page views coming from the content (詳情頁 → 成交). */
    DETAIL_PAGE_VIEWS,
    /** Clicks from the content to the product. */
    CLICKS
  }

  /** The count a piece must reach to be a hit (爆款). */
  public enum HitMeasure {
    /** Plays or reads, for example "10萬+" = 100,000 views. */
    VIEWS,
    /** Likes + comments + shares. */
    INTERACTIONS,
    /** Orders attributed to the piece. */
    ORDERS
  }

  /**
   * Interaction rate (互動率, indicator {@value IndicatorIds#INTERACTION_RATE}): Σ (likes + comments +
   * shares) ÷ Σ base over the pieces given; a fraction. Over several pieces this is the ratio of
   * sums, so a piece with a large audience weighs more than a small one; by followers each piece
   * contributes its followers at publication.
   *
   * <p>Source: engagement rate = (likes + comments + shares) ÷ followers, impressions or reach
   * (Bettermode, "Engagement Rate: What It Is And How To Calculate It",
   * https://bettermode.com/blog/engagement-rate).
   *
   * <pre>{@code
   * ContentMetrics.interactionRate(july, pieces, ContentMetrics.InteractionBase.VIEWS);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if the base sums to zero or a content
   *     id appears twice
   */
  public static Measurement interactionRate(
      Scope scope, Collection<ContentStats> pieces, InteractionBase base) {
    String indicator = scope.indicatorOr(IndicatorIds.INTERACTION_RATE);
    Objects.requireNonNull(base, "base");
    long interactions = 0;
    long denominator = 0;
    for (ContentStats piece : distinct(scope, indicator, pieces)) {
      interactions = Math.addExact(interactions, piece.interactions());
      long add =
          switch (base) {
            case VIEWS -> piece.views();
            case REACH -> piece.reach();
            case FOLLOWERS -> piece.followers();
          };
      denominator = Math.addExact(denominator, add);
    }
    String field =
        switch (base) {
          case VIEWS -> "views";
          case REACH -> "reach";
          case FOLLOWERS -> "followers";
        };
    return Facts.ratio(scope, indicator, interactions, denominator, field);
  }

  /**
   * Content conversion rate (內容轉化率, indicator {@value IndicatorIds#CONTENT_CONVERSION_RATE}): Σ
   * orders ÷ Σ detail-page views or Σ content clicks; a fraction.
   *
   * <p>Source: conversion rate, conversions ÷ visitors (Wikipedia, "Conversion marketing",
   * https://en.wikipedia.org/wiki/Conversion_marketing), with the detail page as the visit as the
   * domain brief defines it (DOMAIN.md §3: detail page → order).
   *
   * <pre>{@code
   * ContentMetrics.contentConversionRate(
   *     july, pieces, ContentMetrics.ConversionBase.DETAIL_PAGE_VIEWS);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if the base sums to zero or a content
   *     id appears twice
   */
  public static Measurement contentConversionRate(
      Scope scope, Collection<ContentStats> pieces, ConversionBase base) {
    String indicator = scope.indicatorOr(IndicatorIds.CONTENT_CONVERSION_RATE);
    Objects.requireNonNull(base, "base");
    long orders = 0;
    long denominator = 0;
    for (ContentStats piece : distinct(scope, indicator, pieces)) {
      orders = Math.addExact(orders, piece.orders());
      denominator =
          Math.addExact(
              denominator,
              base == ConversionBase.DETAIL_PAGE_VIEWS ? piece.detailPageViews() : piece.clicks());
    }
    String field = base == ConversionBase.DETAIL_PAGE_VIEWS ? "detailPageViews" : "clicks";
    return Facts.ratio(scope, indicator, orders, denominator, field);
  }

  /**
   * Share of hit content (爆款率, indicator {@value IndicatorIds#HIT_CONTENT_SHARE}): pieces whose
   * measure is at least {@code threshold} ÷ pieces; a fraction. "At least" because hit thresholds
   * are quoted as "100,000+": a piece with exactly 100,000 views is a hit.
   *
   * <p>Source: DOMAIN.md §3 (share of hit content, 爆款); the threshold is the company's.
   *
   * <pre>{@code
   * ContentMetrics.hitContentShare(july, pieces, ContentMetrics.HitMeasure.VIEWS, 100_000);
   * }</pre>
   *
   * @param threshold the count from which a piece is a hit; at least 1
   * @throws IllegalArgumentException if {@code threshold} is below 1
   * @throws dev.yardstick.core.domain.InvalidInputException if there are no pieces or a content id
   *     appears twice
   */
  public static Measurement hitContentShare(
      Scope scope, Collection<ContentStats> pieces, HitMeasure measure, long threshold) {
    String indicator = scope.indicatorOr(IndicatorIds.HIT_CONTENT_SHARE);
    Objects.requireNonNull(measure, "measure");
    if (threshold < 1) {
      throw new IllegalArgumentException("hit threshold must be at least 1, got " + threshold);
    }
    List<ContentStats> list = distinct(scope, indicator, pieces);
    long hits = 0;
    for (ContentStats piece : list) {
      long value =
          switch (measure) {
            case VIEWS -> piece.views();
            case INTERACTIONS -> piece.interactions();
            case ORDERS -> piece.orders();
          };
      if (value >= threshold) {
        hits++;
      }
    }
    return Facts.ratio(scope, indicator, hits, list.size(), "pieces");
  }

  private static List<ContentStats> distinct(
      Scope scope, String indicator, Collection<ContentStats> pieces) {
    return Facts.distinct(scope, indicator, pieces, "content id", ContentStats::id);
  }
}

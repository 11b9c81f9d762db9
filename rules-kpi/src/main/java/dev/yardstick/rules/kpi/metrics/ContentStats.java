package dev.yardstick.rules.kpi.metrics;

/**
 * The statistics of one piece of content (post, short video, live stream, detail page) over the
 * period, as the platform's creator or merchant back office reports them.
 *
 * <p>Ten counts are easy to swap by position, so build it by name:
 *
 * <pre>{@code
 * ContentStats video =
 *     ContentStats.builder("video-0712")
 *         .views(120_000).reach(80_000).followers(50_000)
 *         .likes(3_000).comments(400).shares(600)
 *         .clicks(2_500).detailPageViews(2_000).orders(90)
 *         .build();
 * }</pre>
 *
 * <p>Platforms define views and reach differently, so the only check between counts is that none is
 * negative.
 *
 * @param id the content id; unique within one calculation
 * @param views plays or reads (播放量/閱讀量)
 * @param reach unique accounts reached (觸達人數)
 * @param followers the account's followers when the piece was published
 * @param likes likes (點贊)
 * @param comments comments (評論)
 * @param shares shares (轉發/分享)
 * @param clicks clicks from the content to the product (商品點擊)
 * @param detailPageViews product detail-page views coming from the content (詳情頁訪問)
 * @param orders orders attributed to the content (成交訂單)
 */
public record ContentStats(
    String id,
    long views,
    long reach,
    long followers,
    long likes,
    long comments,
    long shares,
    long clicks,
    long detailPageViews,
    long orders) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the piece, field and value for a negative count
   */
  public ContentStats {
    Facts.name(id, "content id");
    String label = "content '" + id + "' ";
    Facts.count(views, label + "views");
    Facts.count(reach, label + "reach");
    Facts.count(followers, label + "followers");
    Facts.count(likes, label + "likes");
    Facts.count(comments, label + "comments");
    Facts.count(shares, label + "shares");
    Facts.count(clicks, label + "clicks");
    Facts.count(detailPageViews, label + "detailPageViews");
    Facts.count(orders, label + "orders");
  }

  /** Interactions: {@code likes + comments + shares}. */
  public long interactions() {
    return Math.addExact(Math.addExact(likes, comments), shares);
  }

  /** A builder whose counts start at 0. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds {@link ContentStats} by field name; counts not set are 0. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private long views;
    private long reach;
    private long followers;
    private long likes;
    private long comments;
    private long shares;
    private long clicks;
    private long detailPageViews;
    private long orders;

    private Builder(String id) {
      this.id = id;
    }

    /** Sets {@link ContentStats#views()}. */
    public Builder views(long value) {
      views = value;
      return this;
    }

    /** Sets {@link ContentStats#reach()}. */
    public Builder reach(long value) {
      reach = value;
      return this;
    }

    /** Sets {@link ContentStats#followers()}. */
    public Builder followers(long value) {
      followers = value;
      return this;
    }

    /** Sets {@link ContentStats#likes()}. */
    public Builder likes(long value) {
      likes = value;
      return this;
    }

    /** Sets {@link ContentStats#comments()}. */
    public Builder comments(long value) {
      comments = value;
      return this;
    }

    /** Sets {@link ContentStats#shares()}. */
    public Builder shares(long value) {
      shares = value;
      return this;
    }

    /** Sets {@link ContentStats#clicks()}. */
    public Builder clicks(long value) {
      clicks = value;
      return this;
    }

    /** Sets {@link ContentStats#detailPageViews()}. */
    public Builder detailPageViews(long value) {
      detailPageViews = value;
      return this;
    }

    /** Sets {@link ContentStats#orders()}. */
    public Builder orders(long value) {
      orders = value;
      return this;
    }

    /**
     * Builds and validates.
     *
     * @throws IllegalArgumentException naming the field and value for a negative count
     */
    public ContentStats build() {
      return new ContentStats(
          id, views, reach, followers, likes, comments, shares, clicks, detailPageViews, orders);
    }
  }
}

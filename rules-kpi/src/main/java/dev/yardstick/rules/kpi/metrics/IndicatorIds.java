package dev.yardstick.rules.kpi.metrics;

/**
 * The ids of the e-commerce indicators of the domain brief (DOMAIN.md §3), shared by the
 * calculators, the catalog and user code so that a measurement finds its scorecard item.
 *
 * <pre>{@code
 * Measurement m = Measurement.of("emp-17", IndicatorIds.NEW_USERS, Period.parse("2026-07"), 420);
 * }</pre>
 */
public final class IndicatorIds {

  private IndicatorIds() {}

  // Marketing (市場推廣)

  /** Customer acquisition cost (獲客成本): acquisition spend ÷ new customers. */
  public static final String CAC = "cac";

  /** Channel conversion rate (渠道轉化率): buyers ÷ visitors of one channel. */
  public static final String CHANNEL_CONVERSION_RATE = "channel-conversion-rate";

  /** New users (新增用戶數). */
  public static final String NEW_USERS = "new-users";

  /** Promotion cost ratio (推廣費比): promotion spend ÷ GMV. */
  public static final String PROMOTION_COST_RATIO = "promotion-cost-ratio";

  /** Content impressions (內容曝光量). */
  public static final String CONTENT_IMPRESSIONS = "content-impressions";

  /** Creative click-through rate (素材點擊率): clicks ÷ impressions. */
  public static final String CREATIVE_CTR = "creative-ctr";

  /** Channel ROI (渠道投資回報率): (revenue − cost) ÷ cost. */
  public static final String CHANNEL_ROI = "channel-roi";

  /** Return on ad spend (廣告支出回報率): revenue ÷ ad spend; distinct from ROI. */
  public static final String ROAS = "roas";

  // Store operations (店鋪運營)

  /** Store GMV, counted as effective GMV (有效GMV). */
  public static final String STORE_GMV = "store-gmv";

  /** Conversion rate (支付轉化率): buyers ÷ visitors. */
  public static final String CONVERSION_RATE = "conversion-rate";

  /** Average order value: sales ÷ orders (per order). */
  public static final String AVERAGE_ORDER_VALUE = "average-order-value";

  /** 客單價: sales ÷ buyers (per buyer). */
  public static final String REVENUE_PER_BUYER = "revenue-per-buyer";

  /** Campaign target achievement rate (活動目標達成率): actual ÷ target. */
  public static final String CAMPAIGN_ACHIEVEMENT_RATE = "campaign-achievement-rate";

  /** Sell-through rate (售罄率): units sold ÷ units available. */
  public static final String SELL_THROUGH_RATE = "sell-through-rate";

  /** 動銷率: share of SKUs that sold at least one unit. */
  public static final String SKU_MOVEMENT_RATE = "sku-movement-rate";

  /** Inventory turnover (庫存周轉率): cost of goods sold ÷ average inventory. */
  public static final String INVENTORY_TURNOVER = "inventory-turnover";

  /** Search-rank improvement (搜索排名提升): positions gained. */
  public static final String SEARCH_RANK_IMPROVEMENT = "search-rank-improvement";

  // Customer service (客戶服務)

  /** Customer satisfaction (滿意度), top-two-box. */
  public static final String CSAT = "csat";

  /** First-contact resolution (一次解決率). */
  public static final String FCR = "fcr";

  /** First-response time (首次響應時間), in seconds. */
  public static final String FIRST_RESPONSE_TIME = "first-response-time";

  /** After-sales handling timeliness (售後處理及時率): share handled within the SLA. */
  public static final String AFTER_SALES_TIMELINESS = "after-sales-timeliness";

  /** Complaint rate (投訴率): complaints ÷ orders. */
  public static final String COMPLAINT_RATE = "complaint-rate";

  /** Repurchase-guidance success rate (復購引導成功率). */
  public static final String REPURCHASE_GUIDANCE_RATE = "repurchase-guidance-rate";

  /** Script-standard compliance (話術規範執行率). */
  public static final String SCRIPT_COMPLIANCE = "script-compliance";

  // Content creation (內容創作)

  /** Content conversion rate (內容轉化率): orders ÷ detail-page views or content clicks. */
  public static final String CONTENT_CONVERSION_RATE = "content-conversion-rate";

  /** Interaction rate (互動率): (likes + comments + shares) ÷ views, reach or followers. */
  public static final String INTERACTION_RATE = "interaction-rate";

  /** Production efficiency (產出效率). */
  public static final String PRODUCTION_EFFICIENCY = "production-efficiency";

  /** Share of hit content (爆款率). */
  public static final String HIT_CONTENT_SHARE = "hit-content-share";

  /** User-preference match (用戶偏好匹配度). */
  public static final String PREFERENCE_MATCH = "preference-match";

  // Data analysis (數據分析)

  /** Report timeliness (報告及時率): share of reports delivered by their deadline. */
  public static final String REPORT_TIMELINESS = "report-timeliness";

  /** Adoption rate of conclusions (結論採納率): adopted ÷ delivered. */
  public static final String ADOPTION_RATE = "adoption-rate";

  /** Anomaly-alert precision (預警準確率): true alerts ÷ alerts raised. */
  public static final String ALERT_PRECISION = "alert-precision";

  /** Anomaly-alert recall (預警召回率): anomalies alerted ÷ real anomalies. */
  public static final String ALERT_RECALL = "alert-recall";

  /** Tool-usage efficiency (工具使用效率). */
  public static final String TOOL_EFFICIENCY = "tool-efficiency";

  /** Cross-department collaboration satisfaction (跨部門協作滿意度). */
  public static final String COLLABORATION_SATISFACTION = "collaboration-satisfaction";
}

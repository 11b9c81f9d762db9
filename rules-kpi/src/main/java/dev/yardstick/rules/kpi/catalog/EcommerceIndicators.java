package dev.yardstick.rules.kpi.catalog;

import static dev.yardstick.core.domain.Aggregation.MEAN;
import static dev.yardstick.core.domain.Aggregation.RATIO_OF_SUMS;
import static dev.yardstick.core.domain.Aggregation.SUM;
import static dev.yardstick.core.domain.Direction.CLOSER_TO_TARGET_IS_BETTER;
import static dev.yardstick.core.domain.Direction.HIGHER_IS_BETTER;
import static dev.yardstick.core.domain.Direction.LOWER_IS_BETTER;
import static dev.yardstick.core.domain.Nature.PROCESS;
import static dev.yardstick.core.domain.Nature.RESULT;
import static dev.yardstick.core.domain.Tier.AUXILIARY;
import static dev.yardstick.core.domain.Tier.CORE;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Nature;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.rules.kpi.metrics.IndicatorIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The core (核心) and auxiliary (輔助) indicators of the five role categories of the domain guide
 * (domain brief §3), each with its unit, direction, tier, nature (result / process), aggregation
 * over months and a one-line definition; the ids are those of {@link IndicatorIds}, which the
 * metric calculators of {@code dev.yardstick.rules.kpi.metrics} produce.
 *
 * <pre>{@code
 * Indicator cac = EcommerceIndicators.CAC;            // lower is better, core, ratio of sums
 * EcommerceIndicators.of(EcommerceModules.MARKETING); // the marketing category, core first
 * EcommerceIndicators.byId("roas");                   // a variant, kept distinct from channel ROI
 * }</pre>
 *
 * <p><b>Variants.</b> Where the industry uses one name for two formulas, both are here under
 * distinct ids and the guide's one goes on the default scorecards: 客單價 per buyer ({@link
 * #REVENUE_PER_BUYER}, the guide's) and average order value per order ({@link
 * #AVERAGE_ORDER_VALUE}); channel ROI on net return ({@link #CHANNEL_ROI}, the guide's) and ROAS on
 * revenue ({@link #ROAS}); 動銷率, the share of SKUs that sold ({@link #SKU_MOVEMENT_RATE}, the
 * guide's), and the retail sell-through rate of units ({@link #SELL_THROUGH_RATE}); anomaly-alert
 * accuracy as precision ({@link #ALERT_PRECISION}) together with recall ({@link #ALERT_RECALL}),
 * so that raising fewer alerts is not rewarded. A variant has the tier of the indicator it
 * stands for.
 *
 * <p><b>Aggregation.</b> Rates aggregate as Σ numerators ÷ Σ denominators ({@code
 * RATIO_OF_SUMS}), so a quarter's rate weighs each month by its volume. Where the guide gives an
 * indicator but no formula (new users, production efficiency, preference match, tool-usage
 * efficiency, campaign achievement, report timeliness, adoption rate, search-rank improvement,
 * after-sales timeliness, repurchase guidance, script compliance), the definition here is the
 * library's, stated as such.
 *
 * <p>Each indicator's Chinese name is its {@code "zh"} translation in Simplified characters and
 * its {@code "zh-Hant"} translation in Traditional characters (the guide's own).
 *
 * <p>The guide: "電商企業崗位職責及績效考核" (job responsibilities and performance evaluation in
 * e-commerce companies), section 二(一), restated in the domain brief §3.
 */
public final class EcommerceIndicators {

  private EcommerceIndicators() {}

  // ---------------------------------------------------------------- marketing (市場推廣)

  /**
   * Customer acquisition cost (獲客成本, CAC), core: acquisition spend of the period (advertising,
   * promotion, agency and creative costs) ÷ new customers acquired in the same period. Lower is
   * better.
   *
   * <p>Source: CAC = total cost of sales and marketing ÷ number of customers acquired, costs and
   * customers of the same period (Futrli, "Customer acquisition costs",
   * https://www.futrli.com/post/futrlis-guide-to-customer-acquisition-costs).
   */
  public static final Indicator CAC =
      indicator(
          IndicatorIds.CAC,
          "Customer acquisition cost",
          "获客成本",
          "獲客成本",
          Unit.CURRENCY,
          LOWER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Acquisition spend of the period ÷ new customers acquired in the same period.");

  /**
   * Channel conversion rate (渠道轉化率), core: paying buyers ÷ visitors brought by the channel, a
   * fraction.
   *
   * <p>Source: 支付轉化率 = 支付買家數 ÷ 訪客數 over the chosen period (Taobao 生意參謀 definition,
   * quoted at https://en.hb2b.com/ask/182535.html), applied to one channel's visitors.
   */
  public static final Indicator CHANNEL_CONVERSION_RATE =
      indicator(
          IndicatorIds.CHANNEL_CONVERSION_RATE,
          "Channel conversion rate",
          "渠道转化率",
          "渠道轉化率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Paying buyers ÷ visitors brought by the channel.");

  /**
   * New users (新增用戶數), core: users who bought or registered for the first time in the period,
   * counted once across channels.
   *
   * <p>Source: named by the guide without a formula; the de-duplication across channels is the
   * library's definition, so that two channels claiming one user do not count it twice.
   */
  public static final Indicator NEW_USERS =
      indicator(
          IndicatorIds.NEW_USERS,
          "New users",
          "新增用户数",
          "新增用戶數",
          Unit.COUNT,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          SUM,
          "Users who bought or registered for the first time in the period, counted once across"
              + " channels.");

  /**
   * Promotion cost ratio (推廣費用占比), core: promotion spend ÷ GMV of the same scope and period, a
   * fraction. Lower is better.
   *
   * <p>Source: named by the guide; the formula is the usual expense ratio (費用率 = 費用 ÷ 銷售額),
   * with effective GMV as the sales.
   */
  public static final Indicator PROMOTION_COST_RATIO =
      indicator(
          IndicatorIds.PROMOTION_COST_RATIO,
          "Promotion cost ratio",
          "推广费用占比",
          "推廣費用占比",
          Unit.RATIO,
          LOWER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Promotion spend ÷ GMV of the same scope and period.");

  /**
   * Content impressions (內容曝光量), auxiliary: times the content and ads were shown, as the
   * platforms count impressions.
   *
   * <p>Source: an impression is counted each time an ad or piece is shown (Google Ads Help,
   * "Clickthrough rate (CTR)", https://support.google.com/google-ads/answer/2615875).
   */
  public static final Indicator CONTENT_IMPRESSIONS =
      indicator(
          IndicatorIds.CONTENT_IMPRESSIONS,
          "Content impressions",
          "内容曝光量",
          "內容曝光量",
          Unit.COUNT,
          HIGHER_IS_BETTER,
          AUXILIARY,
          PROCESS,
          SUM,
          "Times the content and ads were shown, as the platforms count impressions.");

  /**
   * Creative click-through rate (素材點擊率), auxiliary: clicks ÷ impressions of the creatives, a
   * fraction.
   *
   * <p>Source: CTR = clicks ÷ impressions (Google Ads Help, "Clickthrough rate (CTR)",
   * https://support.google.com/google-ads/answer/2615875).
   */
  public static final Indicator CREATIVE_CTR =
      indicator(
          IndicatorIds.CREATIVE_CTR,
          "Creative click-through rate",
          "素材点击率",
          "素材點擊率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          PROCESS,
          RATIO_OF_SUMS,
          "Clicks ÷ impressions of the creatives.");

  /**
   * Channel ROI (渠道ROI, 投入產出比), auxiliary: (revenue attributed to the channel − the channel's
   * cost) ÷ the channel's cost, a multiple (0.25 = 25% above cost; negative for a loss).
   *
   * <p>Source: marketing ROI = (revenue − marketing cost) ÷ marketing cost (Fresh Logistics, "How
   * is marketing ROI calculated?",
   * https://freshlogistics.co.uk/helpie_faq/how-is-marketing-roi-calculated/). Chinese ad
   * platforms often label revenue ÷ spend "ROI"; that is {@link #ROAS}, kept apart.
   */
  public static final Indicator CHANNEL_ROI =
      indicator(
          IndicatorIds.CHANNEL_ROI,
          "Channel ROI",
          "渠道ROI",
          "渠道ROI",
          Unit.NUMBER,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "(Revenue attributed to the channel − its cost) ÷ its cost.");

  /**
   * Return on ad spend (廣告支出回報率, ROAS), auxiliary, the variant of {@link #CHANNEL_ROI}:
   * revenue attributed to the ads ÷ ad spend, a multiple (4 = ¥4 of sales per ¥1). Not on the
   * default scorecards.
   *
   * <p>Source: ROAS = revenue from the ad source ÷ cost of the ad source; it counts direct
   * expenses only and does not say whether the campaign is profitable (IAB UK, "ROAS",
   * https://www.iabuk.com/jargon-buster/roas; Vertical Rail,
   * https://www.verticalrail.com/kb/calculate-roas/).
   */
  public static final Indicator ROAS =
      indicator(
          IndicatorIds.ROAS,
          "Return on ad spend",
          "广告支出回报率",
          "廣告支出回報率",
          Unit.NUMBER,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "Revenue attributed to the ads ÷ ad spend.");

  // ---------------------------------------------------------- store operations (店鋪運營)

  /**
   * Store GMV (店鋪GMV), core, counted as effective GMV (有效GMV): amounts paid on the store's
   * orders − amounts refunded or returned − orders flagged as fake or brushed (刷單), exact to the
   * cent.
   *
   * <p>Source: GMV is the total sales value of merchandise sold through a marketplace over a
   * period, before returns (Wikipedia, "Gross merchandise volume",
   * https://en.wikipedia.org/wiki/Gross_merchandise_volume); the guide asks to count the
   * effective GMV, which excludes returned and brushed orders.
   */
  public static final Indicator STORE_GMV =
      indicator(
          IndicatorIds.STORE_GMV,
          "Store GMV (effective)",
          "店铺GMV(有效GMV)",
          "店鋪GMV(有效GMV)",
          Unit.CURRENCY,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          SUM,
          "Effective GMV: amounts paid − refunded or returned amounts − fake or brushed orders.");

  /**
   * Conversion rate (支付轉化率), core: paying buyers ÷ visitors of the store, a fraction.
   *
   * <p>Source: 支付轉化率 = 支付買家數 ÷ 訪客數 (Taobao 生意參謀 definition, quoted at
   * https://en.hb2b.com/ask/182535.html).
   */
  public static final Indicator CONVERSION_RATE =
      indicator(
          IndicatorIds.CONVERSION_RATE,
          "Conversion rate",
          "转化率",
          "轉化率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Paying buyers ÷ visitors.");

  /**
   * 客單價 (revenue per buyer), core, the guide's indicator: sales ÷ paying buyers, each buyer
   * counted once however many orders they placed.
   *
   * <p>Source: 客單價 = 銷售額 ÷ 成交顧客數 ("客单价", quoted at
   * http://www.jianfanti.com/ciyu/cy5f3x4.html); some shops divide by orders instead, which is
   * {@link #AVERAGE_ORDER_VALUE}, kept apart.
   */
  public static final Indicator REVENUE_PER_BUYER =
      indicator(
          IndicatorIds.REVENUE_PER_BUYER,
          "Revenue per buyer",
          "客单价",
          "客單價",
          Unit.CURRENCY,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Sales ÷ paying buyers, each buyer counted once.");

  /**
   * Average order value (平均訂單價值, AOV), core, the variant of {@link #REVENUE_PER_BUYER}: sales ÷
   * orders. Not on the default scorecards.
   *
   * <p>Source: AOV = total revenue ÷ number of orders (Shopify, "Average order value",
   * https://www.shopify.com/blog/average-order-value).
   */
  public static final Indicator AVERAGE_ORDER_VALUE =
      indicator(
          IndicatorIds.AVERAGE_ORDER_VALUE,
          "Average order value",
          "平均订单价值",
          "平均訂單價值",
          Unit.CURRENCY,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Sales ÷ orders.");

  /**
   * Campaign target achievement rate (活動目標達成率), core: a big promotion's result (for example its
   * effective GMV) ÷ its target, a fraction (1.1 = 110%).
   *
   * <p>Source: named by the guide; actual ÷ target is the library's definition.
   */
  public static final Indicator CAMPAIGN_ACHIEVEMENT_RATE =
      indicator(
          IndicatorIds.CAMPAIGN_ACHIEVEMENT_RATE,
          "Campaign target achievement rate",
          "活动目标达成率",
          "活動目標達成率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "A big promotion's result ÷ its target.");

  /**
   * 動銷率 (SKU movement rate), auxiliary, the guide's indicator: SKUs that sold at least one unit
   * in the period ÷ SKUs carried (all, listed or in stock, as the calculator is told), a
   * fraction. Over a quarter it is the SKU-weighted mean of the months.
   *
   * <p>Source: 動銷率 = 有銷售的商品品種數 ÷ 經營商品總品種數, usually monthly (MBA智庫百科, "动销率", after
   * 楊鑫《如何成為優秀店長》, 2011; mirrored at http://ucaimi.com/wiki/term/动销率).
   */
  public static final Indicator SKU_MOVEMENT_RATE =
      indicator(
          IndicatorIds.SKU_MOVEMENT_RATE,
          "SKU movement rate",
          "动销率",
          "動銷率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "SKUs that sold at least one unit ÷ SKUs carried.");

  /**
   * Sell-through rate (售罄率), auxiliary, the variant of {@link #SKU_MOVEMENT_RATE}: units sold ÷
   * units available (opening stock + units received), a fraction. Not on the default scorecards.
   *
   * <p>Source: sell-through rate = units sold ÷ units received (bops.ai, "Sell-through rate",
   * https://bops.ai/operators-dictionary/sell-through-rate); 售罄率 = 銷售數量 ÷ 進貨數量.
   */
  public static final Indicator SELL_THROUGH_RATE =
      indicator(
          IndicatorIds.SELL_THROUGH_RATE,
          "Sell-through rate",
          "售罄率",
          "售罄率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "Units sold ÷ units available (opening stock + units received).");

  /**
   * Inventory turnover (庫存周轉率), auxiliary: cost of goods sold ÷ average inventory at cost, in
   * turns per period. Closer to target is better: too few turns tie up capital in slow movers,
   * too many mean stock-outs. Over a quarter the months' turns add up (SUM), which equals the
   * quarter's COGS ÷ average inventory when the months' average inventories are alike; compute
   * the quarter from raw facts when they are not.
   *
   * <p>Source: inventory turnover = cost of goods sold ÷ average inventory (Sophelle, "Inventory
   * turnover", https://www.sophelle.com/retail-glossary/inventory-turnover/).
   */
  public static final Indicator INVENTORY_TURNOVER =
      indicator(
          IndicatorIds.INVENTORY_TURNOVER,
          "Inventory turnover",
          "库存周转率",
          "庫存周轉率",
          Unit.NUMBER,
          CLOSER_TO_TARGET_IS_BETTER,
          AUXILIARY,
          RESULT,
          SUM,
          "Cost of goods sold ÷ average inventory at cost, in turns per period.");

  /**
   * Search-rank improvement (搜索排名提升幅度), auxiliary: positions gained by the tracked keywords'
   * average rank, previous period's rank − this period's (positive is better). The months'
   * gains add up to the quarter's.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator SEARCH_RANK_IMPROVEMENT =
      indicator(
          IndicatorIds.SEARCH_RANK_IMPROVEMENT,
          "Search-rank improvement",
          "搜索排名提升幅度",
          "搜索排名提升幅度",
          Unit.NUMBER,
          HIGHER_IS_BETTER,
          AUXILIARY,
          PROCESS,
          SUM,
          "Positions gained by the tracked keywords' average rank.");

  // ---------------------------------------------------------- customer service (客戶服務)

  /**
   * Customer satisfaction (客戶滿意度, CSAT), core: top-two-box, survey answers of 4 or 5 on a 1–5
   * scale ÷ all answers, a fraction.
   *
   * <p>Source: CSAT = satisfied customers (answers 4 and 5) ÷ survey responses (SoGoSurvey,
   * "Introduction to customer satisfaction (CSAT)",
   * https://www.sogosurvey.com/help/introduction-to-customer-satisfaction-csat/).
   */
  public static final Indicator CSAT =
      indicator(
          IndicatorIds.CSAT,
          "Customer satisfaction (CSAT)",
          "客户满意度",
          "客戶滿意度",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Survey answers of 4 or 5 on a 1–5 scale ÷ all answers (top-two-box).");

  /**
   * First-contact resolution (首次解決率, FCR), core: issues resolved at the first contact, without
   * follow-up or transfer ÷ all issues handled, a fraction.
   *
   * <p>Source: FCR = tickets resolved after the first contact ÷ tickets (Freshservice, "How do you
   * calculate FCR?",
   * https://support.freshservice.com/en/support/solutions/articles/50000004904-how-do-you-calculate-fcr-).
   */
  public static final Indicator FCR =
      indicator(
          IndicatorIds.FCR,
          "First-contact resolution",
          "首次解决率",
          "首次解決率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Issues resolved at the first contact ÷ issues handled.");

  /**
   * Response time (響應時效), core, as the median first-response time in seconds: from the
   * customer's message to the first human reply (automatic acknowledgements do not count). Lower
   * is better. Over a quarter the months' medians are averaged (MEAN); the calculator computes
   * an exact quarterly median from the quarter's tickets.
   *
   * <p>Source: first response time = time of first reply − time of the customer's request, its
   * median a more robust summary than the mean (Geckoboard, "First response time",
   * https://www.geckoboard.com/learn/kpi-examples/customer-support-kpis/first-response-time/).
   */
  public static final Indicator FIRST_RESPONSE_TIME =
      indicator(
          IndicatorIds.FIRST_RESPONSE_TIME,
          "First-response time",
          "响应时效",
          "響應時效",
          Unit.SECONDS,
          LOWER_IS_BETTER,
          CORE,
          PROCESS,
          MEAN,
          "Median time from the customer's message to the first human reply, in seconds.");

  /**
   * After-sales handling timeliness (售後處理及時率), core: after-sales cases (returns, exchanges,
   * complaints) handled within the service-level time ÷ all cases, a fraction; a case still open
   * past its deadline counts as late.
   *
   * <p>Source: named by the guide, which sets a 24-hour response standard; the formula is the
   * library's definition.
   */
  public static final Indicator AFTER_SALES_TIMELINESS =
      indicator(
          IndicatorIds.AFTER_SALES_TIMELINESS,
          "After-sales handling timeliness",
          "售后处理及时率",
          "售後處理及時率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          PROCESS,
          RATIO_OF_SUMS,
          "After-sales cases handled within the service-level time ÷ all cases.");

  /**
   * Complaint rate (客訴率), auxiliary: complaints ÷ orders of the period, a fraction. Lower is
   * better.
   *
   * <p>Source: named by the guide; complaints per order is the library's definition.
   */
  public static final Indicator COMPLAINT_RATE =
      indicator(
          IndicatorIds.COMPLAINT_RATE,
          "Complaint rate",
          "客诉率",
          "客訴率",
          Unit.RATIO,
          LOWER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "Complaints ÷ orders.");

  /**
   * Repurchase-guidance success rate (復購引導成功率), auxiliary: customers guided towards a repeat
   * purchase (follow-up, coupon) who bought again within the agreed window ÷ customers guided, a
   * fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator REPURCHASE_GUIDANCE_RATE =
      indicator(
          IndicatorIds.REPURCHASE_GUIDANCE_RATE,
          "Repurchase-guidance success rate",
          "复购引导成功率",
          "復購引導成功率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "Guided customers who bought again within the window ÷ customers guided.");

  /**
   * Script-standard compliance (服務話術標準化執行度), auxiliary: conversations found compliant by
   * quality inspection (質檢) ÷ conversations inspected, a fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator SCRIPT_COMPLIANCE =
      indicator(
          IndicatorIds.SCRIPT_COMPLIANCE,
          "Script-standard compliance",
          "服务话术标准化执行度",
          "服務話術標準化執行度",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          PROCESS,
          RATIO_OF_SUMS,
          "Inspected conversations that follow the script standard ÷ conversations inspected.");

  // ---------------------------------------------------------- content creation (內容創作)

  /**
   * Content conversion rate (內容轉化率), core: orders attributed to the content ÷ its detail-page
   * visits (or clicks to the product, as the calculator is told), a fraction; compare content
   * variants by A/B test under separate ids.
   *
   * <p>Source: the guide's example, detail page → order; conversion rate as the share of visitors
   * who take the desired action (Wikipedia, "Conversion marketing",
   * https://en.wikipedia.org/wiki/Conversion_marketing).
   */
  public static final Indicator CONTENT_CONVERSION_RATE =
      indicator(
          IndicatorIds.CONTENT_CONVERSION_RATE,
          "Content conversion rate",
          "内容转化率",
          "內容轉化率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Orders attributed to the content ÷ its detail-page visits.");

  /**
   * Interaction rate (內容互動率), core: (likes + comments + shares) ÷ views, reach or followers (as
   * the calculator is told), a fraction.
   *
   * <p>Source: engagement rate = (likes + comments + shares) ÷ followers or post impressions
   * (Tribe, "Engagement rate", https://tribe.so/glossary/engagement-rate).
   */
  public static final Indicator INTERACTION_RATE =
      indicator(
          IndicatorIds.INTERACTION_RATE,
          "Interaction rate",
          "内容互动率",
          "內容互動率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          PROCESS,
          RATIO_OF_SUMS,
          "(Likes + comments + shares) ÷ views, reach or followers.");

  /**
   * Production efficiency (內容生產效率), core: pieces delivered and approved ÷ working days, in
   * pieces per working day.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator PRODUCTION_EFFICIENCY =
      indicator(
          IndicatorIds.PRODUCTION_EFFICIENCY,
          "Production efficiency",
          "内容生产效率",
          "內容生產效率",
          Unit.NUMBER,
          HIGHER_IS_BETTER,
          CORE,
          PROCESS,
          RATIO_OF_SUMS,
          "Pieces delivered and approved ÷ working days.");

  /**
   * Share of hit content (爆款內容占比), auxiliary: pieces reaching the company's hit threshold (for
   * example 100,000 views) ÷ pieces published, a fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator HIT_CONTENT_SHARE =
      indicator(
          IndicatorIds.HIT_CONTENT_SHARE,
          "Share of hit content",
          "爆款内容占比",
          "爆款內容占比",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          RATIO_OF_SUMS,
          "Pieces reaching the hit threshold ÷ pieces published.");

  /**
   * User-preference match (用戶內容偏好匹配度), auxiliary: pieces whose topic tags are among the
   * target audience's preferred tags (from the platform's audience insights) ÷ pieces published,
   * a fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator PREFERENCE_MATCH =
      indicator(
          IndicatorIds.PREFERENCE_MATCH,
          "User-preference match",
          "用户内容偏好匹配度",
          "用戶內容偏好匹配度",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          PROCESS,
          RATIO_OF_SUMS,
          "Pieces tagged with the audience's preferred topics ÷ pieces published.");

  // ------------------------------------------------------------- data analysis (數據分析)

  /**
   * Report timeliness (數據報告輸出及時性), core: reports delivered by their deadline ÷ reports due,
   * a fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator REPORT_TIMELINESS =
      indicator(
          IndicatorIds.REPORT_TIMELINESS,
          "Report timeliness",
          "数据报告输出及时性",
          "數據報告輸出及時性",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          PROCESS,
          RATIO_OF_SUMS,
          "Reports delivered by their deadline ÷ reports due.");

  /**
   * Adoption rate of conclusions (分析結論採納率), core: conclusions the business adopted ÷
   * conclusions delivered, a fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator ADOPTION_RATE =
      indicator(
          IndicatorIds.ADOPTION_RATE,
          "Adoption rate of conclusions",
          "分析结论采纳率",
          "分析結論採納率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Conclusions adopted by the business ÷ conclusions delivered.");

  /**
   * Anomaly-alert precision (異常預警準確率), core, the guide's accuracy: alerts that were real
   * anomalies ÷ alerts raised, a fraction. Scored together with {@link #ALERT_RECALL}.
   *
   * <p>Source: precision = true positives ÷ (true positives + false positives) (Wikipedia,
   * "Precision and recall", https://en.wikipedia.org/wiki/Precision_and_recall).
   */
  public static final Indicator ALERT_PRECISION =
      indicator(
          IndicatorIds.ALERT_PRECISION,
          "Anomaly-alert precision",
          "异常预警准确率",
          "異常預警準確率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Alerts that were real anomalies ÷ alerts raised.");

  /**
   * Anomaly-alert recall (異常預警召回率), core, the companion of {@link #ALERT_PRECISION}: real
   * anomalies that were alerted ÷ real anomalies, a fraction, so that raising fewer alerts is not
   * rewarded.
   *
   * <p>Source: recall = true positives ÷ (true positives + false negatives) (Wikipedia,
   * "Precision and recall", https://en.wikipedia.org/wiki/Precision_and_recall).
   */
  public static final Indicator ALERT_RECALL =
      indicator(
          IndicatorIds.ALERT_RECALL,
          "Anomaly-alert recall",
          "异常预警召回率",
          "異常預警召回率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          CORE,
          RESULT,
          RATIO_OF_SUMS,
          "Real anomalies that were alerted ÷ real anomalies.");

  /**
   * Tool-usage efficiency (數據工具使用效率), auxiliary: recurring reports produced by automated or
   * self-service tools ÷ recurring reports, a fraction.
   *
   * <p>Source: named by the guide; the formula is the library's definition.
   */
  public static final Indicator TOOL_EFFICIENCY =
      indicator(
          IndicatorIds.TOOL_EFFICIENCY,
          "Tool-usage efficiency",
          "数据工具使用效率",
          "數據工具使用效率",
          Unit.RATIO,
          HIGHER_IS_BETTER,
          AUXILIARY,
          PROCESS,
          RATIO_OF_SUMS,
          "Recurring reports produced by automated or self-service tools ÷ recurring reports.");

  /**
   * Cross-department collaboration satisfaction (跨部門協作滿意度), auxiliary: partner departments'
   * ratings on a 1–5 scale, averaged; the default scorecard scores it with the {@code ratings}
   * strategy, one part per department ({@code partner.operations}, {@code partner.marketing}).
   *
   * <p>Source: named by the guide; the rating is the library's definition.
   */
  public static final Indicator COLLABORATION_SATISFACTION =
      indicator(
          IndicatorIds.COLLABORATION_SATISFACTION,
          "Cross-department collaboration satisfaction",
          "跨部门协作满意度",
          "跨部門協作滿意度",
          Unit.SCORE,
          HIGHER_IS_BETTER,
          AUXILIARY,
          RESULT,
          MEAN,
          "Partner departments' ratings on a 1–5 scale, averaged.");

  private static final Map<FunctionalModule, List<Indicator>> BY_MODULE =
      Map.of(
          EcommerceModules.MARKETING,
          List.of(
              CAC,
              CHANNEL_CONVERSION_RATE,
              NEW_USERS,
              PROMOTION_COST_RATIO,
              CONTENT_IMPRESSIONS,
              CREATIVE_CTR,
              CHANNEL_ROI,
              ROAS),
          EcommerceModules.STORE_OPERATIONS,
          List.of(
              STORE_GMV,
              CONVERSION_RATE,
              REVENUE_PER_BUYER,
              AVERAGE_ORDER_VALUE,
              CAMPAIGN_ACHIEVEMENT_RATE,
              SKU_MOVEMENT_RATE,
              SELL_THROUGH_RATE,
              INVENTORY_TURNOVER,
              SEARCH_RANK_IMPROVEMENT),
          EcommerceModules.CUSTOMER_SERVICE,
          List.of(
              CSAT,
              FCR,
              FIRST_RESPONSE_TIME,
              AFTER_SALES_TIMELINESS,
              COMPLAINT_RATE,
              REPURCHASE_GUIDANCE_RATE,
              SCRIPT_COMPLIANCE),
          EcommerceModules.CONTENT_CREATION,
          List.of(
              CONTENT_CONVERSION_RATE,
              INTERACTION_RATE,
              PRODUCTION_EFFICIENCY,
              HIT_CONTENT_SHARE,
              PREFERENCE_MATCH),
          EcommerceModules.DATA_ANALYSIS,
          List.of(
              REPORT_TIMELINESS,
              ADOPTION_RATE,
              ALERT_PRECISION,
              ALERT_RECALL,
              TOOL_EFFICIENCY,
              COLLABORATION_SATISFACTION));

  private static final List<Indicator> ALL = collectAll();

  private static List<Indicator> collectAll() {
    List<Indicator> all = new ArrayList<>();
    for (FunctionalModule module : EcommerceModules.all()) {
      all.addAll(BY_MODULE.get(module));
    }
    return List.copyOf(all);
  }

  /** Every indicator, category by category in the order of the business flow, core first. */
  public static List<Indicator> all() {
    return ALL;
  }

  /**
   * The indicators of a role category, core before auxiliary, each variant after the indicator it
   * stands for.
   *
   * @throws IllegalArgumentException if the module is not one of {@link EcommerceModules#all()}
   */
  public static List<Indicator> of(FunctionalModule module) {
    Objects.requireNonNull(module, "module");
    List<Indicator> indicators = BY_MODULE.get(module);
    if (indicators == null) {
      throw new IllegalArgumentException(
          "module '" + module.id() + "' is not one of the e-commerce catalog's modules");
    }
    return indicators;
  }

  /** The indicator with this id, if it is one of the catalog's. */
  public static Optional<Indicator> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (Indicator indicator : ALL) {
      if (indicator.id().equals(id)) {
        return Optional.of(indicator);
      }
    }
    return Optional.empty();
  }

  private static Indicator indicator(
      String id,
      String name,
      String simplified,
      String traditional,
      Unit unit,
      Direction direction,
      Tier tier,
      Nature nature,
      Aggregation aggregation,
      String definition) {
    return Indicator.builder(id)
        .name(name)
        .translation("zh", simplified)
        .translation("zh-Hant", traditional)
        .unit(unit)
        .direction(direction)
        .tier(tier)
        .nature(nature)
        .aggregation(aggregation)
        .definition(definition)
        .build();
  }
}

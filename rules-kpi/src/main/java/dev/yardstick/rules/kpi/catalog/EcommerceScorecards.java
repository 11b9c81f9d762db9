package dev.yardstick.rules.kpi.catalog;

import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.ADOPTION_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.AFTER_SALES_TIMELINESS;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.ALERT_PRECISION;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.ALERT_RECALL;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CAC;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CAMPAIGN_ACHIEVEMENT_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CHANNEL_CONVERSION_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CHANNEL_ROI;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.COLLABORATION_SATISFACTION;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.COMPLAINT_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CONTENT_CONVERSION_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CONTENT_IMPRESSIONS;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CONVERSION_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CREATIVE_CTR;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.CSAT;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.FCR;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.FIRST_RESPONSE_TIME;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.HIT_CONTENT_SHARE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.INTERACTION_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.INVENTORY_TURNOVER;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.NEW_USERS;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.PREFERENCE_MATCH;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.PRODUCTION_EFFICIENCY;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.PROMOTION_COST_RATIO;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.REPORT_TIMELINESS;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.REPURCHASE_GUIDANCE_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.REVENUE_PER_BUYER;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.SCRIPT_COMPLIANCE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.SEARCH_RANK_IMPROVEMENT;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.SKU_MOVEMENT_RATE;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.STORE_GMV;
import static dev.yardstick.rules.kpi.catalog.EcommerceIndicators.TOOL_EFFICIENCY;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.rules.kpi.Kpi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A default scorecard per role of {@link EcommerceRoles}, to copy and adapt: a {@code "core"}
 * section with the role category's core indicators and an {@code "auxiliary"} section with its
 * auxiliary ones (domain brief §3), scored by the strategies of {@code dev.yardstick.rules.kpi}.
 *
 * <pre>{@code
 * Scorecard card = EcommerceScorecards.forRoleId("store-ops-manager");
 * Scorecard ours = card.toBuilder().version(2)
 *     .build();                                   // or replace items and targets, see toBuilder()
 * Evaluation e = Yardstick.evaluate(li).in("2026-Q3").against(card)
 *     .targets(Map.of("store-gmv", Target.levels(4_000_000, 5_000_000, 6_000_000)))
 *     .with(measurements);
 * }</pre>
 *
 * <p><b>Weights.</b> Starting weights, to be re-weighted every half year as the guide advises:
 * the core section weighs 70% (75% for the customer-service specialist and the data analyst,
 * 60% for the merchandise specialist, whose work is the assortment), and every core item
 * weighs more in the total than every auxiliary item. Within customer service, resolution
 * (FCR, CSAT) weighs more than speed, since "fast answers do not outweigh solved problems";
 * in data analysis, alert precision and recall weigh the same, so that raising fewer alerts
 * does not pay.
 *
 * <p><b>Rules.</b> Amounts, counts and costs: {@code Kpi.thresholdTargetStretch(60, 100, 120)}
 * on threshold / target / stretch levels, descending for the lower-is-better CAC, promotion cost
 * ratio, response time and complaint rate. Rates: {@code Kpi.ratioToTarget(0, 120)} or, near
 * their ceiling (CSAT, FCR, timeliness), threshold / target / stretch. Campaign achievement (a
 * fraction already): {@code Kpi.banded()} on the actual, 0.8 → 60, 1.0 → 100, 1.2 → 120,
 * interpolated. Inventory turnover: {@code Kpi.closerToTarget()}, full within ±10% of the
 * target, 0 at ±50%. Collaboration satisfaction: {@code Kpi.ratings(1, 5)} with one rater group
 * {@code partner} (parts {@code partner.operations}, {@code partner.marketing}, …).
 *
 * <p><b>Targets are placeholders</b>: the levels below are illustrative figures for one quarter
 * of a mid-sized store, to be replaced by the company's own, per scorecard or per subject with
 * {@code EvaluationRequest.targets(...)}. Missing data fails the evaluation ({@code
 * MissingDataPolicy.FAIL}), since pay should not rest on silently missing figures.
 */
public final class EcommerceScorecards {

  private static final ScoringRule<?> LEVELS = Kpi.thresholdTargetStretch(60, 100, 120);
  private static final ScoringRule<?> RATIO = Kpi.ratioToTarget(0, 120);
  private static final ScoringRule<?> CAMPAIGN =
      Kpi.banded().onActual().interpolated().band(0.8, 60).band(1.0, 100).band(1.2, 120).rule();
  private static final ScoringRule<?> TURNOVER =
      Kpi.closerToTarget().relative().tolerance(0.1).floorAt(0.5).rule();
  private static final ScoringRule<?> PARTNER_RATINGS =
      Kpi.ratings(1, 5).rater("partner", 100).rule();

  /**
   * Marketing manager: core 70 (CAC 30, channel conversion 25, new users 25, promotion cost
   * ratio 20), auxiliary 30 (impressions 30, creative CTR 30, channel ROI 40).
   */
  public static final Scorecard MARKETING_MANAGER =
      Yardstick.scorecard(EcommerceRoles.MARKETING_MANAGER.id())
          .name("Marketing manager (default)")
          .section("core", 70)
              .item(CAC).weight(30).target(Target.levels(80, 60, 50)).scoredBy(LEVELS)
              .item(CHANNEL_CONVERSION_RATE).weight(25).target(Target.of(0.025)).scoredBy(RATIO)
              .item(NEW_USERS).weight(25).target(Target.levels(8_000, 10_000, 12_000))
                  .scoredBy(LEVELS)
              .item(PROMOTION_COST_RATIO).weight(20).target(Target.levels(0.15, 0.12, 0.10))
                  .scoredBy(LEVELS)
          .section("auxiliary", 30)
              .item(CONTENT_IMPRESSIONS).weight(30)
                  .target(Target.levels(4_000_000, 5_000_000, 6_000_000)).scoredBy(LEVELS)
              .item(CREATIVE_CTR).weight(30).target(Target.of(0.02)).scoredBy(RATIO)
              .item(CHANNEL_ROI).weight(40).target(Target.levels(0, 1, 1.5)).scoredBy(LEVELS)
          .build();

  /**
   * New-media operations specialist: core 70 (new users 35, channel conversion 25, CAC 20,
   * promotion cost ratio 20), auxiliary 30 (impressions 40, creative CTR 35, channel ROI 25).
   */
  public static final Scorecard NEW_MEDIA_SPECIALIST =
      Yardstick.scorecard(EcommerceRoles.NEW_MEDIA_SPECIALIST.id())
          .name("New-media operations specialist (default)")
          .section("core", 70)
              .item(NEW_USERS).weight(35).target(Target.levels(2_000, 2_500, 3_000))
                  .scoredBy(LEVELS)
              .item(CHANNEL_CONVERSION_RATE).weight(25).target(Target.of(0.02)).scoredBy(RATIO)
              .item(CAC).weight(20).target(Target.levels(60, 45, 35)).scoredBy(LEVELS)
              .item(PROMOTION_COST_RATIO).weight(20).target(Target.levels(0.12, 0.10, 0.08))
                  .scoredBy(LEVELS)
          .section("auxiliary", 30)
              .item(CONTENT_IMPRESSIONS).weight(40)
                  .target(Target.levels(1_600_000, 2_000_000, 2_400_000)).scoredBy(LEVELS)
              .item(CREATIVE_CTR).weight(35).target(Target.of(0.03)).scoredBy(RATIO)
              .item(CHANNEL_ROI).weight(25).target(Target.levels(0, 0.8, 1.2)).scoredBy(LEVELS)
          .build();

  /**
   * Store operations manager: core 70 (effective GMV 35, conversion 20, 客單價 20, campaign
   * achievement 25), auxiliary 30 (動銷率 40, inventory turnover 30, search rank 30).
   */
  public static final Scorecard STORE_OPS_MANAGER =
      Yardstick.scorecard(EcommerceRoles.STORE_OPS_MANAGER.id())
          .name("Store operations manager (default)")
          .section("core", 70)
              .item(STORE_GMV).weight(35).target(Target.levels(4_000_000, 5_000_000, 6_000_000))
                  .scoredBy(LEVELS)
              .item(CONVERSION_RATE).weight(20).target(Target.of(0.035)).scoredBy(RATIO)
              .item(REVENUE_PER_BUYER).weight(20).target(Target.of(200)).scoredBy(RATIO)
              .item(CAMPAIGN_ACHIEVEMENT_RATE).weight(25).scoredBy(CAMPAIGN)
          .section("auxiliary", 30)
              .item(SKU_MOVEMENT_RATE).weight(40).target(Target.levels(0.6, 0.7, 0.8))
                  .scoredBy(LEVELS)
              .item(INVENTORY_TURNOVER).weight(30).target(Target.of(1.5)).scoredBy(TURNOVER)
              .item(SEARCH_RANK_IMPROVEMENT).weight(30).target(Target.levels(0, 5, 10))
                  .scoredBy(LEVELS)
          .build();

  /**
   * Merchandise specialist: core 60 (effective GMV, conversion, 客單價, campaign achievement, 25
   * each), auxiliary 40 (動銷率 35, inventory turnover 35, search rank 30).
   */
  public static final Scorecard MERCHANDISE_SPECIALIST =
      Yardstick.scorecard(EcommerceRoles.MERCHANDISE_SPECIALIST.id())
          .name("Merchandise specialist (default)")
          .section("core", 60)
              .item(STORE_GMV).weight(25).target(Target.levels(4_000_000, 5_000_000, 6_000_000))
                  .scoredBy(LEVELS)
              .item(CONVERSION_RATE).weight(25).target(Target.of(0.035)).scoredBy(RATIO)
              .item(REVENUE_PER_BUYER).weight(25).target(Target.of(200)).scoredBy(RATIO)
              .item(CAMPAIGN_ACHIEVEMENT_RATE).weight(25).scoredBy(CAMPAIGN)
          .section("auxiliary", 40)
              .item(SKU_MOVEMENT_RATE).weight(35).target(Target.levels(0.6, 0.7, 0.8))
                  .scoredBy(LEVELS)
              .item(INVENTORY_TURNOVER).weight(35).target(Target.of(1.5)).scoredBy(TURNOVER)
              .item(SEARCH_RANK_IMPROVEMENT).weight(30).target(Target.levels(0, 5, 10))
                  .scoredBy(LEVELS)
          .build();

  /**
   * Customer-service supervisor: core 70 (CSAT 30, FCR 30, response time 20, after-sales
   * timeliness 20), auxiliary 30 (complaint rate 40, repurchase guidance 30, script compliance
   * 30).
   */
  public static final Scorecard CS_SUPERVISOR =
      Yardstick.scorecard(EcommerceRoles.CS_SUPERVISOR.id())
          .name("Customer-service supervisor (default)")
          .section("core", 70)
              .item(CSAT).weight(30).target(Target.levels(0.8, 0.9, 0.95)).scoredBy(LEVELS)
              .item(FCR).weight(30).target(Target.levels(0.7, 0.8, 0.9)).scoredBy(LEVELS)
              .item(FIRST_RESPONSE_TIME).weight(20).target(Target.levels(60, 30, 15))
                  .scoredBy(LEVELS)
              .item(AFTER_SALES_TIMELINESS).weight(20).target(Target.levels(0.9, 0.95, 0.99))
                  .scoredBy(LEVELS)
          .section("auxiliary", 30)
              .item(COMPLAINT_RATE).weight(40).target(Target.levels(0.01, 0.005, 0.002))
                  .scoredBy(LEVELS)
              .item(REPURCHASE_GUIDANCE_RATE).weight(30).target(Target.of(0.15)).scoredBy(RATIO)
              .item(SCRIPT_COMPLIANCE).weight(30).target(Target.levels(0.9, 0.95, 1))
                  .scoredBy(LEVELS)
          .build();

  /**
   * Customer-service specialist: core 75 (CSAT 25, FCR 30, response time 20, after-sales
   * timeliness 25), auxiliary 25 (complaint rate 30, repurchase guidance 40, script compliance
   * 30).
   */
  public static final Scorecard CS_SPECIALIST =
      Yardstick.scorecard(EcommerceRoles.CS_SPECIALIST.id())
          .name("Customer-service specialist (default)")
          .section("core", 75)
              .item(CSAT).weight(25).target(Target.levels(0.8, 0.9, 0.95)).scoredBy(LEVELS)
              .item(FCR).weight(30).target(Target.levels(0.7, 0.8, 0.9)).scoredBy(LEVELS)
              .item(FIRST_RESPONSE_TIME).weight(20).target(Target.levels(60, 30, 15))
                  .scoredBy(LEVELS)
              .item(AFTER_SALES_TIMELINESS).weight(25).target(Target.levels(0.9, 0.95, 0.99))
                  .scoredBy(LEVELS)
          .section("auxiliary", 25)
              .item(COMPLAINT_RATE).weight(30).target(Target.levels(0.01, 0.005, 0.002))
                  .scoredBy(LEVELS)
              .item(REPURCHASE_GUIDANCE_RATE).weight(40).target(Target.of(0.15)).scoredBy(RATIO)
              .item(SCRIPT_COMPLIANCE).weight(30).target(Target.levels(0.9, 0.95, 1))
                  .scoredBy(LEVELS)
          .build();

  /**
   * Content planning specialist: core 70 (content conversion 40, interaction rate 35, production
   * efficiency 25), auxiliary 30 (hit content 50, preference match 50).
   */
  public static final Scorecard CONTENT_SPECIALIST =
      Yardstick.scorecard(EcommerceRoles.CONTENT_SPECIALIST.id())
          .name("Content planning specialist (default)")
          .section("core", 70)
              .item(CONTENT_CONVERSION_RATE).weight(40).target(Target.of(0.03)).scoredBy(RATIO)
              .item(INTERACTION_RATE).weight(35).target(Target.of(0.05)).scoredBy(RATIO)
              .item(PRODUCTION_EFFICIENCY).weight(25).target(Target.levels(0.8, 1, 1.2))
                  .scoredBy(LEVELS)
          .section("auxiliary", 30)
              .item(HIT_CONTENT_SHARE).weight(50).target(Target.of(0.1)).scoredBy(RATIO)
              .item(PREFERENCE_MATCH).weight(50).target(Target.of(0.7)).scoredBy(RATIO)
          .build();

  /**
   * Data analyst: core 75 (report timeliness 25, adoption rate 35, alert precision 20, alert
   * recall 20), auxiliary 25 (tool-usage efficiency 50, collaboration satisfaction 50).
   */
  public static final Scorecard DATA_ANALYST =
      Yardstick.scorecard(EcommerceRoles.DATA_ANALYST.id())
          .name("Data analyst (default)")
          .section("core", 75)
              .item(REPORT_TIMELINESS).weight(25).target(Target.levels(0.9, 0.95, 1))
                  .scoredBy(LEVELS)
              .item(ADOPTION_RATE).weight(35).target(Target.of(0.6)).scoredBy(RATIO)
              .item(ALERT_PRECISION).weight(20).target(Target.of(0.8)).scoredBy(RATIO)
              .item(ALERT_RECALL).weight(20).target(Target.of(0.8)).scoredBy(RATIO)
          .section("auxiliary", 25)
              .item(TOOL_EFFICIENCY).weight(50).target(Target.of(0.5)).scoredBy(RATIO)
              .item(COLLABORATION_SATISFACTION).weight(50).scoredBy(PARTNER_RATINGS)
          .build();

  private static final List<Scorecard> ALL =
      List.of(
          MARKETING_MANAGER,
          NEW_MEDIA_SPECIALIST,
          STORE_OPS_MANAGER,
          MERCHANDISE_SPECIALIST,
          CS_SUPERVISOR,
          CS_SPECIALIST,
          CONTENT_SPECIALIST,
          DATA_ANALYST);

  private EcommerceScorecards() {}

  /** Every default scorecard, in the order of {@link EcommerceRoles#all()}. */
  public static List<Scorecard> all() {
    return ALL;
  }

  /**
   * The default scorecard of a role; its id is the role's id.
   *
   * @throws IllegalArgumentException naming the role when it is not one of the catalog's
   */
  public static Scorecard forRole(Role role) {
    Objects.requireNonNull(role, "role");
    return forRoleId(role.id());
  }

  /**
   * The default scorecard of the role with this id.
   *
   * @throws IllegalArgumentException naming the id and the known ids when there is none
   */
  public static Scorecard forRoleId(String roleId) {
    Objects.requireNonNull(roleId, "roleId");
    List<String> known = new ArrayList<>();
    for (Scorecard card : ALL) {
      if (card.id().equals(roleId)) {
        return card;
      }
      known.add(card.id());
    }
    throw new IllegalArgumentException(
        "no default scorecard for role id '" + roleId + "'; known: " + known);
  }
}

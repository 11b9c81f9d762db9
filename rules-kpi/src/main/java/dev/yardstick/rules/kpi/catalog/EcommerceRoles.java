package dev.yardstick.rules.kpi.catalog;

import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Level;
import dev.yardstick.core.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roles (崗位) of the domain guide, with their modules, levels and responsibilities (abridged
 * from the guide, in order of importance), in English with the Chinese name in Simplified
 * characters as the {@code "zh"} translation and in Traditional characters as {@code "zh-Hant"}.
 *
 * <pre>{@code
 * Role role = EcommerceRoles.byId("store-ops-manager").orElseThrow();
 * role.name(Locale.SIMPLIFIED_CHINESE);    // "店铺运营经理"
 * role.name(Locale.TRADITIONAL_CHINESE);   // "店鋪運營經理"
 * EcommerceRoles.of(EcommerceModules.CUSTOMER_SERVICE);   // supervisor and specialist
 * }</pre>
 *
 * <p>The guide names eight roles: two in marketing, two in store operations, two in customer
 * service, one in content creation and one in data analysis. Source: "電商企業崗位職責及績效考核",
 * section 一(一), restated in the domain brief §1.
 */
public final class EcommerceRoles {

  /** Marketing manager (市場推廣經理). */
  public static final Role MARKETING_MANAGER =
      Role.of(
              "marketing-manager",
              "Marketing manager",
              EcommerceModules.MARKETING,
              Level.MANAGER,
              List.of(
                  "Set the annual promotion strategy",
                  "Mix paid traffic (search ads, feed ads) with free traffic (community, KOL) to"
                      + " balance acquisition cost and conversion",
                  "Plan and run campaigns: creative, budget, channel mix, tracking",
                  "Optimise the placement strategy for return on investment",
                  "Watch competitors' channels and tactics and propose differentiation"))
          .withTranslation("zh", "市场推广经理")
          .withTranslation("zh-Hant", "市場推廣經理");

  /** New-media operations specialist (新媒體運營專員). */
  public static final Role NEW_MEDIA_SPECIALIST =
      Role.of(
              "new-media-specialist",
              "New-media operations specialist",
              EcommerceModules.MARKETING,
              Level.SPECIALIST,
              List.of(
                  "Publish daily content and interact with fans on WeChat, Weibo and Douyin",
                  "Plan topical content and activities that fit each platform",
                  "Grow the private traffic pool (私域流量)",
                  "Track each platform's content data and improve topics and formats"))
          .withTranslation("zh", "新媒体运营专员")
          .withTranslation("zh-Hant", "新媒體運營專員");

  /** Store operations manager (店鋪運營經理). */
  public static final Role STORE_OPS_MANAGER =
      Role.of(
              "store-ops-manager",
              "Store operations manager",
              EcommerceModules.STORE_OPERATIONS,
              Level.MANAGER,
              List.of(
                  "Run the stores on the platforms (Tmall, JD, Douyin e-commerce)",
                  "Set the annual sales target and the quarterly plan",
                  "Own listings, titles, detail pages and pricing",
                  "Improve search rank and click-through rate",
                  "Plan big promotions (618, Double 11) and review them"))
          .withTranslation("zh", "店铺运营经理")
          .withTranslation("zh-Hant", "店鋪運營經理");

  /** Merchandise specialist (商品專員). */
  public static final Role MERCHANDISE_SPECIALIST =
      Role.of(
              "merchandise-specialist",
              "Merchandise specialist",
              EcommerceModules.STORE_OPERATIONS,
              Level.SPECIALIST,
              List.of(
                  "Manage the product life cycle: selection, inventory watch, SKU optimisation,"
                      + " slow movers",
                  "Follow purchasing, warehousing and shipping with the supply chain",
                  "Suggest new products from market and customer feedback"))
          .withTranslation("zh", "商品专员")
          .withTranslation("zh-Hant", "商品專員");

  /** Customer-service supervisor (客服主管). */
  public static final Role CS_SUPERVISOR =
      Role.of(
              "cs-supervisor",
              "Customer-service supervisor",
              EcommerceModules.CUSTOMER_SERVICE,
              Level.SUPERVISOR,
              List.of(
                  "Build the service system: scripts, response-time standard, handling process",
                  "Raise first-contact resolution and satisfaction",
                  "Schedule, coach and train the team",
                  "Mine chat logs for frequent issues and push other departments to fix them"))
          .withTranslation("zh", "客服主管")
          .withTranslation("zh-Hant", "客服主管");

  /** Customer-service specialist (客服專員). */
  public static final Role CS_SPECIALIST =
      Role.of(
              "cs-specialist",
              "Customer-service specialist",
              EcommerceModules.CUSTOMER_SERVICE,
              Level.SPECIALIST,
              List.of(
                  "Answer pre-sale questions and handle after-sale issues (returns, complaints)",
                  "Respond to every customer request within 24 hours",
                  "Record customer feedback and report it to the supervisor",
                  "Nurture repeat customers"))
          .withTranslation("zh", "客服专员")
          .withTranslation("zh-Hant", "客服專員");

  /** Content planning specialist (內容策劃專員). */
  public static final Role CONTENT_SPECIALIST =
      Role.of(
              "content-specialist",
              "Content planning specialist",
              EcommerceModules.CONTENT_CREATION,
              Level.SPECIALIST,
              List.of(
                  "Create detail pages, short-video and live-stream scripts and marketing copy",
                  "Match selling points to the users' pain points",
                  "Track content data and iterate on what users prefer"))
          .withTranslation("zh", "内容策划专员")
          .withTranslation("zh-Hant", "內容策劃專員");

  /** Data analyst (數據分析師). */
  public static final Role DATA_ANALYST =
      Role.of(
              "data-analyst",
              "Data analyst",
              EcommerceModules.DATA_ANALYSIS,
              Level.SPECIALIST,
              List.of(
                  "Monitor traffic, conversion, average order value and repurchase rate",
                  "Deliver daily, weekly and topical reports",
                  "Analyse user behaviour (browsing paths, click preferences, purchase factors)",
                  "Find the causes of abnormal swings (traffic drop, conversion anomaly) with the"
                      + " business"))
          .withTranslation("zh", "数据分析师")
          .withTranslation("zh-Hant", "數據分析師");

  private static final List<Role> ALL =
      List.of(
          MARKETING_MANAGER,
          NEW_MEDIA_SPECIALIST,
          STORE_OPS_MANAGER,
          MERCHANDISE_SPECIALIST,
          CS_SUPERVISOR,
          CS_SPECIALIST,
          CONTENT_SPECIALIST,
          DATA_ANALYST);

  private EcommerceRoles() {}

  /** Every role, module by module in the order of the business flow. */
  public static List<Role> all() {
    return ALL;
  }

  /** The role with this id, if it is one of the catalog's. */
  public static Optional<Role> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (Role role : ALL) {
      if (role.id().equals(id)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The roles of a module, in catalog order. */
  public static List<Role> of(FunctionalModule module) {
    Objects.requireNonNull(module, "module");
    List<Role> roles = new ArrayList<>();
    for (Role role : ALL) {
      if (role.module().equals(module)) {
        roles.add(role);
      }
    }
    return List.copyOf(roles);
  }
}

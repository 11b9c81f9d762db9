package dev.yardstick.rules.kpi.catalog;

import dev.yardstick.core.domain.FunctionalModule;
import java.util.List;

/**
 * The five functional modules (職能模塊) of an e-commerce company, following the business flow
 * acquire → convert → retain → repurchase: marketing brings users, store operations converts
 * them, customer service keeps them, content feeds all three, data analysis watches the loop.
 *
 * <pre>{@code
 * FunctionalModule service = EcommerceModules.CUSTOMER_SERVICE;
 * service.name(Locale.SIMPLIFIED_CHINESE);    // "客户服务" (the "zh" name)
 * service.name(Locale.TRADITIONAL_CHINESE);   // "客戶服務" (the "zh-Hant" name)
 * }</pre>
 *
 * <p>Source: the practitioner guide "電商企業崗位職責及績效考核", section 一, as restated in the
 * project's domain brief §1.
 */
public final class EcommerceModules {

  /** Marketing / promotion (市場推廣): paid and free traffic, campaigns, acquisition cost. */
  public static final FunctionalModule MARKETING =
      FunctionalModule.of("marketing", "Marketing")
          .withTranslation("zh", "市场推广")
          .withTranslation("zh-Hant", "市場推廣");

  /** Store operations (店鋪運營): the platform stores, listings, pricing, big promotions. */
  public static final FunctionalModule STORE_OPERATIONS =
      FunctionalModule.of("store-operations", "Store operations")
          .withTranslation("zh", "店铺运营")
          .withTranslation("zh-Hant", "店鋪運營");

  /** Customer service (客戶服務): pre-sale and after-sale service, satisfaction, repurchase. */
  public static final FunctionalModule CUSTOMER_SERVICE =
      FunctionalModule.of("customer-service", "Customer service")
          .withTranslation("zh", "客户服务")
          .withTranslation("zh-Hant", "客戶服務");

  /** Content creation (內容創作): detail pages, short videos, live-stream scripts, copy. */
  public static final FunctionalModule CONTENT_CREATION =
      FunctionalModule.of("content-creation", "Content creation")
          .withTranslation("zh", "内容创作")
          .withTranslation("zh-Hant", "內容創作");

  /** Data analysis (數據分析): monitoring, reports, analysis of users and anomalies. */
  public static final FunctionalModule DATA_ANALYSIS =
      FunctionalModule.of("data-analysis", "Data analysis")
          .withTranslation("zh", "数据分析")
          .withTranslation("zh-Hant", "數據分析");

  private static final List<FunctionalModule> ALL =
      List.of(MARKETING, STORE_OPERATIONS, CUSTOMER_SERVICE, CONTENT_CREATION, DATA_ANALYSIS);

  private EcommerceModules() {}

  /** The five modules, in the order of the business flow. */
  public static List<FunctionalModule> all() {
    return ALL;
  }
}

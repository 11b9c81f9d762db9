package dev.yardstick.rules.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Level;
import dev.yardstick.core.domain.Role;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EcommerceRolesTest {

  @Test
  void the_five_modules_have_english_and_chinese_names() {
    // GIVEN / WHEN the catalog's modules
    List<FunctionalModule> modules = EcommerceModules.all();
    // THEN the five of the guide, in the order of the business flow
    assertThat(modules)
        .extracting(m -> m.name(Locale.SIMPLIFIED_CHINESE))
        .containsExactly("市场推广", "店铺运营", "客户服务", "内容创作", "数据分析");
    assertThat(modules)
        .extracting(m -> m.name(Locale.TRADITIONAL_CHINESE))
        .containsExactly("市場推廣", "店鋪運營", "客戶服務", "內容創作", "數據分析");
    assertThat(modules)
        .extracting(FunctionalModule::name)
        .containsExactly(
            "Marketing", "Store operations", "Customer service", "Content creation",
            "Data analysis");
  }

  @Test
  void the_roles_of_the_guide_are_all_there_with_module_level_and_chinese_name() {
    // GIVEN / WHEN the catalog's roles
    List<Role> roles = EcommerceRoles.all();
    // THEN the guide's eight, each in its module with its level
    assertThat(roles)
        .extracting(r -> r.name(Locale.SIMPLIFIED_CHINESE))
        .containsExactly(
            "市场推广经理", "新媒体运营专员", "店铺运营经理", "商品专员", "客服主管", "客服专员",
            "内容策划专员", "数据分析师");
    assertThat(roles)
        .extracting(r -> r.name(Locale.forLanguageTag("zh-Hant")))
        .containsExactly(
            "市場推廣經理", "新媒體運營專員", "店鋪運營經理", "商品專員", "客服主管", "客服專員",
            "內容策劃專員", "數據分析師");
    assertThat(roles)
        .extracting(r -> r.module().id())
        .containsExactly(
            "marketing", "marketing", "store-operations", "store-operations",
            "customer-service", "customer-service", "content-creation", "data-analysis");
    assertThat(EcommerceRoles.MARKETING_MANAGER.level()).isEqualTo(Level.MANAGER);
    assertThat(EcommerceRoles.STORE_OPS_MANAGER.level()).isEqualTo(Level.MANAGER);
    assertThat(EcommerceRoles.CS_SUPERVISOR.level()).isEqualTo(Level.SUPERVISOR);
    assertThat(EcommerceRoles.DATA_ANALYST.level()).isEqualTo(Level.SPECIALIST);
    for (Role role : roles) {
      assertThat(role.responsibilities()).as(role.id()).isNotEmpty();
      assertThat(EcommerceModules.all()).contains(role.module());
    }
  }

  @Test
  void roles_are_found_by_id_and_by_module() {
    assertThat(EcommerceRoles.byId("cs-specialist")).contains(EcommerceRoles.CS_SPECIALIST);
    assertThat(EcommerceRoles.byId("ceo")).isEmpty();
    assertThat(EcommerceRoles.of(EcommerceModules.CUSTOMER_SERVICE))
        .containsExactly(EcommerceRoles.CS_SUPERVISOR, EcommerceRoles.CS_SPECIALIST);
    assertThat(EcommerceRoles.of(EcommerceModules.DATA_ANALYSIS))
        .containsExactly(EcommerceRoles.DATA_ANALYST);
  }
}

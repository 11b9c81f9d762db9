package dev.yardstick.rules.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChineseNamesTest {

  private static final Locale SIMPLIFIED = Locale.SIMPLIFIED_CHINESE;
  private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant");

  /**
   * Characters that exist only in Traditional writing (their Simplified forms differ), among
   * those the catalog's names use: none may appear in a Simplified name.
   */
  private static final String TRADITIONAL_ONLY =
      "鋪營經務戶單價動銷專數據內創廣場劃轉獲費質響時問題點擊報協門滿維導複購庫週標與層對顧評詢"
          + "訂達處後話術執輸結論採異預準體訴復決產師觸";

  /** One catalog entry: what it is, its English name and its two Chinese names. */
  private record Named(String what, String english, String simplified, String traditional) {}

  private static List<Named> everything() {
    List<Named> all = new ArrayList<>();
    add(all, EcommerceModules.all(), m -> "module " + m.id(), FunctionalModule::name, m -> m::name);
    add(all, EcommerceRoles.all(), r -> "role " + r.id(), Role::name, r -> r::name);
    add(
        all,
        EcommerceIndicators.all(),
        i -> "indicator " + i.id(),
        Indicator::name,
        i -> i::name);
    return all;
  }

  private static <T> void add(
      List<Named> all,
      List<T> items,
      Function<T, String> what,
      Function<T, String> english,
      Function<T, Function<Locale, String>> localized) {
    for (T item : items) {
      Function<Locale, String> name = localized.apply(item);
      all.add(
          new Named(
              what.apply(item), english.apply(item), name.apply(SIMPLIFIED), name.apply(TRADITIONAL)));
    }
  }

  @Test
  void every_module_role_and_indicator_has_a_simplified_and_a_traditional_name() {
    // GIVEN every catalog entry: 5 modules, 8 roles, 35 indicators
    List<Named> all = everything();
    assertThat(all).hasSize(5 + 8 + 35);
    for (Named named : all) {
      // THEN both Chinese names are there (a missing translation falls back to English)
      assertThat(named.simplified()).as(named.what()).isNotBlank().isNotEqualTo(named.english());
      assertThat(named.traditional()).as(named.what()).isNotBlank().isNotEqualTo(named.english());
      // AND they are the same name written in two scripts, character by character
      assertThat(named.simplified().length())
          .as(named.what() + ": " + named.simplified() + " / " + named.traditional())
          .isEqualTo(named.traditional().length());
    }
  }

  @Test
  void no_simplified_name_contains_a_traditional_only_character() {
    // GIVEN every catalog entry
    for (Named named : everything()) {
      // WHEN its Simplified name is read character by character
      for (char c : named.simplified().toCharArray()) {
        // THEN none is a Traditional-only character
        assertThat(TRADITIONAL_ONLY.indexOf(c))
            .as(named.what() + ": '" + c + "' in " + named.simplified())
            .isEqualTo(-1);
      }
    }
  }

  @Test
  void simplified_names_are_the_zh_ones_and_traditional_names_the_zh_hant_ones() {
    // GIVEN names that differ between the scripts
    FunctionalModule service = EcommerceModules.CUSTOMER_SERVICE;
    Role storeManager = EcommerceRoles.STORE_OPS_MANAGER;
    Indicator perBuyer = EcommerceIndicators.REVENUE_PER_BUYER;
    // THEN zh, zh-CN, zh-SG and zh-Hans find the Simplified form
    for (String tag : List.of("zh", "zh-CN", "zh-SG", "zh-Hans-CN")) {
      Locale locale = Locale.forLanguageTag(tag);
      assertThat(service.name(locale)).as(tag).isEqualTo("客户服务");
      assertThat(storeManager.name(locale)).as(tag).isEqualTo("店铺运营经理");
      assertThat(perBuyer.name(locale)).as(tag).isEqualTo("客单价");
    }
    // AND zh-Hant, zh-TW, zh-HK and zh-MO find the Traditional form
    for (String tag : List.of("zh-Hant", "zh-TW", "zh-HK", "zh-MO", "zh-Hant-TW")) {
      Locale locale = Locale.forLanguageTag(tag);
      assertThat(service.name(locale)).as(tag).isEqualTo("客戶服務");
      assertThat(storeManager.name(locale)).as(tag).isEqualTo("店鋪運營經理");
      assertThat(perBuyer.name(locale)).as(tag).isEqualTo("客單價");
    }
    // AND English stays English
    assertThat(perBuyer.name(Locale.ENGLISH)).isEqualTo("Revenue per buyer");
  }

  @Test
  void latin_letters_stay_and_shared_characters_are_written_alike_in_both_scripts() {
    // GIVEN names with converted characters, Latin letters and characters common to both scripts
    // THEN only the characters that differ between the scripts change
    assertThat(EcommerceIndicators.SKU_MOVEMENT_RATE.name(SIMPLIFIED)).isEqualTo("动销率");
    assertThat(EcommerceIndicators.SKU_MOVEMENT_RATE.name(TRADITIONAL)).isEqualTo("動銷率");
    assertThat(EcommerceIndicators.STORE_GMV.name(SIMPLIFIED)).isEqualTo("店铺GMV(有效GMV)");
    assertThat(EcommerceIndicators.STORE_GMV.name(TRADITIONAL)).isEqualTo("店鋪GMV(有效GMV)");
    assertThat(EcommerceRoles.CS_SUPERVISOR.name(SIMPLIFIED))
        .isEqualTo(EcommerceRoles.CS_SUPERVISOR.name(TRADITIONAL))
        .isEqualTo("客服主管");
    assertThat(EcommerceIndicators.SELL_THROUGH_RATE.name(SIMPLIFIED))
        .isEqualTo(EcommerceIndicators.SELL_THROUGH_RATE.name(TRADITIONAL))
        .isEqualTo("售罄率");
  }
}

package dev.yardstick.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void currency_and_count_indicators_sum_by_default_and_others_average() {
    assertThat(Indicator.builder("gmv").unit(Unit.CURRENCY).build().aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(Indicator.builder("orders").unit(Unit.COUNT).build().aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(Indicator.builder("rating").unit(Unit.SCORE).build().aggregation()).isEqualTo(Aggregation.MEAN);
    assertThat(Indicator.builder("cvr").unit(Unit.RATIO).aggregation(Aggregation.RATIO_OF_SUMS).build().aggregation())
        .isEqualTo(Aggregation.RATIO_OF_SUMS);
  }

  @Test
  void the_builder_defaults_are_higher_is_better_core_result_and_the_id_as_name() {
    Indicator i = Indicator.builder("new-users").build();
    assertThat(i.name()).isEqualTo("new-users");
    assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(i.tier()).isEqualTo(Tier.CORE);
    assertThat(i.nature()).isEqualTo(Nature.RESULT);
    assertThat(i.unit()).isEqualTo(Unit.NUMBER);
  }

  @Test
  void a_translated_name_is_found_by_locale_with_fallbacks() {
    Indicator cvr = Indicator.builder("conversion-rate").name("Conversion rate").translation("zh", "轉化率").build();
    assertThat(cvr.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("轉化率");
    assertThat(cvr.name(Locale.CHINESE)).isEqualTo("轉化率");
    assertThat(cvr.name(Locale.ENGLISH)).isEqualTo("Conversion rate");
  }

  @Test
  void simplified_and_traditional_chinese_are_told_apart_by_script_or_country() {
    Indicator aov = Indicator.builder("revenue-per-buyer").name("Revenue per buyer")
        .translation("zh", "客单价").translation("zh-Hant", "客單價").build();
    assertThat(aov.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("客单价");
    assertThat(aov.name(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("客單價");
    assertThat(aov.name(Locale.forLanguageTag("zh-Hant"))).isEqualTo("客單價");
    assertThat(aov.name(Locale.TRADITIONAL_CHINESE)).isEqualTo("客單價"); // zh-TW writes Traditional
    assertThat(aov.name(Locale.forLanguageTag("zh-SG"))).isEqualTo("客单价");
    Indicator tw = Indicator.builder("x").translation("zh", "简").translation("zh-TW", "繁").build();
    assertThat(tw.name(Locale.TRADITIONAL_CHINESE)).isEqualTo("繁");
    assertThat(tw.name(Locale.forLanguageTag("zh-CN"))).isEqualTo("简");
  }

  @Test
  void a_bad_language_tag_or_blank_name_is_rejected() {
    assertThatThrownBy(() -> Indicator.builder("x").translation("", "名"))
        .hasMessageContaining("'' is not a language tag");
    assertThatThrownBy(() -> Indicator.builder("x").name(" "))
        .hasMessage("indicator 'x' name must not be blank, got ' '");
  }

  @Test
  void roles_and_modules_carry_translations_and_responsibilities() {
    FunctionalModule service = FunctionalModule.of("customer-service", "Customer service").withTranslation("zh", "客戶服務");
    Role role = Role.of("cs-specialist", "Customer-service specialist", service, Level.SPECIALIST,
        List.of("Answer pre-sale questions")).withTranslation("zh", "客服專員");
    assertThat(role.name(Locale.CHINA)).isEqualTo("客服專員");
    assertThat(role.module().name(Locale.CHINA)).isEqualTo("客戶服務");
    assertThat(role.responsibilities()).containsExactly("Answer pre-sale questions");
  }

  @Test
  void an_employee_needs_a_role() {
    assertThatThrownBy(() -> new Subject("emp-1", "Li", Subject.Kind.EMPLOYEE, null, null))
        .hasMessage("subject 'emp-1' is an employee and needs a role id");
    assertThat(Subject.team("team-a", "Tmall store").kind()).isEqualTo(Subject.Kind.TEAM);
  }
}

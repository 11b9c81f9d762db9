package dev.yardstick.core.domain;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Translations;
import java.util.Locale;
import java.util.Map;

/**
 * A functional module (職能模塊) of the company, such as store operations or customer service.
 *
 * <p>An open set: a company defines its own modules; the e-commerce catalog in {@code
 * yardstick-rules-kpi} ships the five of the domain guide.
 *
 * <pre>{@code
 * FunctionalModule service = FunctionalModule.of("customer-service", "Customer service")
 *     .withTranslation("zh", "客戶服務");
 * }</pre>
 *
 * @param id stable identifier, for example {@code "store-operations"}
 * @param name display name in the default language (English)
 * @param translations names in other languages by language tag, for example {@code "zh"}
 */
public record FunctionalModule(String id, String name, Map<String, String> translations) {

  /** Validates and copies. */
  public FunctionalModule {
    Checks.id(id, "module id");
    Checks.text(name, "module name");
    translations = Translations.copy(translations, "module '" + id + "'");
  }

  /** A module without translations. */
  public static FunctionalModule of(String id, String name) {
    return new FunctionalModule(id, name, Map.of());
  }

  /** A copy with one more translated name. */
  public FunctionalModule withTranslation(String languageTag, String translatedName) {
    return new FunctionalModule(id, name, Maps2.plus(translations, languageTag, translatedName));
  }

  /** The name in {@code locale}, or the default name when there is no translation. */
  public String name(Locale locale) {
    return Translations.lookup(translations, name, locale);
  }
}

package dev.yardstick.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Looks up a translated name by language tag: the exact tag ("zh-Hant-TW"), then language and
 * script ("zh-Hant"; Taiwan, Hong Kong and Macao count as "Hant" when no script is given), then
 * language and country ("zh-TW"), then the language ("zh"), then the default name.
 */
public final class Translations {

  private Translations() {}

  /** Validates translations: keys are well-formed language tags, values are not blank. */
  public static Map<String, String> copy(Map<String, String> translations, String owner) {
    Map<String, String> copy = Checks.orderedCopy(translations, owner + " translations");
    copy.forEach(
        (tag, name) -> {
          if (Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
            throw new IllegalArgumentException(
                owner + " translations: '" + tag + "' is not a language tag such as 'zh' or 'zh-CN'");
          }
          Checks.text(name, owner + " translation for '" + tag + "'");
        });
    return copy;
  }

  /** The best name for {@code locale}, or {@code fallback}; see the class documentation. */
  public static String lookup(Map<String, String> translations, String fallback, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (translations.isEmpty()) {
      return fallback;
    }
    String language = locale.getLanguage();
    String script = locale.getScript();
    if (script.isEmpty() && language.equals("zh")) {
      // Taiwan, Hong Kong and Macao write Traditional Chinese even when the locale omits it
      String country = locale.getCountry();
      script = country.equals("TW") || country.equals("HK") || country.equals("MO") ? "Hant" : "";
    }
    String[] candidates = {
      locale.toLanguageTag(),
      script.isEmpty() ? null : language + "-" + script,
      locale.getCountry().isEmpty() ? null : language + "-" + locale.getCountry(),
      language
    };
    for (String tag : candidates) {
      if (tag != null) {
        String name = translations.get(tag);
        if (name != null) {
          return name;
        }
      }
    }
    return fallback;
  }
}

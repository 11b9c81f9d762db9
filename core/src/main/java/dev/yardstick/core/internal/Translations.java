package dev.yardstick.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Looks up a translated name by language tag, falling back from "zh-CN" to "zh" to the default. */
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

  /** The best name for {@code locale}: exact tag, then language, then {@code fallback}. */
  public static String lookup(Map<String, String> translations, String fallback, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String exact = translations.get(locale.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    String language = translations.get(locale.getLanguage());
    return language != null ? language : fallback;
  }
}

package dev.yardstick.review.application;

import dev.yardstick.review.internal.Args;
import java.util.Locale;
import java.util.Map;

/**
 * A training topic (培训主题), for example "Detail-page optimisation" (详情页优化).
 *
 * @param id a stable identifier
 * @param name the display name in English
 * @param translations names in other languages by language tag
 */
public record TrainingTopic(String id, String name, Map<String, String> translations) {

  /** Validates and copies. */
  public TrainingTopic {
    Args.text(id, "training topic id");
    Args.text(name, "training topic '" + id + "' name");
    translations = Args.translations(translations, "training topic '" + id + "'");
  }

  /** A topic without translations. */
  public static TrainingTopic of(String id, String name) {
    return new TrainingTopic(id, name, Map.of());
  }

  /** A copy with one more translated name. */
  public TrainingTopic withTranslation(String languageTag, String translatedName) {
    return new TrainingTopic(id, name, Args.plus(translations, languageTag, translatedName));
  }

  /** The name in {@code locale}, or the English name. */
  public String name(Locale locale) {
    return Args.translate(translations, name, locale);
  }
}

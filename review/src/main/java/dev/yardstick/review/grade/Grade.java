package dev.yardstick.review.grade;

import dev.yardstick.review.internal.Args;
import java.util.Locale;
import java.util.Map;

/**
 * A grade of a {@link GradeScale}, for example {@code S} (卓越, outstanding). Its rank (which
 * grade is better) comes from the scale, not from the grade itself.
 *
 * <pre>{@code
 * Grade s = Grade.of("S", "Outstanding").withTranslation("zh", "卓越");
 * s.name(Locale.CHINESE);   // "卓越"
 * }</pre>
 *
 * @param code a short code without whitespace, unique in its scale, for example {@code "A"}
 * @param name the display name in English
 * @param translations names in other languages by language tag, for example {@code "zh"}
 */
public record Grade(String code, String name, Map<String, String> translations) {

  /** Validates and copies. */
  public Grade {
    Args.text(code, "grade code");
    if (code.length() > 16 || !code.codePoints().noneMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "grade code must be 1 to 16 characters without whitespace, got '" + code + "'");
    }
    Args.text(name, "grade '" + code + "' name");
    translations = Args.translations(translations, "grade '" + code + "'");
  }

  /** A grade named by its code. */
  public static Grade of(String code) {
    return new Grade(code, code, Map.of());
  }

  /** A grade with a display name. */
  public static Grade of(String code, String name) {
    return new Grade(code, name, Map.of());
  }

  /** A copy with one more translated name. */
  public Grade withTranslation(String languageTag, String translatedName) {
    return new Grade(code, name, Args.plus(translations, languageTag, translatedName));
  }

  /** The name in {@code locale}, or the English name when there is no translation. */
  public String name(Locale locale) {
    return Args.translate(translations, name, locale);
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}

package dev.yardstick.review.internal;

import dev.yardstick.core.domain.DecimalLimits;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Argument checks whose messages name the field and the offending value. */
public final class Args {

  private Args() {}

  /** Requires a non-null string with at least one non-whitespace character. */
  public static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /** Requires a finite double. */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + value);
    }
    return value;
  }

  /** The decimal a finite double prints as ({@code 0.1} becomes exactly 0.1). */
  public static BigDecimal decimal(double value, String field) {
    finite(value, field);
    return BigDecimal.valueOf(value == 0 ? 0 : value);
  }

  /**
   * Requires a decimal within core's {@link DecimalLimits} (at most 1000 digits, exponent within
   * ±1000), before anything expands it.
   *
   * @throws dev.yardstick.core.domain.InvalidInputException naming the field and the value
   */
  public static BigDecimal decimal(BigDecimal value, String field) {
    return DecimalLimits.check(null, null, field, value);
  }

  /** Requires a non-negative decimal within the {@link DecimalLimits}. */
  public static BigDecimal nonNegative(BigDecimal value, String field) {
    decimal(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          field + " must not be negative, got " + Numbers.plain(value));
    }
    return value;
  }

  /** Requires an int of at least {@code min}. */
  public static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be " + min + " or more, got " + value);
    }
    return value;
  }

  /**
   * Requires an amount of money with at most two decimals: money is exact to the cent, so an
   * amount like 1000.005 is a mistake upstream, not something to round silently.
   */
  public static BigDecimal money(BigDecimal value, String field) {
    nonNegative(value, field);
    if (Numbers.normalise(value).scale() > 2) {
      throw new IllegalArgumentException(
          field + " must be exact to the cent (at most 2 decimals), got " + value.toPlainString());
    }
    return value.setScale(2);
  }

  /** An immutable copy of translations keyed by language tag, validated. */
  public static Map<String, String> translations(Map<String, String> translations, String owner) {
    Objects.requireNonNull(translations, owner + " translations");
    Map<String, String> copy = new LinkedHashMap<>();
    translations.forEach(
        (tag, name) -> {
          Objects.requireNonNull(tag, owner + " translation language tag");
          Objects.requireNonNull(name, owner + " translation for '" + tag + "'");
          if (Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
            throw new IllegalArgumentException(
                owner + " translations: '" + tag + "' is not a language tag such as 'zh' or 'zh-CN'");
          }
          text(name, owner + " translation for '" + tag + "'");
          copy.put(tag, name);
        });
    return Collections.unmodifiableMap(copy);
  }

  /** The best name for {@code locale}: exact tag, then language, then {@code fallback}. */
  public static String translate(Map<String, String> translations, String fallback, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String exact = translations.get(locale.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    String language = translations.get(locale.getLanguage());
    return language != null ? language : fallback;
  }

  /** A copy of {@code map} with one more entry, keeping the insertion order. */
  public static <K, V> Map<K, V> plus(Map<K, V> map, K key, V value) {
    Map<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }
}

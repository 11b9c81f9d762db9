package dev.yardstick.report.internal;

import dev.yardstick.core.domain.Period;
import java.util.Locale;

/** The report's language: simplified Chinese for any {@code zh} locale, English otherwise. */
public enum Lang {
  /** English. */
  EN,
  /** Simplified Chinese. */
  ZH;

  /** The language of a locale. */
  public static Lang of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  /** The value of the page's {@code lang} attribute: the locale's tag, or the language's. */
  public static String tag(Locale locale) {
    return locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
  }

  /** A label in this language. */
  public String get(Label label) {
    return this == ZH ? label.zh : label.en;
  }

  /** "label: " with the colon of the language. */
  public String colon(Label label) {
    return this == ZH ? label.zh + "：" : label.en + ": ";
  }

  /**
   * A period for people: "Q3 2026" or "2026年第3季度". Built by hand rather than with {@code
   * DateTimeFormatter}, whose localised month names follow the JDK's CLDR version.
   */
  public String period(Period period) {
    int y = period.year();
    int i = period.index();
    switch (period.type()) {
      case MONTH:
        return this == ZH ? y + "年" + i + "月" : period.toString();
      case QUARTER:
        return this == ZH ? y + "年第" + i + "季度" : "Q" + i + " " + y;
      case HALF_YEAR:
        return this == ZH ? y + "年" + (i == 1 ? "上半年" : "下半年") : "H" + i + " " + y;
      default:
        return this == ZH ? y + "年" : Integer.toString(y);
    }
  }
}

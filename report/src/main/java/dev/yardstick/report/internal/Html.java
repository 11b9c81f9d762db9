package dev.yardstick.report.internal;

/**
 * Escaping for HTML text, attribute values and inline SVG, which the HTML parser reads the same
 * way. Every string that comes from the report's data goes through {@link #escape(String)}.
 */
public final class Html {

  private Html() {}

  /**
   * The text with {@code & < > " '} replaced by character references, so it is safe in element
   * content and in double- or single-quoted attribute values. Control characters other than tab,
   * line feed and carriage return, and unpaired surrogates, which HTML does not allow, become
   * U+FFFD.
   */
  public static String escape(String text) {
    StringBuilder sb = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = allowed(text, i, c) ? null : "\uFFFD";
      }
      if (replacement != null && sb == null) {
        sb = new StringBuilder(n + 16);
        sb.append(text, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean allowed(String text, int i, char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7f && c <= 0x9f) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * The text cut to about {@code maxUnits} character widths, counting East Asian wide characters
   * as two, with an ellipsis when it was cut. SVG text does not wrap, so long indicator names
   * would otherwise run out of the chart; the full name stays in the tooltip.
   */
  public static String fit(String text, int maxUnits) {
    int units = 0;
    int n = text.length();
    int cutAt = -1;
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      units += isWide(cp) ? 2 : 1;
      if (cutAt < 0 && units > maxUnits - 1) {
        cutAt = i;
      }
      if (units > maxUnits) {
        return text.substring(0, cutAt) + "…";
      }
      i += Character.charCount(cp);
    }
    return text;
  }

  /** Whether a code point is East Asian wide or full-width (CJK, kana, Hangul, full-width forms). */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}

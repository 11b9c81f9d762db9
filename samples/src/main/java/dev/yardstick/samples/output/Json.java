package dev.yardstick.samples.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal JSON writer for the sample's own document ({@code review.json}: the review's index
 * and the company-wide grade distribution), whose content the {@code yardstick-json} module has
 * no type for: ordered maps, lists, strings, decimals, integers, booleans and null, indented by
 * two spaces, keys in insertion order, so the output is byte-for-byte stable.
 *
 * <pre>{@code
 * String text = Json.write(Map.of("format", "yardstick-sample/1"));
 * }</pre>
 */
public final class Json {

  private Json() {}

  /**
   * The JSON text of a tree of {@link Map}s (string keys), {@link List}s, {@link String}s, {@link
   * BigDecimal}s, integral {@link Number}s, {@link Boolean}s and nulls, ending with a newline.
   *
   * @throws IllegalArgumentException naming the type of a value it cannot write, or for a
   *     non-finite double
   */
  public static String write(@Nullable Object tree) {
    StringBuilder sb = new StringBuilder();
    write(sb, tree, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, @Nullable Object value, int depth) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (value instanceof Double d) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("JSON cannot hold the number " + d);
      }
      sb.append(BigDecimal.valueOf(d).toPlainString());
    } else if (value instanceof Long || value instanceof Integer) {
      sb.append(value);
    } else if (value instanceof Boolean b) {
      sb.append(b);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        indent(sb, depth + 1);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), depth + 1);
        sb.append(++i < map.size() ? ",\n" : "\n");
      }
      indent(sb, depth);
      sb.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        indent(sb, depth + 1);
        write(sb, list.get(i), depth + 1);
        sb.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      indent(sb, depth);
      sb.append(']');
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static void indent(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}

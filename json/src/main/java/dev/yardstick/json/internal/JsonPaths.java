package dev.yardstick.json.internal;

/** Builds JSONPath strings: {@code $}, {@code $.sections[0].items[1].weight}, {@code $.translations['zh-CN']}. */
public final class JsonPaths {

  /** The document itself. */
  public static final String ROOT = "$";

  private JsonPaths() {}

  /** The path of property {@code name} of the object at {@code parent}. */
  public static String property(String parent, String name) {
    if (isSimple(name)) {
      return parent + "." + name;
    }
    StringBuilder sb = new StringBuilder(parent.length() + name.length() + 4).append(parent).append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append("']").toString();
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private static boolean isSimple(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !(digit && i > 0)) {
        return false;
      }
    }
    return true;
  }
}

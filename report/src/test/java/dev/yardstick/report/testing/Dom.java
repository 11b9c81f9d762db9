package dev.yardstick.report.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for the tests: the report writes every attribute double-quoted and
 * escaped, and Chromium serialises its DOM the same way, so start tags can be found by pattern.
 */
public final class Dom {

  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)=\"([^\"]*)\"");

  private Dom() {}

  /** The attributes of every start tag {@code <tag ...>} whose class list contains all {@code classes}. */
  public static List<Map<String, String>> find(String html, String tag, String... classes) {
    List<Map<String, String>> found = new ArrayList<>();
    Matcher m = Pattern.compile("<" + tag + "\\b([^>]*)>").matcher(html);
    while (m.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher a = ATTRIBUTE.matcher(m.group(1));
      while (a.find()) {
        attributes.put(a.group(1), a.group(2));
      }
      List<String> classList = List.of(attributes.getOrDefault("class", "").split(" "));
      if (classList.containsAll(List.of(classes))) {
        found.add(attributes);
      }
    }
    return found;
  }

  /** The text from the start tag that contains {@code marker} to the next {@code </tag>}. */
  public static String element(String html, String marker, String tag) {
    int at = html.indexOf(marker);
    if (at < 0) {
      throw new AssertionError("no '" + marker + "' in the document");
    }
    int start = html.lastIndexOf("<" + tag, at);
    int end = html.indexOf("</" + tag + ">", at);
    if (start < 0 || end < 0) {
      throw new AssertionError("no <" + tag + "> around '" + marker + "'");
    }
    return html.substring(start, end + tag.length() + 3);
  }

  /** How often {@code needle} occurs. */
  public static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}

package dev.yardstick.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Enum constants as JSON names: lower case, words joined by '-' ({@code HIGHER_IS_BETTER} is
 * {@code "higher-is-better"}), so that documents carry logical names, not Java ones.
 */
public final class Names {

  private Names() {}

  /** The JSON name of a constant. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose JSON name is {@code name}, or {@code null}. */
  public static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /** The JSON names of all constants, in declaration order. */
  public static List<String> all(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.add(of(constant));
    }
    return names;
  }

  /**
   * {@code " (did you mean 'weight'?)"} when a known name is within a small edit distance of
   * {@code name} (at most 1 for names of up to 5 characters, 2 for longer ones), the closest and
   * first of them; otherwise the empty string.
   */
  public static String suggestion(String name, Collection<String> known) {
    int allowed = name.length() <= 5 ? 1 : 2;
    @Nullable String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : known) {
      int d = distance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /**
   * The edit distance between two names: insertions, deletions, substitutions and swaps of two
   * neighbouring characters ({@code "wieght"} is 1 from {@code "weight"}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}

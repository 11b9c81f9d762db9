package dev.yardstick.json.internal;

import java.util.ArrayList;
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
}

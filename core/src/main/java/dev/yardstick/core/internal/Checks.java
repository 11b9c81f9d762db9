package dev.yardstick.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the core value types. Not exported: other modules use Guava's
 * {@code Preconditions} directly.
 */
public final class Checks {

  /** Ids are lower-case words joined by '-', '_' or '.', so they survive JSON, CSV and URLs. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private Checks() {}

  /**
   * Requires a non-null, well-formed id (letters, digits, '.', '_', '-'; at most 128 characters).
   *
   * @param field the name of the field, used in the message
   */
  public static String id(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be 1 to 128 letters, digits, '.', '_' or '-' starting with a letter or"
              + " digit, got '"
              + value
              + "'");
    }
    return value;
  }

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

  /** Requires a finite double greater than zero. */
  public static double positive(double value, String field) {
    finite(value, field);
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be greater than 0, got " + value);
    }
    return value;
  }

  /** Requires a finite double of zero or more. */
  public static double nonNegative(double value, String field) {
    finite(value, field);
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
    return value;
  }

  /** An immutable copy of a map that keeps the insertion order and rejects null keys and values. */
  public static <K, V> Map<K, V> orderedCopy(Map<K, V> map, String field) {
    Objects.requireNonNull(map, field);
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, () -> field + " key");
          Objects.requireNonNull(v, () -> field + " value for key '" + k + "'");
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  /** An immutable enum set that iterates in declaration order (unlike {@code Set.copyOf}). */
  public static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
    Objects.requireNonNull(values, "values");
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return Collections.unmodifiableSet(set);
  }
}

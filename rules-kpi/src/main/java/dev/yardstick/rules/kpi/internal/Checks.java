package dev.yardstick.rules.kpi.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks of strategy parameters. Every message names the strategy, the parameter and the value,
 * for example {@code "ratio-to-target parameter 'cap' must be at least floor (0), got -5"}.
 */
public final class Checks {

  /** Category and rater names: lower-case words joined by '-' or '_'. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");

  private Checks() {}

  /** An {@link IllegalArgumentException} whose message names the strategy, parameter and value. */
  public static IllegalArgumentException bad(
      String strategy, String parameter, String problem, String value) {
    return new IllegalArgumentException(
        strategy + " parameter '" + parameter + "' " + problem + ", got " + value);
  }

  /** Requires a finite number. */
  public static double finite(String strategy, String parameter, double value) {
    if (!Double.isFinite(value)) {
      throw bad(strategy, parameter, "must be a finite number", Double.toString(value));
    }
    return value;
  }

  /** Requires a finite number of zero or more. */
  public static double nonNegative(String strategy, String parameter, double value) {
    finite(strategy, parameter, value);
    if (value < 0) {
      throw bad(strategy, parameter, "must not be negative", Dec.plain(value));
    }
    return value;
  }

  /** Requires a finite number greater than zero. */
  public static double positive(String strategy, String parameter, double value) {
    finite(strategy, parameter, value);
    if (value <= 0) {
      throw bad(strategy, parameter, "must be greater than 0", Dec.plain(value));
    }
    return value;
  }

  /**
   * Requires {@code value ≥ bound}, where {@code bound} is the value of parameter {@code
   * boundName}.
   */
  public static void atLeast(
      String strategy, String parameter, double value, String boundName, double bound) {
    if (value < bound) {
      throw bad(
          strategy,
          parameter,
          "must be at least " + boundName + " (" + Dec.plain(bound) + ")",
          Dec.plain(value));
    }
  }

  /** Requires a name made of lower-case words joined by '-' or '_'. */
  public static String name(String strategy, String parameter, String value) {
    Objects.requireNonNull(value, parameter);
    if (!NAME.matcher(value).matches()) {
      throw bad(
          strategy,
          parameter,
          "must be lower-case letters and digits, words joined by '-' or '_'",
          "'" + value + "'");
    }
    return value;
  }

  /** An unmodifiable copy that keeps the insertion order and rejects null keys and values. */
  public static <K, V> Map<K, V> orderedCopy(Map<K, V> map, String field) {
    Objects.requireNonNull(map, field);
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) ->
            copy.put(
                Objects.requireNonNull(k, () -> field + " key"),
                Objects.requireNonNull(v, () -> field + " value for '" + k + "'")));
    return Collections.unmodifiableMap(copy);
  }
}

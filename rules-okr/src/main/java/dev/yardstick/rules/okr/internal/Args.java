package dev.yardstick.rules.okr.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks whose messages name the field and the offending value, in the form core uses. */
public final class Args {

  /**
   * The id rule of core: letters, digits, '.', '_', '-', at most 128, starting with a letter or
   * digit.
   */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private Args() {}

  /** Requires a well-formed id. */
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

  /** Requires a string with at least one non-whitespace character. */
  public static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /** Requires a finite number. */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + value);
    }
    return value;
  }

  /** Requires a finite number greater than zero. */
  public static double positive(double value, String field) {
    finite(value, field);
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be greater than 0, got " + plain(value));
    }
    return value;
  }

  /** Requires a finite number from 0 to 1, both included. */
  public static double fraction(double value, String field) {
    finite(value, field);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(field + " must be 0 to 1, got " + plain(value));
    }
    return value;
  }

  /**
   * The shortest decimal that reads back as {@code value}, without exponent or trailing zeros, so
   * messages and explanations read the same on every machine: {@code 0.7}, {@code 12}.
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

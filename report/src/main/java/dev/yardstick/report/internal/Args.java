package dev.yardstick.report.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Argument checks of the report model; messages name the field and the offending value. */
public final class Args {

  private Args() {}

  /** Requires a non-null string with at least one non-whitespace character. */
  public static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /** Requires {@code null} or a non-blank string. */
  public static void optionalText(@org.jspecify.annotations.Nullable String value, String field) {
    if (value != null) {
      text(value, field);
    }
  }

  /** Requires a finite number of zero or more. */
  public static double nonNegative(double value, String field) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          field + " must be a finite number of 0 or more, got " + value);
    }
    return value;
  }

  /** Requires a finite number and converts it exactly as written in decimal. */
  public static BigDecimal decimal(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + value);
    }
    return value == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(value);
  }

  /** An immutable copy of a list of non-blank strings. */
  public static List<String> texts(Collection<String> values, String field) {
    List<String> copy = List.copyOf(Objects.requireNonNull(values, field));
    for (int i = 0; i < copy.size(); i++) {
      text(copy.get(i), field + "[" + i + "]");
    }
    return copy;
  }
}

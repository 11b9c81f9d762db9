package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Checks and arithmetic shared by the fact records and the calculators. Not public API. */
final class Facts {

  private Facts() {}

  // ---- fact records: IllegalArgumentException naming the field and the value

  /** Requires a non-null, non-blank identifier. */
  static String name(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /** Requires a count of zero or more. */
  static long count(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
    return value;
  }

  /** Requires an amount of money of zero or more, exact to the cent; returns it at scale 2. */
  static BigDecimal money(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          field + " must not be negative, got " + value.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          field + " must be exact to the cent, got " + value.toPlainString());
    }
    return value.setScale(2);
  }

  // ---- calculators: InvalidInputException naming subject, indicator, field and value

  /** Like {@link #money} for a calculator argument, where the subject and indicator are known. */
  static BigDecimal money(Scope scope, String indicatorId, BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      throw invalid(scope, indicatorId, field, value.toPlainString(), "must not be negative");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw invalid(scope, indicatorId, field, value.toPlainString(), "must be exact to the cent");
    }
    return value.setScale(2);
  }

  /** Like {@link #count} for a calculator argument. */
  static long count(Scope scope, String indicatorId, long value, String field) {
    if (value < 0) {
      throw invalid(scope, indicatorId, field, Long.toString(value), "must not be negative");
    }
    return value;
  }

  /** Requires {@code part ≤ whole} for two counts of a calculator. */
  static void atMost(
      Scope scope, String indicatorId, long part, String partField, long whole, String wholeField) {
    if (part > whole) {
      throw invalid(
          scope,
          indicatorId,
          partField,
          Long.toString(part),
          "exceeds " + wholeField + " " + whole + ": the share would be above 100%");
    }
  }

  static InvalidInputException invalid(
      @Nullable Scope scope, String indicatorId, String field, String value, String problem) {
    return new InvalidInputException(
        scope == null ? null : scope.subjectId(), indicatorId, field, value, problem);
  }

  /**
   * A non-null immutable copy that rejects null elements and keys ({@code keyField}) listed twice.
   */
  static <T> List<T> distinct(
      @Nullable Scope scope,
      String indicatorId,
      Collection<T> facts,
      String keyField,
      Function<T, String> id) {
    Objects.requireNonNull(facts, keyField);
    List<T> copy = List.copyOf(facts);
    Set<String> seen = new HashSet<>();
    for (T fact : copy) {
      String key = id.apply(fact);
      if (!seen.add(key)) {
        throw invalid(
            scope, indicatorId, keyField, key, "appears twice: each fact must be counted once");
      }
    }
    return copy;
  }

  /** A non-null immutable copy that rejects null elements. */
  static <T> List<T> list(Collection<T> facts, String what) {
    Objects.requireNonNull(facts, what);
    return List.copyOf(facts);
  }

  /**
   * A ratio measurement; a zero denominator fails naming the denominator's field rather than the
   * generic "denominator" of {@link Measurement#ratio}.
   */
  static Measurement ratio(
      Scope scope,
      String indicatorId,
      BigDecimal numerator,
      BigDecimal denominator,
      String denominatorField) {
    if (denominator.signum() == 0) {
      throw invalid(scope, indicatorId, denominatorField, "0", "is zero: the ratio is undefined");
    }
    return Measurement.ratio(
        scope.subjectId(), indicatorId, scope.period(), numerator, denominator);
  }

  static Measurement ratio(
      Scope scope, String indicatorId, long numerator, long denominator, String denominatorField) {
    return ratio(
        scope,
        indicatorId,
        BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator),
        denominatorField);
  }
}

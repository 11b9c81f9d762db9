package dev.yardstick.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * Input data that cannot be evaluated: a NaN value, a measurement for the wrong period, a missing
 * measurement under the {@code FAIL} policy, a negative count.
 *
 * <p>The message and the accessors name the subject, the indicator, the field and the offending
 * value, so that a back office can show the problem without parsing text:
 *
 * <pre>{@code
 * subject 'emp-17', indicator 'cac', field 'value': NaN is not a finite number
 * }</pre>
 *
 * <p>When the value is absent, it is given as {@link #NONE}, and the message does not read as the
 * opposite ("none is missing"): a problem in the singular ({@code "is …"}, {@code "has …"}) is said
 * of the field, a problem in the plural ({@code "are …"}, {@code "were …"}) of "none", and any
 * other problem stands on its own:
 *
 * <pre>{@code
 * subject 'emp-17', indicator 'cvr', field 'measurement' is missing for 2026-Q3
 * subject 'emp-17', field 'objectives': none are active for this owner within 2026-Q3
 * subject 'emp-17', field 'measurements': every item is missing: nothing to evaluate
 * }</pre>
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The {@link #value()} of a value that is absent, such as a missing measurement. */
  public static final String NONE = "none";

  private final @Nullable String subjectId;
  private final @Nullable String indicatorId;
  private final String field;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param subjectId the subject, or {@code null} when the problem is not about one subject
   * @param indicatorId the indicator, or {@code null} when the problem is not about one indicator
   * @param field the field or fact at fault, for example {@code "value"} or {@code "period"}
   * @param value the offending value as text, or {@link #NONE} when it is absent (see the class
   *     documentation for how the message then reads)
   * @param problem what is wrong, for example {@code "is not a finite number"} or {@code "is
   *     missing for 2026-Q3"}
   */
  public InvalidInputException(
      @Nullable String subjectId,
      @Nullable String indicatorId,
      String field,
      String value,
      String problem) {
    super(message(subjectId, indicatorId, field, value, problem));
    this.subjectId = subjectId;
    this.indicatorId = indicatorId;
    this.field = field;
    this.value = value;
  }

  private static String message(
      @Nullable String subjectId,
      @Nullable String indicatorId,
      String field,
      String value,
      String problem) {
    StringBuilder sb = new StringBuilder();
    if (subjectId != null) {
      sb.append("subject '").append(subjectId).append("', ");
    }
    if (indicatorId != null) {
      sb.append("indicator '").append(indicatorId).append("', ");
    }
    sb.append("field '").append(field).append('\'');
    if (NONE.equals(value) && !problem.startsWith("are ") && !problem.startsWith("were ")) {
      // "field 'measurement' is missing for 2026-Q3", not "field 'measurement': none is missing"
      boolean aboutTheField = problem.startsWith("is ") || problem.startsWith("has ");
      return sb.append(aboutTheField ? " " : ": ").append(problem).toString();
    }
    return sb.append(": ").append(value).append(' ').append(problem).toString();
  }

  /** The subject, or {@code null}. */
  public @Nullable String subjectId() {
    return subjectId;
  }

  /** The indicator, or {@code null}. */
  public @Nullable String indicatorId() {
    return indicatorId;
  }

  /** The field or fact at fault. */
  public String field() {
    return field;
  }

  /** The offending value as text. */
  public String value() {
    return value;
  }
}

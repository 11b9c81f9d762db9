package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One check-in on a key result: the value on a date and the owner's confidence of reaching the
 * target (weekly meetings and monthly reviews, the domain guide's §4.2).
 *
 * <p>The value's meaning depends on the key result's {@link Measure}: the metric's value, 1 or 0
 * for a milestone (done or not), or 0 to 100 for percent complete.
 *
 * <pre>{@code
 * CheckIn week6 = CheckIn.of(LocalDate.of(2026, 8, 14), 7, 6, ConfidenceScale.ZERO_TO_TEN);
 * week6.confidence();          // 0.6, normalised
 * week6.confidenceOnScale();   // 6, as entered
 * }</pre>
 *
 * @param date the day the value was observed
 * @param value the value on that day
 * @param confidence the owner's confidence, normalised to 0–1
 * @param scale the scale the owner gave the confidence on
 * @param note a comment, possibly empty
 */
public record CheckIn(
    LocalDate date, double value, double confidence, ConfidenceScale scale, String note) {

  /** Validates: a finite value, a normalised confidence of 0 to 1. */
  public CheckIn {
    Objects.requireNonNull(date, "date");
    Args.finite(value, "check-in value");
    Args.fraction(confidence, "check-in confidence (normalised)");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(note, "note");
  }

  /**
   * A check-in whose confidence is given on {@code scale}: 7 on {@link ConfidenceScale#ZERO_TO_TEN}
   * is stored as 0.7.
   *
   * @throws IllegalArgumentException naming the scale and the value when the confidence is off it
   */
  public static CheckIn of(LocalDate date, double value, double confidence, ConfidenceScale scale) {
    return of(date, value, confidence, scale, "");
  }

  /** A check-in with a note; see {@link #of(LocalDate, double, double, ConfidenceScale)}. */
  public static CheckIn of(
      LocalDate date, double value, double confidence, ConfidenceScale scale, String note) {
    Objects.requireNonNull(scale, "scale");
    return new CheckIn(date, value, scale.normalise(confidence), scale, note);
  }

  /** The confidence as the owner gave it, on {@link #scale()}. */
  public double confidenceOnScale() {
    return scale.denormalise(confidence);
  }
}

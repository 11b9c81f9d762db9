package dev.yardstick.tracking.abtest;

import dev.yardstick.tracking.internal.Numbers;
import java.util.Objects;

/**
 * The smallest lift of the conversion rate a test should detect, absolute (in rate points) or
 * relative (as a fraction of the baseline rate).
 *
 * <pre>{@code
 * Lift.absolute(0.005);   // 4.0% → 4.5%
 * Lift.relative(0.10);    // 4.0% → 4.4%
 * }</pre>
 *
 * @param kind absolute or relative
 * @param value the lift, greater than 0: a rate difference (absolute) or a fraction (relative)
 */
public record Lift(Kind kind, double value) {

  /** How the lift is expressed. */
  public enum Kind {
    /** In rate points: baseline + value. */
    ABSOLUTE,
    /** As a fraction of the baseline: baseline × (1 + value). */
    RELATIVE
  }

  /** Validates. */
  public Lift {
    Objects.requireNonNull(kind, "kind");
    Numbers.requireFinite(value, "lift");
    if (value <= 0) {
      throw new IllegalArgumentException("lift must be greater than 0, got " + Numbers.plain(value));
    }
  }

  /** A lift in rate points. */
  public static Lift absolute(double points) {
    return new Lift(Kind.ABSOLUTE, points);
  }

  /** A lift as a fraction of the baseline rate. */
  public static Lift relative(double fraction) {
    return new Lift(Kind.RELATIVE, fraction);
  }

  /**
   * The rate to detect from a baseline rate.
   *
   * @throws IllegalArgumentException if the lifted rate is 1 or more
   */
  public double applyTo(double baselineRate) {
    double lifted = kind == Kind.ABSOLUTE ? baselineRate + value : baselineRate * (1 + value);
    if (!(lifted < 1)) {
      throw new IllegalArgumentException(
          "baseline rate " + Numbers.plain(baselineRate) + " with " + this + " gives "
              + Numbers.plain(lifted) + ", which is not below 1");
    }
    return lifted;
  }

  @Override
  public String toString() {
    return kind == Kind.ABSOLUTE
        ? "absolute lift " + Numbers.plain(value)
        : "relative lift " + Numbers.plain(value);
  }
}

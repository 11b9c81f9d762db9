package dev.yardstick.tracking.abtest;

import java.util.Objects;

/**
 * One variant of an A/B test and what it did: visitors shown the variant and how many of them
 * converted (for content: detail-page visitors who ordered).
 *
 * <pre>{@code
 * Arm a = Arm.of("detail-page-A", 480, 12_000);
 * }</pre>
 *
 * @param name the variant's name
 * @param conversions visitors who converted, 0 to {@code visitors}
 * @param visitors visitors exposed, at least 1
 */
public record Arm(String name, long conversions, long visitors) {

  /** Validates. */
  public Arm {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("arm name must not be blank, got '" + name + "'");
    }
    if (visitors < 1) {
      throw new IllegalArgumentException(
          "arm '" + name + "' visitors must be 1 or more, got " + visitors);
    }
    if (conversions < 0 || conversions > visitors) {
      throw new IllegalArgumentException(
          "arm '" + name + "' conversions must be 0 to " + visitors + " (its visitors), got "
              + conversions);
    }
  }

  /** An arm. */
  public static Arm of(String name, long conversions, long visitors) {
    return new Arm(name, conversions, visitors);
  }

  /** The conversion rate, conversions ÷ visitors. */
  public double rate() {
    return (double) conversions / visitors;
  }
}

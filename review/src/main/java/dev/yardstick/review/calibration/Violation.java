package dev.yardstick.review.calibration;

import java.util.Objects;

/**
 * A quota group whose head count breaks its bound.
 *
 * @param group the group's name
 * @param bound how its count binds
 * @param allocated the count the quota allocates
 * @param actual the count it has
 */
public record Violation(String group, QuotaBound bound, int allocated, int actual) {

  /** Validates. */
  public Violation {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(bound, "bound");
  }

  /** {@code group 'top' must have at most 1, has 2}. */
  public String message() {
    return "group '" + group + "' must have " + bound.text() + " " + allocated + ", has " + actual;
  }

  @Override
  public String toString() {
    return message();
  }
}

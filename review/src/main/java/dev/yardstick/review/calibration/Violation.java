package dev.yardstick.review.calibration;

import java.util.List;
import java.util.Objects;

/**
 * A quota group whose head count breaks its bound, with the people concerned.
 *
 * <p>In a {@link CalibrationResult}, the people concerned are those whose final grade is not in
 * the group the quota wanted them in, when either group is this one: people the {@link
 * GuardRails} held back and people an override moved. A bare {@link Distribution} does not know
 * who moved, so its violations name nobody.
 *
 * <pre>{@code
 * Violation v = result.violations().get(0);
 * v.message();    // "group 'middle' must have exactly 7, has 3"
 * v.subjects();   // [emp-6, emp-7, emp-8, emp-9]: the quota wanted them in 'middle', the rails said no
 * }</pre>
 *
 * @param group the group's name
 * @param bound how its count binds
 * @param allocated the count the quota allocates
 * @param actual the count it has
 * @param subjects the people concerned, in rank order; empty when nobody is known to be
 */
public record Violation(
    String group, QuotaBound bound, int allocated, int actual, List<String> subjects) {

  /** Validates and copies. */
  public Violation {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(bound, "bound");
    subjects = List.copyOf(subjects);
  }

  /** A violation that names nobody. */
  public Violation(String group, QuotaBound bound, int allocated, int actual) {
    this(group, bound, allocated, actual, List.of());
  }

  /** {@code group 'top' must have at most 1, has 2}. */
  public String message() {
    return "group '" + group + "' must have " + bound.text() + " " + allocated + ", has " + actual;
  }

  /** The message, then the people concerned: {@code …, has 3; concerns emp-6, emp-7}. */
  @Override
  public String toString() {
    return message() + (subjects.isEmpty() ? "" : "; concerns " + String.join(", ", subjects));
  }
}

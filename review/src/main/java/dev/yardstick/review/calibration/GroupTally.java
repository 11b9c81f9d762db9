package dev.yardstick.review.calibration;

import java.util.Objects;

/**
 * A quota group's allocated and actual head counts.
 *
 * @param allocation the group and its allocated count
 * @param actual how many people the grading puts in the group
 */
public record GroupTally(GroupAllocation allocation, int actual) {

  /** Validates. */
  public GroupTally {
    Objects.requireNonNull(allocation, "allocation");
    if (actual < 0) {
      throw new IllegalArgumentException("actual count must not be negative, got " + actual);
    }
  }

  /** The group's name. */
  public String group() {
    return allocation.group().name();
  }

  /** The allocated count. */
  public int allocated() {
    return allocation.count();
  }

  /** Whether the actual count breaks the group's bound. */
  public boolean isViolated() {
    return !allocation.group().bound().allows(actual, allocation.count());
  }

  /** {@code top: 2 of 1 allocated}. */
  @Override
  public String toString() {
    return group() + ": " + actual + " of " + allocated() + " allocated";
  }
}

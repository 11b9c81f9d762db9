package dev.yardstick.review.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A grading's head counts per grade and per quota group, compared with the quota.
 *
 * @param gradeCounts people per grade code, best grade first, including grades nobody has
 * @param groups the quota groups' allocated and actual counts, best group first
 */
public record Distribution(Map<String, Integer> gradeCounts, List<GroupTally> groups) {

  /** Validates and copies (keeping the order). */
  public Distribution {
    Objects.requireNonNull(gradeCounts, "gradeCounts");
    gradeCounts = Collections.unmodifiableMap(new LinkedHashMap<>(gradeCounts));
    groups = List.copyOf(groups);
  }

  /** The groups whose counts break their bounds, best group first; empty when the quota holds. */
  public List<Violation> violations() {
    List<Violation> violations = new ArrayList<>();
    for (GroupTally tally : groups) {
      if (tally.isViolated()) {
        violations.add(
            new Violation(
                tally.group(), tally.allocation().group().bound(), tally.allocated(),
                tally.actual()));
      }
    }
    return List.copyOf(violations);
  }

  /** Whether every group respects its bound. */
  public boolean meetsQuota() {
    return violations().isEmpty();
  }

  /** The actual count of a group, by name. */
  public int count(String group) {
    for (GroupTally tally : groups) {
      if (tally.group().equals(group)) {
        return tally.actual();
      }
    }
    throw new IllegalArgumentException("no quota group '" + group + "'");
  }
}

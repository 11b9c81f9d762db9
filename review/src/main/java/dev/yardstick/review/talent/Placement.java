package dev.yardstick.review.talent;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One person's place on the 9-box grid.
 *
 * @param subjectId the person
 * @param total the performance total the place is based on
 * @param performance the performance level
 * @param potential the potential level
 * @param box the box
 */
public record Placement(
    String subjectId, BigDecimal total, Level performance, Level potential, Box box) {

  /** Validates: the box matches the levels. */
  public Placement {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(performance, "performance");
    Objects.requireNonNull(potential, "potential");
    Objects.requireNonNull(box, "box");
    if (Box.of(performance, potential) != box) {
      throw new IllegalArgumentException(
          "box " + box + " does not match performance " + performance + " and potential "
              + potential);
    }
  }
}

package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.internal.Args;
import java.util.Objects;

/**
 * A person whose proposed grade is not the one the quota wanted, because of the {@link
 * GuardRails}: either the rails held them (too many steps, or below the floor), or they held
 * others and this person took the place that was left.
 *
 * <pre>{@code
 * result.held();   // [emp-6: the quota wanted D → B, 2 steps up; the guard rails allow at most 1: kept D]
 * }</pre>
 *
 * @param subjectId the person
 * @param naturalGrade the grade of their total
 * @param quotaGrade the grade the quota alone would propose
 * @param proposedGrade the grade proposed within the guard rails
 * @param reason why, in words
 */
public record GuardRailHold(
    String subjectId, Grade naturalGrade, Grade quotaGrade, Grade proposedGrade, String reason) {

  /** Validates. */
  public GuardRailHold {
    Args.text(subjectId, "held subject id");
    Objects.requireNonNull(naturalGrade, "naturalGrade");
    Objects.requireNonNull(quotaGrade, "quotaGrade");
    Objects.requireNonNull(proposedGrade, "proposedGrade");
    if (quotaGrade.equals(proposedGrade)) {
      throw new IllegalArgumentException(
          "a guard-rail hold of '" + subjectId + "' must change the quota's grade, got "
              + quotaGrade.code() + " both times");
    }
    Args.text(reason, "held '" + subjectId + "' reason");
  }

  /** {@code emp-6: the quota wanted D → B …: kept D}. */
  @Override
  public String toString() {
    return subjectId + ": " + reason;
  }
}

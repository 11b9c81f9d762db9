package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import java.util.Objects;

/**
 * One person's line of a calibration: rank, natural grade (from the scale alone), the grade the
 * quota proposes and the final grade after overrides.
 *
 * @param position 1-based position in the ranking (ties ordered by tie key)
 * @param rank 1-based competition rank: equal totals share the rank ("1, 2, 2, 4")
 * @param candidate the person and total
 * @param naturalGrade the scale's grade of the total
 * @param proposedGrade the grade that fits the quota
 * @param finalGrade the grade after overrides
 */
public record CalibrationEntry(
    int position,
    int rank,
    Candidate candidate,
    Grade naturalGrade,
    Grade proposedGrade,
    Grade finalGrade) {

  /** Validates. */
  public CalibrationEntry {
    if (position < 1 || rank < 1 || rank > position) {
      throw new IllegalArgumentException(
          "position and rank must be 1 or more with rank ≤ position, got " + position + ", "
              + rank);
    }
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(naturalGrade, "naturalGrade");
    Objects.requireNonNull(proposedGrade, "proposedGrade");
    Objects.requireNonNull(finalGrade, "finalGrade");
  }

  /** The subject id. */
  public String subjectId() {
    return candidate.subjectId();
  }

  CalibrationEntry withFinalGrade(Grade grade) {
    return new CalibrationEntry(position, rank, candidate, naturalGrade, proposedGrade, grade);
  }
}

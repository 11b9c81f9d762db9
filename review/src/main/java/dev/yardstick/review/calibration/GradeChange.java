package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a calibration's audit trail: a person's grade changed from one grade to another,
 * by the quota or by a person.
 *
 * @param subjectId whose grade changed
 * @param from the grade before
 * @param to the grade after
 * @param source the quota's proposal or a manual override
 * @param by {@code "calibration"} for the proposal, otherwise who overrode
 * @param at when an override was made; {@code null} for the proposal
 * @param reason why, in words
 */
public record GradeChange(
    String subjectId,
    Grade from,
    Grade to,
    Source source,
    String by,
    @Nullable Instant at,
    String reason) {

  /** What made the change. */
  public enum Source {
    /** The rank-based proposal that fits the quota. */
    CALIBRATION,
    /** A manual override. */
    OVERRIDE
  }

  /** Validates. */
  public GradeChange {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code emp-4: B → A by Wang Fang at 2026-10-12T09:30:00Z: led the launch}. */
  @Override
  public String toString() {
    return subjectId + ": " + from.code() + " → " + to.code() + " by " + by
        + (at == null ? "" : " at " + at) + ": " + reason;
  }
}

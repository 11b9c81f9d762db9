package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.internal.Args;
import java.time.Instant;
import java.util.Objects;

/**
 * A manual change of one person's calibrated grade, with who made it, when and why. The time is
 * given by the caller (the library never reads the clock), so results stay reproducible.
 *
 * <pre>{@code
 * new GradeOverride("emp-4", scale.require("A"), "Wang Fang (HRBP)",
 *     Instant.parse("2026-10-12T09:30:00Z"), "led the Double 11 launch, not in the KPIs");
 * }</pre>
 *
 * @param subjectId whose grade changes
 * @param grade the new grade
 * @param by who decided, for example a name and role
 * @param at when
 * @param reason why; required, because an unexplained change cannot be audited
 */
public record GradeOverride(String subjectId, Grade grade, String by, Instant at, String reason) {

  /** Validates: every field present, texts not blank. */
  public GradeOverride {
    Args.text(subjectId, "override subject id");
    Objects.requireNonNull(grade, "override grade");
    Args.text(by, "override of '" + subjectId + "' by");
    Objects.requireNonNull(at, "override of '" + subjectId + "' at");
    Args.text(reason, "override of '" + subjectId + "' reason");
  }
}

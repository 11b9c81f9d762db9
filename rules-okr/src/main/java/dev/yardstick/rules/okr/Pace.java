package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A key result's progress against plan on a date: the early warning of the domain guide's §4.2 ("an
 * indicator that deviates from plan raises an early warning").
 *
 * @param objectiveId the objective
 * @param keyResultId the key result
 * @param asOf the date, taken as of its end
 * @param expected the progress the pace profile expects by then, 0 to 1
 * @param actual the progress of the latest check-in on or before the date, 0 to 1
 * @param gap {@code actual − expected}: negative when behind plan
 * @param behind whether the key result is behind by more than the tolerance: {@code gap <
 *     −tolerance}
 */
public record Pace(
    String objectiveId,
    String keyResultId,
    LocalDate asOf,
    double expected,
    double actual,
    double gap,
    boolean behind) {

  /** Validates. */
  public Pace {
    Objects.requireNonNull(objectiveId, "objectiveId");
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(asOf, "asOf");
    Args.fraction(expected, "expected progress");
    Args.fraction(actual, "actual progress");
    Args.finite(gap, "gap");
  }
}

package dev.yardstick.report;

import dev.yardstick.report.internal.Args;

/**
 * One grade of a team's distribution: how many people got it and how many the quota expected.
 *
 * <pre>{@code
 * new GradeCount("A", 3, 2.4);   // 3 people graded A; a 20% quota of 12 people expects 2.4
 * }</pre>
 *
 * @param grade the grade, for example "S" or "A"
 * @param count how many people got it, 0 or more
 * @param expected how many the quota expects, 0 or more (may be fractional: 20% of 12 is 2.4)
 */
public record GradeCount(String grade, int count, double expected) {

  /** Validates. */
  public GradeCount {
    Args.text(grade, "grade");
    if (count < 0) {
      throw new IllegalArgumentException("grade '" + grade + "' count must not be negative, got " + count);
    }
    Args.nonNegative(expected, "grade '" + grade + "' expected");
    if (expected == 0) {
      expected = 0; // fold -0.0, which would print differently
    }
  }
}

package dev.yardstick.assertj;

import dev.yardstick.review.calibration.CalibrationEntry;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Violation;
import dev.yardstick.review.grade.Grade;
import java.util.Map;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a calibration.
 *
 * <pre>{@code
 * assertThat(calibration).hasFinalGrade("emp-4", "A").hasNoViolations().hasFinalCount("top", 1);
 * }</pre>
 */
public class CalibrationAssert extends AbstractObjectAssert<CalibrationAssert, CalibrationResult> {

  /** Creates the assertion; use {@link YardstickAssertions#assertThat(CalibrationResult)}. */
  public CalibrationAssert(CalibrationResult actual) {
    super(actual, CalibrationAssert.class);
  }

  /** The subject's final grade has this code. */
  public CalibrationAssert hasFinalGrade(String subjectId, String gradeCode) {
    isNotNull();
    if (actual.entry(subjectId).isEmpty()) {
      failWithMessage("%nExpected %s in the calibration but its subjects were %s",
          subjectId, actual.finalGrades().keySet());
    }
    Grade grade = actual.finalGrade(subjectId);
    if (!grade.code().equals(gradeCode)) {
      CalibrationEntry e = actual.entry(subjectId).orElseThrow();
      failWithMessage("%nExpected %s to end with grade %s but got %s (entry: %s; changes: %s)",
          subjectId, gradeCode, grade.code(), e, actual.changes());
    }
    return this;
  }

  /** The final distribution keeps the quota. */
  public CalibrationAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage("%nExpected the final grades to keep the quota but: %s",
          actual.violations().stream().map(Violation::message).toList());
    }
    return this;
  }

  /** The final distribution puts {@code count} people in the quota group. */
  public CalibrationAssert hasFinalCount(String group, int count) {
    isNotNull();
    int got = actual.finalDistribution().count(group);
    if (got != count) {
      failWithMessage("%nExpected %s people in group '%s' but there were %s; final grades %s",
          count, group, got, codes(actual.finalGrades()));
    }
    return this;
  }

  private static Map<String, String> codes(Map<String, Grade> grades) {
    Map<String, String> codes = new java.util.LinkedHashMap<>();
    grades.forEach((k, v) -> codes.put(k, v.code()));
    return codes;
  }
}

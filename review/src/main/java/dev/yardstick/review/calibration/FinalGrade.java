package dev.yardstick.review.calibration;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person's final grade: the one value that pay ({@code PayMatrix.propose(FinalGrade, …)}),
 * promotion ({@code PromotionCase.of(…, FinalGrade, …)}), the interview sheet ({@code
 * InterviewSheet.Builder#finalGrade(FinalGrade)}) and the documents written from them read, so
 * that they cannot disagree. It holds the grade of the total, the final grade after calibration
 * and overrides, and every change between the two with its reason: the quota's (with the
 * arithmetic) and each override's (who, when, why).
 *
 * <pre>{@code
 * FinalGrade g = calibrationResult.finalGradeOf("emp-7");
 * g.byTotal();     // C: the scale's grade of the total 68
 * g.grade();       // B: after the quota and an override
 * g.isChanged();   // true
 * g.reason();      // "C → D by the quota: position 7 of 7 …; then D → B by Wang Fang (HRBP) at …: led the launch"
 * FinalGrade plain = FinalGrade.ofTotal("emp-1", new BigDecimal("84.5"), scale.grade(84.5));   // no calibration
 * }</pre>
 *
 * @param subjectId the person
 * @param total the total the grade is based on (as shown, rounded)
 * @param byTotal the scale's grade of the total
 * @param grade the final grade: {@code byTotal} after every change
 * @param changes the changes from {@code byTotal} to {@code grade}, in order (the quota's first,
 *     then the overrides); empty when nothing changed it
 */
public record FinalGrade(
    String subjectId, BigDecimal total, Grade byTotal, Grade grade, List<GradeChange> changes) {

  /** Validates and copies: the changes must be the subject's and lead from {@code byTotal} to {@code grade}. */
  public FinalGrade {
    Args.text(subjectId, "final grade subject id");
    Objects.requireNonNull(total, "total of '" + subjectId + "'");
    total = Numbers.normalise(total);
    Objects.requireNonNull(byTotal, "byTotal of '" + subjectId + "'");
    Objects.requireNonNull(grade, "grade of '" + subjectId + "'");
    changes = List.copyOf(changes);
    String at = byTotal.code();
    for (GradeChange c : changes) {
      if (!c.subjectId().equals(subjectId)) {
        throw new IllegalArgumentException(
            "final grade of '" + subjectId + "' has a change of '" + c.subjectId() + "'");
      }
      if (!c.from().code().equals(at)) {
        throw new IllegalArgumentException(
            "final grade of '" + subjectId + "': change " + c.from().code() + " → "
                + c.to().code() + " does not start from " + at);
      }
      at = c.to().code();
    }
    if (!at.equals(grade.code())) {
      throw new IllegalArgumentException(
          "final grade of '" + subjectId + "' is " + grade.code() + ", but its changes lead from "
              + byTotal.code() + " to " + at);
    }
  }

  /** The final grade of someone whom no calibration or override changed: the grade of the total. */
  public static FinalGrade ofTotal(String subjectId, BigDecimal total, Grade grade) {
    return new FinalGrade(subjectId, total, grade, grade, List.of());
  }

  /** The final grade of an uncalibrated evaluation: the scale's grade of its rounded total. */
  public static FinalGrade ofTotal(Evaluation evaluation, GradeScale scale) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(scale, "scale");
    return ofTotal(evaluation.subject().id(), evaluation.total(), scale.grade(evaluation));
  }

  /** Whether the final grade differs from the grade of the total. */
  public boolean isChanged() {
    return !grade.code().equals(byTotal.code());
  }

  /** The overrides among the changes, in order. */
  public List<GradeChange> overrides() {
    List<GradeChange> overrides = new ArrayList<>();
    for (GradeChange c : changes) {
      if (c.source() == GradeChange.Source.OVERRIDE) {
        overrides.add(c);
      }
    }
    return List.copyOf(overrides);
  }

  /**
   * Why the final grade is what it is, in words: each change as {@code from → to by the quota:
   * reason} or {@code from → to by who at when: why}, joined by {@code "; then "}; empty when
   * nothing changed the grade of the total.
   */
  public String reason() {
    List<String> parts = new ArrayList<>();
    for (GradeChange c : changes) {
      parts.add(describe(c));
    }
    return String.join("; then ", parts);
  }

  /** One change in words: {@code C → D by the quota: …} or {@code D → B by Wang Fang at …: why}. */
  public static String describe(GradeChange c) {
    Objects.requireNonNull(c, "change");
    String step = c.from().code() + " → " + c.to().code();
    if (c.source() == GradeChange.Source.CALIBRATION) {
      return step + " by the quota: " + c.reason();
    }
    return step + " by " + c.by() + (c.at() == null ? "" : " at " + c.at()) + ": " + c.reason();
  }

  /** {@code emp-7: B (C by the total; …)} or {@code emp-1: A (by the total)}. */
  @Override
  public String toString() {
    return subjectId + ": " + grade.code()
        + (changes.isEmpty()
            ? " (by the total)"
            : " (" + byTotal.code() + " by the total; " + reason() + ")");
  }
}

package dev.yardstick.review.calibration;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One person of a calibrated population: who, their total, and the key that orders people with
 * equal totals when a quota boundary must split them.
 *
 * @param subjectId the person
 * @param total the total, as shown (an evaluation's rounded total)
 * @param tieKey compared as text, ascending, among equal totals; defaults to the subject id. A
 *     company may prefer, for example, the hire date ({@code "2019-03-01"}) so that seniority wins
 */
public record Candidate(String subjectId, BigDecimal total, String tieKey) {

  /** Validates. */
  public Candidate {
    Args.text(subjectId, "candidate subject id");
    Objects.requireNonNull(total, "total of '" + subjectId + "'");
    total = Numbers.normalise(total);
    Objects.requireNonNull(tieKey, "tieKey of '" + subjectId + "'");
  }

  /** A candidate whose tie key is its subject id. */
  public static Candidate of(String subjectId, BigDecimal total) {
    return new Candidate(subjectId, total, subjectId);
  }

  /** A candidate whose tie key is its subject id; the total is converted as it prints. */
  public static Candidate of(String subjectId, double total) {
    return of(subjectId, Args.decimal(total, "total of '" + subjectId + "'"));
  }

  /** The candidate of an evaluation: its subject and rounded total. */
  public static Candidate of(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    return of(evaluation.subject().id(), evaluation.total());
  }

  /** A copy with another tie key. */
  public Candidate withTieKey(String key) {
    return new Candidate(subjectId, total, key);
  }
}

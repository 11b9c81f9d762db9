package dev.yardstick.review.application;

import dev.yardstick.review.calibration.FinalGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a person qualifies for promotion, with every rule's outcome: all the conditions that
 * fail are listed, not only the first.
 *
 * @param subjectId the person
 * @param eligible whether every rule is met
 * @param checks each rule's outcome, in the policy's order
 * @param finalGrade the review period's final grade the decision used, with the grade of the total
 *     and the reasons, when the case had it
 */
public record PromotionDecision(
    String subjectId, boolean eligible, List<RuleCheck> checks, @Nullable FinalGrade finalGrade) {

  /** A decision without the final grade, as before final grades existed. */
  public PromotionDecision(String subjectId, boolean eligible, List<RuleCheck> checks) {
    this(subjectId, eligible, checks, null);
  }

  /** Validates and copies. */
  public PromotionDecision {
    Objects.requireNonNull(subjectId, "subjectId");
    checks = List.copyOf(checks);
    boolean all = checks.stream().allMatch(RuleCheck::met);
    if (eligible != all) {
      throw new IllegalArgumentException(
          "eligible must be true exactly when every check is met, got " + eligible);
    }
  }

  /** The rules not met, in the policy's order. */
  public List<RuleCheck> failures() {
    List<RuleCheck> failed = new ArrayList<>();
    for (RuleCheck c : checks) {
      if (!c.met()) {
        failed.add(c);
      }
    }
    return List.copyOf(failed);
  }
}

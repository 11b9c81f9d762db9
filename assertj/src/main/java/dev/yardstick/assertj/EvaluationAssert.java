package dev.yardstick.assertj;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an {@link Evaluation}.
 *
 * <pre>{@code
 * assertThat(evaluation).hasTotal(87.5).hasFlag(EvaluationFlag.CAPPED)
 *     .item("store-gmv").hasScore(100).wasCapped();
 * }</pre>
 */
public class EvaluationAssert extends AbstractObjectAssert<EvaluationAssert, Evaluation> {

  /** Creates the assertion; use {@link YardstickAssertions#assertThat(Evaluation)}. */
  public EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }

  /** The rounded total equals {@code expected} numerically ({@code 87.5} matches {@code 87.50}). */
  public EvaluationAssert hasTotal(double expected) {
    return hasTotal(BigDecimal.valueOf(expected));
  }

  /** The rounded total equals {@code expected} numerically, given as text such as {@code "87.50"}. */
  public EvaluationAssert hasTotal(String expected) {
    return hasTotal(new BigDecimal(expected));
  }

  /** The rounded total equals {@code expected} numerically. */
  public EvaluationAssert hasTotal(BigDecimal expected) {
    isNotNull();
    if (actual.total().compareTo(expected) != 0) {
      failWithMessage(
          "%nExpected the total of %s in %s to be%n  %s%nbut was%n  %s (full precision %s)%n%s",
          actual.subject().id(), actual.period(), expected.toPlainString(),
          actual.total().toPlainString(), actual.rawTotal(), breakdown());
    }
    return this;
  }

  /** The total falls in the grade with this code on the default scale ({@link GradeScale#defaultScale()}). */
  public EvaluationAssert hasGrade(String gradeCode) {
    return hasGrade(gradeCode, GradeScale.defaultScale());
  }

  /** The total falls in the grade with this code on {@code scale}. */
  public EvaluationAssert hasGrade(String gradeCode, GradeScale scale) {
    isNotNull();
    Grade grade = scale.grade(actual);
    if (!grade.code().equals(gradeCode)) {
      failWithMessage("%nExpected %s in %s to be graded %s but the total %s is graded %s%n%s",
          actual.subject().id(), actual.period(), gradeCode, actual.total().toPlainString(),
          grade.code(), breakdown());
    }
    return this;
  }

  /** The evaluation carries this flag. */
  public EvaluationAssert hasFlag(EvaluationFlag flag) {
    isNotNull();
    if (!actual.has(flag)) {
      failWithMessage("%nExpected evaluation of %s to have flag %s but its flags were %s",
          actual.subject().id(), flag, actual.flags());
    }
    return this;
  }

  /** The evaluation carries no flag at all. */
  public EvaluationAssert hasNoFlags() {
    isNotNull();
    if (!actual.flags().isEmpty()) {
      failWithMessage("%nExpected evaluation of %s to have no flags but had %s",
          actual.subject().id(), actual.flags());
    }
    return this;
  }

  /** The evaluation was made with this scorecard version. */
  public EvaluationAssert usedScorecard(String id, int version) {
    isNotNull();
    if (!actual.scorecardId().equals(id) || actual.scorecardVersion() != version) {
      failWithMessage("%nExpected evaluation of %s to use scorecard %s v%s but it used %s v%s",
          actual.subject().id(), id, version, actual.scorecardId(), actual.scorecardVersion());
    }
    return this;
  }

  /** Navigates to the item of an indicator; fails listing the items when there is none. */
  public ItemResultAssert item(String indicatorId) {
    isNotNull();
    Optional<ItemResult> item = actual.item(indicatorId);
    if (item.isEmpty()) {
      failWithMessage("%nExpected evaluation of %s to have an item '%s' but its items were %s",
          actual.subject().id(), indicatorId,
          actual.items().stream().map(ItemResult::indicatorId).toList());
    }
    return new ItemResultAssert(item.orElseThrow(), this);
  }

  private String breakdown() {
    StringBuilder sb = new StringBuilder("breakdown:");
    for (ItemResult item : actual.items()) {
      sb.append(String.format("%n  %-28s score %8s  weight %6.2f%%  %s",
          item.indicatorId(), item.score().toPlainString(), item.effectiveWeight() * 100,
          item.explanation().text()));
    }
    return sb.toString();
  }
}

package dev.yardstick.review.testing;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;

/**
 * A test-only strategy (the KPI strategies live in another module): either the actual is the
 * score, or the score is the percentage of target, direction-aware and unbounded:
 * {@code 100 × actual ÷ target} when higher is better, {@code 100 × target ÷ actual} when lower is
 * better.
 */
public final class TestScoring implements ScoringStrategy<TestScoring.Params> {

  /** How the score is computed. */
  public enum Mode {
    /** score = actual. */
    IDENTITY,
    /** score = percentage of target. */
    PERCENT_OF_TARGET
  }

  /** Parameters. */
  public record Params(Mode mode) {}

  /** score = actual. */
  public static ScoringRule<Params> identity() {
    return ScoringRule.of(new TestScoring(), new Params(Mode.IDENTITY));
  }

  /** score = percentage of target. */
  public static ScoringRule<Params> percentOfTarget() {
    return ScoringRule.of(new TestScoring(), new Params(Mode.PERCENT_OF_TARGET));
  }

  @Override
  public String id() {
    return "test-review";
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    if (p.mode() == Mode.IDENTITY) {
      return Score.of(in.actual(), Explanation.of("actual {}", in.actual()));
    }
    double target = in.requireTarget().target();
    double score =
        in.indicator().direction() == Direction.LOWER_IS_BETTER
            ? 100 * target / in.actual()
            : 100 * in.actual() / target;
    return Score.of(score, Explanation.of("{} against target {} = {}", in.actual(), target, score));
  }
}

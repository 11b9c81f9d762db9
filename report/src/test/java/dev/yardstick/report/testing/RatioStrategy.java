package dev.yardstick.report.testing;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;

/**
 * A test strategy: score = 100 × actual / target (target / actual when lower is better), bounded
 * by [floor, cap]. Core ships no strategy and the report must not depend on the rule modules, so
 * the tests bring this one.
 */
public final class RatioStrategy implements ScoringStrategy<RatioStrategy.Params> {

  /** Parameters. */
  public record Params(double floor, double cap) {}

  /** A rule with these bounds. */
  public static ScoringRule<Params> rule(double floor, double cap) {
    return ScoringRule.of(new RatioStrategy(), new Params(floor, cap));
  }

  @Override
  public String id() {
    return "test-ratio";
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  @Override
  public void validate(Params p) {
    if (p.cap() < p.floor()) {
      throw new IllegalArgumentException("cap " + p.cap() + " is below floor " + p.floor());
    }
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    Target target = in.requireTarget();
    double raw =
        in.indicator().direction() == Direction.LOWER_IS_BETTER
            ? 100 * target.target() / in.actual()
            : 100 * in.actual() / target.target();
    return Score.bounded(
        raw, p.floor(), p.cap(),
        Explanation.of("actual {} is {}% of target {}", in.actual(), raw, target.target()));
  }
}

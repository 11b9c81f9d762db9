package dev.yardstick.json.testing;

import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;

/**
 * A test-only strategy: score = actual × factor, bounded by [floor, cap]. The real KPI strategies
 * live in another module; these tests must not depend on them.
 */
public final class LinearStrategy implements ScoringStrategy<LinearStrategy.Params> {

  /**
   * Parameters.
   *
   * @param factor multiplier of the actual
   * @param floor least score
   * @param cap greatest score
   */
  public record Params(double factor, double floor, double cap) {}

  /** A rule with these parameters. */
  public static ScoringRule<Params> rule(double factor, double floor, double cap) {
    return ScoringRule.of(new LinearStrategy(), new Params(factor, floor, cap));
  }

  @Override
  public String id() {
    return "test-linear";
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  @Override
  public void validate(Params p) {
    if (p.cap() < p.floor()) {
      throw new IllegalArgumentException(
          "test-linear cap " + p.cap() + " is below floor " + p.floor());
    }
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    double raw = in.actual() * p.factor();
    return Score.bounded(
        raw, p.floor(), p.cap(), Explanation.of("{} × {} = {}", in.actual(), p.factor(), raw));
  }
}

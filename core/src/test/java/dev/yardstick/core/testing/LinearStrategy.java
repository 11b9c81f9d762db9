package dev.yardstick.core.testing;

import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;

/**
 * A test strategy: score = actual × factor, bounded by [floor, cap]. Core ships no strategy of its
 * own, so its tests bring this one.
 */
public final class LinearStrategy implements ScoringStrategy<LinearStrategy.Params> {

  /** Parameters. */
  public record Params(double factor, double floor, double cap) {}

  /** A rule with these parameters. */
  public static ScoringRule<Params> rule(double factor, double floor, double cap) {
    return ScoringRule.of(new LinearStrategy(), new Params(factor, floor, cap));
  }

  /** The identity: score = actual, unbounded in practice. */
  public static ScoringRule<Params> identity() {
    return rule(1, -1e12, 1e12);
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
      throw new IllegalArgumentException("cap " + p.cap() + " is below floor " + p.floor());
    }
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    double raw = in.actual() * p.factor();
    return Score.bounded(raw, p.floor(), p.cap(), Explanation.of("{} × {} = {}", in.actual(), p.factor(), raw));
  }
}

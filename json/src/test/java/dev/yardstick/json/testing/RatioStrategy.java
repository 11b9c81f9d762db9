package dev.yardstick.json.testing;

import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;

/** A test-only strategy: actual ÷ target × 100, capped; it requires a target. */
public final class RatioStrategy implements ScoringStrategy<RatioStrategy.Params> {

  /**
   * Parameters.
   *
   * @param cap greatest score
   */
  public record Params(double cap) {}

  @Override
  public String id() {
    return "test-ratio";
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.REQUIRED;
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    double ratio = in.actual() / in.requireTarget().target() * 100;
    return Score.bounded(ratio, 0, p.cap(), Explanation.of("{} ÷ target × 100 = {}", in.actual(), ratio));
  }
}

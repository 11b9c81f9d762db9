package dev.yardstick.rules.okr;

import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A test-only KPI strategy: {@code score = min(cap, 100 × actual ÷ target)} for higher-is-better
 * items, in decimal arithmetic. The OKR tests need KPI items next to the OKR item, and this module
 * must not depend on the KPI strategies module.
 */
final class PercentOfTargetTestStrategy
    implements ScoringStrategy<PercentOfTargetTestStrategy.Params> {

  record Params(double cap) {}

  static ScoringRule<Params> cappedAt(double cap) {
    return ScoringRule.of(new PercentOfTargetTestStrategy(), new Params(cap));
  }

  @Override
  public String id() {
    return "test-percent-of-target";
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    double target = in.requireTarget().target();
    double raw =
        in.measurement()
            .value()
            .divide(BigDecimal.valueOf(target), MathContext.DECIMAL128)
            .multiply(BigDecimal.valueOf(100))
            .doubleValue();
    return Score.bounded(
        raw, 0, p.cap(), Explanation.of("{} ÷ {} × 100 = {}", in.actual(), target, raw));
  }
}

package dev.yardstick.rules.kpi;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import org.jspecify.annotations.Nullable;

/** Subjects, indicators and inputs shared by the strategy tests. */
final class ScoringFixtures {

  static final Period Q3 = Period.parse("2026-Q3");
  static final Subject EMP = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-a");

  static final Indicator GMV = indicator("gmv", Direction.HIGHER_IS_BETTER);
  static final Indicator CAC = indicator("cac", Direction.LOWER_IS_BETTER);
  static final Indicator TURNOVER = indicator("turnover", Direction.CLOSER_TO_TARGET_IS_BETTER);

  private ScoringFixtures() {}

  static Indicator indicator(String id, Direction direction) {
    return Indicator.builder(id).direction(direction).build();
  }

  static Measurement measurement(Indicator indicator, double value) {
    return Measurement.of(EMP.id(), indicator.id(), Q3, value);
  }

  static ScoringInput input(Indicator indicator, @Nullable Target target, Measurement m) {
    return new ScoringInput(EMP, Q3, indicator, target, m);
  }

  static <P> Score score(
      ScoringRule<P> rule, Indicator indicator, @Nullable Target target, double actual) {
    return rule.score(input(indicator, target, measurement(indicator, actual)));
  }

  static <P> Score score(
      ScoringRule<P> rule, Indicator indicator, @Nullable Target target, Measurement m) {
    return rule.score(input(indicator, target, m));
  }
}

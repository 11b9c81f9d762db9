package dev.yardstick.quality.support;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Scores one measurement with one rule, outside any scorecard, for the properties. */
public final class Scoring {

  /** The subject of every property. */
  public static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");

  /** The period of every property. */
  public static final Period Q3 = Period.parse("2026-Q3");

  /** A higher-is-better indicator. */
  public static final Indicator UP =
      Indicator.builder("up").direction(Direction.HIGHER_IS_BETTER).build();

  /** A lower-is-better indicator. */
  public static final Indicator DOWN =
      Indicator.builder("down").direction(Direction.LOWER_IS_BETTER).build();

  /** A closer-to-target indicator. */
  public static final Indicator BAND =
      Indicator.builder("band").direction(Direction.CLOSER_TO_TARGET_IS_BETTER).build();

  private Scoring() {}

  /** The score of {@code actual} on {@code indicator} against {@code target}. */
  public static Score score(
      ScoringRule<?> rule, Indicator indicator, @Nullable Target target, BigDecimal actual) {
    return score(rule, indicator, target, Measurement.of(LI.id(), indicator.id(), Q3, actual));
  }

  /** The score of a measurement. */
  public static Score score(
      ScoringRule<?> rule, Indicator indicator, @Nullable Target target, Measurement m) {
    return rule.score(new ScoringInput(LI, Q3, indicator, target, m));
  }

  /** A measurement of 0 with no parts, for rules that read parts. */
  public static Measurement empty(Indicator indicator) {
    return Measurement.of(LI.id(), indicator.id(), Q3, BigDecimal.ZERO);
  }
}

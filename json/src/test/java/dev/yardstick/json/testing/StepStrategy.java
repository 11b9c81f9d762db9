package dev.yardstick.json.testing;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A test-only strategy with richer parameters (a list of records, a period, a decimal, an enum),
 * to show that any record of parameters round-trips: the score is that of the highest step the
 * actual reaches, plus a bonus from {@code bonusFrom} on.
 */
public final class StepStrategy implements ScoringStrategy<StepStrategy.Params> {

  /** How the steps compare. */
  public enum Comparison {
    /** actual ≥ step. */
    AT_LEAST,
    /** actual ≤ step. */
    AT_MOST
  }

  /**
   * A step.
   *
   * @param reach the level to reach
   * @param score the score it earns
   */
  public record Step(double reach, double score) {}

  /**
   * Parameters.
   *
   * @param steps steps in order
   * @param comparison how the actual is compared with a step
   * @param bonus added to the score from {@code bonusFrom} on
   * @param bonusFrom the first period with a bonus
   */
  public record Params(List<Step> steps, Comparison comparison, BigDecimal bonus, Period bonusFrom) {
    /** Validates. */
    public Params {
      steps = List.copyOf(steps);
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(bonus, "bonus");
      Objects.requireNonNull(bonusFrom, "bonusFrom");
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("test-step steps must not be empty");
      }
    }
  }

  /** A rule. */
  public static ScoringRule<Params> rule(Params params) {
    return ScoringRule.of(new StepStrategy(), params);
  }

  @Override
  public String id() {
    return "test-step";
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** The steps are levels of the actual: an item's target is never read. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.IGNORED;
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    double score = 0;
    for (Step step : p.steps()) {
      boolean reached =
          p.comparison() == Comparison.AT_LEAST ? in.actual() >= step.reach() : in.actual() <= step.reach();
      if (reached) {
        score = step.score();
      }
    }
    double bonus = in.period().compareTo(p.bonusFrom()) >= 0 ? p.bonus().doubleValue() : 0;
    return Score.of(score + bonus, Explanation.of("step {} + bonus {}", score, bonus));
  }
}

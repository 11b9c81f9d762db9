package dev.yardstick.core.scoring;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A strategy together with validated parameters: what a scorecard item is scored by.
 *
 * <p>Strategy modules offer factories that return rules, so that a scorecard reads like the
 * policy, for example {@code .scoredBy(Kpi.ratioToTarget().cappedAt(120))}.
 *
 * <pre>{@code
 * ScoringRule<Milestone.Params> rule = ScoringRule.of(new Milestone(), new Milestone.Params(100));
 * }</pre>
 *
 * @param strategy the strategy
 * @param parameters its parameters, validated by the strategy at construction
 * @param <P> the parameters type
 */
public record ScoringRule<P>(ScoringStrategy<P> strategy, P parameters) {

  /** Validates the parameters with the strategy. */
  public ScoringRule {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(parameters, "parameters");
    if (!strategy.parametersType().isInstance(parameters)) {
      throw new IllegalArgumentException(
          "strategy '"
              + strategy.id()
              + "' takes parameters of type "
              + strategy.parametersType().getName()
              + ", got "
              + parameters.getClass().getName());
    }
    strategy.validate(parameters);
  }

  /** A rule. */
  public static <P> ScoringRule<P> of(ScoringStrategy<P> strategy, P parameters) {
    return new ScoringRule<>(strategy, parameters);
  }

  /**
   * A rule whose parameters arrive untyped, for example from a JSON document.
   *
   * @throws IllegalArgumentException if the parameters are not of the strategy's type
   */
  public static <P> ScoringRule<P> ofUnchecked(ScoringStrategy<P> strategy, Object parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(parameters, "parameters");
    if (!strategy.parametersType().isInstance(parameters)) {
      throw new IllegalArgumentException(
          "strategy '"
              + strategy.id()
              + "' takes parameters of type "
              + strategy.parametersType().getName()
              + ", got "
              + parameters.getClass().getName());
    }
    return new ScoringRule<>(strategy, strategy.parametersType().cast(parameters));
  }

  /** The strategy's id. */
  public String strategyId() {
    return strategy.id();
  }

  /** Whether the strategy scores these parameters against a target; see {@link ScoringStrategy#targetUse}. */
  public TargetUse targetUse() {
    return Objects.requireNonNull(strategy.targetUse(parameters), "targetUse of strategy '" + strategy.id() + "'");
  }

  /** Scores one item; the strategy's score is checked to be finite by {@link Score}. */
  public Score score(ScoringInput input) {
    return strategy.score(parameters, input);
  }

  /**
   * The strategy's fast path for whole columns, or {@code null} when it has none; see {@link
   * ScoringStrategy#columnScorer}.
   */
  public @Nullable ColumnScorer columnScorer(Indicator indicator, @Nullable Target target) {
    return strategy.columnScorer(parameters, indicator, target);
  }

  /**
   * Rules are equal when their strategies have the same id and class and their parameters are
   * equal, so that two instances of a discovered strategy make equal rules.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ScoringRule
        && ((ScoringRule<?>) o).strategy.id().equals(strategy.id())
        && ((ScoringRule<?>) o).strategy.getClass() == strategy.getClass()
        && ((ScoringRule<?>) o).parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return 31 * strategy.id().hashCode() + parameters.hashCode();
  }

  @Override
  public String toString() {
    return strategy.id() + parameters;
  }
}

package dev.yardstick.core.scoring;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import org.jspecify.annotations.Nullable;

/**
 * A family of scoring formulas, such as "ratio to target" or "threshold / target / stretch", with
 * a logical id and a record of parameters.
 *
 * <p>This is Yardstick's service provider interface. A strategy is a stateless singleton; its
 * parameters live in a separate, immutable object of {@link #parametersType()}, so that one
 * strategy serves every scorecard item and the JSON module can read and write the parameters by
 * the strategy's id, without class names. Implementations register in two places: {@code provides
 * dev.yardstick.core.scoring.ScoringStrategy with …} in their {@code module-info.java} and a line
 * in {@code META-INF/services/dev.yardstick.core.scoring.ScoringStrategy}, and need a public
 * no-argument constructor.
 *
 * <pre>{@code
 * public final class Milestone implements ScoringStrategy<Milestone.Params> {
 *   public record Params(double metScore) {}
 *   public String id() { return "milestone"; }
 *   public Class<Params> parametersType() { return Params.class; }
 *   public TargetUse targetUse(Params p) { return TargetUse.REQUIRED; }
 *   public Score score(Params p, ScoringInput in) {
 *     return in.actual() >= in.target().target()
 *         ? Score.of(p.metScore(), Explanation.of("met: {} ≥ {}", in.actual(), in.target().target()))
 *         : Score.of(0, Explanation.of("not met: {} < {}", in.actual(), in.target().target()));
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and pure: the same parameters and input give the same
 * score, and {@link #score} does no I/O, formatting or reflection (explanations are formatted
 * lazily).
 *
 * @param <P> the parameters type, normally a record
 */
public interface ScoringStrategy<P> {

  /**
   * The logical id, unique among the strategies in use, for example {@code "ratio-to-target"}:
   * lower-case words joined by '-' (a '.'-separated prefix such as {@code "acme.bonus"} keeps
   * a company's own ids apart).
   */
  String id();

  /** The type of this strategy's parameters. */
  Class<P> parametersType();

  /**
   * Checks parameters once, when a scorecard is built, so that scoring need not.
   *
   * @throws IllegalArgumentException naming the parameter and its value when it is invalid
   */
  default void validate(P parameters) {}

  /**
   * Whether these parameters score against the item's target. A scorecard builder rejects an item
   * without a target when the answer is {@link TargetUse#REQUIRED}, and an item with one when it
   * is {@link TargetUse#IGNORED}, naming the section, the item and the strategy.
   *
   * <pre>{@code
   * public TargetUse targetUse(Params p) { return TargetUse.REQUIRED; }   // Milestone compares with the target
   * }</pre>
   *
   * @param parameters validated parameters
   * @return {@link TargetUse#OPTIONAL} unless overridden, which accepts every item
   */
  default TargetUse targetUse(P parameters) {
    return TargetUse.OPTIONAL;
  }

  /**
   * Scores one item.
   *
   * @param parameters validated parameters
   * @param input the item's indicator, target and measurement
   * @return a finite score with its explanation
   */
  Score score(P parameters, ScoringInput input);

  /**
   * The fast path for table evaluation: a scorer that gives, for whole columns of values, the
   * same scores as {@link #score} without creating objects, or {@code null} (the default) when
   * this strategy has none and every value is scored by {@link #score}. Called once per item of
   * a table evaluation. See {@link ColumnScorer} for the contract, which a differential test of
   * the implementation should check.
   *
   * <pre>{@code
   * ColumnScorer scorer = strategy.columnScorer(params, indicator, target);
   * }</pre>
   *
   * @param parameters validated parameters
   * @param indicator the item's indicator
   * @param target the item's target, or {@code null} when it has none
   */
  default @Nullable ColumnScorer columnScorer(
      P parameters, Indicator indicator, @Nullable Target target) {
    return null;
  }

  /** A one-line description for documentation and tooling. */
  default String description() {
    return id();
  }
}

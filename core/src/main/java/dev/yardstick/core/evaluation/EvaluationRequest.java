package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import dev.yardstick.core.scorecard.Scorecard;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one subject, set up step by step and run by {@link #with(Collection)}.
 *
 * <pre>{@code
 * Evaluation e = Yardstick.evaluate(li)
 *     .in(Period.parse("2026-Q3"))
 *     .against(card)
 *     .targets(Map.of("store-gmv", Target.levels(900_000, 1_100_000, 1_300_000)))  // optional
 *     .with(measurements);
 * }</pre>
 *
 * <p>A request is a small mutable builder for one call, not to be shared between threads; the
 * evaluation it returns is immutable.
 */
public final class EvaluationRequest {

  private final Subject subject;
  private @Nullable Period period;
  private @Nullable Scorecard card;
  private Map<String, Target> targets = Map.of();
  private @Nullable Double teamScore;

  /** Starts the evaluation of {@code subject}; {@code Yardstick.evaluate(subject)} calls this. */
  public EvaluationRequest(Subject subject) {
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  /** The period to evaluate. */
  public EvaluationRequest in(Period period) {
    this.period = Objects.requireNonNull(period, "period");
    return this;
  }

  /** The period to evaluate, parsed from {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2} or {@code 2026}. */
  public EvaluationRequest in(String period) {
    return in(Period.parse(period));
  }

  /** The scorecard to evaluate against. */
  public EvaluationRequest against(Scorecard card) {
    this.card = Objects.requireNonNull(card, "card");
    return this;
  }

  /** Targets for this subject that replace the scorecard's defaults, by indicator id. */
  public EvaluationRequest targets(Map<String, Target> targets) {
    this.targets = Checks.orderedCopy(targets, "targets");
    return this;
  }

  /** The team's total, for a scorecard that links the individual's result to the team's. */
  public EvaluationRequest teamScore(double teamScore) {
    if (!Double.isFinite(teamScore)) {
      throw new InvalidInputException(
          subject.id(), null, "teamScore", Double.toString(teamScore), "is not a finite number");
    }
    this.teamScore = teamScore;
    return this;
  }

  /**
   * Evaluates with these measurements.
   *
   * @throws IllegalStateException if the period or scorecard was not given
   * @throws InvalidInputException naming the subject, indicator, field and value when the input
   *     cannot be evaluated (a measurement of another period, a missing one under the FAIL
   *     policy, …)
   */
  public Evaluation with(Collection<? extends Measurement> measurements) {
    Objects.requireNonNull(measurements, "measurements");
    if (period == null) {
      throw new IllegalStateException(
          "evaluation of '" + subject.id() + "' has no period: call in(period) first");
    }
    if (card == null) {
      throw new IllegalStateException(
          "evaluation of '" + subject.id() + "' has no scorecard: call against(scorecard) first");
    }
    if (teamScore != null && !card.teamLink().needsTeamScore()) {
      throw new InvalidInputException(
          subject.id(),
          null,
          "teamScore",
          Decimals.plain(teamScore),
          "was given but scorecard '" + card.id() + "' does not link to the team's result");
    }
    return Evaluator.evaluate(subject, period, card, measurements, targets, teamScore);
  }

  /** Evaluates with these measurements. */
  public Evaluation with(Measurement... measurements) {
    return with(Arrays.asList(measurements));
  }
}

package dev.yardstick.review.versioning;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationRequest;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.TeamAdjustment;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What-if re-weighting: re-scores past evaluations under a proposed scorecard version and lists
 * who would change grade and why. Nothing is stored; the past evaluations keep their version.
 *
 * <p>For each past evaluation the proposed card is evaluated for the same subject and period
 * with the same measurements (those of indicators the proposed card does not have are ignored),
 * the same per-subject targets (the items flagged {@code TARGET_OVERRIDDEN}, for indicators still
 * on the card) and the same team score (from the evaluation's team adjustment, when the proposed
 * card links to the team). The proposed card is applied to the past period whatever its own
 * validity says. The items that moved most are those whose contribution to the total ({@code
 * effectiveWeight × score}) changed most, largest absolute change first, ties by indicator id.
 *
 * <pre>{@code
 * WhatIfResult result = WhatIf.of(proposedV2, GradeScale.defaultScale())
 *     .rescore(q2Evaluations, q2Measurements);
 * for (Rescore r : result.gradeChanges()) {
 *   System.out.println(r.explanation());
 *   // emp-2: A → S, total 85.00 → 90.00 (+5.00); moved most: cvr +25.00, gmv -20.00
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WhatIf {

  private final Scorecard proposed;
  private final GradeScale scale;
  private final int topMovers;

  private WhatIf(Scorecard proposed, GradeScale scale, int topMovers) {
    this.proposed = proposed;
    this.scale = scale;
    this.topMovers = topMovers;
  }

  /** A what-if of {@code proposed}, grading with {@code scale}, listing the 3 top movers. */
  public static WhatIf of(Scorecard proposed, GradeScale scale) {
    return new WhatIf(
        Objects.requireNonNull(proposed, "proposed"), Objects.requireNonNull(scale, "scale"), 3);
  }

  /** A copy listing up to {@code count} items that moved most per person. */
  public WhatIf topMovers(int count) {
    return new WhatIf(proposed, scale, Args.atLeast(count, 0, "top movers"));
  }

  /**
   * Re-scores each evaluation under the proposed version. A person who cannot be re-scored is a
   * failure with the reason; the others are still re-scored.
   *
   * @param past the evaluations as they were made
   * @param measurements the measurements of their subjects and periods (others are ignored)
   */
  public WhatIfResult rescore(
      Collection<Evaluation> past, Collection<? extends Measurement> measurements) {
    Objects.requireNonNull(past, "past");
    Objects.requireNonNull(measurements, "measurements");
    Map<String, List<Measurement>> byKey = new HashMap<>();
    for (Measurement m : measurements) {
      Objects.requireNonNull(m, "measurement");
      if (proposed.item(m.indicatorId()).isPresent()) {
        byKey.computeIfAbsent(key(m.subjectId(), m.period()), k -> new ArrayList<>()).add(m);
      }
    }
    Map<Period, Scorecard> cards = new HashMap<>();
    List<Rescore> rescores = new ArrayList<>();
    List<Outcome.Failed> failures = new ArrayList<>();
    for (Evaluation original : past) {
      Objects.requireNonNull(original, "evaluation");
      try {
        Scorecard card =
            cards.computeIfAbsent(
                original.period(),
                p -> proposed.toBuilder().validFrom(p).validUntil(p).build());
        EvaluationRequest request =
            Yardstick.evaluate(original.subject())
                .in(original.period())
                .against(card)
                .targets(overriddenTargets(original, card));
        TeamAdjustment team = original.team();
        if (card.teamLink().needsTeamScore() && team != null) {
          request.teamScore(team.teamScore());
        }
        Evaluation rescored =
            request.with(byKey.getOrDefault(key(original.subject().id(), original.period()),
                List.of()));
        Grade oldGrade = scale.grade(original);
        Grade newGrade = scale.grade(rescored);
        rescores.add(new Rescore(original, rescored, oldGrade, newGrade, movers(original, rescored)));
      } catch (RuntimeException e) {
        String message = e.getMessage();
        failures.add(
            new Outcome.Failed(
                original.subject(),
                e.getClass().getSimpleName(),
                message == null ? e.getClass().getName() : message));
      }
    }
    return new WhatIfResult(rescores, failures);
  }

  private static Map<String, Target> overriddenTargets(Evaluation original, Scorecard card) {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (ItemResult item : original.items()) {
      Target target = item.target();
      if (item.flags().contains(ItemFlag.TARGET_OVERRIDDEN)
          && target != null
          && card.item(item.indicatorId()).isPresent()) {
        targets.put(item.indicatorId(), target);
      }
    }
    return targets;
  }

  private List<ItemShift> movers(Evaluation before, Evaluation after) {
    Set<String> ids = new LinkedHashSet<>();
    for (ItemResult r : before.items()) {
      ids.add(r.indicatorId());
    }
    for (ItemResult r : after.items()) {
      ids.add(r.indicatorId());
    }
    List<ItemShift> shifts = new ArrayList<>();
    for (String id : ids) {
      double old = before.item(id).map(ItemResult::contribution).orElse(0.0);
      double now = after.item(id).map(ItemResult::contribution).orElse(0.0);
      if (old != now) {
        shifts.add(new ItemShift(id, old, now));
      }
    }
    shifts.sort(
        Comparator.comparingDouble((ItemShift s) -> Math.abs(s.delta()))
            .reversed()
            .thenComparing(ItemShift::indicatorId));
    return List.copyOf(shifts.subList(0, Math.min(topMovers, shifts.size())));
  }

  private static String key(String subjectId, Period period) {
    return subjectId + "\u0000" + period;
  }
}

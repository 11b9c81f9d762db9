package dev.yardstick.review;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.review.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation read item by item against the targets: which items are strengths (furthest above
 * target) and which are weaknesses (furthest below).
 *
 * <p><b>What "above target" means.</b> An item is above target when its <em>score</em> exceeds
 * par, the score a scorecard gives for meeting the target exactly (100 with the usual
 * ratio-to-target and threshold/target/stretch rules; {@link #of(Evaluation, BigDecimal)} takes
 * another par). The score, not {@code actual − target}, decides because the scoring rule already
 * knows the indicator's direction: a CAC of 50 against a target of 60 (lower is better) scores
 * above 100, a conversion rate of 2.8% against 3.5% below. Scores are also comparable across
 * units, so a 20-point shortfall in conversion and a 20-point shortfall in CSAT weigh the same.
 * The rounded score (as shown) is used, so the sheet never contradicts itself by a hair.
 *
 * <p><b>Order.</b> Strengths by gap, largest first; weaknesses by gap, most negative first; equal
 * gaps by effective weight (heavier first), then scorecard order. Items on target are neither.
 * Items left out for missing data are not assessed; items scored zero for missing data are.
 *
 * <pre>{@code
 * Assessment a = Assessment.of(evaluation);
 * a.strengths(3);    // up to 3 items furthest above target
 * a.weaknesses(3);   // up to 3 items furthest below target
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {

  /** The default par: a score of 100 means "on target". */
  public static final BigDecimal DEFAULT_PAR = BigDecimal.valueOf(100);

  private static final Comparator<ItemAssessment> STRONGEST_FIRST =
      Comparator.comparing(ItemAssessment::gap)
          .reversed()
          .thenComparing(Comparator.comparingDouble(ItemAssessment::effectiveWeight).reversed())
          .thenComparingInt(ItemAssessment::position);

  private static final Comparator<ItemAssessment> WEAKEST_FIRST =
      Comparator.comparing(ItemAssessment::gap)
          .thenComparing(Comparator.comparingDouble(ItemAssessment::effectiveWeight).reversed())
          .thenComparingInt(ItemAssessment::position);

  private final Evaluation evaluation;
  private final BigDecimal par;
  private final List<ItemAssessment> items;

  private Assessment(Evaluation evaluation, BigDecimal par, List<ItemAssessment> items) {
    this.evaluation = evaluation;
    this.par = par;
    this.items = List.copyOf(items);
  }

  /** Assesses with par 100. */
  public static Assessment of(Evaluation evaluation) {
    return of(evaluation, DEFAULT_PAR);
  }

  /** Assesses against another par, for scorecards whose "on target" score is not 100. */
  public static Assessment of(Evaluation evaluation, BigDecimal par) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(par, "par");
    List<ItemAssessment> items = new ArrayList<>();
    int position = 0;
    for (ItemResult r : evaluation.items()) {
      if (!r.isExcluded()) {
        items.add(
            new ItemAssessment(
                r.indicatorId(),
                position,
                r.actual(),
                r.target(),
                r.effectiveWeight(),
                r.score(),
                r.score().subtract(par)));
      }
      position++;
    }
    return new Assessment(evaluation, par, items);
  }

  /** The evaluation assessed. */
  public Evaluation evaluation() {
    return evaluation;
  }

  /** The score that means "on target". */
  public BigDecimal par() {
    return par;
  }

  /** Every assessed item, in scorecard order. */
  public List<ItemAssessment> items() {
    return items;
  }

  /** The assessment of one indicator, if it was assessed. */
  public Optional<ItemAssessment> item(String indicatorId) {
    for (ItemAssessment item : items) {
      if (item.indicatorId().equals(indicatorId)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** Up to {@code max} items above target, furthest above first. */
  public List<ItemAssessment> strengths(int max) {
    return pick(ItemAssessment.Standing.ABOVE, STRONGEST_FIRST, max);
  }

  /** Up to {@code max} items below target, furthest below first. */
  public List<ItemAssessment> weaknesses(int max) {
    return pick(ItemAssessment.Standing.BELOW, WEAKEST_FIRST, max);
  }

  private List<ItemAssessment> pick(
      ItemAssessment.Standing standing, Comparator<ItemAssessment> order, int max) {
    Args.atLeast(max, 0, "max");
    List<ItemAssessment> picked = new ArrayList<>();
    for (ItemAssessment item : items) {
      if (item.standing() == standing) {
        picked.add(item);
      }
    }
    picked.sort(order);
    return List.copyOf(picked.subList(0, Math.min(max, picked.size())));
  }
}

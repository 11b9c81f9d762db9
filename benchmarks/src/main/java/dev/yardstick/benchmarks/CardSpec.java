package dev.yardstick.benchmarks;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.rules.kpi.Banded;
import dev.yardstick.rules.kpi.CloserToTarget;
import dev.yardstick.rules.kpi.Ratings;
import dev.yardstick.rules.kpi.RatioToTarget;
import dev.yardstick.rules.kpi.ThresholdTargetStretch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scorecard reduced to numbers: what the hand-written loop and the formula generator read. It
 * knows the strategies the default scorecards use (threshold / target / stretch, ratio to target,
 * banded, closer to target, ratings) and rejects any other.
 *
 * <pre>{@code
 * CardSpec spec = CardSpec.of(WorkloadCards.all().get(0));
 * spec.items()[0].kind();   // LEVELS
 * }</pre>
 *
 * @param card the scorecard
 * @param items its items, in scorecard order
 * @param sectionOfItem the section of each item
 * @param sectionShare each section's share of the total (its weight ÷ the sum of weights)
 * @param sectionItemWeights each section's sum of item weights
 */
public record CardSpec(
    Scorecard card,
    ItemSpec[] items,
    int[] sectionOfItem,
    double[] sectionShare,
    double[] sectionItemWeights) {

  /** Raters per ratings item in the workload ({@code partner.1} to {@code partner.3}). */
  public static final int RATERS = 3;

  /** The kinds of rule the default scorecards use. */
  public enum Kind {
    /** {@code threshold-target-stretch}. */
    LEVELS,
    /** {@code ratio-to-target}. */
    RATIO,
    /** {@code banded}. */
    BANDED,
    /** {@code closer-to-target}. */
    CLOSER,
    /** {@code ratings}, one rater group. */
    RATINGS
  }

  /**
   * One item as numbers.
   *
   * @param item the scorecard item
   * @param variable the item's variable name in formulas
   * @param kind the rule's kind
   * @param sign +1 when higher is better (levels ascending), -1 when lower is better
   * @param weight the item's weight in its section
   * @param p the rule's numbers, by kind (see {@link CardSpec#of})
   * @param mode for ratio: 0 higher, 1 complement, 2 inverse; for banded: 0 stepped, 1
   *     interpolated, with 10 added for achievement; for closer: 1 relative, 0 absolute
   */
  public record ItemSpec(
      Item item, String variable, Kind kind, int sign, double weight, double[] p, int mode) {}

  /**
   * Reduces a card.
   *
   * <p>The numbers {@code p} per kind: LEVELS {@code threshold, target, stretch, thresholdScore,
   * targetScore, stretchScore, floor, cap}; RATIO {@code target, floor, cap}; BANDED {@code target
   * (0 on actual), belowFirst, from0, score0, from1, score1, …}; CLOSER {@code target, tolerance,
   * floorDistance, fullScore, floor}; RATINGS {@code scaleMax}.
   *
   * @throws IllegalArgumentException for a strategy or setting the workload does not use
   */
  public static CardSpec of(Scorecard card) {
    List<Item> items = card.items();
    ItemSpec[] specs = new ItemSpec[items.size()];
    int[] sectionOf = new int[items.size()];
    for (int i = 0; i < specs.length; i++) {
      specs[i] = spec(items.get(i));
      sectionOf[i] = card.sectionIndexOf(i);
    }
    List<Section> sections = card.sections();
    double sum = 0;
    for (Section s : sections) {
      sum += s.weight();
    }
    double[] share = new double[sections.size()];
    double[] itemWeights = new double[sections.size()];
    for (int s = 0; s < share.length; s++) {
      share[s] = sections.get(s).weight() / sum;
      for (Item item : sections.get(s).items()) {
        itemWeights[s] += item.weight();
      }
    }
    return new CardSpec(card, specs, sectionOf, share, itemWeights);
  }

  /** The specs of several cards. */
  public static List<CardSpec> of(List<Scorecard> cards) {
    List<CardSpec> specs = new ArrayList<>();
    for (Scorecard card : cards) {
      specs.add(of(card));
    }
    return List.copyOf(specs);
  }

  /** The index of the ratings item, or -1. */
  public int ratingsItem() {
    for (int i = 0; i < items.length; i++) {
      if (items[i].kind() == Kind.RATINGS) {
        return i;
      }
    }
    return -1;
  }

  private static ItemSpec spec(Item item) {
    Object params = item.rule().parameters();
    String variable = item.indicatorId().replace('-', '_');
    Direction direction = item.indicator().direction();
    Target t = item.target();
    if (params instanceof ThresholdTargetStretch.Params) {
      ThresholdTargetStretch.Params p = (ThresholdTargetStretch.Params) params;
      Target target = Objects.requireNonNull(t, "target");
      int sign;
      if (target.threshold() != target.stretch()) {
        sign = target.threshold() < target.stretch() ? 1 : -1;
      } else {
        sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
      }
      return new ItemSpec(item, variable, Kind.LEVELS, sign, item.weight(),
          new double[] {target.threshold(), target.target(), target.stretch(),
              p.thresholdScore(), p.targetScore(), p.stretchScore(), p.floor(), p.cap()}, 0);
    }
    if (params instanceof RatioToTarget.Params) {
      RatioToTarget.Params p = (RatioToTarget.Params) params;
      int mode = direction == Direction.HIGHER_IS_BETTER
          ? 0 : p.lowerIsBetter() == RatioToTarget.LowerIsBetter.COMPLEMENT ? 1 : 2;
      return new ItemSpec(item, variable, Kind.RATIO, mode == 0 ? 1 : -1, item.weight(),
          new double[] {Objects.requireNonNull(t, "target").target(), p.floor(), p.cap()}, mode);
    }
    if (params instanceof Banded.Params) {
      Banded.Params p = (Banded.Params) params;
      boolean achievement = p.basis() == Banded.Basis.ACHIEVEMENT;
      double[] numbers = new double[2 + 2 * p.bands().size()];
      numbers[0] = achievement ? Objects.requireNonNull(t, "target").target() : 0;
      numbers[1] = p.belowFirst();
      for (int b = 0; b < p.bands().size(); b++) {
        numbers[2 + 2 * b] = p.bands().get(b).from();
        numbers[3 + 2 * b] = p.bands().get(b).score();
      }
      int mode = (p.mode() == Banded.Mode.INTERPOLATED ? 1 : 0) + (achievement ? 10 : 0);
      return new ItemSpec(item, variable, Kind.BANDED, 1, item.weight(), numbers, mode);
    }
    if (params instanceof CloserToTarget.Params) {
      CloserToTarget.Params p = (CloserToTarget.Params) params;
      return new ItemSpec(item, variable, Kind.CLOSER, 0, item.weight(),
          new double[] {Objects.requireNonNull(t, "target").target(), p.tolerance(),
              p.floorDistance(), p.fullScore(), p.floor()},
          p.distance() == CloserToTarget.Distance.RELATIVE ? 1 : 0);
    }
    if (params instanceof Ratings.Params) {
      Ratings.Params p = (Ratings.Params) params;
      if (p.raterWeights().size() != 1 || p.mapping() != Ratings.Mapping.PERCENT_OF_MAX) {
        throw new IllegalArgumentException(
            "the workload knows ratings with one rater group, percent of max: " + item);
      }
      return new ItemSpec(item, variable, Kind.RATINGS, 1, item.weight(),
          new double[] {p.scaleMax()}, 0);
    }
    throw new IllegalArgumentException("the workload does not use the rule of " + item);
  }

  /** The rater group of a ratings item. */
  static String raterGroup(ItemSpec spec) {
    return ((Ratings.Params) spec.item().rule().parameters()).raterWeights().keySet().iterator()
        .next();
  }
}

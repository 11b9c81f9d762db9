package dev.yardstick.rules.kpi;

import dev.yardstick.core.scoring.ScoringRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Factories of KPI scoring rules that read like the policy they implement.
 *
 * <pre>{@code
 * Scorecard card = Yardstick.scorecard("store-ops-manager")
 *     .section("core", 70)
 *         .item(GMV).weight(50).target(Target.levels(800_000, 1_000_000, 1_200_000))
 *             .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
 *         .item(CONVERSION).weight(50).target(Target.of(0.035))
 *             .scoredBy(Kpi.ratioToTarget().floor(0).cap(120).rule())
 *     .section("service", 30)
 *         .item(COMPLAINTS).weight(100)
 *             .scoredBy(Kpi.deduction().perIncident("complaint", 5).capPerCategory("complaint", 20)
 *                 .perIncident("late-reply", 2).floor(0).rule())
 *     .build();
 * }</pre>
 *
 * <p>Rules with a few numbers come straight from a method; rules with more settings come from a
 * small immutable spec whose methods return changed copies and whose {@code rule()} validates
 * the parameters and returns the rule. The strategies behind them are the classes of this
 * package, also found by {@code StrategyRegistry.discover()} under their ids.
 */
public final class Kpi {

  private static final ThresholdTargetStretch THRESHOLD_TARGET_STRETCH =
      new ThresholdTargetStretch();
  private static final RatioToTarget RATIO_TO_TARGET = new RatioToTarget();
  private static final CloserToTarget CLOSER_TO_TARGET = new CloserToTarget();
  private static final Banded BANDED = new Banded();
  private static final Milestone MILESTONE = new Milestone();
  private static final Deduction DEDUCTION = new Deduction();
  private static final Ratings RATINGS = new Ratings();

  private Kpi() {}

  /**
   * Threshold / target / stretch with these scores at the three levels, a floor of 0 below the
   * threshold and a cap at the stretch score; see {@link ThresholdTargetStretch}.
   *
   * <pre>{@code
   * Kpi.thresholdTargetStretch(60, 100, 120)
   * }</pre>
   */
  public static ScoringRule<ThresholdTargetStretch.Params> thresholdTargetStretch(
      double thresholdScore, double targetScore, double stretchScore) {
    return ScoringRule.of(
        THRESHOLD_TARGET_STRETCH,
        new ThresholdTargetStretch.Params(thresholdScore, targetScore, stretchScore));
  }

  /**
   * Threshold / target / stretch with an explicit floor (the score below the threshold) and cap
   * (above the stretch score, the target-to-stretch line continues up to it).
   *
   * <pre>{@code
   * Kpi.thresholdTargetStretch(50, 100, 150, 0, 200)
   * }</pre>
   */
  public static ScoringRule<ThresholdTargetStretch.Params> thresholdTargetStretch(
      double thresholdScore, double targetScore, double stretchScore, double floor, double cap) {
    return ScoringRule.of(
        THRESHOLD_TARGET_STRETCH,
        new ThresholdTargetStretch.Params(thresholdScore, targetScore, stretchScore, floor, cap));
  }

  /**
   * Ratio to target, {@code actual ÷ target × 100}, starting from a floor of 0, a cap of 120 and
   * the complement form {@code 2 − actual ÷ target} for lower-is-better indicators; see {@link
   * RatioToTarget}.
   *
   * <pre>{@code
   * Kpi.ratioToTarget().floor(0).cap(120).rule()
   * }</pre>
   */
  public static RatioToTargetSpec ratioToTarget() {
    return new RatioToTargetSpec(new RatioToTarget.Params(0, 120));
  }

  /**
   * Ratio to target with this floor and cap.
   *
   * <pre>{@code
   * Kpi.ratioToTarget(0, 120)
   * }</pre>
   */
  public static ScoringRule<RatioToTarget.Params> ratioToTarget(double floor, double cap) {
    return ScoringRule.of(RATIO_TO_TARGET, new RatioToTarget.Params(floor, cap));
  }

  /**
   * Closer to target is better: set the tolerance and the distance at which the score reaches
   * the floor; full score 100, floor 0 and absolute distances unless changed. See {@link
   * CloserToTarget}.
   *
   * <pre>{@code
   * Kpi.closerToTarget().tolerance(0.5).floorAt(3).rule()            // absolute, in turns
   * Kpi.closerToTarget().relative().tolerance(0.05).floorAt(0.5).rule()  // ±5%, 0 at ±50%
   * }</pre>
   */
  public static CloserToTargetSpec closerToTarget() {
    return new CloserToTargetSpec(
        new CloserToTarget.Params(0, Double.NaN, CloserToTarget.Distance.ABSOLUTE, 100, 0));
  }

  /**
   * A banded lookup table, empty, stepped, on achievement in percent, scoring 0 below the first
   * band; add bands with {@code band(from, score)}. See {@link Banded}.
   *
   * <pre>{@code
   * Kpi.banded().band(80, 60).band(100, 100).band(120, 140).interpolated().rule()
   * }</pre>
   */
  public static BandedSpec banded() {
    return new BandedSpec(
        new Banded.Params(List.of(), Banded.Mode.STEPPED, Banded.Basis.ACHIEVEMENT, 0));
  }

  /**
   * A milestone met against the target: 100 when met, 0 when not. See {@link Milestone}.
   *
   * <pre>{@code
   * Kpi.milestone()
   * }</pre>
   */
  public static ScoringRule<Milestone.Params> milestone() {
    return milestone(100, 0);
  }

  /**
   * A milestone met against the target, with these scores.
   *
   * <pre>{@code
   * Kpi.milestone(100, 40)
   * }</pre>
   */
  public static ScoringRule<Milestone.Params> milestone(double metScore, double notMetScore) {
    return ScoringRule.of(MILESTONE, new Milestone.Params(metScore, notMetScore));
  }

  /**
   * A done flag: met when the actual is not 0, with these scores; needs no target.
   *
   * <pre>{@code
   * Kpi.doneFlag(100, 0)
   * }</pre>
   */
  public static ScoringRule<Milestone.Params> doneFlag(double metScore, double notMetScore) {
    return ScoringRule.of(
        MILESTONE, new Milestone.Params(metScore, notMetScore, Milestone.Criterion.DONE_FLAG));
  }

  /**
   * A deduction rule from full marks of 100 to a floor of 0, without categories yet; add them
   * with {@code perIncident(category, points)}. See {@link Deduction}.
   *
   * <pre>{@code
   * Kpi.deduction().perIncident("complaint", 5).capPerCategory("complaint", 20).floor(0).rule()
   * }</pre>
   */
  public static DeductionSpec deduction() {
    return new DeductionSpec(new Deduction.Params(100, Map.of(), 0));
  }

  /**
   * Ratings on the scale {@code scaleMin}–{@code scaleMax}, without raters yet; add them with
   * {@code rater(name, weight)}. The score is the weighted rating as a percentage of the scale's
   * maximum and a missing rater's weight is shared among the others, unless changed. See {@link
   * Ratings}.
   *
   * <pre>{@code
   * Kpi.ratings(1, 5).rater("self", 20).rater("manager", 60).rater("peer", 20).rule()
   * }</pre>
   */
  public static RatingsSpec ratings(double scaleMin, double scaleMax) {
    return new RatingsSpec(
        new Ratings.Params(
            scaleMin,
            scaleMax,
            Map.of(),
            Ratings.Mapping.PERCENT_OF_MAX,
            Ratings.MissingRater.RENORMALISE));
  }

  /** An immutable spec of a {@link RatioToTarget} rule. */
  public static final class RatioToTargetSpec {
    private final RatioToTarget.Params p;

    private RatioToTargetSpec(RatioToTarget.Params p) {
      this.p = p;
    }

    /** The least score. */
    public RatioToTargetSpec floor(double floor) {
      return new RatioToTargetSpec(new RatioToTarget.Params(floor, p.cap(), p.lowerIsBetter()));
    }

    /** The greatest score. */
    public RatioToTargetSpec cap(double cap) {
      return new RatioToTargetSpec(new RatioToTarget.Params(p.floor(), cap, p.lowerIsBetter()));
    }

    /** The formula for lower-is-better indicators. */
    public RatioToTargetSpec lowerIsBetter(RatioToTarget.LowerIsBetter form) {
      return new RatioToTargetSpec(new RatioToTarget.Params(p.floor(), p.cap(), form));
    }

    /** The parameters so far, not yet validated. */
    public RatioToTarget.Params parameters() {
      return p;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming the parameter and value when one is invalid
     */
    public ScoringRule<RatioToTarget.Params> rule() {
      return ScoringRule.of(RATIO_TO_TARGET, p);
    }
  }

  /** An immutable spec of a {@link CloserToTarget} rule. */
  public static final class CloserToTargetSpec {
    private final CloserToTarget.Params p;

    private CloserToTargetSpec(CloserToTarget.Params p) {
      this.p = p;
    }

    /** The half-width of the band around the target that scores full. */
    public CloserToTargetSpec tolerance(double tolerance) {
      return new CloserToTargetSpec(
          new CloserToTarget.Params(
              tolerance, p.floorDistance(), p.distance(), p.fullScore(), p.floor()));
    }

    /** The distance from the target at which the score reaches the floor. */
    public CloserToTargetSpec floorAt(double distance) {
      return new CloserToTargetSpec(
          new CloserToTarget.Params(
              p.tolerance(), distance, p.distance(), p.fullScore(), p.floor()));
    }

    /** Distances as fractions of the target: a tolerance of 0.05 is ±5%. */
    public CloserToTargetSpec relative() {
      return distance(CloserToTarget.Distance.RELATIVE);
    }

    /** Distances in the indicator's unit (the default). */
    public CloserToTargetSpec absolute() {
      return distance(CloserToTarget.Distance.ABSOLUTE);
    }

    private CloserToTargetSpec distance(CloserToTarget.Distance distance) {
      return new CloserToTargetSpec(
          new CloserToTarget.Params(
              p.tolerance(), p.floorDistance(), distance, p.fullScore(), p.floor()));
    }

    /** The score inside the tolerance band. */
    public CloserToTargetSpec fullScore(double fullScore) {
      return new CloserToTargetSpec(
          new CloserToTarget.Params(
              p.tolerance(), p.floorDistance(), p.distance(), fullScore, p.floor()));
    }

    /** The least score. */
    public CloserToTargetSpec floor(double floor) {
      return new CloserToTargetSpec(
          new CloserToTarget.Params(
              p.tolerance(), p.floorDistance(), p.distance(), p.fullScore(), floor));
    }

    /** The parameters so far, not yet validated. */
    public CloserToTarget.Params parameters() {
      return p;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming the parameter and value when one is invalid, for
     *     example when {@link #floorAt} was not called
     */
    public ScoringRule<CloserToTarget.Params> rule() {
      return ScoringRule.of(CLOSER_TO_TARGET, p);
    }
  }

  /** An immutable spec of a {@link Banded} rule. */
  public static final class BandedSpec {
    private final Banded.Params p;

    private BandedSpec(Banded.Params p) {
      this.p = p;
    }

    /** One more band (stepped) or point (interpolated), after the others. */
    public BandedSpec band(double from, double score) {
      List<Banded.Band> bands = new ArrayList<>(p.bands());
      bands.add(new Banded.Band(from, score));
      return new BandedSpec(new Banded.Params(bands, p.mode(), p.basis(), p.belowFirst()));
    }

    /** Each band scores its own score (the default). */
    public BandedSpec stepped() {
      return new BandedSpec(
          new Banded.Params(p.bands(), Banded.Mode.STEPPED, p.basis(), p.belowFirst()));
    }

    /** Straight lines between the points. */
    public BandedSpec interpolated() {
      return new BandedSpec(
          new Banded.Params(p.bands(), Banded.Mode.INTERPOLATED, p.basis(), p.belowFirst()));
    }

    /** Look up {@code actual ÷ target × 100}, in percent (the default). */
    public BandedSpec onAchievement() {
      return new BandedSpec(
          new Banded.Params(p.bands(), p.mode(), Banded.Basis.ACHIEVEMENT, p.belowFirst()));
    }

    /** Look up the actual itself. */
    public BandedSpec onActual() {
      return new BandedSpec(
          new Banded.Params(p.bands(), p.mode(), Banded.Basis.ACTUAL, p.belowFirst()));
    }

    /** The score below the first band (default 0). */
    public BandedSpec belowFirst(double score) {
      return new BandedSpec(new Banded.Params(p.bands(), p.mode(), p.basis(), score));
    }

    /** The parameters so far, not yet validated. */
    public Banded.Params parameters() {
      return p;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming the parameter and value when one is invalid
     */
    public ScoringRule<Banded.Params> rule() {
      return ScoringRule.of(BANDED, p);
    }
  }

  /** An immutable spec of a {@link Deduction} rule. */
  public static final class DeductionSpec {
    private final Deduction.Params p;

    private DeductionSpec(Deduction.Params p) {
      this.p = p;
    }

    /** The score with no incident (default 100). */
    public DeductionSpec fullMarks(double fullMarks) {
      return new DeductionSpec(new Deduction.Params(fullMarks, p.categories(), p.floor()));
    }

    /** The least score (default 0). */
    public DeductionSpec floor(double floor) {
      return new DeductionSpec(new Deduction.Params(p.fullMarks(), p.categories(), floor));
    }

    /**
     * A category and the points each incident deducts; a category given again keeps its
     * position and its cap and takes the new points.
     */
    public DeductionSpec perIncident(String category, double points) {
      Objects.requireNonNull(category, "category");
      Deduction.Category old = p.categories().get(category);
      Double max = old == null ? null : old.maxDeduction();
      return with(category, new Deduction.Category(points, max));
    }

    /**
     * The most a category may deduct in a period.
     *
     * @throws IllegalArgumentException if the category was not given with {@link #perIncident}
     */
    public DeductionSpec capPerCategory(String category, double maxDeduction) {
      Objects.requireNonNull(category, "category");
      Deduction.Category old = p.categories().get(category);
      if (old == null) {
        throw new IllegalArgumentException(
            "deduction category '" + category + "' has no points yet: call perIncident(\""
                + category + "\", points) before capPerCategory");
      }
      return with(category, new Deduction.Category(old.pointsPerIncident(), maxDeduction));
    }

    private DeductionSpec with(String category, Deduction.Category c) {
      Map<String, Deduction.Category> categories = new LinkedHashMap<>(p.categories());
      categories.put(category, c);
      return new DeductionSpec(new Deduction.Params(p.fullMarks(), categories, p.floor()));
    }

    /** The parameters so far, not yet validated. */
    public Deduction.Params parameters() {
      return p;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming the parameter and value when one is invalid
     */
    public ScoringRule<Deduction.Params> rule() {
      return ScoringRule.of(DEDUCTION, p);
    }
  }

  /** An immutable spec of a {@link Ratings} rule. */
  public static final class RatingsSpec {
    private final Ratings.Params p;

    private RatingsSpec(Ratings.Params p) {
      this.p = p;
    }

    /** A rater (or group of raters keyed {@code name.someone}) and its relative weight. */
    public RatingsSpec rater(String name, double weight) {
      Objects.requireNonNull(name, "name");
      Map<String, Double> weights = new LinkedHashMap<>(p.raterWeights());
      weights.put(name, weight);
      return new RatingsSpec(
          new Ratings.Params(p.scaleMin(), p.scaleMax(), weights, p.mapping(), p.missingRater()));
    }

    /** How the weighted rating becomes the score (default: percent of the scale's maximum). */
    public RatingsSpec mapping(Ratings.Mapping mapping) {
      return new RatingsSpec(
          new Ratings.Params(
              p.scaleMin(), p.scaleMax(), p.raterWeights(), mapping, p.missingRater()));
    }

    /** What happens when a rater has not rated (default: re-normalise over those present). */
    public RatingsSpec missingRater(Ratings.MissingRater policy) {
      return new RatingsSpec(
          new Ratings.Params(p.scaleMin(), p.scaleMax(), p.raterWeights(), p.mapping(), policy));
    }

    /** The parameters so far, not yet validated. */
    public Ratings.Params parameters() {
      return p;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming the parameter and value when one is invalid
     */
    public ScoringRule<Ratings.Params> rule() {
      return ScoringRule.of(RATINGS, p);
    }
  }
}

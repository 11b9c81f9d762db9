package dev.yardstick.tracking;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.abtest.AbTest;
import dev.yardstick.tracking.abtest.Arm;
import dev.yardstick.tracking.abtest.TestPlan;
import dev.yardstick.tracking.aggregation.PeriodAggregator;
import dev.yardstick.tracking.annual.AnnualReviewer;
import dev.yardstick.tracking.anomaly.EwmaDetector;
import dev.yardstick.tracking.anomaly.ZScoreDetector;
import dev.yardstick.tracking.warning.EarlyWarnings;
import dev.yardstick.tracking.warning.PaceProfile;
import dev.yardstick.tracking.warning.Pacer;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningRules;
import java.util.Collection;
import java.util.List;

/**
 * The entry point of the evaluation rhythm (月度跟蹤+季度評估+年度復盤): each method starts one
 * feature of the sub-packages.
 *
 * <pre>{@code
 * AggregationResult q3 = Tracking.aggregator(indicators).aggregate(monthly, Period.parse("2026-Q3"));
 * AnnualReview year = Tracking.meanOfQuarters().review(li, 2026, quarterlyEvaluations);
 * List<Warning> warnings = Tracking.warnings(rules, Period.parse("2026-08"), monthly);
 * Detection d = Tracking.zScore(28).detect(dailyGmv);
 * AbResult ab = Tracking.abTest(Arm.of("A", 480, 12_000), Arm.of("B", 560, 12_000),
 *     TestPlan.of(0.04, Lift.relative(0.15)));
 * }</pre>
 */
public final class Tracking {

  private Tracking() {}

  /**
   * Rolls monthly measurements of these indicators up to quarters, half-years and years; parts
   * follow each indicator's aggregation ({@code SUM} sums them, {@code MEAN} averages them).
   */
  public static PeriodAggregator aggregator(Collection<Indicator> indicators) {
    return PeriodAggregator.of(indicators);
  }

  /**
   * Rolls monthly measurements of a scorecard's indicators up; the parts of a {@code deduction}
   * item (incident counts) are summed, those of a {@code ratings} item averaged per rater.
   *
   * <pre>{@code
   * AggregationResult q3 = Tracking.aggregator(card).rejections(RejectionPolicy.COLLECT)
   *     .aggregate(monthly, Period.parse("2026-Q3"));
   * }</pre>
   */
  public static PeriodAggregator aggregator(Scorecard card) {
    return PeriodAggregator.of(card);
  }

  /** An annual review by the weighted mean of the quarterly totals. */
  public static AnnualReviewer meanOfQuarters() {
    return AnnualReviewer.meanOfQuarters();
  }

  /** An annual review by one evaluation on the year's aggregates. */
  public static AnnualReviewer onAnnualAggregates(Scorecard annualCard) {
    return AnnualReviewer.onAnnualAggregates(annualCard);
  }

  /** A pacer with this profile, for one indicator's running period. */
  public static Pacer pacer(PaceProfile profile) {
    return Pacer.of(profile);
  }

  /** Starts the warning rules of a company. */
  public static WarningRules.Builder warningRules() {
    return WarningRules.builder();
  }

  /** A whole company's warnings at the end of a month. */
  public static List<Warning> warnings(
      WarningRules rules, Period month, Collection<? extends Measurement> measurements) {
    return EarlyWarnings.check(rules, month, measurements);
  }

  /** A z-score detector against the trailing {@code points} observations. */
  public static ZScoreDetector zScore(int points) {
    return ZScoreDetector.trailing(points);
  }

  /** A z-score detector against the same weekday of the last {@code weeks} weeks. */
  public static ZScoreDetector sameWeekday(int weeks) {
    return ZScoreDetector.sameWeekday(weeks);
  }

  /** An EWMA chart with μ0 and σ from the first {@code baselinePoints} points. */
  public static EwmaDetector ewma(int baselinePoints) {
    return EwmaDetector.fromBaseline(baselinePoints);
  }

  /** Compares two content variants. */
  public static AbResult abTest(Arm control, Arm variant, TestPlan plan) {
    return AbTest.compare(control, variant, plan);
  }
}

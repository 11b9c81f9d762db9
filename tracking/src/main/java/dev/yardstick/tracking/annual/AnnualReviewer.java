package dev.yardstick.tracking.annual;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Rounding;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.aggregation.IncompletePolicy;
import dev.yardstick.tracking.aggregation.PeriodAggregator;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Combines a year for the annual review (年度復盤), by one of two methods chosen per reviewer
 * (typically one reviewer per scorecard):
 *
 * <ul>
 *   <li>{@link #meanOfQuarters()}: the weighted mean of the four quarterly totals, {@code Σ wᵢ·tᵢ
 *       ÷ Σ wᵢ}. It uses the quarters' published totals ({@code Evaluation.total()}, already
 *       rounded), so that an employee can recompute the annual result from the four numbers they
 *       were shown; the mean is computed exactly in decimals (division to {@link
 *       MathContext#DECIMAL64}) and rounded once with {@link #rounding(Rounding)} (default 2
 *       decimals, half up). A missing quarter is flagged and the mean taken over the quarters
 *       present with their weights, or refused under {@link IncompletePolicy#FAIL}.
 *   <li>{@link #onAnnualAggregates(Scorecard)}: the year's monthly measurements are aggregated to
 *       the year with {@link PeriodAggregator} and evaluated once with {@code
 *       Yardstick.evaluate(subject).in(year)}. The scorecard must be valid for the whole year and
 *       its targets (or those given with {@link #targets(Map)}) must be annual ones.
 * </ul>
 *
 * <p>Either way the review carries the {@link Trend} of the quarterly totals.
 *
 * <pre>{@code
 * AnnualReview byMean = AnnualReviewer.meanOfQuarters().weights(1, 1, 1, 2)
 *     .review(li, 2026, quarterlyEvaluations);
 * AnnualReview byYear = AnnualReviewer.onAnnualAggregates(annualCard).targets(annualTargets)
 *     .review(li, 2026, quarterlyEvaluations, monthlyMeasurements);
 * }</pre>
 *
 * <p>Immutable and thread-safe; every setter returns a copy.
 */
public final class AnnualReviewer {

  private static final List<BigDecimal> EQUAL =
      List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

  private final AnnualMethod method;
  private final List<BigDecimal> weights;
  private final @Nullable Scorecard card;
  private final Map<String, Target> targets;
  private final IncompletePolicy policy;
  private final BigDecimal tolerance;
  private final Rounding rounding;

  private AnnualReviewer(
      AnnualMethod method,
      List<BigDecimal> weights,
      @Nullable Scorecard card,
      Map<String, Target> targets,
      IncompletePolicy policy,
      BigDecimal tolerance,
      Rounding rounding) {
    this.method = method;
    this.weights = weights;
    this.card = card;
    this.targets = targets;
    this.policy = policy;
    this.tolerance = tolerance;
    this.rounding = rounding;
  }

  /** The weighted mean of the quarterly totals, with equal weights until {@link #weights} says. */
  public static AnnualReviewer meanOfQuarters() {
    return new AnnualReviewer(
        AnnualMethod.MEAN_OF_QUARTERS,
        EQUAL,
        null,
        Map.of(),
        IncompletePolicy.FLAG,
        Trend.DEFAULT_TOLERANCE,
        Rounding.DEFAULT);
  }

  /** One evaluation on the year's aggregates, against this scorecard. */
  public static AnnualReviewer onAnnualAggregates(Scorecard annualCard) {
    return new AnnualReviewer(
        AnnualMethod.ANNUAL_AGGREGATES,
        List.of(),
        Objects.requireNonNull(annualCard, "annualCard"),
        Map.of(),
        IncompletePolicy.FLAG,
        Trend.DEFAULT_TOLERANCE,
        Rounding.DEFAULT);
  }

  /** The reviewer for a method; {@code annualCard} is needed only for {@code ANNUAL_AGGREGATES}. */
  public static AnnualReviewer of(AnnualMethod method, @Nullable Scorecard annualCard) {
    Objects.requireNonNull(method, "method");
    if (method == AnnualMethod.MEAN_OF_QUARTERS) {
      return meanOfQuarters();
    }
    if (annualCard == null) {
      throw new IllegalArgumentException("annual method ANNUAL_AGGREGATES needs an annual scorecard");
    }
    return onAnnualAggregates(annualCard);
  }

  /**
   * The quarter weights of the mean, in any unit (they are divided by their sum).
   *
   * @throws IllegalArgumentException for a negative or non-finite weight or all weights 0, or if
   *     this reviewer does not take the mean of quarters
   */
  public AnnualReviewer weights(double q1, double q2, double q3, double q4) {
    if (method != AnnualMethod.MEAN_OF_QUARTERS) {
      throw new IllegalArgumentException(
          "quarter weights apply to MEAN_OF_QUARTERS, not to " + method);
    }
    double[] given = {q1, q2, q3, q4};
    List<BigDecimal> list = new ArrayList<>(4);
    for (int i = 0; i < 4; i++) {
      String field = "weight of Q" + (i + 1);
      BigDecimal w = Numbers.decimal(given[i], field);
      if (w.signum() < 0) {
        throw new IllegalArgumentException(field + " must not be negative, got " + Numbers.plain(given[i]));
      }
      list.add(w);
    }
    if (list.stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalArgumentException("quarter weights must not all be 0");
    }
    return new AnnualReviewer(method, List.copyOf(list), card, targets, policy, tolerance, rounding);
  }

  /**
   * Annual targets by indicator id that replace the scorecard's defaults.
   *
   * @throws IllegalArgumentException if this reviewer does not evaluate annual aggregates
   */
  public AnnualReviewer targets(Map<String, Target> annualTargets) {
    if (method != AnnualMethod.ANNUAL_AGGREGATES) {
      throw new IllegalArgumentException("annual targets apply to ANNUAL_AGGREGATES, not to " + method);
    }
    return new AnnualReviewer(
        method, weights, card, Map.copyOf(annualTargets), policy, tolerance, rounding);
  }

  /**
   * What to do with a missing quarter (mean) or month (aggregates); the default flags it.
   */
  public AnnualReviewer incomplete(IncompletePolicy incompletePolicy) {
    return new AnnualReviewer(
        method,
        weights,
        card,
        targets,
        Objects.requireNonNull(incompletePolicy, "incompletePolicy"),
        tolerance,
        rounding);
  }

  /**
   * The half-width of the stable trend band in points per quarter (default 1).
   *
   * @throws IllegalArgumentException if negative or not finite
   */
  public AnnualReviewer trendTolerance(double pointsPerQuarter) {
    BigDecimal t = Numbers.decimal(pointsPerQuarter, "trend tolerance");
    if (t.signum() < 0) {
      throw new IllegalArgumentException(
          "trend tolerance must not be negative, got " + Numbers.plain(pointsPerQuarter));
    }
    return new AnnualReviewer(method, weights, card, targets, policy, t, rounding);
  }

  /** How the mean of quarters is rounded (default 2 decimals, half up). */
  public AnnualReviewer rounding(Rounding meanRounding) {
    return new AnnualReviewer(
        method, weights, card, targets, policy, tolerance, Objects.requireNonNull(meanRounding, "rounding"));
  }

  /** The method. */
  public AnnualMethod method() {
    return method;
  }

  /**
   * Reviews a year by the mean of its quarters.
   *
   * @throws IllegalStateException if this reviewer evaluates annual aggregates, which need the
   *     monthly measurements
   * @throws InvalidInputException for an evaluation of another subject, of a period that is not a
   *     quarter of {@code year}, a quarter evaluated twice, or a missing quarter under {@code FAIL}
   */
  public AnnualReview review(Subject subject, int year, Collection<Evaluation> quarterly) {
    if (method == AnnualMethod.ANNUAL_AGGREGATES) {
      throw new IllegalStateException(
          "annual review by ANNUAL_AGGREGATES needs the monthly measurements: call"
              + " review(subject, year, quarterly, monthly)");
    }
    return review(subject, year, quarterly, List.of());
  }

  /**
   * Reviews a year by this reviewer's method. {@code monthly} is used only by {@code
   * ANNUAL_AGGREGATES} and must then hold the subject's monthly measurements of the year.
   *
   * @throws InvalidInputException as {@link #review(Subject, int, Collection)} does, or naming the
   *     measurement that cannot be aggregated or evaluated
   */
  public AnnualReview review(
      Subject subject,
      int year,
      Collection<Evaluation> quarterly,
      Collection<? extends Measurement> monthly) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(quarterly, "quarterly");
    Objects.requireNonNull(monthly, "monthly");
    Period yearPeriod = Period.year(year);
    Map<Period, BigDecimal> totals = quarterTotals(subject, yearPeriod, quarterly);
    List<Period> missing = new ArrayList<>();
    for (Period q : yearPeriod.split(PeriodType.QUARTER)) {
      if (!totals.containsKey(q)) {
        missing.add(q);
      }
    }
    Trend trend = Trend.acrossQuarters(totals, tolerance);
    if (method == AnnualMethod.MEAN_OF_QUARTERS) {
      return mean(subject, yearPeriod, totals, missing, trend);
    }
    return onAggregates(subject, yearPeriod, totals, missing, monthly, trend);
  }

  private AnnualReview mean(
      Subject subject,
      Period year,
      Map<Period, BigDecimal> totals,
      List<Period> missing,
      Trend trend) {
    if (!missing.isEmpty() && policy == IncompletePolicy.FAIL) {
      throw new InvalidInputException(
          subject.id(),
          null,
          "quarters",
          Numbers.join(missing),
          (missing.size() == 1 ? "has" : "have")
              + " no evaluation for " + year + " (incomplete years are not allowed)");
    }
    if (totals.isEmpty()) {
      throw new InvalidInputException(
          subject.id(), null, "quarterly evaluations", "none", "were given for " + year);
    }
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weightSum = BigDecimal.ZERO;
    Map<Period, BigDecimal> used = new TreeMap<>();
    for (Map.Entry<Period, BigDecimal> e : totals.entrySet()) {
      BigDecimal w = weights.get(e.getKey().index() - 1);
      used.put(e.getKey(), w);
      weighted = weighted.add(w.multiply(e.getValue()));
      weightSum = weightSum.add(w);
    }
    if (weightSum.signum() == 0) {
      throw new InvalidInputException(
          subject.id(),
          null,
          "weights",
          "0",
          "is the sum of the weights of the quarters present (" + Numbers.join(totals.keySet())
              + "): the mean is undefined");
    }
    BigDecimal total =
        weighted
            .divide(weightSum, MathContext.DECIMAL64)
            .setScale(rounding.scale(), rounding.mode());
    return new AnnualReview(
        subject, year, method, total, totals, used, missing, null, null, trend);
  }

  private AnnualReview onAggregates(
      Subject subject,
      Period year,
      Map<Period, BigDecimal> totals,
      List<Period> missing,
      Collection<? extends Measurement> monthly,
      Trend trend) {
    Scorecard annualCard = Objects.requireNonNull(card);
    for (Measurement m : monthly) {
      Objects.requireNonNull(m, "measurement");
      if (!m.subjectId().equals(subject.id())) {
        throw new InvalidInputException(
            subject.id(), m.indicatorId(), "subjectId", m.subjectId(), "belongs to another subject");
      }
    }
    AggregationResult aggregates =
        PeriodAggregator.of(annualCard).incomplete(policy).aggregate(monthly, year);
    Evaluation evaluation =
        Yardstick.evaluate(subject)
            .in(year)
            .against(annualCard)
            .targets(targets)
            .with(aggregates.measurementsOf(subject.id()));
    return new AnnualReview(
        subject,
        year,
        method,
        evaluation.total(),
        totals,
        Map.of(),
        missing,
        evaluation,
        aggregates,
        trend);
  }

  private static Map<Period, BigDecimal> quarterTotals(
      Subject subject, Period year, Collection<Evaluation> quarterly) {
    Map<Period, BigDecimal> totals = new TreeMap<>();
    for (Evaluation e : quarterly) {
      Objects.requireNonNull(e, "evaluation");
      if (!e.subject().id().equals(subject.id())) {
        throw new InvalidInputException(
            subject.id(), null, "subject", e.subject().id(), "is another subject's evaluation");
      }
      Period p = e.period();
      if (p.type() != PeriodType.QUARTER || p.year() != year.year()) {
        throw new InvalidInputException(
            subject.id(), null, "period", p.toString(), "is not a quarter of " + year);
      }
      if (totals.put(p, e.total()) != null) {
        throw new InvalidInputException(
            subject.id(), null, "period", p.toString(), "has two evaluations");
      }
    }
    return totals;
  }
}

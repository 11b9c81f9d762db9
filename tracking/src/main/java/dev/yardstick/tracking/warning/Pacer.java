package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the {@link Pace} of a cumulative indicator (one that aggregates as {@code SUM}: GMV,
 * orders, spend) through a running period.
 *
 * <p>The projection is a run rate relative to the profile: {@code projected = actual to date ÷
 * expected share to date}. With the linear profile, 1.2 M of GMV after 46 of 92 days projects 2.4
 * M; with a seasonal profile the same 1.2 M projects less if the weeks ahead are expected to be
 * strong (Double 11) and more if they are expected to be quiet.
 *
 * <pre>{@code
 * Pacer pacer = Pacer.of(PaceProfile.seasonal(6, 5, 7, 7, 8, 14, 7, 7, 8, 9, 15, 7))
 *     .bands(PaceBands.of(0.05, 0.15));
 * Pace pace = pacer.pace(STORE_GMV, Period.parse("2026-Q2"), Target.levels(2.4e6, 3e6, 3.6e6),
 *     LocalDate.of(2026, 5, 31), Pacer.sumOfMonths(Period.parse("2026-Q2"), LocalDate.of(2026, 5, 31), aprilAndMay));
 * pace.status();   // GREEN, AMBER or RED
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Pacer {

  private final PaceProfile profile;
  private final PaceBands bands;

  private Pacer(PaceProfile profile, PaceBands bands) {
    this.profile = profile;
    this.bands = bands;
  }

  /** A pacer with this profile and the default bands. */
  public static Pacer of(PaceProfile profile) {
    return new Pacer(Objects.requireNonNull(profile, "profile"), PaceBands.DEFAULT);
  }

  /** A pacer with the linear profile and the default bands. */
  public static Pacer linear() {
    return of(PaceProfile.linear());
  }

  /** A copy with other bands. */
  public Pacer bands(PaceBands paceBands) {
    return new Pacer(profile, Objects.requireNonNull(paceBands, "bands"));
  }

  /** The profile. */
  public PaceProfile profile() {
    return profile;
  }

  /** The bands. */
  public PaceBands bands() {
    return bands;
  }

  /**
   * The pace against a core target: the goal is its {@code target} level.
   *
   * @throws IllegalArgumentException if the target's levels run against the indicator's direction,
   *     or as {@link #pace(Indicator, Period, BigDecimal, LocalDate, BigDecimal)}
   */
  public Pace pace(
      Indicator indicator, Period period, Target target, LocalDate asOf, BigDecimal actualToDate) {
    Objects.requireNonNull(indicator, "indicator");
    Item.checkTarget(indicator, target);
    return pace(
        indicator, period, BigDecimal.valueOf(target.target()), asOf, actualToDate);
  }

  /**
   * The pace against a plain goal.
   *
   * @param indicator a cumulative ({@code SUM}) indicator; its direction decides the status
   * @param period the running period
   * @param goal the end-of-period value aimed at, greater than 0
   * @param asOf the last day counted in {@code actualToDate}, within {@code period}
   * @param actualToDate the value accumulated from the period's first day to {@code asOf}
   * @throws IllegalArgumentException if the indicator does not aggregate as {@code SUM}, the goal
   *     is not greater than 0, {@code asOf} is outside the period, or the profile expects nothing
   *     yet
   */
  public Pace pace(
      Indicator indicator, Period period, BigDecimal goal, LocalDate asOf, BigDecimal actualToDate) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(actualToDate, "actualToDate");
    requireCumulative(indicator);
    if (goal.signum() <= 0) {
      throw new IllegalArgumentException(
          "pace goal of '" + indicator.id() + "' must be greater than 0, got " + Numbers.plain(goal));
    }
    checkWithin(period, asOf);
    BigDecimal share = profile.cumulativeShare(period, asOf);
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "profile " + profile.description() + " gives the share " + Numbers.plain(share)
              + " for " + period + " on " + asOf + ": it must be greater than 0 and at most 1");
    }
    BigDecimal expected = goal.multiply(share);
    BigDecimal projected = actualToDate.divide(share, MathContext.DECIMAL64);
    BigDecimal attainment = actualToDate.divide(expected, MathContext.DECIMAL64);
    PaceStatus status = bands.status(attainment, indicator.direction());
    return new Pace(
        indicator.id(),
        period,
        asOf,
        indicator.direction(),
        Numbers.normalise(goal),
        Numbers.normalise(share),
        present(indicator, expected),
        Numbers.normalise(actualToDate),
        present(indicator, projected),
        Numbers.normalise(attainment),
        status);
  }

  private static BigDecimal present(Indicator indicator, BigDecimal value) {
    if (indicator.unit() == Unit.CURRENCY) {
      return value.setScale(2, RoundingMode.HALF_UP);
    }
    return Numbers.normalise(value.round(MathContext.DECIMAL64));
  }

  static void requireCumulative(Indicator indicator) {
    if (indicator.aggregation() != Aggregation.SUM) {
      throw new IllegalArgumentException(
          "pace needs a cumulative (SUM) indicator, but '" + indicator.id() + "' aggregates as "
              + indicator.aggregation() + ": watch it with a ceiling or floor instead");
    }
  }

  static void checkWithin(Period period, LocalDate asOf) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    if (!period.contains(asOf)) {
      throw new IllegalArgumentException(
          "asOf " + asOf + " is outside the period " + period + " (" + period.start() + " to "
              + period.end() + ")");
    }
  }

  /**
   * The sum of daily actuals from the period's first day to {@code asOf}.
   *
   * @throws IllegalArgumentException naming the day for a day outside the period or after {@code
   *     asOf}, or a null value
   */
  public static BigDecimal sumOfDays(
      Period period, LocalDate asOf, Map<LocalDate, BigDecimal> dailyActuals) {
    checkWithin(period, asOf);
    Objects.requireNonNull(dailyActuals, "dailyActuals");
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<LocalDate, BigDecimal> e : dailyActuals.entrySet()) {
      LocalDate day = Objects.requireNonNull(e.getKey(), "day");
      BigDecimal value = Objects.requireNonNull(e.getValue(), () -> "actual of " + day);
      if (!period.contains(day) || day.isAfter(asOf)) {
        throw new IllegalArgumentException(
            "daily actual of " + day + " is outside " + period + " up to " + asOf);
      }
      sum = sum.add(value);
    }
    return Numbers.normalise(sum);
  }

  /**
   * The sum of one subject's monthly measurements of one indicator, for the months of the period
   * that start on or before {@code asOf} (the month of {@code asOf} holds its month-to-date value).
   *
   * @throws InvalidInputException naming subject, indicator, field and value for a measurement
   *     that is not monthly, lies outside the period or after {@code asOf}, repeats a month, or
   *     belongs to another subject or indicator than the first one
   */
  public static BigDecimal sumOfMonths(
      Period period, LocalDate asOf, Collection<? extends Measurement> monthlyActuals) {
    checkWithin(period, asOf);
    Objects.requireNonNull(monthlyActuals, "monthlyActuals");
    BigDecimal sum = BigDecimal.ZERO;
    Set<Period> seen = new HashSet<>();
    Measurement first = null;
    for (Measurement m : monthlyActuals) {
      Objects.requireNonNull(m, "measurement");
      if (first == null) {
        first = m;
      } else if (!first.subjectId().equals(m.subjectId())) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "subjectId", m.subjectId(),
            "differs from the first measurement's subject '" + first.subjectId() + "'");
      } else if (!first.indicatorId().equals(m.indicatorId())) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "indicatorId", m.indicatorId(),
            "differs from the first measurement's indicator '" + first.indicatorId() + "'");
      }
      Period month = m.period();
      if (month.type() != PeriodType.MONTH) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "period", month.toString(), "is not a month");
      }
      if (!period.contains(month) || month.start().isAfter(asOf)) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "period", month.toString(),
            "is outside " + period + " up to " + asOf);
      }
      if (!seen.add(month)) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "period", month.toString(), "has two measurements");
      }
      sum = sum.add(m.value());
    }
    return Numbers.normalise(sum);
  }
}

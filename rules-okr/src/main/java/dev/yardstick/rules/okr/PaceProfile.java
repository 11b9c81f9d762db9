package dev.yardstick.rules.okr;

import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much of a key result's way should be covered by a date: linear through the period, or by a
 * profile of cumulative fractions at each month's end.
 *
 * <p>The expected progress is taken as of the <b>end</b> of the date, so the last day of the period
 * expects 1 and the first day already expects one day's share:
 *
 * <ul>
 *   <li>before the period: 0; on or after its last day: 1;
 *   <li>linear: {@code days elapsed, the date included ÷ days in the period}; in 2026-Q3 (92 days)
 *       the end of 15 August is {@code (31 + 15) ÷ 92 = 0.5};
 *   <li>profile {@code c₁ … cₙ} (the cumulative fraction due by the end of each month of the
 *       period): within month {@code m}, linear between {@code cₘ₋₁} (0 for the first month) and
 *       {@code cₘ} by the day of the month: {@code cₘ₋₁ + (cₘ − cₘ₋₁) × day ÷ days in month}.
 * </ul>
 *
 * <p>A profile suits key results whose work is uneven: a category that launches most products for
 * Double 11 in November, say {@code cumulative(0.1, 0.7, 1.0)} for Q4.
 *
 * <pre>{@code
 * Period q3 = Period.parse("2026-Q3");
 * PaceProfile.linear().expected(q3, LocalDate.of(2026, 8, 15));                 // 0.5
 * PaceProfile.cumulative(0.2, 0.5, 1).expected(q3, LocalDate.of(2026, 7, 31));  // 0.2
 * PaceProfile.monthlyWeights(1, 1, 2);   // the same as cumulative(0.25, 0.5, 1)
 * }</pre>
 *
 * @param monthEnds the cumulative fraction due by each month's end, non-decreasing, 0 to 1, ending
 *     at 1; empty for linear pacing
 */
public record PaceProfile(List<Double> monthEnds) {

  private static final PaceProfile LINEAR = new PaceProfile(List.of());

  /** Validates: fractions of 0 to 1, never decreasing, the last exactly 1. */
  public PaceProfile {
    monthEnds = List.copyOf(Objects.requireNonNull(monthEnds, "monthEnds"));
    double previous = 0;
    for (int i = 0; i < monthEnds.size(); i++) {
      double c = monthEnds.get(i);
      Args.fraction(c, "pace profile fraction of month " + (i + 1));
      if (c < previous) {
        throw new IllegalArgumentException(
            "pace profile fractions must not decrease, got "
                + Args.plain(c)
                + " for month "
                + (i + 1)
                + " after "
                + Args.plain(previous));
      }
      previous = c;
    }
    if (!monthEnds.isEmpty() && previous != 1) {
      throw new IllegalArgumentException(
          "pace profile must reach 1 by its last month, got " + Args.plain(previous));
    }
  }

  /** Linear pacing by days. */
  public static PaceProfile linear() {
    return LINEAR;
  }

  /** The fractions due by the end of each month of the period, the last being 1. */
  public static PaceProfile cumulative(double... fractions) {
    Objects.requireNonNull(fractions, "fractions");
    if (fractions.length == 0) {
      throw new IllegalArgumentException("pace profile needs a fraction for at least one month");
    }
    List<Double> list = new ArrayList<>();
    for (double f : fractions) {
      list.add(f);
    }
    return new PaceProfile(list);
  }

  /**
   * The share of the work planned for each month, as relative weights: {@code (1, 1, 2)} plans a
   * quarter and a quarter in the first two months and half in the third.
   */
  public static PaceProfile monthlyWeights(double... weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("pace profile needs a weight for at least one month");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < weights.length; i++) {
      Args.finite(weights[i], "pace profile weight of month " + (i + 1));
      if (weights[i] < 0) {
        throw new IllegalArgumentException(
            "pace profile weight of month "
                + (i + 1)
                + " must be 0 or more, got "
                + Args.plain(weights[i]));
      }
      total = total.add(Dec.of(weights[i]));
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("pace profile weights must not all be 0");
    }
    List<Double> list = new ArrayList<>();
    BigDecimal running = BigDecimal.ZERO;
    for (int i = 0; i < weights.length; i++) {
      running = running.add(Dec.of(weights[i]));
      // the last is exactly 1 whatever the rounding of the others
      list.add(i == weights.length - 1 ? 1.0 : Dec.toDouble(Dec.div(running, total)));
    }
    return new PaceProfile(list);
  }

  /** Whether this is linear pacing. */
  public boolean isLinear() {
    return monthEnds.isEmpty();
  }

  /**
   * The progress expected by the end of {@code date} in {@code period}, 0 to 1.
   *
   * @throws IllegalArgumentException if the profile has a different number of months than the
   *     period
   */
  public double expected(Period period, LocalDate date) {
    return Dec.toDouble(expectedDecimal(period, date));
  }

  BigDecimal expectedDecimal(Period period, LocalDate date) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(date, "date");
    List<Period> months = period.months();
    if (!isLinear() && monthEnds.size() != months.size()) {
      throw new IllegalArgumentException(
          "pace profile has "
              + monthEnds.size()
              + " months but period "
              + period
              + " has "
              + months.size());
    }
    if (date.isBefore(period.start())) {
      return BigDecimal.ZERO;
    }
    if (!date.isBefore(period.end())) {
      return BigDecimal.ONE;
    }
    if (isLinear()) {
      long elapsed = date.toEpochDay() - period.start().toEpochDay() + 1;
      return Dec.div(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(period.lengthInDays()));
    }
    int m = 0;
    while (!months.get(m).contains(date)) {
      m++;
    }
    BigDecimal before = m == 0 ? BigDecimal.ZERO : Dec.of(monthEnds.get(m - 1));
    BigDecimal due = Dec.of(monthEnds.get(m));
    BigDecimal shareOfMonth =
        Dec.div(BigDecimal.valueOf(date.getDayOfMonth()), BigDecimal.valueOf(date.lengthOfMonth()));
    return before.add(due.subtract(before).multiply(shareOfMonth));
  }
}

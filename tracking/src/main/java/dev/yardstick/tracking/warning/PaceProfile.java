package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Period;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much of a period's goal is expected by a given day, as a cumulative share from 0 to 1.
 *
 * <p>Two profiles ship: {@link #linear()} (every day weighs the same) and {@link #seasonal}
 * (months weigh differently, for example a year weighted towards the 618 festival in June and
 * Double 11 in November). A company may implement its own, for example from last year's daily
 * sales; a profile must return a share in (0, 1] for every day of the period, non-decreasing, and
 * 1 on the last day.
 *
 * <pre>{@code
 * PaceProfile ecommerce = PaceProfile.seasonal(6, 5, 7, 7, 8, 14, 7, 7, 8, 9, 15, 7);
 * ecommerce.cumulativeShare(Period.parse("2026-Q2"), LocalDate.of(2026, 5, 31));   // (7+8)/(7+8+14)
 * }</pre>
 */
public interface PaceProfile {

  /**
   * The share of the period's goal expected from its first day up to and including {@code asOf}.
   *
   * @throws IllegalArgumentException if {@code asOf} is outside {@code period}
   */
  BigDecimal cumulativeShare(Period period, LocalDate asOf);

  /** A short description for messages, for example {@code "linear"}. */
  String description();

  /** Every day weighs the same: the share is days elapsed (including {@code asOf}) ÷ days. */
  static PaceProfile linear() {
    return Linear.INSTANCE;
  }

  /**
   * Months weigh as given, January to December; days within a month weigh the same.
   *
   * @throws IllegalArgumentException unless there are 12 finite weights greater than 0
   */
  static PaceProfile seasonal(double... monthWeights) {
    Objects.requireNonNull(monthWeights, "monthWeights");
    if (monthWeights.length != 12) {
      throw new IllegalArgumentException(
          "seasonal profile needs 12 month weights, January to December, got "
              + monthWeights.length);
    }
    Map<Month, BigDecimal> map = new EnumMap<>(Month.class);
    for (int i = 0; i < 12; i++) {
      Month month = Month.of(i + 1);
      map.put(month, Numbers.decimal(monthWeights[i], "seasonal weight of " + month));
    }
    return new Seasonal(map);
  }

  /** The linear profile. */
  final class Linear implements PaceProfile {
    static final Linear INSTANCE = new Linear();

    private Linear() {}

    @Override
    public BigDecimal cumulativeShare(Period period, LocalDate asOf) {
      Pacer.checkWithin(period, asOf);
      long elapsed = asOf.toEpochDay() - period.start().toEpochDay() + 1;
      return BigDecimal.valueOf(elapsed)
          .divide(BigDecimal.valueOf(period.lengthInDays()), MathContext.DECIMAL64);
    }

    @Override
    public String description() {
      return "linear";
    }

    @Override
    public String toString() {
      return "PaceProfile.linear()";
    }
  }

  /**
   * Month weights; within a month the share grows linearly by day. For a period made of months
   * {@code m₁…mₖ} and a day {@code d} of month {@code mⱼ}: {@code share = (Σ_{i<j} wᵢ + wⱼ · day ÷
   * days of mⱼ) ÷ Σ wᵢ}, one exact decimal quotient to {@link MathContext#DECIMAL64}.
   *
   * @param monthWeights a weight greater than 0 for each of the 12 months
   */
  record Seasonal(Map<Month, BigDecimal> monthWeights) implements PaceProfile {

    /** Validates and copies. */
    public Seasonal {
      Objects.requireNonNull(monthWeights, "monthWeights");
      Map<Month, BigDecimal> copy = new EnumMap<>(Month.class);
      for (Month month : Month.values()) {
        BigDecimal w = monthWeights.get(month);
        if (w == null) {
          throw new IllegalArgumentException("seasonal profile has no weight for " + month);
        }
        if (w.signum() <= 0) {
          throw new IllegalArgumentException(
              "seasonal weight of " + month + " must be greater than 0, got " + Numbers.plain(w));
        }
        copy.put(month, w);
      }
      monthWeights = Collections.unmodifiableMap(copy);
    }

    @Override
    public BigDecimal cumulativeShare(Period period, LocalDate asOf) {
      Pacer.checkWithin(period, asOf);
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal before = BigDecimal.ZERO;
      for (Period month : period.months()) {
        // the constructor requires a weight for each of the 12 months
        BigDecimal w = Objects.requireNonNull(monthWeights.get(Month.of(month.index())));
        total = total.add(w);
        if (month.end().isBefore(asOf.withDayOfMonth(1))) {
          before = before.add(w);
        }
      }
      BigDecimal current = Objects.requireNonNull(monthWeights.get(asOf.getMonth()));
      BigDecimal days = BigDecimal.valueOf(asOf.lengthOfMonth());
      // (before + current * day / days) / total, as one quotient
      BigDecimal numerator =
          before.multiply(days).add(current.multiply(BigDecimal.valueOf(asOf.getDayOfMonth())));
      return numerator.divide(total.multiply(days), MathContext.DECIMAL64);
    }

    @Override
    public String description() {
      StringBuilder sb = new StringBuilder("seasonal (");
      for (Month month : Month.values()) {
        if (month != Month.JANUARY) {
          sb.append(' ');
        }
        sb.append(Numbers.plain(Objects.requireNonNull(monthWeights.get(month))));
      }
      return sb.append(')').toString();
    }
  }
}

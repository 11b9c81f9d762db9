package dev.yardstick.tracking.aggregation;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rolls monthly measurements up to a quarter, half-year or year, for many subjects and indicators
 * in one pass.
 *
 * <p>Each indicator's {@link Aggregation} decides how its months combine:
 *
 * <ul>
 *   <li>{@code SUM}: Σ values, exact (decimal addition loses nothing, so money stays exact to the
 *       cent);
 *   <li>{@code MEAN}: Σ values ÷ number of months present, to {@link #DIVISION};
 *   <li>{@code RATIO_OF_SUMS}: Σ numerators ÷ Σ denominators, to {@link #DIVISION}: a quarter's
 *       conversion rate is Σ buyers ÷ Σ visitors, not the mean of the monthly rates. Every month
 *       must then carry its numerator and denominator;
 *   <li>{@code LAST}: the value of the latest month present;
 *   <li>{@code MIN}, {@code MAX}: the lowest, highest value.
 * </ul>
 *
 * <p>A period with a missing month is never silently averaged: the aggregate lists its missing
 * months, and under {@link IncompletePolicy#FAIL} the call fails instead. Measurements that are
 * not monthly, fall outside the target period, name an unknown indicator or repeat a month are
 * rejected with an {@link InvalidInputException} naming subject, indicator, field and value.
 *
 * <pre>{@code
 * PeriodAggregator aggregator = PeriodAggregator.of(List.of(GMV, CONVERSION, SKU_COUNT))
 *     .incomplete(IncompletePolicy.FAIL);
 * AggregationResult q3 = aggregator.aggregate(monthlyMeasurements, Period.parse("2026-Q3"));
 * BigDecimal gmv = q3.find("emp-17", "store-gmv").orElseThrow().value();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code incomplete(...)} returns a copy.
 */
public final class PeriodAggregator {

  /**
   * The precision of the divisions of {@code MEAN} and {@code RATIO_OF_SUMS}: 16 significant
   * digits, half-even ({@link MathContext#DECIMAL64}), the same as {@code
   * Measurement.RATIO_PRECISION}. Sums, minima, maxima and last values are exact.
   */
  public static final MathContext DIVISION = MathContext.DECIMAL64;

  private final Map<String, Indicator> indicators;
  private final IncompletePolicy policy;

  private PeriodAggregator(Map<String, Indicator> indicators, IncompletePolicy policy) {
    this.indicators = indicators;
    this.policy = policy;
  }

  /**
   * An aggregator for these indicators, flagging incomplete periods.
   *
   * @throws IllegalArgumentException if two different indicators share an id
   */
  public static PeriodAggregator of(Collection<Indicator> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    Map<String, Indicator> byId = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      Objects.requireNonNull(indicator, "indicator");
      Indicator previous = byId.putIfAbsent(indicator.id(), indicator);
      if (previous != null && !previous.equals(indicator)) {
        throw new IllegalArgumentException(
            "indicator id '" + indicator.id() + "' is used by two different indicators");
      }
    }
    return new PeriodAggregator(Map.copyOf(byId), IncompletePolicy.FLAG);
  }

  /** An aggregator for the indicators of a scorecard's items. */
  public static PeriodAggregator of(Scorecard card) {
    Objects.requireNonNull(card, "card");
    List<Indicator> list = new ArrayList<>();
    for (Item item : card.items()) {
      list.add(item.indicator());
    }
    return of(list);
  }

  /** A copy with another policy for incomplete periods (the default is {@code FLAG}). */
  public PeriodAggregator incomplete(IncompletePolicy incompletePolicy) {
    return new PeriodAggregator(indicators, Objects.requireNonNull(incompletePolicy, "policy"));
  }

  /** The policy for incomplete periods. */
  public IncompletePolicy incompletePolicy() {
    return policy;
  }

  /**
   * Aggregates every subject's and indicator's months of {@code target}.
   *
   * @param monthly monthly measurements of months of {@code target}, any subjects and indicators
   * @param target a quarter, half-year or year
   * @return one aggregate per subject and indicator present, sorted by subject, then indicator
   * @throws IllegalArgumentException if {@code target} is a month
   * @throws InvalidInputException naming subject, indicator, field and value for a measurement
   *     that is not monthly, lies outside {@code target}, names an unknown indicator, repeats a
   *     month or lacks the numerator and denominator a ratio of sums needs; or for a missing month
   *     under {@link IncompletePolicy#FAIL}
   */
  public AggregationResult aggregate(Collection<? extends Measurement> monthly, Period target) {
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(target, "target");
    if (target.type() == PeriodType.MONTH) {
      throw new IllegalArgumentException(
          "target period " + target + " is a month: aggregate to a quarter, half-year or year");
    }
    List<Period> months = target.months();
    int firstIndex = months.get(0).index();
    Map<Key, Measurement[]> groups = new HashMap<>();
    for (Measurement m : monthly) {
      Objects.requireNonNull(m, "measurement");
      check(m, target);
      Measurement[] slots =
          groups.computeIfAbsent(
              new Key(m.subjectId(), m.indicatorId()), k -> new Measurement[months.size()]);
      int slot = m.period().index() - firstIndex;
      if (slots[slot] != null) {
        throw new InvalidInputException(
            m.subjectId(),
            m.indicatorId(),
            "period",
            m.period().toString(),
            "has two measurements (" + Numbers.plain(slots[slot].value()) + " and "
                + Numbers.plain(m.value()) + ")");
      }
      slots[slot] = m;
    }
    List<Key> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.comparing(Key::subjectId).thenComparing(Key::indicatorId));
    List<Aggregate> aggregates = new ArrayList<>(keys.size());
    for (Key key : keys) {
      aggregates.add(combine(key, target, months, Objects.requireNonNull(groups.get(key))));
    }
    return new AggregationResult(target, aggregates);
  }

  /**
   * Aggregates monthly measurements into every period of {@code type} that they touch, for
   * example the four quarters of a year's data.
   *
   * @return one result per period that has at least one measurement, in period order
   * @throws InvalidInputException as {@link #aggregate(Collection, Period)} does
   */
  public List<AggregationResult> aggregateEach(
      Collection<? extends Measurement> monthly, PeriodType type) {
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(type, "type");
    if (type == PeriodType.MONTH) {
      throw new IllegalArgumentException(
          "period type MONTH is not an aggregate: use QUARTER, HALF_YEAR or YEAR");
    }
    Map<Period, List<Measurement>> byPeriod = new TreeMap<>();
    for (Measurement m : monthly) {
      Objects.requireNonNull(m, "measurement");
      if (m.period().type() != PeriodType.MONTH) {
        throw notMonthly(m, type.name());
      }
      byPeriod.computeIfAbsent(m.period().within(type), p -> new ArrayList<>()).add(m);
    }
    List<AggregationResult> results = new ArrayList<>(byPeriod.size());
    byPeriod.forEach((period, list) -> results.add(aggregate(list, period)));
    return List.copyOf(results);
  }

  private void check(Measurement m, Period target) {
    if (m.period().type() != PeriodType.MONTH) {
      throw notMonthly(m, target.toString());
    }
    if (!target.contains(m.period())) {
      throw new InvalidInputException(
          m.subjectId(),
          m.indicatorId(),
          "period",
          m.period().toString(),
          "is outside the target period " + target);
    }
    Indicator indicator = indicators.get(m.indicatorId());
    if (indicator == null) {
      throw new InvalidInputException(
          m.subjectId(),
          m.indicatorId(),
          "indicatorId",
          m.indicatorId(),
          "is not one of the aggregator's indicators");
    }
    if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS && !m.isRatio()) {
      throw new InvalidInputException(
          m.subjectId(),
          m.indicatorId(),
          "numerator",
          "none",
          "is missing for " + m.period() + ": the indicator aggregates as RATIO_OF_SUMS, so every"
              + " month needs its numerator and denominator");
    }
  }

  private static InvalidInputException notMonthly(Measurement m, String target) {
    return new InvalidInputException(
        m.subjectId(),
        m.indicatorId(),
        "period",
        m.period().toString(),
        "is not a month: only monthly measurements roll up to " + target);
  }

  private Aggregate combine(Key key, Period target, List<Period> months, Measurement[] slots) {
    List<Period> present = new ArrayList<>();
    List<Period> missing = new ArrayList<>();
    List<Measurement> values = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] == null) {
        missing.add(months.get(i));
      } else {
        present.add(months.get(i));
        values.add(slots[i]);
      }
    }
    if (!missing.isEmpty() && policy == IncompletePolicy.FAIL) {
      throw new InvalidInputException(
          key.subjectId(),
          key.indicatorId(),
          "months",
          Numbers.join(missing),
          (missing.size() == 1 ? "is" : "are")
              + " missing from "
              + target
              + " (incomplete periods are not allowed)");
    }
    // check(...) admitted only measurements of known indicators
    Aggregation aggregation =
        Objects.requireNonNull(indicators.get(key.indicatorId()), key.indicatorId()).aggregation();
    BigDecimal value;
    BigDecimal numerator = null;
    BigDecimal denominator = null;
    switch (aggregation) {
      case SUM:
        value = sum(values);
        break;
      case MEAN:
        value = sum(values).divide(BigDecimal.valueOf(values.size()), DIVISION);
        break;
      case RATIO_OF_SUMS:
        numerator = BigDecimal.ZERO;
        denominator = BigDecimal.ZERO;
        for (Measurement m : values) {
          numerator = numerator.add(Objects.requireNonNull(m.numerator()));
          denominator = denominator.add(Objects.requireNonNull(m.denominator()));
        }
        if (denominator.signum() == 0) {
          throw new InvalidInputException(
              key.subjectId(),
              key.indicatorId(),
              "denominator",
              "0",
              "is the sum of the denominators over " + target + ": the ratio of sums is undefined");
        }
        value = numerator.divide(denominator, DIVISION);
        break;
      case LAST:
        value = values.get(values.size() - 1).value();
        break;
      case MIN:
        value = values.stream().map(Measurement::value).min(Comparator.naturalOrder()).orElseThrow();
        break;
      case MAX:
        value = values.stream().map(Measurement::value).max(Comparator.naturalOrder()).orElseThrow();
        break;
      default:
        throw new IllegalStateException("unknown aggregation " + aggregation);
    }
    return new Aggregate(
        key.subjectId(),
        key.indicatorId(),
        target,
        aggregation,
        value,
        numerator,
        denominator,
        present,
        missing);
  }

  private static BigDecimal sum(List<Measurement> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Measurement m : values) {
      sum = sum.add(m.value());
    }
    return sum;
  }

  private record Key(String subjectId, String indicatorId) {}
}

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Rolls monthly measurements up to a quarter, half-year or year, for many subjects and indicators
 * in one pass.
 *
 * <p>Each indicator's {@link Aggregation} decides how its months combine:
 *
 * <ul>
 *   <li>{@code SUM}: Σ values, exact (decimal addition loses nothing, so money stays exact to the
 *       cent);
 *   <li>{@code MEAN}: Σ values ÷ number of months present, to {@link #DIVISION}. A month that
 *       carries a numerator and denominator is refused: averaging rates would lose them;
 *   <li>{@code RATIO_OF_SUMS}: Σ numerators ÷ Σ denominators, to {@link #DIVISION}: a quarter's
 *       conversion rate is Σ buyers ÷ Σ visitors, not the mean of the monthly rates. Every month
 *       must then carry its numerator and denominator;
 *   <li>{@code LAST}: the value of the latest month present;
 *   <li>{@code MIN}, {@code MAX}: the lowest, highest value.
 * </ul>
 *
 * <p><b>Parts</b> ({@code Measurement.parts()}: incidents by category, ratings by rater) roll up
 * by the indicator's {@link PartAggregation}: counts summed, ratings averaged per rater over the
 * months in which the rater rated. Where the rule comes from is said at {@link PartAggregation};
 * a part without a rule is an error naming the subject, indicator, part and months, never dropped.
 *
 * <p>A period with a missing month is never silently averaged: the aggregate lists its missing
 * months, and under {@link IncompletePolicy#FAIL} the call fails instead. Measurements that are
 * not monthly, fall outside the target period, name an unknown indicator or a subject outside
 * the batch ({@link #forSubjects}) or repeat a month are refused with an {@link
 * InvalidInputException} naming subject, indicator, field and value; under {@link
 * RejectionPolicy#COLLECT} they are returned as {@link AggregationResult#rejected()} instead and
 * everyone else is aggregated.
 *
 * <pre>{@code
 * PeriodAggregator aggregator = PeriodAggregator.of(List.of(GMV, CONVERSION, SKU_COUNT))
 *     .incomplete(IncompletePolicy.FAIL);
 * AggregationResult q3 = aggregator.aggregate(monthlyMeasurements, Period.parse("2026-Q3"));
 * BigDecimal gmv = q3.find("emp-17", "store-gmv").orElseThrow().value();
 *
 * AggregationResult company = PeriodAggregator.of(card).forSubjects(staffIds)
 *     .rejections(RejectionPolicy.COLLECT).aggregate(monthlyMeasurements, Period.parse("2026-Q3"));
 * company.rejected();   // duplicates, unknown indicators, leavers: each with its reason
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code incomplete(...)}, {@code rejections(...)}, {@code
 * parts(...)} and {@code forSubjects(...)} return a copy.
 */
public final class PeriodAggregator {

  /**
   * The precision of the divisions of {@code MEAN}, {@code RATIO_OF_SUMS} and {@link
   * PartAggregation#MEAN}: 16 significant digits, half-even ({@link MathContext#DECIMAL64}), the
   * same as {@code Measurement.RATIO_PRECISION}. Sums, minima, maxima and last values are exact.
   */
  public static final MathContext DIVISION = MathContext.DECIMAL64;

  /** The id of the {@code yardstick-rules-kpi} strategy whose parts are incident counts. */
  static final String DEDUCTION = "deduction";

  /** The id of the {@code yardstick-rules-kpi} strategy whose parts are ratings by rater. */
  static final String RATINGS = "ratings";

  private final Map<String, Indicator> indicators;
  private final IncompletePolicy policy;
  private final RejectionPolicy rejection;
  private final Map<String, PartAggregation> partRules;
  private final @Nullable Set<String> subjects;

  private PeriodAggregator(
      Map<String, Indicator> indicators,
      IncompletePolicy policy,
      RejectionPolicy rejection,
      Map<String, PartAggregation> partRules,
      @Nullable Set<String> subjects) {
    this.indicators = indicators;
    this.policy = policy;
    this.rejection = rejection;
    this.partRules = partRules;
    this.subjects = subjects;
  }

  /**
   * An aggregator for these indicators, flagging incomplete periods, failing fast on a bad row,
   * for any subject; parts roll up by each indicator's aggregation ({@link PartAggregation}).
   *
   * @throws IllegalArgumentException if two different indicators share an id
   */
  public static PeriodAggregator of(Collection<Indicator> indicators) {
    return new PeriodAggregator(
        byId(indicators), IncompletePolicy.FLAG, RejectionPolicy.FAIL_FAST, Map.of(), null);
  }

  private static Map<String, Indicator> byId(Collection<Indicator> indicators) {
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
    return Map.copyOf(byId);
  }

  /**
   * An aggregator for the indicators of a scorecard's items. The parts of an item scored by the
   * {@code deduction} strategy (incident counts by category) are summed and those of an item
   * scored by {@code ratings} (ratings by rater) averaged per rater, whatever the indicator's own
   * aggregation; other items' parts follow their indicator ({@link PartAggregation}).
   *
   * <pre>{@code
   * AggregationResult q3 = PeriodAggregator.of(card).aggregate(monthly, Period.parse("2026-Q3"));
   * Evaluation e = Yardstick.evaluate(li).in(q3.period()).against(card)
   *     .with(q3.measurementsOf("emp-17"));   // the deduction item sees the quarter's incidents
   * }</pre>
   */
  public static PeriodAggregator of(Scorecard card) {
    Objects.requireNonNull(card, "card");
    List<Indicator> list = new ArrayList<>();
    Map<String, PartAggregation> rules = new LinkedHashMap<>();
    for (Item item : card.items()) {
      list.add(item.indicator());
      String strategy = item.rule().strategyId();
      if (strategy.equals(DEDUCTION)) {
        rules.put(item.indicatorId(), PartAggregation.SUM);
      } else if (strategy.equals(RATINGS)) {
        rules.put(item.indicatorId(), PartAggregation.MEAN);
      }
    }
    return new PeriodAggregator(
        byId(list), IncompletePolicy.FLAG, RejectionPolicy.FAIL_FAST, Map.copyOf(rules), null);
  }

  /** A copy with another policy for incomplete periods (the default is {@code FLAG}). */
  public PeriodAggregator incomplete(IncompletePolicy incompletePolicy) {
    return new PeriodAggregator(
        indicators,
        Objects.requireNonNull(incompletePolicy, "policy"),
        rejection,
        partRules,
        subjects);
  }

  /** The policy for incomplete periods. */
  public IncompletePolicy incompletePolicy() {
    return policy;
  }

  /**
   * A copy with another policy for bad rows (the default is {@link RejectionPolicy#FAIL_FAST}).
   *
   * <pre>{@code
   * AggregationResult q3 = aggregator.rejections(RejectionPolicy.COLLECT).aggregate(monthly, q3);
   * q3.rejected();   // each refused row with its reason; the others are aggregated
   * }</pre>
   */
  public PeriodAggregator rejections(RejectionPolicy rejectionPolicy) {
    return new PeriodAggregator(
        indicators,
        policy,
        Objects.requireNonNull(rejectionPolicy, "rejectionPolicy"),
        partRules,
        subjects);
  }

  /** The policy for bad rows. */
  public RejectionPolicy rejectionPolicy() {
    return rejection;
  }

  /**
   * A copy that rolls the parts of one indicator up by {@code rule}, whatever its aggregation or
   * its scorecard item says.
   *
   * <pre>{@code
   * PeriodAggregator.of(List.of(SERVICE_QUALITY)).parts("service-quality", PartAggregation.SUM);
   * }</pre>
   *
   * @throws IllegalArgumentException if the indicator is not one of the aggregator's
   */
  public PeriodAggregator parts(String indicatorId, PartAggregation rule) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(rule, "rule");
    if (!indicators.containsKey(indicatorId)) {
      throw new IllegalArgumentException(
          "indicator '" + indicatorId + "' is not one of the aggregator's indicators "
              + new TreeSet<>(indicators.keySet()));
    }
    Map<String, PartAggregation> rules = new HashMap<>(partRules);
    rules.put(indicatorId, rule);
    return new PeriodAggregator(indicators, policy, rejection, Map.copyOf(rules), subjects);
  }

  /**
   * How the parts of an indicator roll up: said by {@link #parts}, by its scorecard item's
   * strategy, or by its aggregation ({@code SUM}, {@code MEAN}); empty when its parts have no
   * roll-up, so that a month with a part is refused.
   *
   * <pre>{@code
   * PeriodAggregator.of(card).partAggregation("teamwork");   // Optional[MEAN] (ratings)
   * }</pre>
   *
   * @throws IllegalArgumentException if the indicator is not one of the aggregator's
   */
  public Optional<PartAggregation> partAggregation(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Indicator indicator = indicators.get(indicatorId);
    if (indicator == null) {
      throw new IllegalArgumentException(
          "indicator '" + indicatorId + "' is not one of the aggregator's indicators "
              + new TreeSet<>(indicators.keySet()));
    }
    PartAggregation rule = partRules.get(indicatorId);
    if (rule != null) {
      return Optional.of(rule);
    }
    switch (indicator.aggregation()) {
      case SUM:
        return Optional.of(PartAggregation.SUM);
      case MEAN:
        return Optional.of(PartAggregation.MEAN);
      default:
        return Optional.empty();
    }
  }

  /**
   * A copy that aggregates only these subjects, the batch: a measurement of anyone else (a
   * leaver, a typo) is refused, with {@link RejectionReason#OUTSIDE_BATCH} under {@link
   * RejectionPolicy#COLLECT}. Without this call every subject is aggregated.
   *
   * <pre>{@code
   * PeriodAggregator aggregator = PeriodAggregator.of(card).forSubjects(List.of("emp-1", "emp-2"));
   * }</pre>
   */
  public PeriodAggregator forSubjects(Collection<String> subjectIds) {
    Objects.requireNonNull(subjectIds, "subjectIds");
    Set<String> ids = new HashSet<>();
    for (String id : subjectIds) {
      ids.add(Objects.requireNonNull(id, "subject id"));
    }
    return new PeriodAggregator(indicators, policy, rejection, partRules, Set.copyOf(ids));
  }

  /** The subjects of the batch, or empty when every subject is aggregated. */
  public Optional<Set<String>> subjects() {
    return Optional.ofNullable(subjects);
  }

  /**
   * Aggregates every subject's and indicator's months of {@code target}.
   *
   * @param monthly monthly measurements of months of {@code target}, any subjects and indicators
   * @param target a quarter, half-year or year
   * @return one aggregate per subject and indicator present, sorted by subject, then indicator;
   *     under {@link RejectionPolicy#COLLECT} also every refused row, so that each input row is
   *     either in an aggregate's months or rejected
   * @throws IllegalArgumentException if {@code target} is a month
   * @throws InvalidInputException under {@link RejectionPolicy#FAIL_FAST}, naming subject,
   *     indicator, field and value, for a measurement that is not monthly, lies outside {@code
   *     target}, names an unknown indicator or a subject outside the batch, repeats a month, lacks
   *     the numerator and denominator a ratio of sums needs or carries them under {@code MEAN};
   *     for a part without a roll-up; for denominators that sum to 0; or for a missing month
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
    Map<Integer, RejectedMeasurement> rejected = new TreeMap<>();
    Map<Key, List<List<Row>>> groups = new HashMap<>();
    int index = 0;
    for (Measurement m : monthly) {
      Objects.requireNonNull(m, "measurement");
      Row row = new Row(index++, m);
      Problem problem = check(m, target);
      if (problem != null) {
        reject(rejected, problem, List.of(row));
        continue;
      }
      List<List<Row>> slots =
          groups.computeIfAbsent(new Key(m.subjectId(), m.indicatorId()), k -> slots(months));
      List<Row> slot = slots.get(m.period().index() - firstIndex);
      slot.add(row);
      if (slot.size() > 1 && rejection == RejectionPolicy.FAIL_FAST) {
        throw new InvalidInputException(
            m.subjectId(),
            m.indicatorId(),
            "period",
            m.period().toString(),
            "has two measurements (" + Numbers.plain(slot.get(0).measurement().value()) + " and "
                + Numbers.plain(m.value()) + ")");
      }
    }
    List<Key> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.comparing(Key::subjectId).thenComparing(Key::indicatorId));
    List<Aggregate> aggregates = new ArrayList<>(keys.size());
    for (Key key : keys) {
      List<List<Row>> slots = Objects.requireNonNull(groups.get(key));
      Row[] single = new Row[slots.size()];
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < slots.size(); i++) {
        List<Row> slot = slots.get(i);
        if (slot.size() > 1) { // only under COLLECT: FAIL_FAST has thrown
          reject(rejected, duplicate(key, months.get(i), slot), slot);
        } else if (slot.size() == 1) {
          single[i] = slot.get(0);
          rows.add(slot.get(0));
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      Problem problem = refusal(key, target, months, single);
      if (problem != null) {
        reject(rejected, problem, rows);
      } else {
        aggregates.add(combine(key, target, months, single));
      }
    }
    return new AggregationResult(target, aggregates, new ArrayList<>(rejected.values()));
  }

  private static List<List<Row>> slots(List<Period> months) {
    List<List<Row>> slots = new ArrayList<>(months.size());
    for (int i = 0; i < months.size(); i++) {
      slots.add(new ArrayList<>(1));
    }
    return slots;
  }

  private static Problem duplicate(Key key, Period month, List<Row> slot) {
    List<String> values = new ArrayList<>(slot.size());
    for (Row r : slot) {
      values.add(Numbers.plain(r.measurement().value()));
    }
    return new Problem(
        RejectionReason.DUPLICATE_MONTH,
        new InvalidInputException(
            key.subjectId(),
            key.indicatorId(),
            "period",
            month.toString(),
            "has " + slot.size() + " measurements (" + String.join(" and ", values)
                + "): none of them is aggregated"));
  }

  /** Under FAIL_FAST throws the problem; under COLLECT records each row with it. */
  private void reject(Map<Integer, RejectedMeasurement> rejected, Problem problem, List<Row> rows) {
    if (rejection == RejectionPolicy.FAIL_FAST) {
      throw problem.exception();
    }
    // the strict mode's message; an exception without one still says which reason it was
    String message = String.valueOf(problem.exception().getMessage());
    for (Row row : rows) {
      rejected.put(
          row.index(), new RejectedMeasurement(row.measurement(), problem.reason(), message));
    }
  }

  /**
   * Aggregates monthly measurements into every period of {@code type} that they touch, for
   * example the four quarters of a year's data. Under {@link RejectionPolicy#COLLECT} a
   * measurement that is not monthly is rejected in the result of the period of {@code type}
   * holding its first month.
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
      Period month = m.period();
      if (month.type() != PeriodType.MONTH) {
        if (rejection == RejectionPolicy.FAIL_FAST) {
          throw notMonthly(m, type.name());
        }
        month = month.months().get(0);
      }
      byPeriod.computeIfAbsent(month.within(type), p -> new ArrayList<>()).add(m);
    }
    List<AggregationResult> results = new ArrayList<>(byPeriod.size());
    byPeriod.forEach((period, list) -> results.add(aggregate(list, period)));
    return List.copyOf(results);
  }

  private @Nullable Problem check(Measurement m, Period target) {
    if (m.period().type() != PeriodType.MONTH) {
      return new Problem(RejectionReason.NOT_MONTHLY, notMonthly(m, target.toString()));
    }
    if (!target.contains(m.period())) {
      return new Problem(
          RejectionReason.OUTSIDE_PERIOD,
          new InvalidInputException(
              m.subjectId(),
              m.indicatorId(),
              "period",
              m.period().toString(),
              "is outside the target period " + target));
    }
    if (subjects != null && !subjects.contains(m.subjectId())) {
      return new Problem(
          RejectionReason.OUTSIDE_BATCH,
          new InvalidInputException(
              m.subjectId(),
              m.indicatorId(),
              "subjectId",
              m.subjectId(),
              "is not one of the batch's subjects (a leaver?): the measurement of " + m.period()
                  + " is not aggregated"));
    }
    Indicator indicator = indicators.get(m.indicatorId());
    if (indicator == null) {
      return new Problem(
          RejectionReason.UNKNOWN_INDICATOR,
          new InvalidInputException(
              m.subjectId(),
              m.indicatorId(),
              "indicatorId",
              m.indicatorId(),
              "is not one of the aggregator's indicators"));
    }
    if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS && !m.isRatio()) {
      return new Problem(
          RejectionReason.NOT_A_RATIO,
          new InvalidInputException(
              m.subjectId(),
              m.indicatorId(),
              "numerator",
              "none",
              "is missing for " + m.period() + ": the indicator aggregates as RATIO_OF_SUMS, so"
                  + " every month needs its numerator and denominator"));
    }
    BigDecimal numerator = m.numerator();
    if (indicator.aggregation() == Aggregation.MEAN && numerator != null) {
      return new Problem(
          RejectionReason.RATE_UNDER_MEAN,
          new InvalidInputException(
              m.subjectId(),
              m.indicatorId(),
              "numerator",
              Numbers.plain(numerator),
              "is the numerator of a rate for " + m.period() + ", but the indicator aggregates"
                  + " as MEAN, which would average the monthly rates and lose numerator and"
                  + " denominator: aggregate it as RATIO_OF_SUMS"));
    }
    return null;
  }

  private static InvalidInputException notMonthly(Measurement m, String target) {
    return new InvalidInputException(
        m.subjectId(),
        m.indicatorId(),
        "period",
        m.period().toString(),
        "is not a month: only monthly measurements roll up to " + target);
  }

  /**
   * What refuses one subject's indicator as a whole: a missing month under {@link
   * IncompletePolicy#FAIL}, a part without a roll-up, denominators that sum to 0; or null.
   */
  private @Nullable Problem refusal(
      Key key, Period target, List<Period> months, @Nullable Row[] slots) {
    List<Period> missing = new ArrayList<>();
    List<Measurement> values = new ArrayList<>();
    List<Period> present = new ArrayList<>();
    split(months, slots, present, missing, values);
    if (!missing.isEmpty() && policy == IncompletePolicy.FAIL) {
      return new Problem(
          RejectionReason.INCOMPLETE_PERIOD,
          new InvalidInputException(
              key.subjectId(),
              key.indicatorId(),
              "months",
              Numbers.join(missing),
              (missing.size() == 1 ? "is" : "are")
                  + " missing from "
                  + target
                  + " (incomplete periods are not allowed)"));
    }
    // check(...) admitted only measurements of known indicators
    Aggregation aggregation =
        Objects.requireNonNull(indicators.get(key.indicatorId()), key.indicatorId()).aggregation();
    if (partAggregation(key.indicatorId()).isEmpty()) {
      for (Measurement m : values) {
        if (!m.parts().isEmpty()) {
          String name = m.parts().keySet().iterator().next();
          List<String> where = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            BigDecimal part = values.get(i).parts().get(name);
            if (part != null) {
              where.add(Numbers.plain(part) + " in " + present.get(i));
            }
          }
          return new Problem(
              RejectionReason.PART_NOT_AGGREGABLE,
              new InvalidInputException(
                  key.subjectId(),
                  key.indicatorId(),
                  "parts." + name,
                  String.join(", ", where),
                  "cannot be aggregated: the indicator aggregates as " + aggregation
                      + ", for which parts have no roll-up; declare one with parts(\""
                      + key.indicatorId() + "\", PartAggregation.SUM or MEAN)"));
        }
      }
    }
    if (aggregation == Aggregation.RATIO_OF_SUMS) {
      BigDecimal denominator = BigDecimal.ZERO;
      for (Measurement m : values) {
        denominator = denominator.add(Objects.requireNonNull(m.denominator()));
      }
      if (denominator.signum() == 0) {
        return new Problem(
            RejectionReason.ZERO_DENOMINATOR,
            new InvalidInputException(
                key.subjectId(),
                key.indicatorId(),
                "denominator",
                "0",
                "is the sum of the denominators over " + target
                    + ": the ratio of sums is undefined"));
      }
    }
    return null;
  }

  /** Splits the slots into the months present, their measurements, and the months missing. */
  private static void split(
      List<Period> months,
      @Nullable Row[] slots,
      List<Period> present,
      List<Period> missing,
      List<Measurement> values) {
    for (int i = 0; i < slots.length; i++) {
      Row row = slots[i];
      if (row == null) {
        missing.add(months.get(i));
      } else {
        present.add(months.get(i));
        values.add(row.measurement());
      }
    }
  }

  /** The aggregate of one subject's indicator, which {@link #refusal} has let through. */
  private Aggregate combine(Key key, Period target, List<Period> months, @Nullable Row[] slots) {
    List<Period> present = new ArrayList<>();
    List<Period> missing = new ArrayList<>();
    List<Measurement> values = new ArrayList<>();
    split(months, slots, present, missing, values);
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
        missing,
        parts(key, values));
  }

  /**
   * The months' parts rolled up by the indicator's rule, in order of first appearance; {@link
   * #refusal} has refused parts without a rule.
   */
  private Map<String, BigDecimal> parts(Key key, List<Measurement> values) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Measurement m : values) {
      for (Map.Entry<String, BigDecimal> part : m.parts().entrySet()) {
        sums.merge(part.getKey(), part.getValue(), BigDecimal::add);
        counts.merge(part.getKey(), 1, Integer::sum);
      }
    }
    if (!sums.isEmpty()
        && partAggregation(key.indicatorId()).orElseThrow() == PartAggregation.MEAN) {
      sums.replaceAll(
          (name, sum) ->
              sum.divide(BigDecimal.valueOf(Objects.requireNonNull(counts.get(name))), DIVISION));
    }
    return sums;
  }

  private static BigDecimal sum(List<Measurement> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Measurement m : values) {
      sum = sum.add(m.value());
    }
    return sum;
  }

  private record Key(String subjectId, String indicatorId) {}

  /** An input row and its position in the input. */
  private record Row(int index, Measurement measurement) {}

  /** Why rows are refused: the reason and the exception FAIL_FAST throws. */
  private record Problem(RejectionReason reason, InvalidInputException exception) {}
}

package dev.yardstick.tracking.aggregation;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregates of one period for a whole company, sorted by subject id and indicator id.
 *
 * <pre>{@code
 * AggregationResult q3 = aggregator.aggregate(monthly, Period.parse("2026-Q3"));
 * q3.incomplete();                  // the aggregates with a missing month
 * q3.measurementsOf("emp-17");      // feed Yardstick.evaluate(li).in(q3.period())
 * q3.rejected();                    // under RejectionPolicy.COLLECT: the refused rows, why
 * q3.rowCount();                    // aggregated months + rejected rows = the rows given
 * }</pre>
 *
 * @param period the quarter, half-year or year
 * @param aggregates one per subject and indicator, sorted by subject id, then indicator id
 * @param rejected the measurements refused under {@link RejectionPolicy#COLLECT}, in input order;
 *     always empty under {@link RejectionPolicy#FAIL_FAST}, which throws instead
 */
public record AggregationResult(
    Period period, List<Aggregate> aggregates, List<RejectedMeasurement> rejected) {

  private static final Comparator<Aggregate> ORDER =
      Comparator.comparing(Aggregate::subjectId).thenComparing(Aggregate::indicatorId);

  /** Validates, copies and sorts. */
  public AggregationResult {
    Objects.requireNonNull(period, "period");
    List<Aggregate> sorted = new ArrayList<>(aggregates);
    sorted.sort(ORDER);
    Set<String> seen = new HashSet<>();
    for (Aggregate a : sorted) {
      if (!a.period().equals(period)) {
        throw new IllegalArgumentException(
            "aggregate of '" + a.indicatorId() + "' for '" + a.subjectId() + "' is for "
                + a.period() + ", not " + period);
      }
      if (!seen.add(a.subjectId() + '\u0000' + a.indicatorId())) {
        throw new IllegalArgumentException(
            "aggregate of '" + a.indicatorId() + "' for '" + a.subjectId() + "' appears twice");
      }
    }
    aggregates = List.copyOf(sorted);
    rejected = List.copyOf(rejected);
  }

  /**
   * A result with nothing rejected.
   *
   * <pre>{@code
   * new AggregationResult(Period.parse("2026-Q3"), List.of(gmv, conversion));
   * }</pre>
   */
  public AggregationResult(Period period, List<Aggregate> aggregates) {
    this(period, aggregates, List.of());
  }

  /**
   * How many input rows this result accounts for: the months of every aggregate (one row each)
   * plus the rejected rows. After {@link PeriodAggregator#aggregate} it equals the number of
   * measurements given.
   *
   * <pre>{@code
   * assert q3.rowCount() == monthly.size();
   * }</pre>
   */
  public int rowCount() {
    int rows = rejected.size();
    for (Aggregate a : aggregates) {
      rows += a.months().size();
    }
    return rows;
  }

  /**
   * The rejected rows of one subject, in input order.
   *
   * <pre>{@code
   * q3.rejectedOf("emp-40");   // a leaver's rows: OUTSIDE_BATCH
   * }</pre>
   */
  public List<RejectedMeasurement> rejectedOf(String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId");
    List<RejectedMeasurement> list = new ArrayList<>();
    for (RejectedMeasurement r : rejected) {
      if (r.measurement().subjectId().equals(subjectId)) {
        list.add(r);
      }
    }
    return List.copyOf(list);
  }

  /** The aggregate of one subject's indicator. */
  public Optional<Aggregate> find(String subjectId, String indicatorId) {
    for (Aggregate a : aggregates) {
      if (a.subjectId().equals(subjectId) && a.indicatorId().equals(indicatorId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The aggregates that miss at least one month, in order. */
  public List<Aggregate> incomplete() {
    List<Aggregate> list = new ArrayList<>();
    for (Aggregate a : aggregates) {
      if (!a.isComplete()) {
        list.add(a);
      }
    }
    return List.copyOf(list);
  }

  /** Whether no aggregate misses a month. */
  public boolean isComplete() {
    return incomplete().isEmpty();
  }

  /** Every aggregate as a measurement of the period, in order. */
  public List<Measurement> measurements() {
    List<Measurement> list = new ArrayList<>(aggregates.size());
    for (Aggregate a : aggregates) {
      list.add(a.toMeasurement());
    }
    return List.copyOf(list);
  }

  /** One subject's aggregates as measurements of the period, in indicator order. */
  public List<Measurement> measurementsOf(String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId");
    List<Measurement> list = new ArrayList<>();
    for (Aggregate a : aggregates) {
      if (a.subjectId().equals(subjectId)) {
        list.add(a.toMeasurement());
      }
    }
    return List.copyOf(list);
  }
}

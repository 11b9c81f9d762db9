package dev.yardstick.benchmarks;

import dev.yardstick.benchmarks.CardSpec.ItemSpec;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.aggregation.PeriodAggregator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The other bulk operations of a review cycle, each on the workload:
 *
 * <ul>
 *   <li>{@code aggregation}: a year of monthly measurements of 1 000 000 series (83 334
 *       employees × 12 items) rolled up into quarters by {@code PeriodAggregator.aggregateEach}
 *       (12 000 000 measurements in, 4 000 000 aggregates out; ratios as ratios of sums);
 *   <li>{@code calibration}: a 20 / 70 / 10 forced distribution of 100 000 evaluated people;
 *   <li>{@code jsonWrite} and {@code jsonRead}: 100 000 evaluations written to and read from JSON
 *       documents, one per evaluation (read evaluations equal the written ones).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModulesBenchmark {

  /** Series of the aggregation: employees × items. */
  static final int AGGREGATION_EMPLOYEES = 83_334;
  /** People calibrated, evaluations written and read. */
  static final int PEOPLE = 100_000;

  private List<Measurement> monthly = List.of();
  private PeriodAggregator aggregator = PeriodAggregator.of(List.of());
  private List<Candidate> candidates = List.of();
  private Calibration calibration =
      Calibration.of(GradeScale.defaultScale(), quota());
  private List<Evaluation> evaluations = List.of();
  private List<String> documents = List.of();
  private final YardstickJson json = YardstickJson.builder().pretty(false).build();

  /** Builds the input of the trial's benchmark. */
  @Setup
  public void setUp(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    if (benchmark.endsWith(".aggregation")) {
      monthly = monthly(Workload.generate(AGGREGATION_EMPLOYEES, Workload.SEED));
      aggregator = PeriodAggregator.of(indicators());
      List<AggregationResult> quarters = aggregation();
      if (quarters.size() != 4
          || quarters.get(0).aggregates().size() != AGGREGATION_EMPLOYEES * WorkloadCards.ITEMS) {
        throw new IllegalStateException("expected 4 quarters of 1 000 008 aggregates");
      }
      return;
    }
    Workload w = Workload.generate(PEOPLE, Workload.SEED);
    double[] totals = Equivalence.yardstick(w, 2);
    if (benchmark.endsWith(".calibration")) {
      List<Candidate> list = new ArrayList<>(PEOPLE);
      for (int e = 0; e < PEOPLE; e++) {
        list.add(Candidate.of(Workload.subjectId(e), BigDecimal.valueOf(totals[e])));
      }
      candidates = List.copyOf(list);
      calibration().finalGrades();
      return;
    }
    evaluations = dev.yardstick.core.Yardstick.evaluateAll(w.subjects())
        .in(w.period()).against(w.cardOfSubject()).parallelism(2).with(w.measurements())
        .evaluations();
    documents = jsonWrite();
    if (!json.readEvaluation(documents.get(17)).equals(evaluations.get(17))) {
      throw new IllegalStateException("an evaluation read back from JSON differs");
    }
  }

  /** Monthly → quarterly aggregation of 1 000 000 series × 12 months. */
  @Benchmark
  public List<AggregationResult> aggregation() {
    return aggregator.aggregateEach(monthly, PeriodType.QUARTER);
  }

  /** Calibration of 100 000 people. */
  @Benchmark
  public CalibrationResult calibration() {
    return calibration.calibrate(candidates);
  }

  /** JSON write of 100 000 evaluations. */
  @Benchmark
  public List<String> jsonWrite() {
    List<String> out = new ArrayList<>(evaluations.size());
    for (Evaluation e : evaluations) {
      out.add(json.write(e));
    }
    return out;
  }

  /** JSON read of 100 000 evaluations. */
  @Benchmark
  public List<Evaluation> jsonRead() {
    List<Evaluation> out = new ArrayList<>(documents.size());
    for (String d : documents) {
      out.add(json.readEvaluation(d));
    }
    return out;
  }

  private static Quota quota() {
    return Quota.builder().group("top", 20, "S", "A").group("middle", 70, "B")
        .group("bottom", 10, "C", "D").build();
  }

  private static List<Indicator> indicators() {
    Map<String, Indicator> byId = new LinkedHashMap<>();
    for (Scorecard card : WorkloadCards.all()) {
      for (Item item : card.items()) {
        byId.put(item.indicatorId(), item.indicator());
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * Twelve months per employee and item, around the quarter's value: a third of it per month for
   * sums, the value itself for means and ratios (ratios as numerator ÷ denominator).
   */
  private static List<Measurement> monthly(Workload w) {
    SplittableRandom random = new SplittableRandom(Workload.SEED + 1);
    List<Measurement> list = new ArrayList<>(w.size() * WorkloadCards.ITEMS * 12);
    List<Period> months = Period.parse("2026").months();
    for (int e = 0; e < w.size(); e++) {
      String id = Workload.subjectId(e);
      ItemSpec[] items = w.specs().get(w.role()[e]).items();
      for (int i = 0; i < items.length; i++) {
        Indicator indicator = items[i].item().indicator();
        double value = Math.abs(w.values()[e * WorkloadCards.ITEMS + i]) + 1;
        for (Period month : months) {
          double v = value * random.nextDouble(0.8, 1.2);
          if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
            long denominator = 1_000 + random.nextLong(9_000);
            list.add(Measurement.ratio(id, indicator.id(), month,
                BigDecimal.valueOf(Math.round(v * denominator * 100), 2),
                BigDecimal.valueOf(denominator)));
          } else {
            list.add(Measurement.of(id, indicator.id(), month,
                BigDecimal.valueOf(Math.round(v * 100 / 3), 2)));
          }
        }
      }
    }
    return List.copyOf(list);
  }
}

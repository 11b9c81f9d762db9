package dev.yardstick.quality.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scorecard.Rounding;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.rules.kpi.metrics.MarketingMetrics;
import dev.yardstick.rules.kpi.metrics.Order;
import dev.yardstick.rules.kpi.metrics.Scope;
import dev.yardstick.rules.kpi.metrics.ServiceMetrics;
import dev.yardstick.rules.kpi.metrics.ServiceTicket;
import dev.yardstick.rules.kpi.metrics.SkuSales;
import dev.yardstick.rules.kpi.metrics.StoreMetrics;
import dev.yardstick.rules.kpi.metrics.SurveyResponse;
import dev.yardstick.rules.kpi.metrics.Traffic;
import dev.yardstick.rules.okr.Alignment;
import dev.yardstick.rules.okr.CheckIn;
import dev.yardstick.rules.okr.ColourBands;
import dev.yardstick.rules.okr.ConfidenceScale;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.rules.okr.Okr;
import dev.yardstick.rules.okr.OkrLevel;
import dev.yardstick.rules.okr.OkrSet;
import dev.yardstick.tracking.Tracking;
import dev.yardstick.tracking.abtest.Arm;
import dev.yardstick.tracking.abtest.TestPlan;
import dev.yardstick.tracking.abtest.Lift;
import dev.yardstick.tracking.anomaly.EwmaDetector;
import dev.yardstick.tracking.anomaly.ZScoreDetector;
import dev.yardstick.tracking.annual.AnnualReviewer;
import dev.yardstick.review.application.PayMatrix;
import dev.yardstick.review.application.PayTerms;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.json.YardstickJsonException;
import dev.yardstick.json.csv.CsvImport;
import dev.yardstick.json.csv.CsvImportException;
import dev.yardstick.json.csv.ErrorPolicy;
import dev.yardstick.json.csv.MeasurementCsv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad inputs across the API. Each row names the call, the exception type it must
 * throw, and the field and the offending value its message must name; for an {@link
 * InvalidInputException} the {@code field()} and {@code value()} accessors must give them too. An
 * absent value ({@link InvalidInputException#NONE}) is named by its accessor only: the message
 * says the field is missing rather than "none is missing".
 */
class BadInputCatalogTest {

  private static final Period Q3 = Period.parse("2026-Q3");
  private static final Period JULY = Period.parse("2026-07");
  private static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");
  private static final Indicator GMV = Indicator.builder("gmv").build();
  private static final Indicator CVR = Indicator.builder("cvr").build();
  private static final Indicator CAC =
      Indicator.builder("cac").direction(Direction.LOWER_IS_BETTER).build();
  private static final Indicator RATE =
      Indicator.builder("rate").aggregation(dev.yardstick.core.domain.Aggregation.RATIO_OF_SUMS).build();
  private static final Scope JULY_LI = Scope.of("emp-17", JULY);
  private static final LocalDate AUG_1 = LocalDate.of(2026, 8, 1);

  /**
   * One row of the catalog.
   *
   * @param name what is wrong, as the test's display name
   * @param call the call that must fail
   * @param type the exception type
   * @param field the field its message names (the {@code field()} of an InvalidInputException)
   * @param value the offending value its message names (the {@code value()} of one)
   */
  record Bad(
      String name,
      ThrowingCallable call,
      Class<? extends RuntimeException> type,
      String field,
      String value) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Bad bad(
      String name, Class<? extends RuntimeException> type, String field, String value, ThrowingCallable call) {
    return new Bad(name, call, type, field, value);
  }

  static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  static final Class<InvalidInputException> INVALID = InvalidInputException.class;
  static final Class<YardstickJsonException> JSON_ERROR = YardstickJsonException.class;
  static final Class<CsvImportException> CSV_ERROR = CsvImportException.class;

  static Stream<Bad> catalog() {
    List<Bad> rows = new ArrayList<>();
    core(rows);
    evaluation(rows);
    tables(rows);
    strategies(rows);
    metrics(rows);
    okr(rows);
    tracking(rows);
    review(rows);
    files(rows);
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void every_bad_input_fails_with_its_type_naming_the_field_and_the_value(Bad row) {
    // GIVEN a bad input  WHEN it is used
    Throwable thrown = catchThrowable(row.call());

    // THEN the declared exception, naming the field and the value
    assertThat(thrown).as(row.name()).isInstanceOf(row.type());
    if (thrown instanceof InvalidInputException && InvalidInputException.NONE.equals(row.value())) {
      // an absent value is left out of the message, so that it does not read "none is missing"
      assertThat(thrown.getMessage()).as(row.name()).contains("field '" + row.field() + "'")
          .doesNotContain("none is");
    } else {
      assertThat(thrown.getMessage()).as(row.name()).contains(row.field()).contains(row.value());
    }
    if (thrown instanceof InvalidInputException) {
      InvalidInputException e = (InvalidInputException) thrown;
      assertThat(e.field()).as(row.name() + " field()").isEqualTo(row.field());
      assertThat(e.value()).as(row.name() + " value()").isEqualTo(row.value());
    }
  }

  @Test
  void the_catalog_has_at_least_fifty_bad_inputs_with_distinct_names() {
    // GIVEN / WHEN the catalog
    List<String> names = catalog().map(Bad::name).toList();

    // THEN at least 50 rows, each named once
    assertThat(names).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
  }

  // ---------------------------------------------------------------- core model

  private static void core(List<Bad> rows) {
    rows.add(bad("item weights that sum to 90", IAE, "item weights of section 'KPI'", "90", () ->
        Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(60).scoredBy(Kpi.ratioToTarget(0, 120))
            .item(CVR).weight(30).scoredBy(Kpi.ratioToTarget(0, 120)).build()));
    rows.add(bad("section weights that sum to 110", IAE, "section weights of scorecard 'c'", "110", () ->
        Yardstick.scorecard("c")
            .section("KPI", 70).item(GMV).weight(100).scoredBy(Kpi.ratioToTarget(0, 120))
            .section("OKR", 40).item(CVR).weight(100).scoredBy(Kpi.ratioToTarget(0, 120)).build()));
    rows.add(bad("a negative item weight", IAE, "weight of item 'gmv'", "-5", () ->
        Yardstick.scorecard("c").section("KPI", 100).item(GMV).weight(-5)));
    rows.add(bad("a NaN item weight", IAE, "weight of item 'gmv'", "NaN", () ->
        Yardstick.scorecard("c").section("KPI", 100).item(GMV).weight(Double.NaN)));
    rows.add(bad("an infinite section weight", IAE, "weight of section 'KPI'", "Infinity", () ->
        Yardstick.scorecard("c").section("KPI", Double.POSITIVE_INFINITY)));
    rows.add(bad("a section weight of zero", IAE, "weight of section 'KPI'", "0", () ->
        Yardstick.scorecard("c").section("KPI", 0)));
    rows.add(bad("a duplicate indicator id across sections", IAE, "indicator 'gmv'", "twice", () ->
        Yardstick.scorecard("c")
            .section("KPI", 50).item(GMV).weight(100).scoredBy(Kpi.ratioToTarget(0, 120))
            .section("OKR", 50).item(GMV).weight(100).scoredBy(Kpi.ratioToTarget(0, 120)).build()));
    rows.add(bad("a duplicate indicator id within a section", IAE, "indicator 'gmv'", "section 'KPI'", () ->
        Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(50).scoredBy(Kpi.ratioToTarget(0, 120))
            .item(GMV).weight(50).scoredBy(Kpi.ratioToTarget(0, 120)).build()));
    rows.add(bad("a duplicate section name", IAE, "section 'KPI'", "twice", () ->
        Yardstick.scorecard("c")
            .section("KPI", 50).item(GMV).weight(100).scoredBy(Kpi.ratioToTarget(0, 120))
            .section("KPI", 50)));
    rows.add(bad("a NaN target threshold", IAE, "target threshold", "NaN", () ->
        Target.levels(Double.NaN, 100, 120)));
    rows.add(bad("an infinite target", IAE, "target target", "Infinity", () ->
        Target.levels(80, Double.POSITIVE_INFINITY, 120)));
    rows.add(bad("target levels running both ways", IAE, "threshold=80, target=100", "stretch=90", () ->
        Target.levels(80, 100, 90)));
    rows.add(bad("ascending levels on a lower-is-better indicator", IAE, "target of 'cac'", "50 / 60 / 80", () ->
        Yardstick.scorecard("c").section("KPI", 100).item(CAC).target(Target.levels(50, 60, 80))));
    rows.add(bad("descending levels on a higher-is-better indicator", IAE, "target of 'gmv'", "120 / 100 / 80", () ->
        Yardstick.scorecard("c").section("KPI", 100).item(GMV).target(Target.levels(120, 100, 80))));
    rows.add(bad("a NaN measurement", INVALID, "value", "NaN", () ->
        Measurement.of("emp-17", "gmv", Q3, Double.NaN)));
    rows.add(bad("an infinite measurement", INVALID, "value", "-Infinity", () ->
        Measurement.of("emp-17", "gmv", Q3, Double.NEGATIVE_INFINITY)));
    rows.add(bad("a ratio with a zero denominator", INVALID, "denominator", "0", () ->
        Measurement.ratio("emp-17", "cvr", Q3, 10, 0)));
    rows.add(bad("a ratio with a NaN numerator", INVALID, "numerator", "NaN", () ->
        Measurement.ratio("emp-17", "cvr", Q3, Double.NaN, 100)));
    rows.add(bad("a malformed subject id", IAE, "subject id", "'emp 17'", () ->
        Subject.employee("emp 17", "Li Wei", "store-ops-manager", "team-tmall")));
    rows.add(bad("a malformed indicator id", IAE, "indicator id", "'-gmv'", () -> Indicator.builder("-gmv")));
    rows.add(bad("a quarter number 5", IAE, "period", "'2026-Q5'", () -> Period.parse("2026-Q5")));
    rows.add(bad("a month number 13", IAE, "period", "'2026-13'", () -> Period.parse("2026-13")));
    rows.add(bad("a period with a slash", IAE, "period", "'2026/07'", () -> Period.parse("2026/07")));
    rows.add(bad("a two-digit year", IAE, "period", "'26-Q3'", () -> Period.parse("26-Q3")));
    rows.add(bad("an empty period", IAE, "period", "''", () -> Period.parse("")));
    rows.add(bad("a month index 0", IAE, "period index of a month", "0", () -> Period.month(2026, 0)));
    rows.add(bad("a rounding scale of 11", IAE, "rounding scale", "11", () -> new Rounding(11, RoundingMode.HALF_UP)));
    rows.add(bad("team blend weights summing to 90", IAE, "team blend weights", "80 + 10", () -> TeamLink.blend(80, 10)));
    rows.add(bad("an unknown strategy id", IAE, "strategy id", "'ratio-to-tagret'", () ->
        StrategyRegistry.discover().require("ratio-to-tagret")));
    rows.add(bad("two strategies with one id", IAE, "duplicate strategy id", "'same-id'", () ->
        StrategyRegistry.of(new SameIdA(), new SameIdB())));
    rows.add(bad("a strategy id with capitals and spaces", IAE, "strategy id", "'Ratio To Target'", () ->
        StrategyRegistry.of(new BadlyNamed())));
    rows.add(bad("a ratio-to-target item without a target", IAE, "item 'gmv' of section 'KPI'", "'ratio-to-target'", () ->
        Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(100).scoredBy(Kpi.ratioToTarget(0, 120)).build()));
    rows.add(bad("a target on a deduction item", IAE, "item 'cac' of section 'KPI'", "target 60", () ->
        Yardstick.scorecard("c").section("KPI", 100)
            .item(CAC).weight(100).target(Target.of(60))
            .scoredBy(Kpi.deduction().perIncident("complaint", 5).rule()).build()));
    rows.add(bad("a target on a done flag", IAE, "item 'gmv' of section 'KPI'", "'milestone'", () ->
        Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(100).target(Target.of(1)).scoredBy(Kpi.doneFlag(100, 0)).build()));
    rows.add(bad("a measurement of 1E+100000000", INVALID, "value", "1E+100000000", () ->
        Measurement.of("emp-17", "gmv", Q3, new BigDecimal("1E+100000000"))));
    rows.add(bad("a measurement of 1E+1000000000", INVALID, "value", "1E+1000000000", () ->
        Measurement.of("emp-17", "gmv", Q3, new BigDecimal("1E+1000000000"))));
    rows.add(bad("a ratio numerator of 1E-1001", INVALID, "numerator", "1E-1001", () ->
        Measurement.ratio("emp-17", "cvr", Q3, new BigDecimal("1E-1001"), BigDecimal.TEN)));
    rows.add(bad("a ratio denominator of 1E+1000", INVALID, "denominator", "1E+1000", () ->
        Measurement.ratio("emp-17", "cvr", Q3, BigDecimal.ONE, new BigDecimal("1E+1000"))));
    rows.add(bad("a measurement part of 5E+99999", INVALID, "part 'complaint'", "5E+99999", () ->
        Measurement.of("emp-17", "gmv", Q3, 0).withPart("complaint", new BigDecimal("5E+99999"))));
    rows.add(bad("an explanation with too few arguments", IAE, "explanation template '{} of {}'", "2 placeholders but 1", () ->
        Explanation.of("{} of {}", 1)));
  }

  // ---------------------------------------------------------------- evaluation

  private static Scorecard card() {
    ScorecardBuilder b = Yardstick.scorecard("store").section("KPI", 100);
    b.item(GMV).weight(60).target(Target.of(1000)).scoredBy(Kpi.ratioToTarget(0, 120));
    b.item(CVR).weight(40).target(Target.of(0.03)).scoredBy(Kpi.ratioToTarget(0, 120));
    return b.build();
  }

  // ---------------------------------------------------------------- tables in columns

  private static void tables(List<Bad> rows) {
    List<Subject> two =
        List.of(LI, Subject.employee("emp-18", "Wang Fang", "store-ops-manager", "team-tmall"));
    Scorecard card =
        Yardstick.scorecard("c").section("KPI", 100)
            .item(GMV).weight(100).target(Target.of(100)).scoredBy(Kpi.ratioToTarget(0, 120))
            .build();
    rows.add(bad("a subject twice in a table", IAE, "subject id 'emp-17'", "twice", () ->
        MeasurementTable.builder(Q3, List.of(LI, LI))));
    rows.add(bad("a column longer than the table", IAE, "column 'gmv'", "has 3 rows", () ->
        MeasurementTable.builder(Q3, two).column("gmv", DecimalColumn.of(2, 1, 2, 3))));
    rows.add(bad("a column added twice", IAE, "column 'gmv'", "already added", () ->
        MeasurementTable.builder(Q3, two)
            .column("gmv", DecimalColumn.of(2, 1, 2))
            .column("gmv", DecimalColumn.of(2, 1, 2))));
    rows.add(bad("a malformed part name in a column", IAE, "column 'gmv' part", "'no good'", () ->
        MeasurementTable.builder(Q3, two)
            .column("gmv", DecimalColumn.zeros(2).withPart("no good", DecimalColumn.zeros(2)))));
    rows.add(bad("a column scale of 19", IAE, "scale", "19", () -> DecimalColumn.of(19, 1)));
    rows.add(bad("a part with another number of rows", IAE, "part 'manager'", "3 rows", () ->
        DecimalColumn.zeros(2).withPart("manager", DecimalColumn.zeros(3))));
    rows.add(bad("a table column that is not on the scorecard", IAE, "column 'cvr'", "not on scorecard 'c'", () ->
        Yardstick.evaluate(
                MeasurementTable.builder(Q3, two).column("cvr", DecimalColumn.of(4, 1, 2)).build())
            .against(card)));
    rows.add(bad("a table parallelism of 0", IAE, "parallelism", "got 0", () ->
        Yardstick.evaluate(MeasurementTable.builder(Q3, two).build()).parallelism(0)));
    rows.add(bad("a NaN team score for a table", INVALID, "teamScore", "NaN", () ->
        Yardstick.evaluate(MeasurementTable.builder(Q3, two).build())
            .teamScores(Map.of("team-tmall", Double.NaN))));
    rows.add(bad("reading the total of a table row that failed", IllegalStateException.class, "subject 'emp-17'", "measurement", () ->
        Yardstick.evaluate(
                MeasurementTable.builder(Q3, two)
                    .column("gmv", DecimalColumn.of(0, DecimalColumn.MISSING, 100)).build())
            .against(card).total(0)));
  }

  private static void evaluation(List<Bad> rows) {
    Measurement gmv = Measurement.of("emp-17", "gmv", Q3, 900);
    Measurement cvr = Measurement.of("emp-17", "cvr", Q3, 0.03);
    rows.add(bad("two measurements of one item", INVALID, "measurement", "950", () ->
        Yardstick.evaluate(LI).in(Q3).against(card()).with(gmv, cvr, Measurement.of("emp-17", "gmv", Q3, 950))));
    rows.add(bad("a month's measurement in a quarter's evaluation", INVALID, "period", "2026-07", () ->
        Yardstick.evaluate(LI).in(Q3).against(card()).with(gmv, Measurement.of("emp-17", "cvr", JULY, 0.03))));
    rows.add(bad("a measurement of an indicator not on the scorecard", INVALID, "indicatorId", "aov", () ->
        Yardstick.evaluate(LI).in(Q3).against(card()).with(gmv, cvr, Measurement.of("emp-17", "aov", Q3, 3))));
    rows.add(bad("another subject's measurement", INVALID, "subjectId", "emp-99", () ->
        Yardstick.evaluate(LI).in(Q3).against(card()).with(gmv, Measurement.of("emp-99", "cvr", Q3, 0.03))));
    rows.add(bad("a missing measurement under the FAIL policy", INVALID, "measurement", "none", () ->
        Yardstick.evaluate(LI).in(Q3).against(card()).with(gmv)));
    rows.add(bad("a target for an indicator not on the scorecard", INVALID, "target", "5", () ->
        Yardstick.evaluate(LI).in(Q3).against(card()).targets(Map.of("aov", Target.of(5))).with(gmv, cvr)));
    rows.add(bad("a NaN team score", INVALID, "teamScore", "NaN", () ->
        Yardstick.evaluate(LI).teamScore(Double.NaN)));
    rows.add(bad("a subject twice in a batch", IAE, "subject id", "'emp-17'", () ->
        Yardstick.evaluateAll(List.of(LI, LI))));
    rows.add(bad("a measurement of nobody in the batch", INVALID, "subjectId", "emp-99", () ->
        Yardstick.evaluateAll(List.of(LI)).in(Q3).against(card()).with(List.of(Measurement.of("emp-99", "gmv", Q3, 1)))));
    rows.add(bad("a batch parallelism of 0", IAE, "parallelism", "0", () ->
        Yardstick.evaluateAll(List.of(LI)).parallelism(0)));
  }

  // ---------------------------------------------------------------- KPI strategies

  private static dev.yardstick.core.scoring.Score score(
      ScoringRule<?> rule, Indicator indicator, Target target, Measurement m) {
    return rule.score(new ScoringInput(LI, Q3, indicator, target, m));
  }

  private static void strategies(List<Bad> rows) {
    rows.add(bad("threshold score above target score", IAE, "'targetScore'", "60", () ->
        Kpi.thresholdTargetStretch(100, 60, 120)));
    rows.add(bad("a NaN cap", IAE, "'cap'", "NaN", () -> Kpi.thresholdTargetStretch(60, 100, 120, 0, Double.NaN)));
    rows.add(bad("a ratio cap below its floor", IAE, "'cap'", "10", () -> Kpi.ratioToTarget(50, 10)));
    rows.add(bad("closer to target without floorAt", IAE, "'floorDistance'", "NaN", () ->
        Kpi.closerToTarget().tolerance(0.5).rule()));
    rows.add(bad("a negative tolerance", IAE, "'tolerance'", "-1", () ->
        Kpi.closerToTarget().tolerance(-1).floorAt(3).rule()));
    rows.add(bad("bands that do not increase", IAE, "'bands[1].from'", "80", () ->
        Kpi.banded().band(100, 60).band(80, 100).rule()));
    rows.add(bad("a table with no band", IAE, "'bands'", "none", () -> Kpi.banded().rule()));
    rows.add(bad("an interpolated table of one point", IAE, "'bands'", "1", () ->
        Kpi.banded().band(100, 100).interpolated().rule()));
    rows.add(bad("a milestone whose not-met score beats its met score", IAE, "'notMetScore'", "120", () ->
        Kpi.milestone(100, 120)));
    rows.add(bad("a deduction without categories", IAE, "'categories'", "none", () -> Kpi.deduction().rule()));
    rows.add(bad("a negative deduction per incident", IAE, "'categories.complaint.pointsPerIncident'", "-5", () ->
        Kpi.deduction().perIncident("complaint", -5).rule()));
    rows.add(bad("a deduction category with capitals", IAE, "'categories'", "'Complaint'", () ->
        Kpi.deduction().perIncident("Complaint", 5).rule()));
    rows.add(bad("a rating scale running backwards", IAE, "'scaleMax'", "1", () -> Kpi.ratings(5, 1).rater("manager", 1).rule()));
    rows.add(bad("a rater weight of 0", IAE, "'raterWeights.manager'", "0", () -> Kpi.ratings(1, 5).rater("manager", 0).rule()));
    rows.add(bad("an unknown deduction category", INVALID, "parts.fraud", "1", () ->
        score(Kpi.deduction().perIncident("complaint", 5).rule(), GMV, null,
            Measurement.of("emp-17", "gmv", Q3, 0).withPart("fraud", 1))));
    rows.add(bad("a negative incident count", INVALID, "parts.complaint", "-1", () ->
        score(Kpi.deduction().perIncident("complaint", 5).rule(), GMV, null,
            Measurement.of("emp-17", "gmv", Q3, 0).withPart("complaint", -1))));
    rows.add(bad("a fractional incident count", INVALID, "parts.complaint", "1.5", () ->
        score(Kpi.deduction().perIncident("complaint", 5).rule(), GMV, null,
            Measurement.of("emp-17", "gmv", Q3, 0).withPart("complaint", 1.5))));
    rows.add(bad("incident counts in the value instead of the parts", INVALID, "value", "3", () ->
        score(Kpi.deduction().perIncident("complaint", 5).rule(), GMV, null, Measurement.of("emp-17", "gmv", Q3, 3))));
    rows.add(bad("a rating above the scale", INVALID, "parts.manager", "6", () ->
        score(Kpi.ratings(1, 5).rater("manager", 1).rule(), GMV, null,
            Measurement.of("emp-17", "gmv", Q3, 0).withPart("manager", 6))));
    rows.add(bad("a rating below the scale", INVALID, "parts.manager", "0", () ->
        score(Kpi.ratings(1, 5).rater("manager", 1).rule(), GMV, null,
            Measurement.of("emp-17", "gmv", Q3, 0).withPart("manager", 0))));
    rows.add(bad("a rating from an unknown rater", INVALID, "parts.ceo", "4", () ->
        score(Kpi.ratings(1, 5).rater("manager", 1).rule(), GMV, null,
            Measurement.of("emp-17", "gmv", Q3, 0).withPart("ceo", 4))));
    rows.add(bad("a ratio to a target of 0", INVALID, "target", "0", () ->
        score(Kpi.ratioToTarget(0, 120), GMV, Target.of(0), Measurement.of("emp-17", "gmv", Q3, 5))));
    rows.add(bad("a ratio to a negative target", INVALID, "target", "-10", () ->
        score(Kpi.ratioToTarget(0, 120), GMV, Target.of(-10), Measurement.of("emp-17", "gmv", Q3, 5))));
    rows.add(bad("a relative tolerance around a target of 0", INVALID, "target", "0", () ->
        score(Kpi.closerToTarget().relative().tolerance(0.1).floorAt(0.5).rule(), GMV, Target.of(0),
            Measurement.of("emp-17", "gmv", Q3, 5))));
    rows.add(bad("a negative actual with the inverse form", INVALID, "value", "-3", () ->
        score(Kpi.ratioToTarget().lowerIsBetter(dev.yardstick.rules.kpi.RatioToTarget.LowerIsBetter.INVERSE).rule(),
            CAC, Target.of(60), Measurement.of("emp-17", "cac", Q3, -3))));
    rows.add(bad("a strategy that needs a target without one", INVALID, "target", "none", () ->
        score(Kpi.ratioToTarget(0, 120), GMV, null, Measurement.of("emp-17", "gmv", Q3, 5))));
  }

  // ---------------------------------------------------------------- metrics from raw facts

  private static void metrics(List<Bad> rows) {
    rows.add(bad("a refund above the order amount", IAE, "order 'o-1' refunded", "150.00", () ->
        new Order("o-1", "b-1", Order.Status.PAID, new BigDecimal("100.00"), new BigDecimal("150.00"), false)));
    rows.add(bad("a negative order amount", IAE, "order 'o-1' amount", "-1.00", () ->
        Order.paid("o-1", "b-1", new BigDecimal("-1.00"))));
    rows.add(bad("an amount with fractions of a cent", IAE, "order 'o-1' amount", "10.005", () ->
        Order.paid("o-1", "b-1", new BigDecimal("10.005"))));
    rows.add(bad("a refund on an unpaid order", IAE, "order 'o-1' refunded", "5.00", () ->
        new Order("o-1", "b-1", Order.Status.UNPAID, new BigDecimal("100.00"), new BigDecimal("5.00"), false)));
    rows.add(bad("an order id twice", INVALID, "order id", "o-1", () ->
        StoreMetrics.effectiveGmv(JULY_LI, List.of(Order.paid("o-1", "b-1", BigDecimal.TEN), Order.paid("o-1", "b-2", BigDecimal.ONE)))));
    rows.add(bad("more buyers than visitors", IAE, "traffic 'tmall' buyers", "120", () -> new Traffic("tmall", 100, 120)));
    rows.add(bad("negative visitors", IAE, "traffic 'tmall' visitors", "-1", () -> new Traffic("tmall", -1, 0)));
    rows.add(bad("a conversion rate without visitors", INVALID, "visitors", "0", () ->
        StoreMetrics.conversionRate(JULY_LI, List.of(new Traffic("tmall", 0, 0)))));
    rows.add(bad("more units sold than available", IAE, "sku 'sku-1' soldUnits", "11", () -> new SkuSales("sku-1", 4, 6, 11, true)));
    rows.add(bad("a CSAT rating outside its scale", INVALID, "survey response r-1 rating", "9", () ->
        ServiceMetrics.csat(JULY_LI, List.of(new SurveyResponse("r-1", 9)), 1, 5)));
    rows.add(bad("more complaints than orders", INVALID, "complaints", "2", () ->
        ServiceMetrics.complaintRate(JULY_LI, List.of(
            ServiceTicket.unanswered("t-1", ServiceTicket.Kind.COMPLAINT, Instant.parse("2026-07-01T10:00:00Z")),
            ServiceTicket.unanswered("t-2", ServiceTicket.Kind.COMPLAINT, Instant.parse("2026-07-02T10:00:00Z"))), 1)));
    rows.add(bad("a negative count of customers guided", INVALID, "guided", "-3", () ->
        ServiceMetrics.repurchaseGuidanceRate(JULY_LI, -3, 0)));
    rows.add(bad("a negative acquisition spend", INVALID, "acquisitionSpend", "-100.00", () ->
        MarketingMetrics.cac(JULY_LI, new BigDecimal("-100.00"), 10)));
    rows.add(bad("CAC with no new customers", INVALID, "newCustomers", "0", () ->
        MarketingMetrics.cac(JULY_LI, new BigDecimal("100.00"), 0)));
  }

  // ---------------------------------------------------------------- OKR

  private static Objective.Builder objective(String id) {
    return Objective.builder(id, "Objective " + id).owner("emp-17").period(Q3)
        .keyResult(KeyResult.metric("kr-1", "Move", 1, 0, 10));
  }

  private static void okr(List<Bad> rows) {
    rows.add(bad("a key result with start equal to target", IAE, "key result 'kr-1'", "start=5 and target=5", () ->
        KeyResult.metric("kr-1", "Reach 5", 1, 5, 5)));
    rows.add(bad("cyclic alignment", IAE, "objectives align in a cycle", "'a' → 'b' → 'a'", () ->
        OkrSet.of(objective("a").alignsTo("b").build(), objective("b").alignsTo("a").build())));
    rows.add(bad("alignment to a missing objective", IAE, "objective 'a' aligns to objective 'ghost'", "not in the OKR set", () ->
        OkrSet.of(objective("a").alignsTo("ghost").build())));
    rows.add(bad("alignment to a missing key result", IAE, "key result 'kr-9'", "objective 'p'", () ->
        OkrSet.of(objective("p").build(), objective("a").alignsTo("p", "kr-9").build())));
    rows.add(bad("an objective id twice", IAE, "objective id 'a'", "twice", () ->
        OkrSet.of(objective("a").build(), objective("a").build())));
    rows.add(bad("a key result id twice", IAE, "key result 'kr-1'", "twice", () ->
        objective("a").keyResult(KeyResult.metric("kr-1", "Again", 1, 0, 3)).build()));
    rows.add(bad("a milestone check-in of 0.5", IAE, "key result 'm-1'", "0.5", () ->
        KeyResult.milestone("m-1", "Launch", 1).checkIn(AUG_1, 0.5, 5, ConfidenceScale.ZERO_TO_TEN)));
    rows.add(bad("percent complete of 120", IAE, "key result 'p-1'", "120", () ->
        KeyResult.percentComplete("p-1", "Build", 1).checkIn(AUG_1, 120, 5, ConfidenceScale.ZERO_TO_TEN)));
    rows.add(bad("a confidence of 11 out of 10", IAE, "confidence on the 0 to 10 scale", "11", () ->
        CheckIn.of(AUG_1, 3, 11, ConfidenceScale.ZERO_TO_TEN)));
    rows.add(bad("a check-in before the objective's period", IAE, "check-in date 2026-06-30", "2026-Q3", () ->
        Objective.builder("a", "Early").owner("emp-17").period(Q3)
            .keyResult(KeyResult.metric("kr-1", "Move", 1, 0, 10)
                .checkIn(LocalDate.of(2026, 6, 30), 1, 5, ConfidenceScale.ZERO_TO_TEN)).build()));
    rows.add(bad("a company objective aligned to an individual one", IAE, "objective 'co'", "(INDIVIDUAL)", () ->
        OkrSet.of(objective("ind").build(), objective("co").level(OkrLevel.COMPANY).alignsTo("ind").build())));
    rows.add(bad("a child whose period the parent's does not contain", IAE, "objective 'child' (2026-Q4)", "'parent' (2026-Q3)", () ->
        OkrSet.of(objective("parent").build(),
            Objective.builder("child", "Later").owner("emp-17").period("2026-Q4")
                .keyResult(KeyResult.metric("kr-1", "Move", 1, 0, 10)).alignsTo("parent").build())));
    rows.add(bad("colour bands running backwards", IAE, "yellowFrom=0.8", "greenFrom=0.4", () -> new ColourBands(0.8, 0.4)));
    rows.add(bad("a negative alignment weight", IAE, "alignment weight", "-2", () -> Alignment.toObjective("p").withWeight(-2)));
    rows.add(bad("a negative OKR score", INVALID, "value", "-0.2", () ->
        score(Okr.committed(), Okr.OKR_SCORE, null, Measurement.of("emp-17", "okr-score", Q3, -0.2))));
    rows.add(bad("an OKR score of an owner without objectives", INVALID, "objectives", "none", () ->
        OkrSet.of(objective("a").build()).measurement("emp-99", "okr-score", Q3)));
  }

  // ---------------------------------------------------------------- tracking

  private static void tracking(List<Bad> rows) {
    rows.add(bad("aggregating to a month", IAE, "target period", "2026-07", () ->
        Tracking.aggregator(List.of(GMV)).aggregate(List.of(), JULY)));
    rows.add(bad("aggregating a quarterly measurement", INVALID, "period", "2026-Q3", () ->
        Tracking.aggregator(List.of(GMV)).aggregate(List.of(Measurement.of("emp-17", "gmv", Q3, 1)), Q3)));
    rows.add(bad("a month outside the target quarter", INVALID, "period", "2026-10", () ->
        Tracking.aggregator(List.of(GMV)).aggregate(List.of(Measurement.of("emp-17", "gmv", Period.parse("2026-10"), 1)), Q3)));
    rows.add(bad("one month measured twice", INVALID, "period", "2026-07", () ->
        Tracking.aggregator(List.of(GMV)).aggregate(List.of(
            Measurement.of("emp-17", "gmv", JULY, 1), Measurement.of("emp-17", "gmv", JULY, 2)), Q3)));
    rows.add(bad("a ratio of sums without numerator", INVALID, "numerator", "none", () ->
        Tracking.aggregator(List.of(RATE)).aggregate(List.of(Measurement.of("emp-17", "rate", JULY, 0.1)), Q3)));
    rows.add(bad("an unknown indicator to aggregate", INVALID, "indicatorId", "aov", () ->
        Tracking.aggregator(List.of(GMV)).aggregate(List.of(Measurement.of("emp-17", "aov", JULY, 1)), Q3)));
    rows.add(bad("an A/B arm with more conversions than visitors", IAE, "arm 'B' conversions", "130", () -> Arm.of("B", 130, 120)));
    rows.add(bad("a baseline rate of 1.5", IAE, "0 and 1", "1.5", () -> TestPlan.of(1.5, Lift.relative(0.1))));
    rows.add(bad("an EWMA lambda of 1.5", IAE, "EWMA lambda", "1.5", () -> EwmaDetector.fromBaseline(10).lambda(1.5)));
    rows.add(bad("a z-score window of one point", IAE, "trailing window", "1", () -> ZScoreDetector.trailing(1)));
    rows.add(bad("a negative quarter weight", IAE, "weight of Q2", "-1", () ->
        AnnualReviewer.meanOfQuarters().weights(1, -1, 1, 1)));
  }

  // ---------------------------------------------------------------- review

  private static void review(List<Bad> rows) {
    rows.add(bad("a grade scale with a gap", IAE, "grade bands B [70, 80) and A [85, 90)", "gap [80, 85)", () ->
        GradeScale.builder(0, 90).band("C", 0, 70).band("B", 70, 80).band("A", 85, 90).build()));
    rows.add(bad("grade bands that overlap", IAE, "grade bands B [70, 80) and A [75, 90)", "overlap on [75, 80)", () ->
        GradeScale.builder(0, 90).band("C", 0, 70).band("B", 70, 80).band("A", 75, 90).build()));
    rows.add(bad("a grade code twice", IAE, "grade scale has grade", "'B' twice", () ->
        GradeScale.builder(0, 90).band("B", 0, 70).band("B", 70, 90).build()));
    rows.add(bad("a grade scale whose min is not below its max", IAE, "grade scale range", "min=100, max=100", () ->
        GradeScale.builder(100, 100)));
    rows.add(bad("a total above the grade scale", IAE, "total 250", "[0, 200]", () ->
        GradeScale.defaultScale().grade(new BigDecimal("250"))));
    rows.add(bad("a base salary of 1E+100000000", INVALID, "base salary", "1E+100000000", () ->
        PayMatrix.builder(GradeScale.defaultScale()).row("S", 12, 2).row("A", 8, 1.5).row("B", 5, 1)
            .row("C", 0, 0.5).row("D", 0, 0).build()
            .propose(GradeScale.defaultScale().require("A"), new BigDecimal("1E+100000000"), new BigDecimal("20000.00"))));
    rows.add(bad("a bonus coefficient of 1E+1000000000", INVALID, "bonusCoefficient", "1E+1000000000", () ->
        new PayTerms(BigDecimal.ONE, new BigDecimal("1E+1000000000"))));
    rows.add(bad("a NaN total to grade", IAE, "total", "NaN", () -> GradeScale.defaultScale().grade(Double.NaN)));
  }

  // ---------------------------------------------------------------- JSON and CSV files

  private static final YardstickJson JSON = YardstickJson.standard();

  private static CsvImport csv(String text) {
    return MeasurementCsv.standard().read(new StringReader(text), ErrorPolicy.FAIL_FAST);
  }

  private static void files(List<Bad> rows) {
    String m = "{\"format\": \"yardstick/1\", \"type\": \"measurement\", \"subjectId\": \"emp-17\","
        + " \"indicatorId\": \"gmv\", \"period\": \"2026-Q3\", %s, \"parts\": {}}";
    rows.add(bad("JSON that is cut off", JSON_ERROR, "$: malformed JSON", "end-of-input", () -> JSON.read("{\"format\": \"yardstick/1\", \"ty", Object.class)));
    rows.add(bad("JSON of another format", JSON_ERROR, "$.format", "yardstick/9", () ->
        JSON.read("{\"format\": \"yardstick/9\", \"type\": \"period\", \"period\": \"2026\"}", Object.class)));
    rows.add(bad("JSON of an unknown document type", JSON_ERROR, "$.type", "payslip", () ->
        JSON.read("{\"format\": \"yardstick/1\", \"type\": \"payslip\"}", Object.class)));
    rows.add(bad("a JSON value given as a string", JSON_ERROR, "$.value", "\"1150000\"", () ->
        JSON.read(String.format(m, "\"value\": \"1150000\""), Object.class)));
    rows.add(bad("a JSON key given twice", JSON_ERROR, "$.value", "duplicate key 'value'", () ->
        JSON.read(String.format(m, "\"value\": 1, \"value\": 2"), Object.class)));
    rows.add(bad("an unknown JSON property", JSON_ERROR, "$.colour", "'colour'", () ->
        JSON.read(String.format(m, "\"value\": 1, \"colour\": \"red\""), Object.class)));
    rows.add(bad("a malformed period in JSON", JSON_ERROR, "$.period", "2026-Q5", () ->
        JSON.read(String.format(m, "\"value\": 1").replace("2026-Q3", "2026-Q5"), Object.class)));
    rows.add(bad("an unknown strategy id in a scorecard document", JSON_ERROR, "strategy", "ratio-to-tagret", () ->
        JSON.readScorecard(JSON.write(card()).replace("\"ratio-to-target\"", "\"ratio-to-tagret\""))));
    rows.add(bad("a misspelt strategy parameter in JSON", JSON_ERROR, "$.sections[0].items[0].rule.parameters.flor",
        "did you mean 'floor'?", () ->
        JSON.readScorecard(JSON.write(card()).replaceFirst("\"floor\"", "\"flor\""))));
    rows.add(bad("JSON item weights summing to 90", JSON_ERROR, "$.sections[0].items", "\"normaliseWeights\": true", () ->
        JSON.readScorecard(JSON.write(card()).replaceFirst("\"weight\" : 40|\"weight\": 40", "\"weight\": 30"))));
    rows.add(bad("a JSON ratio-to-target item without a target", JSON_ERROR, "$.sections[0].items[1]",
        "strategy 'ratio-to-target' scores against one", () ->
        JSON.readScorecard(JSON.write(card()).replaceFirst(
            ",\\s*\"target\"\\s*:\\s*\\{[^}]*\"stretch\"\\s*:\\s*0\\.03\\s*\\}", ""))));
    rows.add(bad("a CSV with an unknown column", CSV_ERROR, "line 1", "colour", () ->
        csv("subject,indicator,period,value,colour\nemp-1,gmv,2026-Q3,1,red\n")));
    rows.add(bad("a CSV without the value column", CSV_ERROR, "line 1", "no value column", () ->
        csv("subject,indicator,period\nemp-1,gmv,2026-Q3\n")));
    rows.add(bad("a CSV decimal with a comma", CSV_ERROR, "column 'value'", "'1,5'", () ->
        csv("subject,indicator,period,value\nemp-1,gmv,2026-Q3,\"1,5\"\n")));
    rows.add(bad("a CSV period of the wrong form", CSV_ERROR, "column 'period'", "2026-Q5", () ->
        csv("subject,indicator,period,value\nemp-1,gmv,2026-Q5,1\n")));
    rows.add(bad("a CSV quote left open", CSV_ERROR, "line 2", "quote", () ->
        csv("subject,indicator,period,value\nemp-1,\"gmv,2026-Q3,1\n")));
    rows.add(bad("a CSV ratio with a zero denominator", CSV_ERROR, "line 2", "denominator", () ->
        csv("subject,indicator,period,value,numerator,denominator\nemp-1,cvr,2026-Q3,,5,0\n")));
  }

  // ---------------------------------------------------------------- test strategies

  /** A strategy whose id clashes with {@link SameIdB}'s. */
  static final class SameIdA implements ScoringStrategy<String> {
    @Override
    public String id() {
      return "same-id";
    }

    @Override
    public Class<String> parametersType() {
      return String.class;
    }

    @Override
    public Score score(String p, ScoringInput in) {
      return Score.of(0, Explanation.of("none"));
    }
  }

  /** A second class with the id of {@link SameIdA}. */
  static final class SameIdB implements ScoringStrategy<String> {
    @Override
    public String id() {
      return "same-id";
    }

    @Override
    public Class<String> parametersType() {
      return String.class;
    }

    @Override
    public Score score(String p, ScoringInput in) {
      return Score.of(0, Explanation.of("none"));
    }
  }

  /** A strategy with an id that is not lower-case words. */
  static final class BadlyNamed implements ScoringStrategy<String> {
    @Override
    public String id() {
      return "Ratio To Target";
    }

    @Override
    public Class<String> parametersType() {
      return String.class;
    }

    @Override
    public Score score(String p, ScoringInput in) {
      return Score.of(0, Explanation.of("none"));
    }
  }
}

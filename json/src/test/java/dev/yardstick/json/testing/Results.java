package dev.yardstick.json.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.Assessment;
import dev.yardstick.review.application.GradedPeriod;
import dev.yardstick.review.application.PayMatrix;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionCase;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.PromotionPolicy;
import dev.yardstick.review.application.PromotionRule;
import dev.yardstick.review.application.TrainingCatalog;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.application.TrainingTopic;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.GradeOverride;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.talent.Level;
import dev.yardstick.review.talent.NineBox;
import dev.yardstick.review.talent.Placement;
import dev.yardstick.review.versioning.WhatIf;
import dev.yardstick.review.versioning.WhatIfResult;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.abtest.AbTest;
import dev.yardstick.tracking.abtest.Arm;
import dev.yardstick.tracking.abtest.Lift;
import dev.yardstick.tracking.abtest.TestPlan;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.aggregation.PeriodAggregator;
import dev.yardstick.tracking.annual.AnnualReview;
import dev.yardstick.tracking.annual.AnnualReviewer;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.anomaly.ZScoreDetector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results of the tracking and review modules, computed by those modules from small inputs. */
public final class Results {

  public static final GradeScale SCALE = GradeScale.defaultScale();

  public static final Instant MONDAY = Instant.parse("2026-10-12T09:30:00Z");

  private Results() {}

  // ---------------------------------------------------------------- calibration

  /** 20 / 70 / 10 over S+A / B / C+D, exact bounds: 1 / 5 / 1 of 7. */
  public static Quota twentySeventyTen() {
    return Quota.builder()
        .group("top", 20, "S", "A")
        .group("middle", 70, "B")
        .group("bottom", 10, "C", "D")
        .build();
  }

  /** Natural grades S A A B B B C, given out of rank order. */
  public static List<Candidate> sevenPeople() {
    return List.of(
        Candidate.of("emp-5", 75),
        Candidate.of("emp-1", 95),
        Candidate.of("emp-7", 65),
        Candidate.of("emp-2", 88),
        Candidate.of("emp-4", 78),
        Candidate.of("emp-3", 84),
        Candidate.of("emp-6", 72));
  }

  /** The seven calibrated (emp-2 and emp-3 moved from A to B), then emp-2 overridden back to A. */
  public static CalibrationResult calibration() {
    return Calibration.of(SCALE, twentySeventyTen())
        .calibrate(sevenPeople())
        .withOverride(new GradeOverride(
            "emp-2", SCALE.require("A"), "Wang Fang (HRBP)", MONDAY, "led the Double 11 launch"));
  }

  /**
   * Two people tied at 85.5 for the single top seat, ordered by hire dates as tie keys, with two
   * overrides; at-least / at-most bounds.
   */
  public static CalibrationResult tiedCalibration() {
    Quota quota = Quota.builder().group("top", 20, "S", "A").atMost("middle", 70, "B")
        .atLeast("bottom", 10, "C", "D").build();
    List<Candidate> people = List.of(
        Candidate.of("emp-b", new BigDecimal("85.50")).withTieKey("2019-03-01"),
        Candidate.of("emp-a", new BigDecimal("85.5")).withTieKey("2022-07-15"),
        Candidate.of("emp-c", 78), Candidate.of("emp-d", 77), Candidate.of("emp-e", 76),
        Candidate.of("emp-f", 75), Candidate.of("emp-g", 50));
    return Calibration.of(SCALE, quota).calibrate(people).withOverrides(List.of(
        new GradeOverride("emp-a", SCALE.require("A"), "Li Na", MONDAY, "tie with emp-b"),
        new GradeOverride("emp-g", SCALE.require("C"), "Li Na", MONDAY.plusSeconds(60), "sick leave")));
  }

  /**
   * Asserts that two calibrations are the same part by part ({@code CalibrationResult} has no
   * {@code equals}): scale, quota, allocation, entries, tie splits, overrides and change trail.
   */
  public static void assertSameCalibration(CalibrationResult actual, CalibrationResult expected) {
    assertThat(actual.scale()).isEqualTo(expected.scale());
    assertThat(actual.quota()).isEqualTo(expected.quota());
    assertThat(actual.allocation()).isEqualTo(expected.allocation());
    assertThat(actual.entries()).isEqualTo(expected.entries());
    assertThat(actual.tieSplits()).isEqualTo(expected.tieSplits());
    assertThat(actual.overrides()).isEqualTo(expected.overrides());
    assertThat(actual.changes()).isEqualTo(expected.changes());
  }

  // ---------------------------------------------------------------- tracking

  private static Measurement month(String indicator, String month, String value) {
    return Measurement.of("emp-17", indicator, Period.parse(month), new BigDecimal(value));
  }

  private static Measurement ratio(String month, long buyers, long visitors) {
    return Measurement.ratio("emp-17", "conversion-rate", Period.parse(month), buyers, visitors);
  }

  /** Q3 of GMV (September missing) and conversion (all three months). */
  public static AggregationResult aggregation() {
    return PeriodAggregator.of(List.of(Fixtures.GMV, Fixtures.CVR)).aggregate(
        List.of(
            month("store-gmv", "2026-07", "380000.50"),
            month("store-gmv", "2026-08", "400000.00"),
            ratio("2026-07", 1_000, 30_000),
            ratio("2026-08", 1_100, 30_000),
            ratio("2026-09", 1_050, 30_000)),
        Fixtures.Q3);
  }

  /** The fixture card's evaluation of {@link Fixtures#LI} in {@code quarter}, GMV scaled by {@code gmv}. */
  public static Evaluation quarter(String quarter, String gmv) {
    Period q = Period.parse(quarter);
    List<Measurement> measurements = Fixtures.measurements().stream()
        .map(m -> new Measurement(m.subjectId(), m.indicatorId(), q,
            m.indicatorId().equals("store-gmv") ? new BigDecimal(gmv) : m.value(),
            m.numerator(), m.denominator(), m.parts()))
        .toList();
    return Yardstick.evaluate(Fixtures.LI).in(q).against(Fixtures.card()).teamScore(91.5).with(measurements);
  }

  /** 2026 by the mean of Q1 to Q3 (Q4 missing), weights 1, 1, 1, 2. */
  public static AnnualReview annualReview() {
    return AnnualReviewer.meanOfQuarters().weights(1, 1, 1, 2).review(Fixtures.LI, 2026, List.of(
        quarter("2026-Q1", "900000"), quarter("2026-Q2", "1000000.00"), quarter("2026-Q3", "1150000.00")));
  }

  /** Ten days of visitors around 1000, a spike on the tenth, against the trailing 7 days. */
  public static Detection checkedDetection() {
    Map<LocalDate, Double> series = new LinkedHashMap<>();
    double[] values = {1000, 1010, 990, 1005, 995, 1000, 1002, 998, 1001, 1500};
    for (int i = 0; i < values.length; i++) {
      series.put(LocalDate.of(2026, 6, 20 + i), values[i]);
    }
    return ZScoreDetector.trailing(7).detect(series);
  }

  /** Three days against a 28-day window: too short. */
  public static Detection insufficientDetection() {
    return ZScoreDetector.trailing(28).detect(Map.of(
        LocalDate.of(2026, 6, 1), 10, LocalDate.of(2026, 6, 2), 11, LocalDate.of(2026, 6, 3), 12));
  }

  /** 480 / 12 000 against 560 / 12 000, planned for an absolute lift of 1 point on 4%. */
  public static AbResult abResult() {
    return AbTest.compare(Arm.of("detail-page-A", 480, 12_000), Arm.of("detail-page-B", 560, 12_000),
        TestPlan.of(0.04, Lift.absolute(0.01)));
  }

  // ---------------------------------------------------------------- review

  /** An A with a 12 000.00 salary and a 20 000.00 bonus base. */
  public static PayProposal payProposal() {
    PayMatrix matrix = PayMatrix.builder(SCALE)
        .row("S", 12, 2.0).row("A", 8, 1.5).row("B", 5, 1.0).row("C", 0, 0.5).row("D", 0, 0)
        .build();
    return matrix.propose(SCALE.require("A"), new BigDecimal("12000.00"), new BigDecimal("20000.00"));
  }

  /** Two A-or-better quarters, but only 9 months of tenure. */
  public static PromotionDecision promotionDecision() {
    PromotionPolicy policy = PromotionPolicy.of(SCALE,
        PromotionRule.consecutiveGrades(2, "A"), PromotionRule.minimumTenureMonths(12));
    return policy.assess(new PromotionCase("emp-17", LocalDate.parse("2026-01-01"),
        Period.parse("2026-Q3"), List.of(
            GradedPeriod.of("2026-Q2", SCALE.require("A")), GradedPeriod.of("2026-Q3", SCALE.require("S")))));
  }

  /** Training for the Q3 evaluation's weak items; only CAC has a topic. */
  public static TrainingPlan trainingPlan() {
    TrainingCatalog catalog = TrainingCatalog.builder()
        .topic("cac", TrainingTopic.of("paid-traffic", "Paid traffic efficiency").withTranslation("zh", "付费流量效率"))
        .build();
    return catalog.recommend(Assessment.of(quarter("2026-Q3", "1150000.00")), 3);
  }

  /** 86.5 with high potential on the default grid. */
  public static Placement placement() {
    return NineBox.defaultGrid().place("emp-17", new BigDecimal("86.5"), Level.HIGH);
  }

  /**
   * The Q3 evaluation re-scored with the KPI items weighted 70 / 20 / 10 instead of 50 / 30 / 20,
   * and a second person whose measurements are missing.
   */
  public static WhatIfResult whatIfResult() {
    Scorecard card = Fixtures.card();
    Scorecard proposed = Yardstick.scorecard(card.id())
        .name(card.name())
        .version(3)
        .validFrom(card.validFrom())
        .section("KPI", 70)
        .item(Fixtures.GMV).weight(70).target(dev.yardstick.core.domain.Target.levels(800_000, 1_000_000, 1_200_000))
        .scoredBy(LinearStrategy.rule(0.0001, 0, 120))
        .item(Fixtures.CVR).weight(20).target(dev.yardstick.core.domain.Target.of(0.035))
        .scoredBy(LinearStrategy.rule(2_000, 0, 120))
        .item(Fixtures.CAC).weight(10).target(dev.yardstick.core.domain.Target.levels(80, 60, 50))
        .scoredBy(LinearStrategy.rule(-1, -100, 0))
        .section("OKR", 30)
        .item(Fixtures.OKR).weight(100).scoredBy(card.item("okr").orElseThrow().rule())
        .missingData(card.missingData())
        .rounding(card.rounding().scale(), card.rounding().mode())
        .teamLink(card.teamLink())
        .build();
    Evaluation li = quarter("2026-Q3", "1150000.00");
    Evaluation wang = Yardstick.evaluate(dev.yardstick.core.domain.Subject.employee(
            "emp-18", "Wang Fang", "store-ops-manager", "team-tmall"))
        .in(Fixtures.Q3).against(Fixtures.card()).teamScore(88).with(List.of(
            Measurement.of("emp-18", "store-gmv", Fixtures.Q3, new BigDecimal("900000"))));
    return WhatIf.of(proposed, SCALE).topMovers(2).rescore(List.of(li, wang), Fixtures.measurements());
  }
}

package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.ScoringRule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domain guide's §4.1 example: the store operations manager's quarterly OKR "raise the new
 * category's share of GMV to 15%", with key results "launch 12 new products" and "new-product
 * conversion rate reaches 3.5%", evaluated with the role's KPIs, KPI 70% / OKR 30%.
 */
class StoreOperationsManagerOkrTest {

  static final Period Q3 = Period.parse("2026-Q3");
  static final ConfidenceScale TEN = ConfidenceScale.ZERO_TO_TEN;
  static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");

  static final Indicator STORE_GMV = Indicator.builder("store-gmv").unit(Unit.CURRENCY).build();
  static final Indicator CONVERSION_RATE =
      Indicator.builder("conversion-rate")
          .unit(Unit.RATIO)
          .aggregation(Aggregation.RATIO_OF_SUMS)
          .build();

  /** The manager's Q3 objective; check-ins at the end of each month. */
  static Objective newCategoryObjective(Commitment commitment) {
    Objective.Builder b =
        Objective.builder("o-new-category", "Raise the new category's share of GMV to 15%")
        .owner("emp-17")
        .period(Q3)
        .level(OkrLevel.INDIVIDUAL)
        .alignsTo("d-growth", "kr-new-category-share")
        .keyResult(KeyResult.metric("kr-launch", "Launch 12 new products", 50, 0, 12)
            .checkIn(LocalDate.of(2026, 7, 31), 3, 7, TEN)
            .checkIn(LocalDate.of(2026, 8, 31), 7, 6, TEN)
            .checkIn(LocalDate.of(2026, 9, 30), 9, 8, TEN))
        .keyResult(KeyResult.metric(
                "kr-cvr", "New-product conversion rate reaches 3.5%", 50, 0.020, 0.035)
            .checkIn(LocalDate.of(2026, 8, 31), 0.024, 6, TEN)
            .checkIn(LocalDate.of(2026, 9, 30), 0.029, 7, TEN));
    return (commitment == Commitment.COMMITTED ? b.committed() : b.aspirational()).build();
  }

  /** The store-operations department's objective the manager's OKR aligns to. */
  static Objective departmentObjective() {
    return Objective.builder("d-growth", "Grow the new category")
        .owner("dept-store-ops")
        .period(Q3)
        .level(OkrLevel.DEPARTMENT)
        .keyResult(KeyResult.metric(
                "kr-new-category-share", "New category at 15% of GMV", 1, 0.08, 0.15)
            .checkIn(LocalDate.of(2026, 9, 30), 0.12, 6, TEN))
        .build();
  }

  static Scorecard card(ScoringRule<?> okrRule) {
    ScoringRule<?> kpi = PercentOfTargetTestStrategy.cappedAt(120);
    return Yardstick.scorecard("store-ops-manager")
        .section("KPI", 70)
            .item(STORE_GMV).weight(60).target(Target.of(1_000_000)).scoredBy(kpi)
            .item(CONVERSION_RATE).weight(40).target(Target.of(0.03)).scoredBy(kpi)
        .section("OKR", 30)
            .item(Okr.OKR_SCORE).weight(100).scoredBy(okrRule)
        .build();
  }

  static List<Measurement> measurements(OkrSet okrs) {
    return List.of(
        Measurement.of("emp-17", "store-gmv", Q3, 950_000),
        Measurement.of("emp-17", "conversion-rate", Q3, 0.033),
        okrs.measurement("emp-17", Okr.OKR_SCORE.id(), Q3));
  }

  @Test
  void the_committed_okr_weighs_thirty_percent_beside_the_kpis() {
    // GIVEN the committed OKR in its alignment tree
    OkrSet okrs = OkrSet.of(departmentObjective(), newCategoryObjective(Commitment.COMMITTED));

    // WHEN evaluated on the KPI 70% / OKR 30% scorecard
    Evaluation e =
        Yardstick.evaluate(LI).in(Q3).against(card(Okr.committed())).with(measurements(okrs));

    // THEN launch 9 ÷ 12 = 0.75; conversion (0.029 − 0.020) ÷ (0.035 − 0.020) = 0.6;
    //      objective (50 × 0.75 + 50 × 0.6) ÷ 100 = 0.675 → OKR item 67.5
    //      KPI: GMV 950,000 ÷ 1,000,000 × 100 = 95, conversion 0.033 ÷ 0.03 × 100 = 110;
    //      subtotal 0.6 × 95 + 0.4 × 110 = 57 + 44 = 101
    //      total 0.7 × 101 + 0.3 × 67.5 = 70.7 + 20.25 = 90.95
    ItemResult okr = e.item("okr-score").orElseThrow();
    assertThat(okr.actual()).isEqualByComparingTo("0.675");
    assertThat(okr.rawScore()).isEqualTo(67.5);
    assertThat(okr.strategyId()).isEqualTo("okr-committed");
    assertThat(okr.explanation().text()).isEqualTo("OKR score 0.675 × 100 = 67.5");
    assertThat(e.section("KPI").orElseThrow().rawSubtotal()).isEqualTo(101);
    assertThat(e.section("OKR").orElseThrow().rawSubtotal()).isEqualTo(67.5);
    assertThat(e.rawTotal()).isCloseTo(90.95, within(1e-9));
    assertThat(e.total()).isEqualByComparingTo("90.95");
  }

  @Test
  void the_same_okr_marked_aspirational_is_not_punished_for_stretching() {
    // GIVEN the same OKR, aspirational
    OkrSet okrs = OkrSet.of(departmentObjective(), newCategoryObjective(Commitment.ASPIRATIONAL));

    // WHEN scored by the aspirational rule
    Evaluation e =
        Yardstick.evaluate(LI).in(Q3).against(card(Okr.aspirational())).with(measurements(okrs));

    // THEN OKR item 0.675 ÷ 0.7 × 100 = 96.428571…;
    //      total 70.7 + 0.3 × 96.428571… = 99.628571…, rounded 99.63
    assertThat(e.item("okr-score").orElseThrow().rawScore()).isCloseTo(675.0 / 7, within(1e-9));
    assertThat(e.total()).isEqualByComparingTo("99.63");
  }

  @Test
  void the_okr_is_graded_and_its_department_objective_rolls_it_up() {
    // GIVEN the committed OKR in its alignment tree
    OkrSet okrs = OkrSet.of(departmentObjective(), newCategoryObjective(Commitment.COMMITTED));
    Objective mine = okrs.objective("o-new-category").orElseThrow();

    // WHEN / THEN 0.675 is yellow and in the commit zone; the launch key result (0.75) is in the
    //      target zone; the department's share KR is (0.12 − 0.08) ÷ (0.15 − 0.08) = 4/7 and rolls
    //      up with the manager's 0.675: (4/7 + 0.675) ÷ 2 = 0.6232142857…; the department objective
    //      has no company objective to align to in this set, so it is reported
    assertThat(ColourBands.DEFAULT.colour(mine.score())).isEqualTo(Colour.YELLOW);
    assertThat(ZoneModel.DEFAULT.zone(mine.score())).isEqualTo(Zone.COMMIT);
    KeyResult launch = mine.keyResult("kr-launch").orElseThrow();
    assertThat(ZoneModel.DEFAULT.zone(launch)).isEqualTo(Zone.TARGET);
    assertThat(okrs.rolledUp("d-growth")).isCloseTo((4.0 / 7 + 0.675) / 2, within(1e-15));
    assertThat(okrs.unaligned()).extracting(Objective::id).containsExactly("d-growth");
  }

  @Test
  void mid_quarter_the_launch_key_result_is_flagged_behind_plan() {
    // GIVEN linear pacing, tolerance 0.1, on 15 August (expected (31 + 15) ÷ 92 = 0.5)
    Objective mine = newCategoryObjective(Commitment.COMMITTED);

    // WHEN
    List<Pace> late = Pacing.linear(0.1).behind(mine, LocalDate.of(2026, 8, 15));

    // THEN launch: 3 ÷ 12 = 0.25 by 31 July, gap −0.25: behind; conversion: no check-in yet,
    //      progress 0, gap −0.5: behind
    assertThat(late).extracting(Pace::keyResultId).containsExactly("kr-launch", "kr-cvr");
    assertThat(late.get(0).gap()).isEqualTo(-0.25);
    assertThat(late.get(1).gap()).isEqualTo(-0.5);
  }
}

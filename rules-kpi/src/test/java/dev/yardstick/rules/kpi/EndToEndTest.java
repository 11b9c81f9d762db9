package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.EMP;
import static dev.yardstick.rules.kpi.ScoringFixtures.Q3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.scorecard.Scorecard;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EndToEndTest {

  static final Indicator GMV = ScoringFixtures.indicator("gmv", Direction.HIGHER_IS_BETTER);
  static final Indicator CONVERSION =
      ScoringFixtures.indicator("conversion", Direction.HIGHER_IS_BETTER);
  static final Indicator COMPLAINT_RATE =
      ScoringFixtures.indicator("complaint-rate", Direction.LOWER_IS_BETTER);
  static final Indicator QUALITY = ScoringFixtures.indicator("quality", Direction.LOWER_IS_BETTER);
  static final Indicator TEAMWORK =
      ScoringFixtures.indicator("teamwork", Direction.HIGHER_IS_BETTER);

  static Scorecard card() {
    return Yardstick.scorecard("store-ops-manager")
        .section("results", 70)
            .item(GMV).weight(50).target(Target.levels(800_000, 1_000_000, 1_200_000))
                .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
            .item(CONVERSION).weight(30).target(Target.of(0.035))
                .scoredBy(Kpi.ratioToTarget().cap(120).rule())
            .item(COMPLAINT_RATE).weight(20).target(Target.levels(0.02, 0.01, 0.005))
                .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
        .section("behaviour", 30)
            .item(QUALITY).weight(50)
                .scoredBy(
                    Kpi.deduction()
                        .perIncident("complaint", 5)
                        .capPerCategory("complaint", 20)
                        .perIncident("late-reply", 2)
                        .rule())
            .item(TEAMWORK).weight(50)
                .scoredBy(Kpi.ratings(1, 5).rater("self", 20).rater("manager", 60).rater("peer", 20)
                    .rule())
        .build();
  }

  @Test
  void a_scorecard_of_kpi_rules_evaluates_with_every_item_explained() {
    // GIVEN the card and a quarter's measurements
    Evaluation e =
        Yardstick.evaluate(EMP)
            .in(Q3)
            .against(card())
            .with(
                Measurement.of("emp-1", "gmv", Q3, 1_100_000),
                Measurement.ratio("emp-1", "conversion", Q3, 315, 10_000),
                Measurement.ratio("emp-1", "complaint-rate", Q3, 15, 1_000),
                Measurement.of("emp-1", "quality", Q3, 0)
                    .withPart("complaint", 2).withPart("late-reply", 3),
                Measurement.of("emp-1", "teamwork", Q3, 0)
                    .withPart("self", 5).withPart("manager", 4)
                    .withPart("peer.wang", 3).withPart("peer.li", 4));

    // THEN each item as computed by hand:
    // gmv 1100000: 100 + 100000 × 20 ÷ 200000 = 110
    // conversion 315 ÷ 10000 = 0.0315: 0.0315 ÷ 0.035 × 100 = 90
    // complaint rate 0.015 (lower is better, 0.02 / 0.01 / 0.005):
    //   60 + (0.015 − 0.02) × (100 − 60) ÷ (0.01 − 0.02) = 60 + 20 = 80
    // quality: 100 − 2 × 5 − 3 × 2 = 84
    // teamwork: (5 × 20 + 4 × 60 + 3.5 × 20) ÷ 100 = 4.1 → 82
    assertThat(score(e, "gmv")).isEqualTo(110.0);
    assertThat(score(e, "conversion")).isEqualTo(90.0);
    assertThat(score(e, "complaint-rate")).isEqualTo(80.0);
    assertThat(score(e, "quality")).isEqualTo(84.0);
    assertThat(score(e, "teamwork")).isEqualTo(82.0);
    // results = (50 × 110 + 30 × 90 + 20 × 80) ÷ 100 = (5500 + 2700 + 1600) ÷ 100 = 98
    // behaviour = (84 + 82) ÷ 2 = 83
    // total = 0.7 × 98 + 0.3 × 83 = 68.6 + 24.9 = 93.5
    assertThat(e.section("results").orElseThrow().subtotal()).isEqualByComparingTo("98");
    assertThat(e.section("behaviour").orElseThrow().subtotal()).isEqualByComparingTo("83");
    assertThat(e.total()).isEqualByComparingTo(new BigDecimal("93.50"));
    assertThat(e.flags()).doesNotContain(EvaluationFlag.CAPPED, EvaluationFlag.FLOORED);
    for (ItemResult item : e.items()) {
      assertThat(item.explanation().text()).as(item.indicatorId()).isNotBlank();
    }
    assertThat(e.item("quality").orElseThrow().strategyId()).isEqualTo("deduction");
  }

  @Test
  void a_capped_item_flags_the_evaluation() {
    // GIVEN the card  WHEN GMV is 1500000 (beyond the stretch)
    Evaluation e =
        Yardstick.evaluate(EMP)
            .in(Q3)
            .against(card())
            .with(
                Measurement.of("emp-1", "gmv", Q3, 1_500_000),
                Measurement.of("emp-1", "conversion", Q3, 0.035),
                Measurement.of("emp-1", "complaint-rate", Q3, 0.01),
                Measurement.of("emp-1", "quality", Q3, 0),
                Measurement.of("emp-1", "teamwork", Q3, 0).withPart("manager", 5));
    // THEN gmv is capped at 120 and flagged; teamwork 5 ÷ 5 × 100 = 100 from the manager alone
    ItemResult gmv = e.item("gmv").orElseThrow();
    assertThat(gmv.rawScore()).isEqualTo(120.0);
    assertThat(gmv.isCapped()).isTrue();
    assertThat(e.has(EvaluationFlag.CAPPED)).isTrue();
    // results = (50 × 120 + 30 × 100 + 20 × 100) ÷ 100 = 110; behaviour = (100 + 100) ÷ 2 = 100
    // total = 0.7 × 110 + 0.3 × 100 = 77 + 30 = 107
    assertThat(e.total()).isEqualByComparingTo("107");
  }

  private static double score(Evaluation e, String indicatorId) {
    return e.item(indicatorId).orElseThrow().rawScore();
  }
}

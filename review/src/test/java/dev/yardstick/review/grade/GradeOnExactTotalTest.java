package dev.yardstick.review.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.testing.TestScoring;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A grade is taken from the exactly rounded total: a total on a band's lower bound gets that band. */
class GradeOnExactTotalTest {

  private static final Period Q3 = Period.parse("2026-Q3");
  private static final Subject LI = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-a");

  private static Evaluation evaluate(String kpi, String okr) {
    Scorecard card =
        Yardstick.scorecard("store")
            .section("KPI", 70)
            .item(Indicator.builder("kpi").build()).weight(100).scoredBy(TestScoring.identity())
            .section("OKR", 30)
            .item(Indicator.builder("okr").build()).weight(100).scoredBy(TestScoring.identity())
            .build();
    return Yardstick.evaluate(LI).in(Q3).against(card).with(
        Measurement.of(LI.id(), "kpi", Q3, new BigDecimal(kpi)),
        Measurement.of(LI.id(), "okr", Q3, new BigDecimal(okr)));
  }

  @Test
  void a_total_whose_exact_value_rounds_onto_a_band_bound_gets_that_band() {
    // GIVEN the default scale (A from 80 inclusive), KPI 70 / OKR 30
    GradeScale scale = GradeScale.defaultScale();

    // WHEN one total is exactly 79.995 (0.7 × 79.95 + 0.3 × 80.1 = 55.965 + 24.03) and one is
    // exactly 80 (0.7 × 80.3 + 0.3 × 79.3 = 56.21 + 23.79)
    Evaluation tie = evaluate("79.95", "80.1");
    Evaluation onBound = evaluate("80.3", "79.3");

    // THEN 79.995 rounds half up to 80.00 and is an A, as the printed total says; 80 is an A
    assertThat(tie.totalDecimal()).isEqualByComparingTo("79.995");
    assertThat(tie.total().toPlainString()).isEqualTo("80.00");
    assertThat(scale.grade(tie).code()).isEqualTo("A");
    assertThat(onBound.totalDecimal()).isEqualByComparingTo("80");
    assertThat(scale.grade(onBound).code()).isEqualTo("A");
    // AND a hair below the bound stays a B: 0.7 × 79.95 + 0.3 × 80.08 = 55.965 + 24.024 = 79.989
    assertThat(scale.grade(evaluate("79.95", "80.08")).code()).isEqualTo("B");
  }
}

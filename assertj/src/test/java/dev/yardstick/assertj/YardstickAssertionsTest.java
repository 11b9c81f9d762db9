package dev.yardstick.assertj;

import static dev.yardstick.assertj.YardstickAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.SectionResult;
import dev.yardstick.core.scoring.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YardstickAssertionsTest {

  static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-a");
  static final Period Q3 = Period.parse("2026-Q3");

  // An evaluation built by hand, so that these tests depend on no strategy.
  static final ItemResult GMV = new ItemResult("store-gmv", new BigDecimal("1300000"),
      Target.levels(800_000, 1_000_000, 1_200_000), 60, 0.6, 120, new BigDecimal("120.00"), 72,
      "threshold-target-stretch", Explanation.of("actual {} is above stretch {}; capped at {}", 1.3e6, 1.2e6, 120),
      Set.of(ItemFlag.CAPPED));
  static final ItemResult CVR = new ItemResult("conversion-rate", new BigDecimal("0.03"), Target.of(0.035),
      40, 0.4, 85.71428571428571, new BigDecimal("85.71"), 34.285714285714285, "ratio-to-target",
      Explanation.of("{} is {}% of target {}", 0.03, 85.71428571428571, 0.035), Set.of());
  static final Evaluation EVALUATION = new Evaluation(LI, Q3, "store-ops-manager", 2,
      List.of(new SectionResult("KPI", 100, 1, 106.28571428571428, new BigDecimal("106.29"), false, List.of(GMV, CVR))),
      null, 106.28571428571428, new BigDecimal("106.29"), Set.of(EvaluationFlag.CAPPED));

  @Test
  void passing_assertions_chain_from_evaluation_to_items_and_back() {
    assertThat(EVALUATION)
        .hasTotal(106.29).hasTotal("106.290").hasFlag(EvaluationFlag.CAPPED).usedScorecard("store-ops-manager", 2)
        .item("store-gmv").hasScore(120).wasCapped().wasScoredBy("threshold-target-stretch")
        .explanationContains("above stretch")
        .and().item("conversion-rate").hasScore(85.71).isNotCapped();
  }

  @Test
  void a_wrong_total_fails_with_expected_actual_and_the_breakdown() {
    assertThatThrownBy(() -> assertThat(EVALUATION).hasTotal(87.5))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the total of emp-17 in 2026-Q3 to be")
        .hasMessageContaining("87.5")
        .hasMessageContaining("but was")
        .hasMessageContaining("106.29")
        .hasMessageContaining("actual 1300000 is above stretch 1200000; capped at 120");
  }

  @Test
  void a_wrong_item_score_fails_quoting_the_explanation() {
    assertThatThrownBy(() -> assertThat(EVALUATION).item("conversion-rate").hasScore(100))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected item 'conversion-rate' to score")
        .hasMessageContaining("85.71")
        .hasMessageContaining("explanation: 0.03 is 85.71428571428571% of target 0.035");
  }

  @Test
  void an_unknown_item_fails_listing_the_items() {
    assertThatThrownBy(() -> assertThat(EVALUATION).item("cac"))
        .hasMessageContaining("to have an item 'cac' but its items were [store-gmv, conversion-rate]");
  }

  @Test
  void flag_assertions_fail_with_the_actual_flags() {
    assertThatThrownBy(() -> assertThat(EVALUATION).item("conversion-rate").wasCapped())
        .hasMessageContaining("Expected item 'conversion-rate' to have flag CAPPED but its flags were []");
    assertThatThrownBy(() -> assertThat(EVALUATION).hasNoFlags())
        .hasMessageContaining("to have no flags but had [CAPPED]");
    assertThatThrownBy(() -> assertThat(EVALUATION).item("store-gmv").isNotCapped())
        .hasMessageContaining("Expected item 'store-gmv' not to be capped");
    assertThatThrownBy(() -> assertThat(GMV).and())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void batch_assertions_find_evaluations_and_failures_with_reasons() {
    Subject wang = Subject.employee("emp-18", "Wang Fang", "store-ops-manager", "team-a");
    BatchResult batch = new BatchResult(Q3, List.of(new Outcome.Evaluated(EVALUATION),
        new Outcome.Failed(wang, "InvalidInputException", "subject 'emp-18', indicator 'cvr', field 'measurement' is missing")));
    assertThat(batch).hasEvaluated(1).hasFailed(1)
        .hasFailureFor("emp-18").withReasonContaining("indicator 'cvr'").ofType("InvalidInputException");
    assertThat(batch).hasEvaluationFor("emp-17").hasTotal(106.29);
    assertThatThrownBy(() -> assertThat(batch).hasNoFailures())
        .hasMessageContaining("Expected 0 failed subjects but there were 1:")
        .hasMessageContaining("emp-18: subject 'emp-18', indicator 'cvr'");
    assertThatThrownBy(() -> assertThat(batch).hasEvaluationFor("emp-18"))
        .hasMessageContaining("Expected subject emp-18 to be evaluated but it failed");
    assertThatThrownBy(() -> assertThat(batch).hasFailureFor("emp-17"))
        .hasMessageContaining("Expected subject emp-17 to fail but it was evaluated with total 106.29");
    assertThatThrownBy(() -> assertThat(batch).hasFailureFor("emp-99"))
        .hasMessageContaining("its subjects were [emp-17, emp-18]");
  }
}

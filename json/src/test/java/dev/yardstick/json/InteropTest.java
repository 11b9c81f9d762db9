package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.LinearStrategy;
import dev.yardstick.json.testing.StepStrategy;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scorecard written by one system and read by another evaluates identically. */
class InteropTest {

  @Test
  void a_scorecard_written_by_one_instance_and_read_by_another_evaluates_identically() {
    // GIVEN system A (pretty) writes its scorecard
    YardstickJson systemA = YardstickJson.builder().strategies(Fixtures.strategies()).build();
    Scorecard original = Fixtures.card();
    String exchanged = systemA.write(original);
    // AND system B (compact) has its own strategy instances, registered in its own registry
    YardstickJson systemB = YardstickJson.builder()
        .strategies(StrategyRegistry.of(List.of(new StepStrategy(), new LinearStrategy())))
        .pretty(false)
        .build();
    // WHEN system B reads it and both evaluate the same subject with the same data
    Scorecard received = systemB.read(new StringReader(exchanged), Scorecard.class);
    Evaluation inA = Yardstick.evaluate(Fixtures.LI).in(Fixtures.Q3).against(original).teamScore(91.5)
        .with(Fixtures.measurements());
    Evaluation inB = Yardstick.evaluate(Fixtures.LI).in(Fixtures.Q3).against(received).teamScore(91.5)
        .with(Fixtures.measurements());
    // THEN the evaluations are equal, down to every explanation and the last bit of every double
    assertThat(received).isEqualTo(original);
    assertThat(inB).isEqualTo(inA);
    // hand-computed: KPI (50×115 + 30×70 + 20×−62.5)/100 = 66; own 0.7×66 + 0.3×102.5 = 76.95;
    // blended 0.8×76.95 + 0.2×91.5 = 79.86, one decimal half-even 79.9
    assertThat(inB.total()).isEqualByComparingTo("79.9");
    // AND B's evaluation, sent back to A, reads equal there
    assertThat(systemA.readEvaluation(systemB.write(inB))).isEqualTo(inA);
  }

  @Test
  void a_batch_evaluated_on_a_received_scorecard_equals_the_batch_on_the_original() {
    // GIVEN a card sent through JSON; WHEN a batch runs on it and on the original; THEN equal batches, also after JSON
    YardstickJson json = Fixtures.json();
    Scorecard received = json.readScorecard(json.write(Fixtures.card()));
    BatchResult original = Yardstick.evaluateAll(List.of(Fixtures.LI)).in(Fixtures.Q3).against(Fixtures.card())
        .teamScores(Map.of("team-tmall", 70.0)).with(Fixtures.measurements());
    BatchResult again = Yardstick.evaluateAll(List.of(Fixtures.LI)).in(Fixtures.Q3).against(received)
        .teamScores(Map.of("team-tmall", 70.0)).with(Fixtures.measurements());
    assertThat(again).isEqualTo(original);
    assertThat(json.readBatchResult(json.write(again))).isEqualTo(original);
  }

  @Test
  void a_reader_that_lacks_one_of_the_writer_s_strategies_fails_naming_it() {
    // GIVEN the writer knows both strategies, the reader only the linear one
    String exchanged = Fixtures.json().write(Fixtures.card());
    YardstickJson partial = YardstickJson.builder().strategies(StrategyRegistry.of(new LinearStrategy())).build();
    // WHEN read, THEN the missing strategy is named with the path of the item that needs it
    assertThatThrownBy(() -> partial.readScorecard(exchanged))
        .isInstanceOf(YardstickJsonException.class)
        .hasMessage("$.sections[1].items[0].rule.strategy: unknown strategy id 'test-step'; known ids: test-linear");
  }
}

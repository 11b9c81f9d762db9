package dev.yardstick.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EquivalenceTest {

  private static Workload workload;
  private static double[] yardstick;

  @BeforeAll
  static void evaluate() {
    workload = Workload.generate(1_000, Workload.SEED);
    yardstick = Equivalence.yardstick(workload, 1);
  }

  @Test
  void the_hand_written_loop_gives_yardsticks_totals_to_1e_9() {
    // GIVEN the 1 000-employee workload and Yardstick's totals
    // WHEN the hand-written loop scores it
    double[] loop = Equivalence.handLoop(workload);
    // THEN every total agrees
    Equivalence.same("hand loop", yardstick, loop, Equivalence.TOLERANCE);
  }

  @Test
  void two_threads_give_the_same_totals_bit_for_bit() {
    // GIVEN the workload WHEN Yardstick evaluates it on two threads
    double[] parallel = Equivalence.yardstick(workload, 2);
    // THEN the totals are identical
    assertThat(parallel).containsExactly(yardstick);
  }

  @Test
  void the_streaming_batch_gives_the_retained_batchs_totals_bit_for_bit_and_the_loops_to_1e_9() {
    // GIVEN the workload WHEN Yardstick streams its evaluations on one thread
    double[] streamed = Equivalence.yardstickStreaming(workload, 1);
    // THEN the totals are the retained batch's exactly, and the hand loop's to 1e-9
    assertThat(streamed).containsExactly(yardstick);
    Equivalence.same("hand loop", streamed, Equivalence.handLoop(workload),
        Equivalence.TOLERANCE);
  }

  @Test
  void the_streaming_batch_on_two_threads_gives_the_same_totals_bit_for_bit() {
    // GIVEN the one-thread streamed totals WHEN the workload is streamed on two threads
    double[] one = Equivalence.yardstickStreaming(workload, 1);
    double[] two = Equivalence.yardstickStreaming(workload, 2);
    // THEN the totals are identical, in the same employee order
    assertThat(two).containsExactly(one);
  }

  @Test
  void the_tables_give_the_retained_batchs_totals_bit_for_bit_on_one_and_two_threads() {
    // GIVEN the workload in columns, one table per role
    // WHEN Yardstick evaluates the tables on one and on two threads
    double[] one = Equivalence.yardstickTables(workload, 1);
    double[] two = Equivalence.yardstickTables(workload, 2);
    // THEN the totals are the one-by-one batch's exactly
    assertThat(one).containsExactly(yardstick);
    assertThat(two).containsExactly(yardstick);
  }

  @Test
  void the_tables_are_scored_in_columns_and_their_evaluations_are_the_batchs() {
    // GIVEN the workload's tables and the one-by-one batch
    var batch = dev.yardstick.core.Yardstick.evaluateAll(workload.subjects())
        .in(workload.period()).against(workload.cardOfSubject()).with(workload.measurements());
    int[][] rows = workload.rowsOfCard();
    for (int c = 0; c < workload.cards().size(); c++) {
      // WHEN a role's table is evaluated
      var result = dev.yardstick.core.Yardstick.evaluate(workload.tables().get(c))
          .against(workload.cards().get(c));
      // THEN (almost) no row needs the one-by-one engine: the column scorers carry the load; a
      // total that is an exact rounding tie (86.515) is rounded there from exact decimals, hence
      // one row more than 1% on the smallest tables
      assertThat(result.oneByOneCount()).as("card %s", c).isLessThanOrEqualTo(result.size() / 100 + 1);
      for (int i = 0; i < result.itemCount(); i++) {
        assertThat(result.isColumnScored(i)).as("card %s item %s", c, result.indicatorId(i))
            .isTrue();
      }
      // AND a row's evaluation, explanations included, is the batch's evaluation
      for (int r = 0; r < result.size(); r += 97) {
        assertThat(result.evaluation(r))
            .isEqualTo(batch.outcomes().get(rows[c][r]) instanceof
                dev.yardstick.core.evaluation.Outcome.Evaluated e ? e.evaluation() : null);
      }
    }
  }

  @Test
  void aviator_gives_yardsticks_totals_to_1e_9() {
    engine(FormulaEngine.Name.AVIATOR);
  }

  @Test
  void jexl_gives_yardsticks_totals_to_1e_9() {
    engine(FormulaEngine.Name.JEXL);
  }

  @Test
  void qlexpress_gives_yardsticks_totals_to_1e_9() {
    engine(FormulaEngine.Name.QLEXPRESS);
  }

  private static void engine(FormulaEngine.Name name) {
    // GIVEN the workload WHEN the engine runs the cards' scripts
    double[] totals = Equivalence.engine(FormulaEngine.create(name, workload), workload);
    // THEN every total agrees with Yardstick's
    Equivalence.same(name.toString(), yardstick, totals, Equivalence.TOLERANCE);
  }

  @Test
  void the_workload_reaches_floors_and_caps() {
    // GIVEN the workload's evaluations
    var batch = dev.yardstick.core.Yardstick.evaluateAll(workload.subjects())
        .in(workload.period()).against(workload.cardOfSubject()).with(workload.measurements());
    long capped = batch.evaluations().stream().flatMap(e -> e.items().stream())
        .filter(i -> i.isCapped()).count();
    long floored = batch.evaluations().stream().flatMap(e -> e.items().stream())
        .filter(i -> i.isFloored()).count();
    long items = 1_000L * WorkloadCards.ITEMS;
    // THEN some items are capped, some floored, most neither (5% to 30% each is realistic)
    assertThat(capped).isBetween(items / 20, items * 3 / 10);
    assertThat(floored).isBetween(items / 20, items * 3 / 10);
  }

  @Test
  void a_wrong_total_is_reported_with_the_employee_and_both_totals() {
    // GIVEN totals that differ in the third employee by 1e-6
    double[] wrong = yardstick.clone();
    wrong[2] += 1e-6;
    // WHEN compared THEN the mismatch is named
    assertThatThrownBy(() -> Equivalence.same("engine", yardstick, wrong, Equivalence.TOLERANCE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("engine differs from Yardstick for employee 2: ");
  }
}

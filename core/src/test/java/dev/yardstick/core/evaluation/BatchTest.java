package dev.yardstick.core.evaluation;

import static dev.yardstick.core.testing.Fixtures.Q3;
import static dev.yardstick.core.testing.Fixtures.storeCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {

  static Subject emp(int i) {
    return Subject.employee("emp-" + i, "Employee " + i, "store-ops-manager", "team-" + (i % 3));
  }

  static List<Measurement> full(String id, double gmv, double cvr, double okr) {
    return List.of(Measurement.of(id, "gmv", Q3, gmv), Measurement.of(id, "cvr", Q3, cvr),
        Measurement.of(id, "okr", Q3, okr));
  }

  @Test
  void every_subject_gets_one_outcome_in_input_order_and_failures_carry_their_reason() {
    // GIVEN three subjects: one complete, one missing cvr, one with no scorecard
    Subject a = emp(1), b = emp(2), c = emp(3);
    Scorecard card = storeCard().build();
    List<Measurement> ms = new ArrayList<>(full("emp-1", 90, 110, 80));
    ms.add(Measurement.of("emp-2", "gmv", Q3, 50));
    ms.add(Measurement.of("emp-2", "okr", Q3, 50));

    // WHEN the batch runs
    BatchResult batch = Yardstick.evaluateAll(List.of(a, b, c)).in(Q3)
        .against(s -> s == c ? null : card).with(ms);

    // THEN
    assertThat(batch.size()).isEqualTo(3);
    assertThat(batch.outcomes()).extracting(o -> o.subject().id()).containsExactly("emp-1", "emp-2", "emp-3");
    assertThat(batch.evaluations()).extracting(e -> e.total().toPlainString()).containsExactly("92.60");
    assertThat(batch.failures()).extracting(Outcome.Failed::reason).containsExactly(
        "subject 'emp-2', indicator 'cvr', field 'measurement' is missing for 2026-Q3 (scorecard 'store' requires every item)",
        "subject 'emp-3', field 'scorecard': no scorecard was given for this subject");
    assertThat(batch.failures()).extracting(Outcome.Failed::errorType).containsOnly("InvalidInputException");
    assertThat(batch.outcome("emp-1").orElseThrow().isEvaluated()).isTrue();
  }

  @Test
  void a_scorecard_selector_that_throws_fails_only_that_subject() {
    BatchResult batch = Yardstick.evaluateAll(List.of(emp(1), emp(2))).in(Q3)
        .against(s -> {
          if (s.id().equals("emp-2")) {
            throw new IllegalStateException("no card for role in HR system");
          }
          return storeCard().build();
        })
        .with(full("emp-1", 1, 1, 1));
    assertThat(batch.failures()).singleElement()
        .satisfies(f -> {
          assertThat(f.subject().id()).isEqualTo("emp-2");
          assertThat(f.errorType()).isEqualTo("IllegalStateException");
          assertThat(f.reason()).isEqualTo("no card for role in HR system");
        });
  }

  @Test
  void results_are_identical_whatever_the_thread_count() {
    List<Subject> staff = new ArrayList<>();
    List<Measurement> ms = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      staff.add(emp(i));
      if (i % 17 != 0) { // some fail on missing data
        ms.addAll(full("emp-" + i, 50 + i % 50, 80 + i % 40, 60 + i % 30));
      }
    }
    Scorecard card = storeCard().build();
    BatchResult one = Yardstick.evaluateAll(staff).in(Q3).against(card).with(ms);
    BatchResult two = Yardstick.evaluateAll(staff).in(Q3).against(card).parallelism(2).with(ms);
    BatchResult eight = Yardstick.evaluateAll(staff).in(Q3).against(card).parallelism(8).with(ms);
    assertThat(two).isEqualTo(one);
    assertThat(eight).isEqualTo(one);
    assertThat(one.failures()).hasSize(18); // i = 0, 17, …, 289: 289/17 + 1 = 18
    assertThat(one.evaluations()).hasSize(282);
  }

  @Test
  void streaming_delivers_the_same_outcomes_in_the_same_order_on_the_calling_thread() {
    // GIVEN 1 300 subjects (more than two streaming chunks of 512), some failing
    List<Subject> staff = new ArrayList<>();
    List<Measurement> ms = new ArrayList<>();
    for (int i = 0; i < 1300; i++) {
      staff.add(emp(i));
      if (i % 13 != 0) {
        ms.addAll(full("emp-" + i, 50 + i % 50, 80 + i % 40, 60 + i % 30));
      }
    }
    Scorecard card = storeCard().build();
    BatchResult kept = Yardstick.evaluateAll(staff).in(Q3).against(card).with(ms);

    for (int threads : new int[] {1, 2, 8}) {
      // WHEN the same batch is streamed
      List<Outcome> streamed = new ArrayList<>();
      Thread caller = Thread.currentThread();
      Yardstick.evaluateAll(staff).in(Q3).against(card).parallelism(threads)
          .forEach(ms, outcome -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            streamed.add(outcome);
          });
      // THEN every subject arrives once, in order, with the outcome the kept batch has
      assertThat(streamed).as("%s threads", threads).isEqualTo(kept.outcomes());
    }
  }

  @Test
  void streaming_checks_its_input_like_with() {
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).in(Q3).against(storeCard().build())
            .forEach(full("emp-9", 1, 1, 1), o -> { }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("emp-9 is not one of the batch's subjects");
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).against(storeCard().build())
            .forEach(List.of(), o -> { }))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_measurement_for_a_subject_outside_the_batch_is_rejected_rather_than_dropped() {
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).in(Q3).against(storeCard().build())
            .with(full("emp-9", 1, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-9', indicator 'gmv', field 'subjectId': emp-9 is not one of the batch's subjects");
  }

  @Test
  void duplicate_subjects_and_missing_setup_are_rejected() {
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1), emp(1))))
        .hasMessage("subject id 'emp-1' appears twice in the batch");
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).against(storeCard().build()).with(List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessage("batch has no period: call in(period) first");
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).in(Q3).with(List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessage("batch has no scorecards: call against(...) first");
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).parallelism(0))
        .hasMessage("parallelism must be 1 to 256, got 0");
  }

  @Test
  void team_scores_are_looked_up_by_the_subjects_team() {
    Scorecard linked = storeCard().teamLink(TeamLink.blend(80, 20)).build();
    // emp-1 is in team-1, emp-2 in team-2 (no score given: fails)
    BatchResult batch = Yardstick.evaluateAll(List.of(emp(1), emp(2))).in(Q3).against(linked)
        .teamScores(Map.of("team-1", 70.0))
        .with(concat(full("emp-1", 90, 110, 80), full("emp-2", 90, 110, 80)));
    assertThat(batch.evaluations()).singleElement()
        .satisfies(e -> assertThat(e.total().toPlainString()).isEqualTo("88.08"));
    assertThat(batch.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("field 'teamScore'"));
  }

  @Test
  void per_subject_targets_for_unknown_subjects_are_rejected() {
    assertThatThrownBy(() -> Yardstick.evaluateAll(List.of(emp(1))).in(Q3).against(storeCard().build())
            .targets(Map.of("emp-7", Map.of())).with(List.of()))
        .hasMessage("subject 'emp-7', field 'targets': emp-7 is not one of the batch's subjects");
  }

  static List<Measurement> concat(List<Measurement> a, List<Measurement> b) {
    List<Measurement> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

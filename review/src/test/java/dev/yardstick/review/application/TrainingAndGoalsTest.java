package dev.yardstick.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.Assessment;
import dev.yardstick.review.ItemAssessment;
import dev.yardstick.review.testing.Fixtures;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrainingAndGoalsTest {

  /**
   * gmv 1 180 000 of 1 000 000 → 118; cvr 0.028 of 0.035 → 80; cac 80 against 60, lower is
   * better → 100 × 60 ÷ 80 = 75; csat 0.9 of 0.9 → 100.
   */
  static Evaluation q3() {
    return Fixtures.evaluate(Fixtures.STORE_OPS, Fixtures.employee("emp-1"), Fixtures.Q3,
        "gmv", 1_180_000, "cvr", 0.028, "cac", 80, "csat", 0.9);
  }

  @Test
  void strengths_and_weaknesses_are_read_from_scores_against_100() {
    // GIVEN the Q3 evaluation: gmv 118, cvr 80, cac 75, csat 100
    // WHEN it is assessed against par 100
    Assessment a = Assessment.of(q3());
    // THEN strengths: gmv +18; weaknesses: cac -25 (lower is better, above its target of 60) then
    // cvr -20; csat is on target and neither
    assertThat(a.strengths(3)).extracting(ItemAssessment::indicatorId).containsExactly("gmv");
    assertThat(a.weaknesses(3)).extracting(ItemAssessment::toString)
        .containsExactly("cac: score 75.00, gap -25.00", "cvr: score 80.00, gap -20.00");
    assertThat(a.item("csat").orElseThrow().standing()).isEqualTo(ItemAssessment.Standing.ON);
    assertThat(a.weaknesses(1)).extracting(ItemAssessment::indicatorId).containsExactly("cac");
  }

  @Test
  void equal_gaps_list_the_heavier_item_first() {
    // GIVEN cvr 0.028 → 80 (weight 30) and csat 0.72 of 0.9 → 80 (weight 10): both -20
    Evaluation e =
        Fixtures.evaluate(Fixtures.STORE_OPS, Fixtures.employee("emp-2"), Fixtures.Q3,
            "gmv", 1_000_000, "cvr", 0.028, "cac", 60, "csat", 0.72);
    // WHEN the weaknesses are listed
    // THEN cvr (heavier) comes before csat
    assertThat(Assessment.of(e).weaknesses(3)).extracting(ItemAssessment::indicatorId)
        .containsExactly("cvr", "csat");
  }

  @Test
  void training_is_recommended_for_the_weakest_indicators() {
    // GIVEN a catalog with topics for cvr and cac
    // WHEN training is recommended for up to 3 weak items
    TrainingCatalog catalog =
        TrainingCatalog.builder()
            .topic("cvr", TrainingTopic.of("detail-page", "Detail-page optimisation")
                .withTranslation("zh", "详情页优化"))
            .topic("cac", TrainingTopic.of("channel-mix", "Channel mix and creative testing"))
            .build();
    TrainingPlan plan = catalog.recommend(Assessment.of(q3()), 3);
    // THEN weakest first: cac (-25) → channel-mix, cvr (-20) → detail-page
    assertThat(plan.recommendations())
        .extracting(r -> r.topic().id(), TrainingRecommendation::indicatorIds)
        .containsExactly(tuple("channel-mix", java.util.List.of("cac")),
            tuple("detail-page", java.util.List.of("cvr")));
    assertThat(plan.recommendations().get(0).worstGap()).isEqualByComparingTo("-25");
    assertThat(plan.recommendations().get(1).topic().name(Locale.CHINESE)).isEqualTo("详情页优化");
    assertThat(plan.uncovered()).isEmpty();
  }

  @Test
  void weak_indicators_sharing_a_topic_are_merged_and_unmapped_ones_reported() {
    // GIVEN one topic for both weak items, then a catalog without cac
    // WHEN training is recommended
    // THEN the shared topic lists both, weakest first; cac is reported uncovered
    TrainingTopic growth = TrainingTopic.of("growth", "Growth fundamentals");
    TrainingPlan merged =
        TrainingCatalog.builder().topic("cvr", growth).topic("cac", growth).build()
            .recommend(Assessment.of(q3()), 3);
    assertThat(merged.recommendations()).singleElement()
        .satisfies(r -> {
          assertThat(r.indicatorIds()).containsExactly("cac", "cvr");
          assertThat(r.worstGap()).isEqualByComparingTo("-25");
        });
    TrainingPlan partial =
        TrainingCatalog.builder().topic("cvr", growth).build().recommend(Assessment.of(q3()), 3);
    assertThat(partial.uncovered()).containsExactly("cac");
  }

  @Test
  void goals_close_half_the_gap_below_target_and_hold_the_target_above_it() {
    // GIVEN the Q3 evaluation
    // WHEN the halfway policy proposes goals
    // THEN below-target items close half the gap, the others hold the target
    java.util.List<ImprovementGoal> goals = GoalPolicy.halfway().propose(Assessment.of(q3()));
    assertThat(goals)
        .extracting(ImprovementGoal::indicatorId, g -> g.goal().toPlainString(), ImprovementGoal::kind)
        .containsExactly(
            // gmv above target: hold 1 000 000
            tuple("gmv", "1000000", ImprovementGoal.Kind.MAINTAIN),
            // cvr: 0.028 + 0.5 × (0.035 − 0.028) = 0.0315
            tuple("cvr", "0.0315", ImprovementGoal.Kind.CLOSE_GAP),
            // cac, lower is better: 80 + 0.5 × (60 − 80) = 70, the goal falls
            tuple("cac", "70", ImprovementGoal.Kind.CLOSE_GAP),
            // csat on target: hold 0.9
            tuple("csat", "0.9", ImprovementGoal.Kind.MAINTAIN));
  }

  @Test
  void a_gap_closure_of_30_percent_is_applied_exactly() {
    // GIVEN a policy closing 30% of the gap
    // WHEN goals are proposed for Q3
    // THEN the decimals are exact
    // cvr: 0.028 + 0.3 × 0.007 = 0.0301; cac: 80 + 0.3 × (−20) = 74
    java.util.List<ImprovementGoal> goals =
        new GoalPolicy(new BigDecimal("0.3")).propose(Assessment.of(q3()));
    assertThat(goals).extracting(g -> g.goal().toPlainString())
        .containsExactly("1000000", "0.0301", "74", "0.9");
  }

  @Test
  void a_zero_target_and_negative_values_need_no_special_case() {
    // GIVEN complaints 4 against a target of 0 (lower is better), scored 60; and a margin of
    // -2 (percent) against a target of 1, scored 40
    ItemAssessment complaints =
        new ItemAssessment("complaints", 0, new BigDecimal("4"),
            dev.yardstick.core.domain.Target.of(0), 0.5, new BigDecimal("60"), new BigDecimal("-40"));
    ItemAssessment margin =
        new ItemAssessment("margin", 1, new BigDecimal("-2"),
            dev.yardstick.core.domain.Target.of(1), 0.5, new BigDecimal("40"), new BigDecimal("-60"));
    // WHEN goals are proposed halfway
    // THEN complaints: 4 + 0.5 × (0 − 4) = 2; margin: −2 + 0.5 × (1 − (−2)) = −0.5
    assertThat(GoalPolicy.halfway().goal(complaints).orElseThrow().goal()).isEqualByComparingTo("2");
    assertThat(GoalPolicy.halfway().goal(margin).orElseThrow().goal()).isEqualByComparingTo("-0.5");
  }

  @Test
  void the_gap_closure_must_be_in_0_exclusive_to_1() {
    // GIVEN closures of 0 and 1.5, and a catalog topic given twice
    // WHEN they are configured
    // THEN the messages name the values
    assertThatThrownBy(() -> new GoalPolicy(BigDecimal.ZERO))
        .hasMessage("goal gap closure must be greater than 0 and at most 1, got 0");
    assertThatThrownBy(() -> new GoalPolicy(new BigDecimal("1.5")))
        .hasMessage("goal gap closure must be greater than 0 and at most 1, got 1.5");
    assertThatThrownBy(
            () -> TrainingCatalog.builder().topic("cvr", TrainingTopic.of("a", "A"))
                .topic("cvr", TrainingTopic.of("b", "B")))
        .hasMessage("indicator 'cvr' has a training topic already");
  }
}

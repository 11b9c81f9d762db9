package dev.yardstick.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.report.testing.Samples;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-person part built straight from a core evaluation and its scorecard. */
class PersonFromEvaluationTest {

  static final Subject WANG = Subject.employee("emp-02", "Wang Fang", "merchandise", "team-tmall");

  /** GMV 1150000 (capped at 110), conversion 0.028, AOV missing, campaign 0.7, sell-through 0.3. */
  static Evaluation evaluate(Scorecard card) {
    return Yardstick.evaluate(WANG).in(Samples.Q3).against(card).with(List.of(
        Measurement.of("emp-02", "store-gmv", Samples.Q3, 1_150_000),
        Measurement.of("emp-02", "conversion", Samples.Q3, 0.028),
        Measurement.of("emp-02", "campaign", Samples.Q3, 0.7),
        Measurement.of("emp-02", "sell-through", Samples.Q3, 0.3)));
  }

  @Test
  void the_items_carry_the_scores_marks_and_indicator_names_in_the_locale() {
    // GIVEN an evaluation on the store card
    Scorecard card = Samples.storeCard();
    Evaluation evaluation = evaluate(card);

    // WHEN the person is built in Chinese
    PersonReport p = PersonReport.from(evaluation, card, Samples.ZH);

    // THEN subject, team and total come from the evaluation; no grade or highlights yet
    assertThat(p.subjectId()).isEqualTo("emp-02");
    assertThat(p.name()).isEqualTo("Wang Fang");
    assertThat(p.teamId()).isEqualTo("team-tmall");
    assertThat(p.total()).isEqualTo(evaluation.total());
    assertThat(p.grade()).isNull();
    assertThat(p.highlights()).isEqualTo(Highlights.none());
    // AND the names are the scorecard's Chinese translations, in scorecard order
    assertThat(p.items()).extracting(ItemScore::indicatorName)
        .containsExactly("有效GMV", "转化率", "客单价", "活动目标达成率", "动销率");
    // AND GMV 1150000 / 1000000 = 115% is capped at 110; its target level is 1000000
    ItemScore gmv = p.items().get(0);
    assertThat(gmv.score()).isEqualByComparingTo("110");
    assertThat(gmv.marks()).containsExactly(ItemMark.CAPPED);
    assertThat(gmv.actual()).isEqualByComparingTo("1150000");
    assertThat(gmv.target()).isEqualByComparingTo("1000000");
    assertThat(gmv.targetScore()).isEqualByComparingTo("100");
    assertThat(gmv.explanation()).endsWith("capped at 110");
    // AND conversion 0.028 / 0.035 = 80% scores 80, unmarked
    assertThat(p.items().get(1).score()).isEqualByComparingTo("80");
    assertThat(p.items().get(1).marks()).isEmpty();
    // AND AOV is missing and left out; sell-through 0.3 / 0.85 = 35.3% is floored at 40
    assertThat(p.items().get(2).marks()).containsExactly(ItemMark.MISSING, ItemMark.EXCLUDED);
    assertThat(p.items().get(2).actual()).isNull();
    assertThat(p.items().get(4).score()).isEqualByComparingTo("40");
    assertThat(p.items().get(4).marks()).containsExactly(ItemMark.FLOORED);
  }

  @Test
  void the_builder_uses_the_reports_locale_for_the_names() {
    // GIVEN an evaluation
    Scorecard card = Samples.storeCard();

    // WHEN added to an English report
    ReportData data = ReportData.builder("t", Samples.Q3, Samples.EN)
        .person(evaluate(card), card).build();

    // THEN the names are the default (English) ones
    assertThat(data.people().get(0).items()).extracting(ItemScore::indicatorName)
        .startsWith("Effective GMV", "Conversion rate");
  }

  @Test
  void a_grade_and_highlights_can_be_added_and_removed() {
    // GIVEN a person from an evaluation
    Scorecard card = Samples.storeCard();
    PersonReport p = PersonReport.from(evaluate(card), card, Samples.EN);

    // WHEN graded and given highlights
    Highlights h = new Highlights(List.of("a"), List.of(), List.of());
    PersonReport graded = p.withGrade("B").withHighlights(h);

    // THEN the copy has them and the original has not; null removes the grade
    assertThat(graded.grade()).isEqualTo("B");
    assertThat(graded.highlights()).isEqualTo(h);
    assertThat(p.grade()).isNull();
    assertThat(graded.withGrade(null).grade()).isNull();
    assertThat(graded.items()).isEqualTo(p.items());
  }

  @Test
  void a_scorecard_other_than_the_evaluations_is_refused() {
    // GIVEN an evaluation on version 1 of the store card
    Scorecard card = Samples.storeCard();
    Evaluation evaluation = evaluate(card);

    // WHEN paired with version 2 or with another card, THEN refused naming both
    Scorecard v2 = card.toBuilder().version(2).build();
    assertThatThrownBy(() -> PersonReport.from(evaluation, v2, Samples.EN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluation of 'emp-02' was made with scorecard 'store-ops' version 1, got"
            + " scorecard 'store-ops' version 2");
    assertThatThrownBy(() -> PersonReport.from(evaluation, Samples.serviceCard(), Samples.EN))
        .hasMessage("evaluation of 'emp-02' was made with scorecard 'store-ops' version 1, got"
            + " scorecard 'customer-service' version 1");
  }

  @Test
  void a_plain_item_score_targets_100() {
    // GIVEN a plain score
    ItemScore item = ItemScore.of("csat", "CSAT", 92.5);

    // THEN it has the full score as target and nothing else
    assertThat(item.score()).isEqualTo(new BigDecimal("92.5"));
    assertThat(item.targetScore()).isEqualTo(new BigDecimal("100"));
    assertThat(item.actual()).isNull();
    assertThat(item.target()).isNull();
    assertThat(item.marks()).isEmpty();
    assertThat(item.explanation()).isEmpty();
  }
}

package dev.yardstick.tracking.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartAggregationTest {

  /** A strategy that only carries an id, to stand for rules-kpi's deduction and ratings. */
  record Named(String id) implements ScoringStrategy<String> {
    @Override
    public Class<String> parametersType() {
      return String.class;
    }

    @Override
    public Score score(String parameters, ScoringInput input) {
      return Score.of(0, Explanation.of("stub"));
    }

    static ScoringRule<String> rule(String id) {
      return ScoringRule.of(new Named(id), "");
    }
  }

  static final Period Q3 = Period.parse("2026-Q3");
  static final Period JUL = Period.parse("2026-07");
  static final Period AUG = Period.parse("2026-08");
  static final Period SEP = Period.parse("2026-09");

  // both MEAN by default (Unit.SCORE), the shape of a score on 100 or on a 1–5 scale
  static final Indicator QUALITY = Indicator.builder("service-quality").unit(Unit.SCORE).build();
  static final Indicator TEAMWORK = Indicator.builder("teamwork").unit(Unit.SCORE).build();
  static final Indicator SKUS =
      Indicator.builder("skus").unit(Unit.COUNT).aggregation(Aggregation.LAST).build();
  static final Indicator CVR = Indicator.builder("cvr").unit(Unit.RATIO).build();

  static final Scorecard CARD =
      Yardstick.scorecard("service")
          .section("Behaviour", 100)
          .item(QUALITY).weight(40).scoredBy(Named.rule("deduction"))
          .item(TEAMWORK).weight(40).scoredBy(Named.rule("ratings"))
          .item(SKUS).weight(20).scoredBy(Named.rule("other"))
          .build();

  static Measurement m(String indicator, Period month, int value) {
    return Measurement.of("emp-1", indicator, month, value);
  }

  @Test
  void a_scorecard_deduction_item_sums_its_incidents_even_when_its_indicator_averages() {
    // GIVEN a deduction item whose indicator is a MEAN score: 2 complaints in July, 1 in
    // September
    List<Measurement> monthly =
        List.of(
            m("service-quality", JUL, 0).withPart("complaint", 2),
            m("service-quality", AUG, 0),
            m("service-quality", SEP, 0).withPart("complaint", 1));

    // WHEN rolled up by the card's aggregator
    Aggregate q3 =
        PeriodAggregator.of(CARD).aggregate(monthly, Q3).find("emp-1", "service-quality")
            .orElseThrow();

    // THEN 2 + 1 = 3 complaints, not their mean over the months 1.5
    assertThat(q3.parts()).containsExactly(entry("complaint", new BigDecimal("3")));
    assertThat(PeriodAggregator.of(CARD).partAggregation("service-quality"))
        .contains(PartAggregation.SUM);
  }

  @Test
  void a_scorecard_ratings_item_averages_each_rater_over_the_months_they_rated() {
    // GIVEN the manager's 4 in July and 5 in September, nothing in August
    List<Measurement> monthly =
        List.of(
            m("teamwork", JUL, 0).withPart("manager", 4),
            m("teamwork", AUG, 0),
            m("teamwork", SEP, 0).withPart("manager", 5));
    // WHEN rolled up; THEN (4 + 5) ÷ 2 = 4.5, August neither 0 nor counted
    Aggregate q3 =
        PeriodAggregator.of(CARD).aggregate(monthly, Q3).find("emp-1", "teamwork").orElseThrow();
    assertThat(q3.parts()).containsExactly(entry("manager", new BigDecimal("4.5")));
    assertThat(PeriodAggregator.of(CARD).partAggregation("teamwork"))
        .contains(PartAggregation.MEAN);
  }

  @Test
  void other_items_follow_their_indicator_and_a_last_indicator_has_no_part_roll_up() {
    PeriodAggregator aggregator = PeriodAggregator.of(CARD);
    assertThat(aggregator.partAggregation("skus")).isEmpty();
    PeriodAggregator byIndicators =
        PeriodAggregator.of(
            List.of(Indicator.builder("gmv").unit(Unit.CURRENCY).build(), TEAMWORK, CVR));
    assertThat(byIndicators.partAggregation("gmv")).contains(PartAggregation.SUM);
    assertThat(byIndicators.partAggregation("teamwork")).contains(PartAggregation.MEAN);
    assertThat(byIndicators.partAggregation("cvr")).isEmpty();
  }

  @Test
  void an_explicit_part_rule_rolls_up_parts_the_aggregation_could_not() {
    // GIVEN SKU counts (LAST) with slow movers 7 in July and 9 in September, declared summed
    PeriodAggregator aggregator = PeriodAggregator.of(CARD).parts("skus", PartAggregation.SUM);
    List<Measurement> monthly =
        List.of(
            m("skus", JUL, 120).withPart("slow-movers", 7),
            m("skus", AUG, 125),
            m("skus", SEP, 128).withPart("slow-movers", 9));
    // WHEN rolled up
    Aggregate q3 = aggregator.aggregate(monthly, Q3).find("emp-1", "skus").orElseThrow();
    // THEN the value is September's 128 and the parts 7 + 9 = 16
    assertThat(q3.value()).isEqualByComparingTo("128");
    assertThat(q3.parts()).containsExactly(entry("slow-movers", new BigDecimal("16")));
    assertThat(q3.toMeasurement().parts()).isEqualTo(q3.parts());
  }

  @Test
  void an_explicit_part_rule_overrides_the_scorecard_strategy() {
    PeriodAggregator aggregator =
        PeriodAggregator.of(CARD).parts("service-quality", PartAggregation.MEAN);
    List<Measurement> monthly =
        List.of(m("service-quality", JUL, 0).withPart("complaint", 2),
            m("service-quality", SEP, 0).withPart("complaint", 1));
    // (2 + 1) ÷ 2 = 1.5
    assertThat(aggregator.aggregate(monthly, Q3).find("emp-1", "service-quality").orElseThrow()
        .parts()).containsExactly(entry("complaint", new BigDecimal("1.5")));
  }

  @Test
  void a_rate_refuses_parts_it_cannot_roll_up_and_names_the_first_part() {
    // GIVEN a ratio of sums whose months carry a part "channel-a" in August only
    List<Measurement> monthly =
        List.of(
            Measurement.ratio("emp-1", "cvr", JUL, 3, 100),
            Measurement.ratio("emp-1", "cvr", AUG, 4, 100).withPart("channel-a", 2));
    assertThatThrownBy(() -> PeriodAggregator.of(List.of(CVR)).aggregate(monthly, Q3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'cvr', field 'parts.channel-a': 2 in 2026-08 cannot be"
                + " aggregated: the indicator aggregates as RATIO_OF_SUMS, for which parts have no"
                + " roll-up; declare one with parts(\"cvr\", PartAggregation.SUM or MEAN)");
  }

  @Test
  void a_part_rule_for_an_indicator_the_aggregator_does_not_know_is_refused() {
    PeriodAggregator aggregator = PeriodAggregator.of(List.of(CVR, SKUS));
    assertThatThrownBy(() -> aggregator.parts("gmv", PartAggregation.SUM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator 'gmv' is not one of the aggregator's indicators [cvr, skus]");
    assertThatThrownBy(() -> aggregator.partAggregation("gmv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator 'gmv' is not one of the aggregator's indicators [cvr, skus]");
  }

  @Test
  void without_parts_an_aggregate_has_none_and_parts_keep_their_first_appearance_order() {
    PeriodAggregator aggregator = PeriodAggregator.of(CARD);
    List<Measurement> monthly =
        List.of(
            m("service-quality", JUL, 0).withPart("late-reply", 1),
            m("service-quality", AUG, 0).withPart("complaint", 1).withPart("late-reply", 1),
            m("skus", JUL, 120));
    AggregationResult q3 = aggregator.aggregate(monthly, Q3);
    assertThat(q3.find("emp-1", "skus").orElseThrow().parts()).isEmpty();
    assertThat(q3.find("emp-1", "service-quality").orElseThrow().parts())
        .containsExactly(
            entry("late-reply", new BigDecimal("2")), entry("complaint", new BigDecimal("1")));
  }

  @Test
  void an_aggregate_copies_and_normalises_its_parts() {
    Map<String, BigDecimal> parts = new java.util.LinkedHashMap<>();
    parts.put("complaint", new BigDecimal("3.00"));
    Aggregate a =
        new Aggregate("emp-1", "q", Q3, Aggregation.SUM, BigDecimal.ZERO, null, null,
            Q3.months(), List.of(), parts);
    parts.put("late-reply", BigDecimal.ONE);
    assertThat(a.parts()).containsExactly(entry("complaint", new BigDecimal("3")));
    assertThat(a.parts().get("complaint").scale()).isZero();
    assertThatThrownBy(() -> a.parts().put("x", BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    // the constructor without parts has none
    assertThat(new Aggregate("emp-1", "q", Q3, Aggregation.SUM, BigDecimal.ZERO, null, null,
        Q3.months(), List.of()).parts()).isEmpty();
  }
}

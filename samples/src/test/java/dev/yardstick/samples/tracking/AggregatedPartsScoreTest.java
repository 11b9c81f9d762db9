package dev.yardstick.samples.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.tracking.Tracking;
import dev.yardstick.tracking.aggregation.AggregationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monthly parts rolled up by the tracking aggregator and scored by the real deduction and ratings
 * strategies: the quarter scores what the months add up to.
 */
class AggregatedPartsScoreTest {

  static final Indicator SERVICE_QUALITY =
      Indicator.builder("service-quality").unit(Unit.SCORE).build(); // MEAN by default
  static final Indicator TEAMWORK = Indicator.builder("teamwork").unit(Unit.SCORE).build();
  static final Scorecard CARD =
      Yardstick.scorecard("service-specialist")
          .section("Behaviour", 100)
          .item(SERVICE_QUALITY).weight(50)
          .scoredBy(Kpi.deduction().perIncident("complaint", 5).perIncident("late-reply", 2)
              .floor(0).rule())
          .item(TEAMWORK).weight(50)
          .scoredBy(Kpi.ratings(1, 5).rater("manager", 60).rater("peer", 40).rule())
          .build();
  static final Subject WANG =
      Subject.employee("emp-9", "Wang Fang", "service-specialist", "team-service");
  static final Period Q3 = Period.parse("2026-Q3");

  static Measurement quality(String month) {
    return Measurement.of("emp-9", "service-quality", Period.parse(month), 0);
  }

  static Measurement teamwork(String month) {
    return Measurement.of("emp-9", "teamwork", Period.parse(month), 0);
  }

  static Evaluation quarterOf(List<Measurement> monthly) {
    AggregationResult q3 = Tracking.aggregator(CARD).aggregate(monthly, Q3);
    return Yardstick.evaluate(WANG).in(Q3).against(CARD).with(q3.measurementsOf("emp-9"));
  }

  static final List<Measurement> RATINGS =
      List.of(
          teamwork("2026-07").withPart("manager", 4).withPart("peer.wang", 3),
          teamwork("2026-08").withPart("manager", 5),
          teamwork("2026-09").withPart("manager", 5).withPart("peer.wang", 4)
              .withPart("peer.li", 5));

  static final List<Measurement> INCIDENTS =
      List.of(
          quality("2026-07").withPart("complaint", 1).withPart("late-reply", 2),
          quality("2026-08").withPart("complaint", 2),
          quality("2026-09").withPart("late-reply", 1));

  @Test
  void a_quarter_of_incidents_deducts_every_month_s_incidents() {
    // GIVEN July 1 complaint and 2 late replies, August 2 complaints, September 1 late reply
    List<Measurement> monthly = new java.util.ArrayList<>(INCIDENTS);
    monthly.addAll(RATINGS);

    // WHEN the months are rolled up by the card's aggregator and the quarter is evaluated
    Evaluation e = quarterOf(monthly);

    // THEN the deduction counts 1 + 2 = 3 complaints and 2 + 1 = 3 late replies, whatever the
    //      indicator's own MEAN: 100 − 3 × 5 − 3 × 2 = 79 (not 100, as with the parts dropped)
    assertThat(e.item("service-quality").orElseThrow().score()).isEqualByComparingTo("79");
  }

  @Test
  void a_quarter_of_ratings_weighs_each_rater_s_mean_of_the_months_they_rated() {
    // GIVEN the manager's 4, 5, 5; peer Wang's 3 in July and 4 in September; peer Li's 5 in
    // September; and the quarter's incidents
    List<Measurement> monthly = new java.util.ArrayList<>(RATINGS);
    monthly.addAll(INCIDENTS);

    // WHEN rolled up and evaluated
    Evaluation e = quarterOf(monthly);

    // THEN manager (4 + 5 + 5) ÷ 3 = 14/3, peer.wang (3 + 4) ÷ 2 = 3.5, peer.li 5, so peer
    //      = (3.5 + 5) ÷ 2 = 4.25; (14/3 × 60 + 4.25 × 40) ÷ 100 = (280 + 170) ÷ 100 = 4.5;
    //      4.5 ÷ 5 × 100 = 90
    assertThat(e.item("teamwork").orElseThrow().score()).isEqualByComparingTo("90");
    // AND the total is 0.5 × 79 + 0.5 × 90 = 84.5
    assertThat(e.total()).isEqualByComparingTo("84.5");
  }
}

package dev.yardstick.review.testing;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indicators, scorecards and evaluations shared by the tests. */
public final class Fixtures {

  public static final Period Q2 = Period.parse("2026-Q2");
  public static final Period Q3 = Period.parse("2026-Q3");

  public static final Indicator GMV =
      Indicator.builder("gmv").name("Store GMV").translation("zh", "店铺GMV")
          .unit(Unit.CURRENCY).build();
  public static final Indicator CVR =
      Indicator.builder("cvr").name("Conversion rate").translation("zh", "转化率")
          .unit(Unit.RATIO).aggregation(Aggregation.RATIO_OF_SUMS).build();
  public static final Indicator CAC =
      Indicator.builder("cac").name("Customer acquisition cost").translation("zh", "获客成本")
          .unit(Unit.CURRENCY).direction(Direction.LOWER_IS_BETTER).build();
  public static final Indicator CSAT =
      Indicator.builder("csat").name("Customer satisfaction").translation("zh", "客户满意度")
          .unit(Unit.RATIO).build();
  public static final Indicator POINTS = Indicator.builder("points").name("Points").build();

  /** A card whose total is the single measurement "points". */
  public static final Scorecard POINTS_CARD =
      Yardstick.scorecard("points")
          .section("all", 100)
          .item(POINTS).weight(100).scoredBy(TestScoring.identity())
          .build();

  /**
   * The store operations card: gmv 40 (target 1 000 000), cvr 30 (target 0.035), cac 20 (target
   * 60, lower is better), csat 10 (target 0.9), all scored as percentage of target.
   */
  public static final Scorecard STORE_OPS =
      Yardstick.scorecard("store-ops")
          .section("KPI", 100)
          .item(GMV).weight(40).target(Target.of(1_000_000)).scoredBy(TestScoring.percentOfTarget())
          .item(CVR).weight(30).target(Target.of(0.035)).scoredBy(TestScoring.percentOfTarget())
          .item(CAC).weight(20).target(Target.of(60)).scoredBy(TestScoring.percentOfTarget())
          .item(CSAT).weight(10).target(Target.of(0.9)).scoredBy(TestScoring.percentOfTarget())
          .build();

  private Fixtures() {}

  /** An employee of team-a. */
  public static Subject employee(String id) {
    return Subject.employee(id, "Employee " + id, "store-ops-manager", "team-a");
  }

  /** An evaluation on {@link #POINTS_CARD} whose total is {@code points}. */
  public static Evaluation withTotal(String subjectId, double points) {
    return Yardstick.evaluate(employee(subjectId))
        .in(Q3)
        .against(POINTS_CARD)
        .with(Measurement.of(subjectId, "points", Q3, points));
  }

  /** Measurements of one subject and period, by indicator id, in the order given. */
  public static List<Measurement> measurements(
      String subjectId, Period period, Object... indicatorAndValue) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < indicatorAndValue.length; i += 2) {
      values.put((String) indicatorAndValue[i], ((Number) indicatorAndValue[i + 1]).doubleValue());
    }
    List<Measurement> list = new ArrayList<>();
    values.forEach((id, v) -> list.add(Measurement.of(subjectId, id, period, v)));
    return list;
  }

  /** Evaluates a subject on a card with measurements given as indicator id, value pairs. */
  public static Evaluation evaluate(
      Scorecard card, Subject subject, Period period, Object... indicatorAndValue) {
    return Yardstick.evaluate(subject)
        .in(period)
        .against(card)
        .with(measurements(subject.id(), period, indicatorAndValue));
  }
}

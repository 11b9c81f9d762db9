package dev.yardstick.samples;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.rules.kpi.catalog.EcommerceIndicators;
import java.math.BigDecimal;

/**
 * The README's quickstart, compiled and run by {@code QuickstartTest} so that it cannot rot: the
 * lines between the {@code quickstart} markers are the README's code block.
 */
public final class Quickstart {

  private Quickstart() {}

  /** Runs the quickstart, printing to standard output; returns the evaluation. */
  public static Evaluation run() {
    // quickstart:start
    Scorecard card = Yardstick.scorecard("store-ops-manager")
        .section("KPI", 100)
            .item(EcommerceIndicators.STORE_GMV).weight(60)
                .target(Target.levels(800_000, 1_000_000, 1_200_000))
                .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
            .item(EcommerceIndicators.CONVERSION_RATE).weight(40)
                .target(Target.of(0.035))
                .scoredBy(Kpi.ratioToTarget().floor(0).cap(120).rule())
        .build();

    Subject li = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");
    Period q3 = Period.parse("2026-Q3");
    Evaluation result = Yardstick.evaluate(li).in(q3).against(card).with(
        Measurement.of("emp-17", "store-gmv", q3, new BigDecimal("1100000.00")),
        Measurement.ratio("emp-17", "conversion-rate", q3, 3_150, 100_000));

    System.out.println("total " + result.total());      // total 102.00
    result.items().forEach(item -> System.out.println(
        item.indicatorId() + " " + item.score() + ": " + item.explanation()));
    // quickstart:end
    return result;
  }

  /** Prints the quickstart's evaluation. */
  public static void main(String[] args) {
    run();
  }
}

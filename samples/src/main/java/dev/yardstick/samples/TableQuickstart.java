package dev.yardstick.samples;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.evaluation.TableResult;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.rules.kpi.catalog.EcommerceIndicators;
import java.util.List;

/**
 * The README's table example, compiled and run by {@code QuickstartTest}: the quickstart's
 * scorecard applied to three store managers whose measurements arrive in columns, as from a
 * database query. The lines between the {@code tables} markers are the README's code block.
 */
public final class TableQuickstart {

  private TableQuickstart() {}

  /** Runs the example, printing to standard output; returns the result. */
  public static TableResult run() {
    Scorecard card = Yardstick.scorecard("store-ops-manager")
        .section("KPI", 100)
            .item(EcommerceIndicators.STORE_GMV).weight(60)
                .target(Target.levels(800_000, 1_000_000, 1_200_000))
                .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
            .item(EcommerceIndicators.CONVERSION_RATE).weight(40)
                .target(Target.of(0.035))
                .scoredBy(Kpi.ratioToTarget().floor(0).cap(120).rule())
        .build();
    // tables:start
    List<Subject> managers = List.of(
        Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall"),
        Subject.employee("emp-18", "Wang Fang", "store-ops-manager", "team-tmall"),
        Subject.employee("emp-19", "Zhang Min", "store-ops-manager", "team-jd"));
    MeasurementTable table = MeasurementTable.builder(Period.parse("2026-Q3"), managers)
        .column("store-gmv", DecimalColumn.of(2,                  // cents
            110_000_000L, 120_000_000L, DecimalColumn.MISSING))
        .column("conversion-rate", DecimalColumn.of(4, 315, 350, 290))  // 0.0315, 0.0350, 0.0290
        .build();

    TableResult result = Yardstick.evaluate(table).against(card);
    for (int r = 0; r < result.size(); r++) {
      System.out.println(result.subject(r).id() + " "
          + (result.isEvaluated(r) ? result.total(r) : result.outcome(r)));
    }
    // emp-17 102.00   emp-18 112.00   emp-19 Failed[… store-gmv … missing …]
    // tables:end
    return result;
  }

  /** Prints the example's results. */
  public static void main(String[] args) {
    run();
  }
}

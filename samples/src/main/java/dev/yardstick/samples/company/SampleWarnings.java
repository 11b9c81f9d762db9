package dev.yardstick.samples.company;

import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Target;
import dev.yardstick.rules.kpi.catalog.EcommerceIndicators;
import dev.yardstick.rules.kpi.metrics.IndicatorIds;
import dev.yardstick.tracking.Tracking;
import dev.yardstick.tracking.warning.PaceBands;
import dev.yardstick.tracking.warning.PaceProfile;
import dev.yardstick.tracking.warning.WarningRules;
import java.util.Map;

/**
 * The company's early-warning rules for the monthly tracking (月度跟蹤):
 *
 * <ul>
 *   <li>CAC ceiling: amber above 65 yuan, red above 85 (the guide's example: CAC above its
 *       threshold → analyse channel quality, change creatives or channel mix);
 *   <li>conversion-rate floor: amber below 2.6%, red below 2.2%;
 *   <li>effective GMV paced through the quarter with the e-commerce seasonal profile (months
 *       weighted 6 5 7 7 8 14 7 7 8 9 15 7, January to December, for 618 and Double 11), against
 *       each person's quarterly target, with the default bands (green within 5%, amber within
 *       15%);
 *   <li>new users paced linearly through the quarter against each person's target: a month not
 *       reported shows as a missing-data warning rather than as a shortfall.
 * </ul>
 *
 * <pre>{@code
 * List<Warning> august = Tracking.warnings(SampleWarnings.rules(), Period.parse("2026-08"), monthly);
 * }</pre>
 */
public final class SampleWarnings {

  /** The seasonal profile of e-commerce GMV, January to December. */
  public static final PaceProfile SEASONAL = PaceProfile.seasonal(6, 5, 7, 7, 8, 14, 7, 7, 8, 9, 15, 7);

  private SampleWarnings() {}

  /** The rules, with every paced person's quarterly target. */
  public static WarningRules rules() {
    WarningRules.Builder b =
        Tracking.warningRules()
            .ceiling(EcommerceIndicators.CAC, 65, 85)
            .floor(EcommerceIndicators.CONVERSION_RATE, 0.026, 0.022)
            .pace(EcommerceIndicators.STORE_GMV, PeriodType.QUARTER, SEASONAL, PaceBands.DEFAULT)
            .pace(EcommerceIndicators.NEW_USERS, PeriodType.QUARTER, PaceProfile.linear(),
                PaceBands.DEFAULT);
    for (Map.Entry<String, Map<String, Target>> e : SampleTargets.quarterly().entrySet()) {
      for (String indicator : new String[] {IndicatorIds.STORE_GMV, IndicatorIds.NEW_USERS}) {
        Target t = e.getValue().get(indicator);
        if (t != null) {
          b.target(e.getKey(), indicator, t);
        }
      }
    }
    return b.build();
  }
}

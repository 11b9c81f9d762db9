package dev.yardstick.core.testing;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scorecard.ScorecardBuilder;

/** Shared test data: a two-section card scored by {@link LinearStrategy}. */
public final class Fixtures {
  public static final Period Q3 = Period.parse("2026-Q3");
  public static final Subject LI = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-a");
  public static final Indicator GMV = Indicator.builder("gmv").unit(Unit.CURRENCY).build();
  public static final Indicator CVR = Indicator.builder("cvr").unit(Unit.RATIO).build();
  public static final Indicator OKR = Indicator.builder("okr").unit(Unit.SCORE).build();
  public static final Indicator CAC =
      Indicator.builder("cac").unit(Unit.CURRENCY).direction(Direction.LOWER_IS_BETTER).build();

  private Fixtures() {}

  /** KPI 70 (gmv 60, cvr 40) and OKR 30 (okr 100), every item scored as its actual. */
  public static ScorecardBuilder storeCard() {
    return Yardstick.scorecard("store")
        .section("KPI", 70)
        .item(GMV).weight(60).scoredBy(LinearStrategy.identity())
        .item(CVR).weight(40).scoredBy(LinearStrategy.identity())
        .section("OKR", 30)
        .item(OKR).weight(100).scoredBy(LinearStrategy.identity());
  }
}

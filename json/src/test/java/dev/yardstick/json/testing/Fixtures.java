package dev.yardstick.json.testing;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Level;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Nature;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.json.YardstickJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Shared test data: a store-operations manager's card scored by the test strategies. */
public final class Fixtures {

  public static final Period Q3 = Period.parse("2026-Q3");

  public static final FunctionalModule STORE_OPS =
      FunctionalModule.of("store-operations", "Store operations").withTranslation("zh", "店鋪運營");

  public static final Role MANAGER =
      Role.of(
              "store-ops-manager",
              "Store operations manager",
              STORE_OPS,
              Level.MANAGER,
              List.of("Annual sales target and quarterly plan", "Big promotions (618, Double 11)"))
          .withTranslation("zh", "店鋪運營經理");

  public static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");

  public static final Indicator GMV =
      Indicator.builder("store-gmv")
          .name("Store GMV")
          .translation("zh", "店鋪GMV")
          .unit(Unit.CURRENCY)
          .definition("Effective GMV: paid orders less returns and brushed orders")
          .build();

  public static final Indicator CVR =
      Indicator.builder("conversion-rate")
          .name("Conversion rate")
          .unit(Unit.RATIO)
          .aggregation(Aggregation.RATIO_OF_SUMS)
          .build();

  public static final Indicator CAC =
      Indicator.builder("cac")
          .name("Customer acquisition cost")
          .unit(Unit.CURRENCY)
          .direction(Direction.LOWER_IS_BETTER)
          .tier(Tier.AUXILIARY)
          .nature(Nature.PROCESS)
          .aggregation(Aggregation.RATIO_OF_SUMS)
          .build();

  public static final Indicator OKR = Indicator.builder("okr").name("OKR score").unit(Unit.SCORE).build();

  private Fixtures() {}

  /** Both test strategies, registered explicitly. */
  public static StrategyRegistry strategies() {
    return StrategyRegistry.of(new LinearStrategy(), new StepStrategy());
  }

  /** A pretty instance with the test strategies. */
  public static YardstickJson json() {
    return YardstickJson.builder().strategies(strategies()).build();
  }

  /**
   * KPI 70 (GMV 50 with a ranged target, conversion 30, CAC 20 lower-is-better) and OKR 30 scored
   * by steps; valid from 2026-H1 to 2026; missing data excluded; one decimal half-even; blended
   * 80/20 with the team.
   */
  public static Scorecard card() {
    return Yardstick.scorecard("store-ops-manager")
        .name("Store operations manager")
        .version(2)
        .validFrom(Period.parse("2026-H1"))
        .validUntil(Period.parse("2026"))
        .section("KPI", 70)
        .item(GMV).weight(50).target(Target.levels(800_000, 1_000_000, 1_200_000))
        .scoredBy(LinearStrategy.rule(0.0001, 0, 120))
        .item(CVR).weight(30).target(Target.of(0.035)).scoredBy(LinearStrategy.rule(2_000, 0, 120))
        .item(CAC).weight(20).target(Target.levels(80, 60, 50)).scoredBy(LinearStrategy.rule(-1, -100, 0))
        .section("OKR", 30)
        .item(OKR).weight(100)
        .scoredBy(StepStrategy.rule(new StepStrategy.Params(
            List.of(new StepStrategy.Step(0.3, 60), new StepStrategy.Step(0.7, 100)),
            StepStrategy.Comparison.AT_LEAST, new BigDecimal("2.50"), Period.parse("2026-07"))))
        .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE)
        .rounding(1, RoundingMode.HALF_EVEN)
        .teamLink(TeamLink.blend(80, 20))
        .build();
  }

  /** Measurements of {@link #LI} for Q3. */
  public static List<Measurement> measurements() {
    return List.of(
        Measurement.of("emp-17", "store-gmv", Q3, new BigDecimal("1150000.00")),
        Measurement.ratio("emp-17", "conversion-rate", Q3, 3_150, 90_000),
        Measurement.of("emp-17", "cac", Q3, new BigDecimal("62.5")).withPart("search-ads", new BigDecimal("40.1")),
        Measurement.of("emp-17", "okr", Q3, 0.72));
  }
}

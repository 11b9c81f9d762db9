package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.rules.kpi.metrics.IndicatorIds;
import dev.yardstick.samples.company.FactsGenerator.CategoryPlan;
import dev.yardstick.samples.company.FactsGenerator.ChannelPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-person quarterly targets, set from the quarter's plan (not from the results): a store
 * category's or store's effective GMV, a channel's new users and impressions. Threshold, target
 * and stretch are 85%, 100% and 115% of the plan; 客單價 has a single target level. The catalog's defaults stay in force for the
 * other items.
 *
 * <pre>{@code
 * Map<String, Map<String, Target>> targets = SampleTargets.quarterly();
 * targets.get("emp-02").get("store-gmv");   // Wang Fang's apparel GMV target
 * }</pre>
 *
 * <p>The plan's effective GMV is {@code Σ months (visitors per day × days × order rate × average
 * order value × 95% paid × (1 − 72% of the refund rate) × 1.09 for three campaign days × 1.042
 * for weekends)}, rounded to 10,000 yuan; the Tmall traffic drop of August is not in the plan.
 */
public final class SampleTargets {

  private static final double PAID = 0.95;
  private static final double CAMPAIGN_UPLIFT = 1.09;
  private static final double WEEKEND_UPLIFT = 1.042;
  private static final double AD_CPM = 60;

  private SampleTargets() {}

  /** Subject id (employee or team) → indicator id → target, for 2026-Q3, in roster order. */
  public static Map<String, Map<String, Target>> quarterly() {
    Map<String, Map<String, Target>> targets = new LinkedHashMap<>();
    for (Employee e : Roster.employees()) {
      Map<String, Target> own = new LinkedHashMap<>();
      switch (e.roleId()) {
        case "store-ops-manager", "merchandise-specialist" -> {
          own.put(IndicatorIds.STORE_GMV, levels(plannedGmv(e.unit()), 10_000));
          own.put(IndicatorIds.REVENUE_PER_BUYER, Target.of(plannedRevenuePerBuyer(e.unit())));
        }
        case "marketing-manager" -> {
          own.put(IndicatorIds.NEW_USERS, levels(plannedNewUsers(null), 50));
          own.put(IndicatorIds.CONTENT_IMPRESSIONS, levels(plannedImpressions(null), 100_000));
        }
        case "new-media-specialist" -> {
          own.put(IndicatorIds.NEW_USERS, levels(plannedNewUsers(e.unit()), 50));
          own.put(IndicatorIds.CONTENT_IMPRESSIONS, levels(plannedImpressions(e.unit()), 10_000));
        }
        default -> {
          // the catalog's targets
        }
      }
      if (!own.isEmpty()) {
        targets.put(e.id(), Map.copyOf(own));
      }
    }
    return targets;
  }

  /** The team targets: each store team's effective GMV. */
  public static Map<String, Map<String, Target>> teams() {
    Map<String, Map<String, Target>> targets = new LinkedHashMap<>();
    targets.put(Roster.TMALL.id(), Map.of(IndicatorIds.STORE_GMV, levels(plannedGmv("tmall"), 10_000)));
    targets.put(Roster.DOUYIN.id(), Map.of(IndicatorIds.STORE_GMV, levels(plannedGmv("douyin"), 10_000)));
    return targets;
  }

  /** The planned quarterly effective GMV of a store ({@code tmall}) or category ({@code tmall/pet}). */
  public static double plannedGmv(String unit) {
    double sum = 0;
    List<Period> months = FactsGenerator.QUARTER.months();
    for (CategoryPlan plan : FactsGenerator.CATEGORIES) {
      if (!plan.unit().equals(unit) && !plan.store().equals(unit)) {
        continue;
      }
      for (int m = 0; m < months.size(); m++) {
        sum += plan.visitors(m) * months.get(m).lengthInDays() * plan.rate(m) * plan.aov()
            * PAID * (1 - 0.72 * plan.refundRate()) * CAMPAIGN_UPLIFT * WEEKEND_UPLIFT;
      }
    }
    return sum;
  }

  /**
   * The planned 客單價 of a store or category: the orders' planned average value ÷ 0.87, since
   * about 13% of a month's orders come from buyers who already bought that month; rounded to 5
   * yuan.
   */
  public static double plannedRevenuePerBuyer(String unit) {
    double sales = 0;
    double orders = 0;
    for (CategoryPlan plan : FactsGenerator.CATEGORIES) {
      if (plan.unit().equals(unit) || plan.store().equals(unit)) {
        for (int m = 0; m < 3; m++) {
          double n = plan.visitors(m) * plan.rate(m);
          orders += n;
          sales += n * plan.aov();
        }
      }
    }
    return Math.round(sales / orders / 0.87 / 5) * 5.0;
  }

  private static double plannedNewUsers(@org.jspecify.annotations.Nullable String channel) {
    double sum = 0;
    for (ChannelPlan plan : FactsGenerator.CHANNELS) {
      if (channel == null || plan.channel().equals(channel)) {
        sum += plan.spend() * (1 + 1.15 + 1) / plan.cac();
      }
    }
    return sum;
  }

  private static double plannedImpressions(@org.jspecify.annotations.Nullable String channel) {
    double sum = 0;
    for (ChannelPlan plan : FactsGenerator.CHANNELS) {
      if (channel == null || plan.channel().equals(channel)) {
        sum += plan.spend() * (1 + 1.15 + 1) / AD_CPM * 1000 + 3 * plan.organicImpressions();
      }
    }
    return sum;
  }

  /** 85%, 100% and 115% of the plan rounded to {@code roundTo}, each a whole number. */
  private static Target levels(double plan, long roundTo) {
    long target = Math.round(plan / roundTo) * roundTo;
    return Target.levels(target * 85 / 100, target, target * 115 / 100);
  }
}

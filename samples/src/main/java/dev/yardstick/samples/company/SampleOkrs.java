package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.kpi.metrics.StoreMetrics;
import dev.yardstick.rules.okr.ConfidenceScale;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.rules.okr.Okr;
import dev.yardstick.rules.okr.OkrSet;
import dev.yardstick.samples.company.CompanyFacts.CategoryMonth;
import dev.yardstick.samples.company.CompanyFacts.CommunityMonth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarter's OKRs, set with the employees at the start of the quarter (the guide's "OKR
 * combined with KPI") and checked in at each month's end from the facts.
 *
 * <ul>
 *   <li>Li Wei (Tmall, committed): "Raise the pet category's share of Tmall GMV to 10%", KRs
 *       "Launch 12 new pet products" and "New-product conversion rate reaches 3.5%" (from 2.0%).
 *   <li>Yang Lei (Douyin, committed): "Raise the home-fragrance category's share of Douyin GMV to
 *       8%", KRs "Launch 8 new fragrance products" and "New-product conversion rate reaches 3.5%".
 *   <li>Cao Rui (marketing, aspirational): "Build the private traffic pool", KRs "Grow the WeChat
 *       community from 12,000 to 20,000 members" and "Community members' repurchase rate reaches
 *       25%" (from 15%).
 * </ul>
 *
 * <p>The new categories are new as a whole, so the new-product conversion rate is the category's
 * buyer conversion (buyers ÷ visitors) of the month.
 *
 * <pre>{@code
 * OkrSet okrs = SampleOkrs.of(facts);
 * Measurement m = okrs.measurement("emp-01", Okr.OKR_SCORE.id(), Period.parse("2026-Q3"));
 * }</pre>
 */
public final class SampleOkrs {

  /** The employees with OKRs. */
  public static final List<String> OWNERS = List.of("emp-01", "emp-06", "emp-29");

  private SampleOkrs() {}

  /** The quarter's objectives with their check-ins. */
  public static OkrSet of(CompanyFacts facts) {
    return OkrSet.of(
        newCategory(facts, "emp-01", "tmall/pet", "pet", "Tmall", 10, 12, 0.020, 0.035),
        newCategory(facts, "emp-06", "douyin/fragrance", "home-fragrance", "Douyin", 8, 8, 0.022, 0.035),
        privateTraffic(facts));
  }

  /** The OKR-score measurements of the owners for the quarter. */
  public static List<Measurement> measurements(OkrSet okrs, Period quarter) {
    List<Measurement> list = new ArrayList<>();
    for (String owner : OWNERS) {
      list.add(okrs.measurement(owner, Okr.OKR_SCORE.id(), quarter));
    }
    return list;
  }

  private static Objective newCategory(
      CompanyFacts facts,
      String owner,
      String unit,
      String category,
      String store,
      int sharePercent,
      int launches,
      double cvrStart,
      double cvrTarget) {
    KeyResult launch =
        KeyResult.metric("kr-launch", "Launch " + launches + " new " + category + " products", 50, 0, launches);
    KeyResult cvr =
        KeyResult.metric(
            "kr-cvr",
            "New-product conversion rate reaches " + percent(cvrTarget),
            50,
            cvrStart,
            cvrTarget);
    int launched = 0;
    for (Period month : facts.months()) {
      CategoryMonth c = facts.category(unit, month).orElseThrow();
      launched += c.launchedProducts();
      double conversion = (double) c.buyers() / c.visitors();
      launch = launch.checkIn(month.end(), Math.min(launched, launches), 7, ConfidenceScale.ZERO_TO_TEN);
      cvr = cvr.checkIn(month.end(), round4(conversion), 6, ConfidenceScale.ZERO_TO_TEN);
    }
    return Objective.builder(
            "o-" + unit.replace('/', '-'),
            "Raise the " + category + " category's share of " + store + " GMV to " + sharePercent + "%")
        .owner(owner)
        .period(facts.quarter())
        .committed()
        .keyResult(launch)
        .keyResult(cvr)
        .build();
  }

  private static Objective privateTraffic(CompanyFacts facts) {
    KeyResult members =
        KeyResult.metric("kr-members", "Grow the WeChat community to 20,000 members", 60, 12_000, 20_000);
    KeyResult repurchase =
        KeyResult.metric("kr-repurchase", "Community members' repurchase rate reaches 25%", 40, 0.15, 0.25);
    for (Period month : facts.months()) {
      CommunityMonth c = facts.community(month).orElseThrow();
      members = members.checkIn(month.end(), c.members(), 6, ConfidenceScale.ZERO_TO_TEN);
      repurchase =
          repurchase.checkIn(
              month.end(),
              round4((double) c.repeatBuyers() / c.memberBuyers()),
              5,
              ConfidenceScale.ZERO_TO_TEN);
    }
    return Objective.builder("o-private-traffic", "Build the private traffic pool (私域流量)")
        .owner("emp-29")
        .period(facts.quarter())
        .aspirational()
        .keyResult(members)
        .keyResult(repurchase)
        .build();
  }

  /**
   * The share of a category in its store's effective GMV over the quarter, for the objective's
   * headline ("the pet category's share of GMV").
   */
  public static BigDecimal categoryShare(CompanyFacts facts, String unit) {
    String store = unit.substring(0, unit.indexOf('/'));
    BigDecimal category = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (CategoryMonth c : facts.categories()) {
      if (!c.store().equals(store)) {
        continue;
      }
      BigDecimal gmv = StoreMetrics.gmv(c.orders()).effective();
      total = total.add(gmv);
      if (c.unit().equals(unit)) {
        category = category.add(gmv);
      }
    }
    return category.divide(total, MathContext.DECIMAL64);
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static String percent(double fraction) {
    return BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString() + "%";
  }
}

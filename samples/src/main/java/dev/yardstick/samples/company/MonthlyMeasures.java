package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.kpi.metrics.AdSpend;
import dev.yardstick.rules.kpi.metrics.AnalysisMetrics;
import dev.yardstick.rules.kpi.metrics.ContentMetrics;
import dev.yardstick.rules.kpi.metrics.IndicatorIds;
import dev.yardstick.rules.kpi.metrics.InventorySnapshot;
import dev.yardstick.rules.kpi.metrics.MarketingMetrics;
import dev.yardstick.rules.kpi.metrics.Order;
import dev.yardstick.rules.kpi.metrics.ResponseTimes;
import dev.yardstick.rules.kpi.metrics.Scope;
import dev.yardstick.rules.kpi.metrics.ServiceMetrics;
import dev.yardstick.rules.kpi.metrics.ServiceTicket;
import dev.yardstick.rules.kpi.metrics.SkuSales;
import dev.yardstick.rules.kpi.metrics.StoreMetrics;
import dev.yardstick.rules.kpi.metrics.SurveyResponse;
import dev.yardstick.rules.kpi.metrics.Traffic;
import dev.yardstick.samples.company.CompanyFacts.AnalysisMonth;
import dev.yardstick.samples.company.CompanyFacts.CategoryMonth;
import dev.yardstick.samples.company.CompanyFacts.ChannelMonth;
import dev.yardstick.samples.company.CompanyFacts.ContentMonth;
import dev.yardstick.samples.company.CompanyFacts.ServiceMonth;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the raw facts into monthly measurements with the calculators of {@code
 * dev.yardstick.rules.kpi.metrics}: each employee's, from the facts of the unit they own, and the
 * store and service teams', for the team scorecards their members are linked to.
 *
 * <pre>{@code
 * List<Measurement> monthly = MonthlyMeasures.of(facts);
 * }</pre>
 *
 * <p>A month without facts (the employee on leave) gives no measurements for that month: the
 * aggregation then reports it as missing rather than the calculators inventing zeros.
 */
public final class MonthlyMeasures {

  /** After-sales cases are due within 24 hours (the guide's response standard). */
  public static final Duration AFTER_SALES_SLA = Duration.ofHours(24);

  /** A piece of content with 100,000 views or more is a hit (10萬+). */
  public static final long HIT_VIEWS = 100_000;

  private MonthlyMeasures() {}

  /** Every employee's and every linked team's monthly measurements, roster order, then teams. */
  public static List<Measurement> of(CompanyFacts facts) {
    List<Measurement> all = new ArrayList<>();
    for (Employee e : Roster.employees()) {
      for (Period month : facts.months()) {
        all.addAll(of(facts, e, month));
      }
    }
    for (Period month : facts.months()) {
      all.addAll(store(Scope.of(Roster.TMALL.id(), month), facts, "tmall", month));
      all.addAll(store(Scope.of(Roster.DOUYIN.id(), month), facts, "douyin", month));
      all.addAll(service(Scope.of(Roster.SERVICE.id(), month), facts.serviceIn(month)));
    }
    return List.copyOf(all);
  }

  /** One employee's measurements for one month; empty when the employee has no facts for it. */
  public static List<Measurement> of(CompanyFacts facts, Employee e, Period month) {
    Scope scope = Scope.of(e.id(), month);
    return switch (e.roleId()) {
      case "store-ops-manager" -> store(scope, facts, e.unit(), month);
      case "merchandise-specialist" ->
          facts.category(e.unit(), month).map(c -> store(scope, List.of(c), c.rankBefore(), c.rankAfter()))
              .orElse(List.of());
      case "marketing-manager" -> channels(scope, facts.channelsIn(month), null);
      case "new-media-specialist" ->
          facts.channel(e.unit(), month).map(c -> channels(scope, List.of(c), c.channel()))
              .orElse(List.of());
      case "cs-supervisor" -> service(scope, facts.serviceIn(month));
      case "cs-specialist" ->
          facts.service(e.id(), month).map(s -> service(scope, List.of(s))).orElse(List.of());
      case "content-specialist" ->
          facts.content(e.id(), month).map(c -> content(scope, c)).orElse(List.of());
      case "data-analyst" ->
          facts.analysis(e.id(), month).map(a -> analysis(scope, a)).orElse(List.of());
      default -> throw new IllegalArgumentException(
          "employee '" + e.id() + "' has role '" + e.roleId() + "', which the sample does not measure");
    };
  }

  private static List<Measurement> store(Scope scope, CompanyFacts facts, String store, Period month) {
    CompanyFacts.StoreMonth rank = facts.store(store, month).orElseThrow();
    return store(scope, facts.categoriesOf(store, month), rank.rankBefore(), rank.rankAfter());
  }

  /** Store measurements over one or more categories of one month. */
  private static List<Measurement> store(
      Scope scope, List<CategoryMonth> categories, int rankBefore, int rankAfter) {
    List<Order> orders = new ArrayList<>();
    List<Order> campaign = new ArrayList<>();
    List<Traffic> traffic = new ArrayList<>();
    List<SkuSales> skus = new ArrayList<>();
    BigDecimal campaignTarget = BigDecimal.ZERO;
    BigDecimal cogs = BigDecimal.ZERO;
    BigDecimal opening = BigDecimal.ZERO;
    BigDecimal closing = BigDecimal.ZERO;
    for (CategoryMonth c : categories) {
      orders.addAll(c.orders());
      campaign.addAll(c.campaignOrders());
      traffic.add(c.traffic());
      skus.addAll(c.skus());
      campaignTarget = campaignTarget.add(c.campaignTarget());
      cogs = cogs.add(c.costOfGoodsSold());
      opening = opening.add(c.openingInventory());
      closing = closing.add(c.closingInventory());
    }
    Period month = scope.period();
    return List.of(
        StoreMetrics.effectiveGmv(scope, orders),
        StoreMetrics.conversionRate(scope, traffic),
        StoreMetrics.revenuePerBuyer(scope, orders),
        StoreMetrics.campaignAchievementRate(
            scope, StoreMetrics.gmv(campaign).effective(), campaignTarget),
        StoreMetrics.skuMovementRate(scope, skus, StoreMetrics.SkuBase.IN_STOCK),
        StoreMetrics.inventoryTurnover(
            scope,
            cogs,
            List.of(
                new InventorySnapshot(month.start(), opening),
                new InventorySnapshot(month.end(), closing))),
        StoreMetrics.searchRankImprovement(scope, rankBefore, rankAfter));
  }

  /** Marketing measurements over one channel, or all channels when {@code channel} is null. */
  private static List<Measurement> channels(
      Scope scope, List<ChannelMonth> channels, @org.jspecify.annotations.Nullable String channel) {
    BigDecimal spend = BigDecimal.ZERO;
    BigDecimal gmv = BigDecimal.ZERO;
    BigDecimal adRevenue = BigDecimal.ZERO;
    long newCustomers = 0;
    long impressions = 0;
    List<Traffic> traffic = new ArrayList<>();
    List<AdSpend> ads = new ArrayList<>();
    for (ChannelMonth c : channels) {
      spend = spend.add(c.spend());
      gmv = gmv.add(c.gmv());
      adRevenue = adRevenue.add(c.adRevenue());
      newCustomers += c.newCustomers();
      impressions += c.impressions();
      traffic.add(c.traffic());
      ads.addAll(c.ads());
    }
    Measurement conversion =
        channel == null
            ? StoreMetrics.conversionRate(scope.as(IndicatorIds.CHANNEL_CONVERSION_RATE), traffic)
            : MarketingMetrics.channelConversionRate(scope, traffic, channel);
    return List.of(
        MarketingMetrics.cac(scope, spend, newCustomers),
        conversion,
        Measurement.of(scope.subjectId(), IndicatorIds.NEW_USERS, scope.period(),
            BigDecimal.valueOf(newCustomers)),
        MarketingMetrics.promotionCostRatio(scope, spend, gmv),
        Measurement.of(scope.subjectId(), IndicatorIds.CONTENT_IMPRESSIONS, scope.period(),
            BigDecimal.valueOf(impressions)),
        MarketingMetrics.creativeCtr(scope, ads),
        MarketingMetrics.channelRoi(scope, adRevenue, spend));
  }

  /** Service measurements over one or more agents' months. */
  private static List<Measurement> service(Scope scope, List<ServiceMonth> months) {
    List<ServiceTicket> tickets = new ArrayList<>();
    List<SurveyResponse> surveys = new ArrayList<>();
    long orders = 0;
    long guided = 0;
    long repurchased = 0;
    long audited = 0;
    long compliant = 0;
    for (ServiceMonth s : months) {
      tickets.addAll(s.tickets());
      surveys.addAll(s.surveys());
      orders += s.ordersServed();
      guided += s.guided();
      repurchased += s.repurchased();
      audited += s.audited();
      compliant += s.compliant();
    }
    Instant asOf = scope.period().end().plusDays(1).atStartOfDay().toInstant(FactsGenerator.ZONE);
    return List.of(
        ServiceMetrics.csat(scope, surveys, 1, 5),
        ServiceMetrics.fcr(scope, tickets),
        ServiceMetrics.firstResponseTime(scope, tickets, asOf, ResponseTimes.Statistic.MEDIAN),
        ServiceMetrics.afterSalesTimeliness(scope, tickets, AFTER_SALES_SLA, asOf),
        ServiceMetrics.complaintRate(scope, tickets, orders),
        ServiceMetrics.repurchaseGuidanceRate(scope, guided, repurchased),
        ServiceMetrics.scriptCompliance(scope, audited, compliant));
  }

  private static List<Measurement> content(Scope scope, ContentMonth c) {
    return List.of(
        ContentMetrics.contentConversionRate(
            scope, c.pieces(), ContentMetrics.ConversionBase.DETAIL_PAGE_VIEWS),
        ContentMetrics.interactionRate(scope, c.pieces(), ContentMetrics.InteractionBase.VIEWS),
        Measurement.ratio(scope.subjectId(), IndicatorIds.PRODUCTION_EFFICIENCY, scope.period(),
            BigDecimal.valueOf(c.approved()), BigDecimal.valueOf(c.workingDays())),
        ContentMetrics.hitContentShare(
            scope, c.pieces(), ContentMetrics.HitMeasure.VIEWS, HIT_VIEWS),
        Measurement.ratio(scope.subjectId(), IndicatorIds.PREFERENCE_MATCH, scope.period(),
            BigDecimal.valueOf(c.preferredTopic()), BigDecimal.valueOf(c.pieces().size())));
  }

  private static List<Measurement> analysis(Scope scope, AnalysisMonth a) {
    return List.of(
        AnalysisMetrics.reportTimeliness(scope, a.reports()),
        AnalysisMetrics.adoptionRate(scope, a.reports()),
        AnalysisMetrics.alertPrecision(scope, a.alerts()),
        AnalysisMetrics.alertRecall(scope, a.alerts(), a.realAnomalies()),
        Measurement.ratio(scope.subjectId(), IndicatorIds.TOOL_EFFICIENCY, scope.period(),
            BigDecimal.valueOf(a.automatedReports()), BigDecimal.valueOf(a.recurringReports())));
  }

  /**
   * An analyst's collaboration satisfaction for the quarter: a quarterly survey, not a monthly
   * fact, so it is measured for the quarter directly, with one part per partner department
   * ({@code partner.store}, …) for the ratings rule.
   */
  public static Optional<Measurement> collaboration(CompanyFacts facts, Employee analyst) {
    return facts.partnerRatings(analyst.id()).map(r -> {
      // the value is informative only (the mean rating); the ratings rule reads the parts
      BigDecimal mean =
          BigDecimal.valueOf(r.ratings().values().stream().mapToInt(Integer::intValue).sum())
              .divide(BigDecimal.valueOf(r.ratings().size()), java.math.MathContext.DECIMAL64);
      Measurement m = Measurement.of(analyst.id(), IndicatorIds.COLLABORATION_SATISFACTION,
          facts.quarter(), mean);
      for (var rating : r.ratings().entrySet()) {
        m = m.withPart("partner." + rating.getKey(), BigDecimal.valueOf(rating.getValue()));
      }
      return m;
    });
  }
}

package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.kpi.metrics.AdSpend;
import dev.yardstick.rules.kpi.metrics.Alert;
import dev.yardstick.rules.kpi.metrics.ContentStats;
import dev.yardstick.rules.kpi.metrics.Order;
import dev.yardstick.rules.kpi.metrics.ReportDelivery;
import dev.yardstick.rules.kpi.metrics.ServiceTicket;
import dev.yardstick.rules.kpi.metrics.SkuSales;
import dev.yardstick.rules.kpi.metrics.SurveyResponse;
import dev.yardstick.samples.company.CompanyFacts.AbTestFacts;
import dev.yardstick.samples.company.CompanyFacts.AnalysisMonth;
import dev.yardstick.samples.company.CompanyFacts.CategoryMonth;
import dev.yardstick.samples.company.CompanyFacts.ChannelMonth;
import dev.yardstick.samples.company.CompanyFacts.CommunityMonth;
import dev.yardstick.samples.company.CompanyFacts.ContentMonth;
import dev.yardstick.samples.company.CompanyFacts.PartnerRatings;
import dev.yardstick.samples.company.CompanyFacts.ServiceMonth;
import dev.yardstick.samples.company.CompanyFacts.StoreMonth;
import dev.yardstick.tracking.abtest.Arm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates the sample company's quarter of raw facts from a seed, deterministically: the same
 * seed gives the same facts on every machine and JDK (one {@link SplittableRandom} per store
 * category, channel and employee, seeded from the seed and the unit's name, so that one unit's
 * facts do not depend on how many numbers another unit drew).
 *
 * <p>The quirks of the quarter 2026-Q3:
 *
 * <ul>
 *   <li>returns and partial refunds on every store (apparel most), and brushed orders (刷單),
 *       which risk control flagged, most of them in Douyin snacks in July: effective GMV excludes
 *       both;
 *   <li>a traffic drop on Tmall from 14 to 20 August (a search-ranking penalty), which also hits
 *       the Qixi (七夕) campaign of 17–19 August;
 *   <li>a CAC spike in August: a bidding war on Douyin and Kuaishou ads before Qixi doubled the
 *       spend without bringing more new customers;
 *   <li>a hero SKU out of stock in Douyin apparel in August, which lowers its conversion;
 *   <li>a detail-page A/B test in the new Tmall pet category in August and September;
 *   <li>a missing month: {@value Roster#ON_LEAVE_IN_AUGUST} (Xiaohongshu channel) was on leave in
 *       August and the channel paused, so there are no facts for it in 2026-08.
 * </ul>
 *
 * <pre>{@code
 * CompanyFacts facts = FactsGenerator.generate(FactsGenerator.DEFAULT_SEED);
 * }</pre>
 */
public final class FactsGenerator {

  /** The seed of the documented sample run. */
  public static final long DEFAULT_SEED = 20260701L;

  /** The quarter the sample company is evaluated for. */
  public static final Period QUARTER = Period.parse("2026-Q3");

  /** The company's time zone (China Standard Time). */
  public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

  /** The first and last day of the Tmall traffic drop. */
  public static final LocalDate DROP_FROM = LocalDate.of(2026, 8, 14);

  /** The last day of the Tmall traffic drop. */
  public static final LocalDate DROP_TO = LocalDate.of(2026, 8, 20);

  private static final double DROP_FACTOR = 0.55;

  /** The campaign of each month: its first day; each campaign lasts three days. */
  private static final List<LocalDate> CAMPAIGN_STARTS =
      List.of(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 17), LocalDate.of(2026, 9, 7));

  /** The plan of a store category: the figures the targets were set from. */
  record CategoryPlan(
      String store,
      String category,
      String ownerId,
      double visitorsPerDay,
      double monthlyGrowth,
      double orderRate,
      double orderRateGrowth,
      double aov,
      double refundRate,
      int skus,
      boolean isNew) {

    String unit() {
      return store + "/" + category;
    }

    double visitors(int monthIndex) {
      return visitorsPerDay * Math.pow(1 + monthlyGrowth, monthIndex);
    }

    double rate(int monthIndex) {
      return orderRate + orderRateGrowth * monthIndex;
    }
  }

  static final List<CategoryPlan> CATEGORIES =
      List.of(
          new CategoryPlan("tmall", "apparel", "emp-02", 2600, 0, 0.040, 0, 260, 0.10, 48, false),
          new CategoryPlan("tmall", "home", "emp-03", 1800, 0, 0.035, 0, 320, 0.06, 40, false),
          new CategoryPlan("tmall", "beauty", "emp-04", 2200, 0, 0.045, 0, 210, 0.05, 36, false),
          new CategoryPlan("tmall", "pet", "emp-05", 700, 0.30, 0.028, 0.004, 180, 0.05, 8, true),
          new CategoryPlan("douyin", "snacks", "emp-07", 3000, 0, 0.044, 0, 85, 0.04, 30, false),
          new CategoryPlan("douyin", "apparel", "emp-08", 2000, 0, 0.038, 0, 190, 0.12, 40, false),
          new CategoryPlan("douyin", "kitchen", "emp-09", 1500, 0, 0.033, 0, 230, 0.05, 32, false),
          new CategoryPlan(
              "douyin", "fragrance", "emp-10", 600, 0.30, 0.030, 0.004, 150, 0.05, 6, true));

  /** The plan of a marketing channel. */
  record ChannelPlan(
      String channel,
      String ownerId,
      double spend,
      double cac,
      double ctr,
      double roas,
      double visitors,
      double buyerRate,
      double organicImpressions) {}

  static final List<ChannelPlan> CHANNELS =
      List.of(
          new ChannelPlan("wechat", "emp-30", 34_000, 40, 0.030, 2.0, 60_000, 0.024, 260_000),
          new ChannelPlan("weibo", "emp-31", 28_000, 48, 0.022, 1.6, 55_000, 0.018, 300_000),
          new ChannelPlan("douyin", "emp-32", 52_000, 45, 0.028, 2.1, 95_000, 0.022, 320_000),
          new ChannelPlan("xiaohongshu", "emp-33", 31_000, 42, 0.032, 1.9, 45_000, 0.023, 270_000),
          new ChannelPlan("bilibili", "emp-34", 24_000, 50, 0.026, 1.5, 50_000, 0.020, 230_000),
          new ChannelPlan("kuaishou", "emp-35", 32_000, 46, 0.025, 1.8, 65_000, 0.021, 280_000),
          new ChannelPlan("tmall-ztc", "emp-29", 70_000, 55, 0.018, 2.4, 110_000, 0.030, 0));

  /** Spend multiplier of the August bidding war, by channel. */
  private static final Map<String, Double> AUGUST_BIDDING_WAR =
      Map.of("douyin", 1.9, "kuaishou", 1.6);

  /** Cost per thousand ad impressions, in yuan. */
  private static final double CPM = 60;

  /** Cost of goods sold as a share of effective GMV. */
  private static final BigDecimal COGS_SHARE = new BigDecimal("0.55");

  private FactsGenerator() {}

  /**
   * The quarter's facts for a seed.
   *
   * <pre>{@code
   * CompanyFacts facts = FactsGenerator.generate(20260701L);
   * }</pre>
   */
  public static CompanyFacts generate(long seed) {
    List<Period> months = QUARTER.months();
    List<CategoryMonth> categories = new ArrayList<>();
    for (CategoryPlan plan : CATEGORIES) {
      categories.addAll(category(seed, plan, months));
    }
    List<StoreMonth> stores = new ArrayList<>();
    stores.addAll(storeRanks(seed, "tmall", months, 18));
    stores.addAll(storeRanks(seed, "douyin", months, 25));
    List<ChannelMonth> channels = new ArrayList<>();
    for (ChannelPlan plan : CHANNELS) {
      channels.addAll(channel(seed, plan, months));
    }
    List<ServiceMonth> service = new ArrayList<>();
    List<ContentMonth> content = new ArrayList<>();
    List<AnalysisMonth> analysis = new ArrayList<>();
    List<PartnerRatings> ratings = new ArrayList<>();
    for (Employee e : Roster.employees()) {
      switch (e.roleId()) {
        case "cs-specialist" -> service.addAll(agent(seed, e, months));
        case "content-specialist" -> content.addAll(author(seed, e, months));
        case "data-analyst" -> {
          analysis.addAll(analyst(seed, e, months));
          ratings.add(partnerRatings(seed, e));
        }
        default -> {
          // store, marketing and supervisor facts come from their units
        }
      }
    }
    return new CompanyFacts(
        seed,
        QUARTER,
        categories,
        stores,
        channels,
        community(seed, months),
        service,
        content,
        analysis,
        ratings,
        abTest(seed, categories));
  }

  /**
   * The performance factor of an employee: about 1, between 0.8 and 1.2, drawn from the seed. It
   * scales the facts the employee influences (conversion, speed, quality), so that the quarter's
   * totals spread as they would in a real team.
   */
  static double performance(long seed, String employeeId) {
    SplittableRandom rng = rng(seed, "performance:" + employeeId);
    return clamp(1 + 0.09 * rng.nextGaussian(), 0.8, 1.2);
  }

  // ------------------------------------------------------------------ store categories

  private static List<CategoryMonth> category(long seed, CategoryPlan plan, List<Period> months) {
    SplittableRandom rng = rng(seed, "category:" + plan.unit());
    double f = performance(seed, plan.ownerId());
    List<CategoryMonth> result = new ArrayList<>();
    List<long[]> stock = new ArrayList<>(); // per SKU: units on hand
    List<String> skuIds = new ArrayList<>();
    for (int i = 0; i < plan.skus(); i++) {
      skuIds.add(skuId(plan, i));
      stock.add(new long[] {20 + rng.nextInt(180)});
    }
    double plannedMonthlyGmv = plan.visitors(0) * 30 * plan.rate(0) * plan.aov();
    BigDecimal opening =
        money(plannedMonthlyGmv * 0.55 * 2 * (0.9 + 0.2 * rng.nextDouble()));
    int rank = 15 + rng.nextInt(25);
    for (int m = 0; m < months.size(); m++) {
      Period month = months.get(m);
      boolean august = month.index() == 8;
      double rate = plan.rate(m) * Math.pow(f, 0.7);
      if (august && plan.unit().equals("douyin/apparel")) {
        rate *= 0.75; // hero SKU out of stock
      }
      double brushRate =
          plan.unit().equals("douyin/snacks") && month.index() == 7 ? 0.06 : 0.004;
      double expectedOrders = plan.visitors(m) * month.lengthInDays() * rate;
      int buyerPool = (int) Math.max(50, expectedOrders * 3);
      List<Order> orders = new ArrayList<>();
      Set<String> campaignIds = new HashSet<>();
      Map<LocalDate, Long> daily = new TreeMap<>();
      double campaignPlan = 0;
      for (LocalDate day = month.start(); !day.isAfter(month.end()); day = day.plusDays(1)) {
        boolean campaign = isCampaignDay(day);
        double dow = isWeekend(day) ? 1.15 : 1.0;
        double drop = plan.store().equals("tmall") && inDrop(day) ? DROP_FACTOR : 1.0;
        double base = plan.visitors(m) * dow * (campaign ? 1.2 : 1.0);
        long visitors = Math.max(0, Math.round(base * drop * (1 + 0.05 * rng.nextGaussian())));
        daily.put(day, visitors);
        double dayRate = rate * (campaign ? 1.6 : 1.0);
        if (campaign) {
          // paid share 95%, refunds take 72% of the refund rate (60% full, 40% about 30%)
          campaignPlan +=
              base * plan.rate(m) * 1.6 * plan.aov() * 0.95 * (1 - 0.72 * plan.refundRate());
        }
        double lambda = visitors * dayRate;
        long n = Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.nextGaussian()));
        n = Math.min(n, visitors);
        for (int k = 0; k < n; k++) {
          String id =
              String.format(
                  Locale.ROOT,
                  "%s-%s-%02d%02d-%04d",
                  plan.store(),
                  plan.category(),
                  day.getMonthValue(),
                  day.getDayOfMonth(),
                  k + 1);
          Order order = order(rng, plan, id, buyerPool, brushRate);
          orders.add(order);
          if (campaign) {
            campaignIds.add(id);
          }
        }
      }
      // SKUs: the month's launches, then every SKU's receipts and sales
      int launched = 0;
      if (plan.isNew()) {
        launched = (plan.store().equals("tmall") ? 3 : 2) + rng.nextInt(2);
        for (int i = 0; i < launched; i++) {
          skuIds.add(skuId(plan, skuIds.size()));
          stock.add(new long[] {0});
        }
      }
      List<SkuSales> skus = new ArrayList<>();
      double moveProbability = clamp(0.72 * Math.sqrt(f), 0.3, 0.95);
      int firstLaunched = skuIds.size() - launched;
      for (int i = 0; i < skuIds.size(); i++) {
        long on = stock.get(i)[0];
        boolean fresh = i >= firstLaunched;
        long received = fresh ? 60 + rng.nextInt(60) : on < 30 ? 40 + rng.nextInt(100) : rng.nextInt(40);
        long available = on + received;
        boolean listed = fresh || rng.nextDouble() > 0.04;
        double p = fresh ? 0.9 : moveProbability;
        long sold = listed && available > 0 && rng.nextDouble() < p
            ? 1 + rng.nextInt((int) Math.min(available, 80)) : 0;
        skus.add(new SkuSales(skuIds.get(i), on, received, sold, listed));
        stock.get(i)[0] = available - sold;
      }
      BigDecimal effective = effectiveGmv(orders);
      BigDecimal cogs = effective.multiply(COGS_SHARE).setScale(2, RoundingMode.HALF_UP);
      // stock follows the category's growth, so that a growing category's turnover stays sane
      BigDecimal closing =
          opening
              .multiply(BigDecimal.valueOf((0.9 + 0.2 * rng.nextDouble()) * (1 + plan.monthlyGrowth())))
              .setScale(2, RoundingMode.HALF_UP);
      int improvement =
          (int) Math.round(2 * f + 1.5 * rng.nextGaussian())
              - (plan.store().equals("tmall") && august ? 5 : 0);
      int after = Math.max(1, rank - improvement);
      BigDecimal campaignTarget =
          BigDecimal.valueOf(Math.round(campaignPlan / 1000.0) * 1000L).setScale(2);
      result.add(
          new CategoryMonth(
              plan.store(),
              plan.category(),
              month,
              orders,
              campaignIds,
              campaignTarget,
              daily,
              skus,
              opening,
              closing,
              cogs,
              rank,
              after,
              launched));
      opening = closing;
      rank = after;
    }
    return result;
  }

  private static Order order(
      SplittableRandom rng, CategoryPlan plan, String id, int buyerPool, double brushRate) {
    double u = rng.nextDouble();
    Order.Status status =
        u < 0.03 ? Order.Status.UNPAID : u < 0.05 ? Order.Status.CANCELLED : Order.Status.PAID;
    long cents =
        Math.max(990, Math.round(plan.aov() * Math.exp(0.4 * rng.nextGaussian() - 0.08) * 100));
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    boolean brushed = status == Order.Status.PAID && rng.nextDouble() < brushRate;
    String buyer =
        plan.store() + "-" + plan.category() + "-" + (brushed ? "x" : "b") + rng.nextInt(buyerPool);
    BigDecimal refunded = BigDecimal.ZERO.setScale(2);
    if (status == Order.Status.PAID && !brushed && rng.nextDouble() < plan.refundRate()) {
      refunded =
          rng.nextDouble() < 0.6
              ? amount
              : BigDecimal.valueOf(Math.round(cents * (0.1 + 0.4 * rng.nextDouble())), 2);
    }
    return new Order(id, buyer, status, amount, refunded, brushed);
  }

  /** Σ paid − refunds on real paid orders − brushed paid orders, as the calculator defines it. */
  private static BigDecimal effectiveGmv(List<Order> orders) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Order o : orders) {
      if (o.isRealSale()) {
        sum = sum.add(o.amount()).subtract(o.refunded());
      }
    }
    return sum;
  }

  private static String skuId(CategoryPlan plan, int i) {
    return String.format(Locale.ROOT, "%s-%s-sku-%03d", plan.store(), plan.category(), i + 1);
  }

  private static List<StoreMonth> storeRanks(
      long seed, String store, List<Period> months, int start) {
    SplittableRandom rng = rng(seed, "store:" + store);
    List<StoreMonth> list = new ArrayList<>();
    int rank = start;
    for (Period month : months) {
      int improvement = 3 + rng.nextInt(3) - (store.equals("tmall") && month.index() == 8 ? 9 : 0);
      int after = Math.max(1, rank - improvement);
      list.add(new StoreMonth(store, month, rank, after));
      rank = after;
    }
    return list;
  }

  /** Whether a day belongs to a campaign (three days from each month's campaign start). */
  public static boolean isCampaignDay(LocalDate day) {
    for (LocalDate start : CAMPAIGN_STARTS) {
      if (!day.isBefore(start) && day.isBefore(start.plusDays(3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inDrop(LocalDate day) {
    return !day.isBefore(DROP_FROM) && !day.isAfter(DROP_TO);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  // ------------------------------------------------------------------ marketing

  private static List<ChannelMonth> channel(long seed, ChannelPlan plan, List<Period> months) {
    SplittableRandom rng = rng(seed, "channel:" + plan.channel());
    double f = performance(seed, plan.ownerId());
    List<ChannelMonth> list = new ArrayList<>();
    for (Period month : months) {
      boolean august = month.index() == 8;
      double season = august ? 1.15 : 1.0;
      double spend = plan.spend() * season * (1 + 0.05 * rng.nextGaussian());
      double war = august ? AUGUST_BIDDING_WAR.getOrDefault(plan.channel(), 1.0) : 1.0;
      // the bidding war raises the spend, not the customers (who cost more than ever)
      long newCustomers =
          Math.round(spend / plan.cac() * f * (war > 1 ? 0.95 / season : 1.0)
              * (1 + 0.04 * rng.nextGaussian()));
      spend *= war;
      if (plan.ownerId().equals(Roster.ON_LEAVE_IN_AUGUST) && august) {
        continue; // on leave: the channel paused, nothing reported
      }
      double[] split = {0.5, 0.3, 0.2};
      List<AdSpend> ads = new ArrayList<>();
      for (int c = 0; c < split.length; c++) {
        BigDecimal lineSpend = money(spend * split[c]);
        long impressions = Math.round(lineSpend.doubleValue() / CPM * 1000);
        double ctr = plan.ctr() * Math.sqrt(f) * (1 + 0.08 * rng.nextGaussian());
        long clicks = Math.min(impressions, Math.round(impressions * ctr));
        BigDecimal revenue =
            money(lineSpend.doubleValue() * plan.roas() * f * (1 + 0.1 * rng.nextGaussian()));
        ads.add(
            new AdSpend(
                plan.channel(),
                plan.channel() + "-creative-" + (char) ('a' + c),
                lineSpend,
                impressions,
                clicks,
                revenue));
      }
      long visitors = Math.round(plan.visitors() * season * (1 + 0.05 * rng.nextGaussian()));
      long buyers = Math.round(visitors * plan.buyerRate() * f * (1 + 0.05 * rng.nextGaussian()));
      BigDecimal organic = money(buyers * 260.0 * (1 + 0.05 * rng.nextGaussian()));
      long organicImpressions =
          Math.round(plan.organicImpressions() * f * (1 + 0.08 * rng.nextGaussian()));
      list.add(
          new ChannelMonth(
              plan.channel(), month, ads, newCustomers, visitors, buyers, organic,
              organicImpressions));
    }
    return list;
  }

  private static List<CommunityMonth> community(long seed, List<Period> months) {
    SplittableRandom rng = rng(seed, "community");
    double f = performance(seed, "emp-29");
    List<CommunityMonth> list = new ArrayList<>();
    long members = 12_000;
    double[] repeat = {0.17, 0.19, 0.22};
    for (int m = 0; m < months.size(); m++) {
      members += Math.round((1_500 + 250 * rng.nextGaussian()) * f);
      long buyers = Math.round(members * (0.12 + 0.01 * rng.nextGaussian()));
      long repeaters = Math.round(buyers * repeat[m] * f);
      list.add(new CommunityMonth(months.get(m), members, buyers, Math.min(buyers, repeaters)));
    }
    return list;
  }

  // ------------------------------------------------------------------ customer service

  private static List<ServiceMonth> agent(long seed, Employee e, List<Period> months) {
    SplittableRandom rng = rng(seed, "agent:" + e.id());
    double f = performance(seed, e.id());
    List<ServiceMonth> list = new ArrayList<>();
    for (Period month : months) {
      int n = 220 + rng.nextInt(50);
      List<ServiceTicket> tickets = new ArrayList<>();
      List<SurveyResponse> surveys = new ArrayList<>();
      Instant start = month.start().atStartOfDay().toInstant(ZONE);
      long window = Duration.ofDays(27).getSeconds(); // opened by the 28th, closed in the month
      for (int k = 0; k < n; k++) {
        String id = String.format(Locale.ROOT, "%s-%02d-t%03d", e.id(), month.index(), k + 1);
        double u = rng.nextDouble();
        ServiceTicket.Kind kind =
            u < 0.55
                ? ServiceTicket.Kind.PRE_SALE
                : u < 1 - 0.075 / f ? ServiceTicket.Kind.AFTER_SALE : ServiceTicket.Kind.COMPLAINT;
        Instant opened = start.plusSeconds((long) (rng.nextDouble() * window));
        long responseSeconds =
            Math.max(3, Math.round(28 / f * Math.exp(0.6 * rng.nextGaussian())));
        Instant first = opened.plusSeconds(responseSeconds);
        long handleSeconds =
            kind == ServiceTicket.Kind.PRE_SALE
                ? 60 + rng.nextInt(600)
                : Math.round(-Math.log(1 - rng.nextDouble()) * 8 * 3600 / f);
        Instant handled = first.plusSeconds(handleSeconds);
        boolean fcr = rng.nextDouble() < clamp(0.8 * Math.sqrt(f), 0.5, 0.97);
        tickets.add(new ServiceTicket(id, kind, opened, first, handled, fcr));
        if (rng.nextDouble() < 0.35) {
          surveys.add(new SurveyResponse(id + "-s", rating(rng, f)));
        }
      }
      long orders = 3_800 + rng.nextInt(400);
      long guided = 100 + rng.nextInt(40);
      long repurchased = binomial(rng, guided, clamp(0.15 * f, 0, 1));
      long audited = 40;
      long compliant = binomial(rng, audited, clamp(0.95 * Math.pow(f, 0.3), 0, 1));
      list.add(
          new ServiceMonth(
              e.id(), month, tickets, surveys, orders, guided, repurchased, audited, compliant));
    }
    return list;
  }

  private static int rating(SplittableRandom rng, double f) {
    double u = rng.nextDouble() / Math.pow(f, 0.5);
    if (u < 0.58) {
      return 5;
    }
    if (u < 0.88) {
      return 4;
    }
    if (u < 0.95) {
      return 3;
    }
    return u < 0.98 ? 2 : 1;
  }

  // ------------------------------------------------------------------ content

  private static List<ContentMonth> author(long seed, Employee e, List<Period> months) {
    SplittableRandom rng = rng(seed, "author:" + e.id());
    double f = performance(seed, e.id());
    long followers = 50_000 + rng.nextInt(250_000);
    List<ContentMonth> list = new ArrayList<>();
    for (Period month : months) {
      long workingDays = workingDays(month);
      int pieces = (int) Math.round(workingDays * 1.05 * f * (1 + 0.05 * rng.nextGaussian()));
      List<ContentStats> stats = new ArrayList<>();
      for (int k = 0; k < pieces; k++) {
        long views = Math.round(28_000 * Math.exp(1.1 * rng.nextGaussian()));
        double engagement = 0.049 * f * (1 + 0.15 * rng.nextGaussian());
        long interactions = Math.max(0, Math.round(views * engagement));
        long likes = Math.round(interactions * 0.71);
        long comments = Math.round(interactions * 0.17);
        long shares = Math.max(0, interactions - likes - comments);
        long clicks = Math.round(views * 0.06);
        long dpv = Math.round(clicks * 0.55);
        long orders = binomial(rng, dpv, clamp(0.03 * f, 0, 1));
        stats.add(
            ContentStats.builder(String.format(Locale.ROOT, "%s-%02d-c%02d", e.id(), month.index(), k + 1))
                .views(views)
                .reach(Math.round(views * 0.7))
                .followers(followers)
                .likes(likes)
                .comments(comments)
                .shares(shares)
                .clicks(clicks)
                .detailPageViews(dpv)
                .orders(orders)
                .build());
      }
      long approved = Math.max(0, pieces - rng.nextInt(2));
      long preferred = binomial(rng, pieces, clamp(0.72 * Math.sqrt(f), 0, 1));
      list.add(new ContentMonth(e.id(), month, stats, workingDays, approved, preferred));
    }
    return list;
  }

  /** Working days: weekdays, less the Mid-Autumn Festival holiday (25 September 2026). */
  static long workingDays(Period month) {
    long days = 0;
    for (LocalDate d = month.start(); !d.isAfter(month.end()); d = d.plusDays(1)) {
      if (!isWeekend(d) && !d.equals(LocalDate.of(2026, 9, 25))) {
        days++;
      }
    }
    return days;
  }

  private static AbTestFacts abTest(long seed, List<CategoryMonth> categories) {
    SplittableRandom rng = rng(seed, "ab-test");
    long visitors =
        categories.stream()
            .filter(c -> c.unit().equals("tmall/pet") && c.month().index() >= 8)
            .mapToLong(CategoryMonth::visitors)
            .sum();
    long a = visitors / 2;
    long b = visitors - a;
    return new AbTestFacts(
        "Tmall pet category detail page: A feature-led, B scenario-led",
        "emp-23",
        Arm.of("A", binomial(rng, a, 0.030), a),
        Arm.of("B", binomial(rng, b, 0.036), b));
  }

  // ------------------------------------------------------------------ data analysis

  private static List<AnalysisMonth> analyst(long seed, Employee e, List<Period> months) {
    SplittableRandom rng = rng(seed, "analyst:" + e.id());
    double f = performance(seed, e.id());
    List<AnalysisMonth> list = new ArrayList<>();
    for (Period month : months) {
      List<ReportDelivery> reports = new ArrayList<>();
      int n = 20 + rng.nextInt(5);
      for (int k = 0; k < n; k++) {
        LocalDate day = month.start().plusDays((long) k * month.lengthInDays() / n);
        Instant deadline = day.atTime(10, 0).toInstant(ZONE);
        double u = rng.nextDouble();
        Instant delivered;
        if (u < 0.01) {
          delivered = null;
        } else if (u < 0.01 + 0.06 / f) {
          delivered = deadline.plusSeconds(3600L * (1 + rng.nextInt(30)));
        } else {
          delivered = deadline.minusSeconds(60L * (10 + rng.nextInt(600)));
        }
        long conclusions = delivered == null ? 0 : rng.nextInt(4);
        long adopted = binomial(rng, conclusions, clamp(0.6 * f, 0, 1));
        reports.add(
            new ReportDelivery(
                String.format(Locale.ROOT, "%s-%02d-r%02d", e.id(), month.index(), k + 1),
                deadline,
                delivered,
                conclusions,
                adopted));
      }
      List<Alert> alerts = new ArrayList<>();
      int raised = 4 + rng.nextInt(4);
      long confirmed = 0;
      for (int k = 0; k < raised; k++) {
        String id = String.format(Locale.ROOT, "%s-%02d-a%02d", e.id(), month.index(), k + 1);
        if (rng.nextDouble() < clamp(0.8 * Math.sqrt(f), 0, 0.98)) {
          alerts.add(Alert.confirmed(id, "anomaly-" + id));
          confirmed++;
        } else {
          alerts.add(Alert.falseAlarm(id));
        }
      }
      if (e.id().equals("emp-36") && month.index() == 8) {
        alerts.add(Alert.confirmed("emp-36-08-tmall-traffic-drop", "tmall-traffic-drop-0814"));
        confirmed++;
      }
      long missed = rng.nextDouble() < 0.5 / f ? 1 + rng.nextInt(2) : 0;
      long recurring = 12;
      long automated = binomial(rng, recurring, clamp(0.5 * f, 0, 1));
      list.add(
          new AnalysisMonth(
              e.id(), month, reports, alerts, confirmed + missed, recurring, automated));
    }
    return list;
  }

  private static PartnerRatings partnerRatings(long seed, Employee e) {
    SplittableRandom rng = rng(seed, "ratings:" + e.id());
    double f = performance(seed, e.id());
    Map<String, Integer> ratings = new LinkedHashMap<>();
    for (String partner : List.of("store", "marketing", "service", "content")) {
      int r = (int) Math.round(4 + (f - 1) * 5 + 0.6 * rng.nextGaussian());
      ratings.put(partner, Math.max(2, Math.min(5, r)));
    }
    return new PartnerRatings(e.id(), ratings);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * A generator for one unit: the seed and the unit's name mixed with SplitMix64's finaliser, so
   * that nearby seeds give unrelated streams.
   */
  static SplittableRandom rng(long seed, String unit) {
    long z = seed * 0x9E3779B97F4A7C15L + unit.hashCode();
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  /** A binomial draw by the normal approximation, clamped to 0..n (n is large enough here). */
  private static long binomial(SplittableRandom rng, long n, double p) {
    if (n == 0) {
      return 0;
    }
    double mean = n * p;
    double sd = Math.sqrt(n * p * (1 - p));
    return Math.max(0, Math.min(n, Math.round(mean + sd * rng.nextGaussian())));
  }

  private static BigDecimal money(double yuan) {
    return BigDecimal.valueOf(Math.round(yuan * 100), 2);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}

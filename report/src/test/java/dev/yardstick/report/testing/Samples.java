package dev.yardstick.report.testing;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.report.Highlights;
import dev.yardstick.report.ItemMark;
import dev.yardstick.report.ItemScore;
import dev.yardstick.report.PacingPoint;
import dev.yardstick.report.PacingSeries;
import dev.yardstick.report.PersonReport;
import dev.yardstick.report.ReportData;
import dev.yardstick.report.Severity;
import dev.yardstick.report.TeamReport;
import dev.yardstick.report.WarningMarker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Report data for the tests: a small one with hand-checked numbers and a sample company. */
public final class Samples {

  public static final Locale ZH = Locale.forLanguageTag("zh-CN");
  public static final Locale EN = Locale.ENGLISH;
  public static final Period Q3 = Period.parse("2026-Q3");
  public static final Period JUL = Period.parse("2026-07");
  public static final Period AUG = Period.parse("2026-08");
  public static final Period SEP = Period.parse("2026-09");
  public static final List<String> GRADES = List.of("S", "A", "B", "C");

  private Samples() {}

  // ---------------------------------------------------------------- the small, hand-checked report

  /** gmv 110 capped, cvr 90, csat 60 floored, okr missing and excluded; target score 100 each. */
  public static PersonReport li() {
    return new PersonReport(
        "emp-17",
        "Li Wei",
        "team-tmall",
        new BigDecimal("92.50"),
        "A",
        List.of(
            new ItemScore("gmv", "Store GMV", new BigDecimal("110"), ItemScore.FULL_SCORE,
                new BigDecimal("1150000"), new BigDecimal("1000000"), Set.of(ItemMark.CAPPED),
                "actual 1150000 is 115% of target 1000000; capped at 110"),
            new ItemScore("cvr", "Conversion rate", new BigDecimal("90"), ItemScore.FULL_SCORE,
                new BigDecimal("0.0315"), new BigDecimal("0.035"), Set.of(), "90% of target"),
            new ItemScore("csat", "CSAT", new BigDecimal("60"), ItemScore.FULL_SCORE,
                new BigDecimal("3.1"), new BigDecimal("4.8"), Set.of(ItemMark.FLOORED),
                "64.58% of target; floored at 60"),
            new ItemScore("okr", "OKR", BigDecimal.ZERO, ItemScore.FULL_SCORE, null, null,
                Set.of(ItemMark.MISSING, ItemMark.EXCLUDED), "missing: left out")),
        new Highlights(
            List.of("Beat the GMV target"), List.of("Conversion below plan"),
            List.of("A/B test the detail page")));
  }

  /** S, A, B, C: 1, 3, 6, 2 people against a quota of 1.2, 2.4, 6, 2.4. */
  public static TeamReport tmall() {
    return TeamReport.of("team-tmall", "Tmall store", GRADES,
        Map.of("S", 1, "A", 3, "B", 6, "C", 2), Map.of("S", 1.2, "A", 2.4, "B", 6.0, "C", 2.4));
  }

  /** July 310000 and August 560000 against a plan of a third and two thirds of 1000000. */
  public static PacingSeries gmvPacing() {
    return new PacingSeries("gmv", "Store GMV", "emp-17", "Li Wei",
        List.of(
            PacingPoint.of(JUL, 310_000, 333_333.33, 1_000_000),
            PacingPoint.of(AUG, 560_000, 666_666.67, 1_000_000),
            PacingPoint.pending(SEP, 1_000_000, 1_000_000)),
        List.of(
            new WarningMarker(AUG, Severity.RED, "84% of plan"),
            new WarningMarker(SEP, Severity.AMBER, "no data yet")));
  }

  /** The small report: one person, one team, one pacing chart. */
  public static ReportData small(Locale locale) {
    return ReportData.builder("Q3 report", Q3, locale)
        .person(li())
        .team(tmall())
        .pacing(gmvPacing())
        .build();
  }

  // ---------------------------------------------------------------- the sample company

  private static String t(Locale locale, String en, String zh) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  static Indicator indicator(String id, String en, String zh, Unit unit, Direction direction) {
    return Indicator.builder(id).name(en).translation("zh", zh).unit(unit).direction(direction)
        .build();
  }

  /** The store operations scorecard: KPI 70 (GMV, conversion, AOV), process 30. */
  public static Scorecard storeCard() {
    return Yardstick.scorecard("store-ops")
        .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE)
        .section("KPI", 70)
        .item(indicator("store-gmv", "Effective GMV", "有效GMV", Unit.CURRENCY,
            Direction.HIGHER_IS_BETTER)).weight(40).target(Target.of(1_000_000))
            .scoredBy(RatioStrategy.rule(0, 110))
        .item(indicator("conversion", "Conversion rate", "转化率", Unit.RATIO,
            Direction.HIGHER_IS_BETTER)).weight(30).target(Target.of(0.035))
            .scoredBy(RatioStrategy.rule(0, 120))
        .item(indicator("aov", "Average order value", "客单价", Unit.CURRENCY,
            Direction.HIGHER_IS_BETTER)).weight(30).target(Target.of(180))
            .scoredBy(RatioStrategy.rule(0, 120))
        .section("Process", 30)
        .item(indicator("campaign", "Campaign target achievement", "活动目标达成率", Unit.RATIO,
            Direction.HIGHER_IS_BETTER)).weight(50).target(Target.of(1))
            .scoredBy(RatioStrategy.rule(0, 120))
        .item(indicator("sell-through", "Sell-through rate", "动销率", Unit.RATIO,
            Direction.HIGHER_IS_BETTER)).weight(50).target(Target.of(0.85))
            .scoredBy(RatioStrategy.rule(40, 120))
        .build();
  }

  /** The customer-service scorecard: CSAT, first-contact resolution, response time. */
  public static Scorecard serviceCard() {
    return Yardstick.scorecard("customer-service")
        .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE)
        .section("KPI", 100)
        .item(indicator("csat", "CSAT", "客户满意度", Unit.SCORE, Direction.HIGHER_IS_BETTER))
            .weight(40).target(Target.of(4.8)).scoredBy(RatioStrategy.rule(0, 110))
        .item(indicator("fcr", "First-contact resolution", "首次解决率", Unit.RATIO,
            Direction.HIGHER_IS_BETTER)).weight(30).target(Target.of(0.85))
            .scoredBy(RatioStrategy.rule(0, 110))
        .item(indicator("response-time", "Response time", "响应时长", Unit.SECONDS,
            Direction.LOWER_IS_BETTER)).weight(30).target(Target.of(30))
            .scoredBy(RatioStrategy.rule(30, 110))
        .build();
  }

  private static Evaluation evaluate(Subject subject, Scorecard card, Object... idsAndValues) {
    List<Measurement> measurements = new ArrayList<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      measurements.add(Measurement.of(subject.id(), (String) idsAndValues[i], Q3,
          ((Number) idsAndValues[i + 1]).doubleValue()));
    }
    return Yardstick.evaluate(subject).in(Q3).against(card).with(measurements);
  }

  /** Six people in two teams, evaluated by core, with grades, interviews and pacing. */
  public static ReportData company(Locale locale) {
    Scorecard store = storeCard();
    Scorecard service = serviceCard();
    Subject li = Subject.employee("emp-01", t(locale, "Li Wei", "李伟"), "store-ops-manager", "team-tmall");
    Subject wang = Subject.employee("emp-02", t(locale, "Wang Fang", "王芳"), "merchandise", "team-tmall");
    Subject zhang = Subject.employee("emp-03", t(locale, "Zhang Min", "张敏"), "merchandise", "team-tmall");
    Subject liu = Subject.employee("emp-04", t(locale, "Liu Yang", "刘洋"), "cs-specialist", "team-cs");
    Subject chen = Subject.employee("emp-05", t(locale, "Chen Jing", "陈静"), "cs-specialist", "team-cs");
    Subject zhao = Subject.employee("emp-06", t(locale, "Zhao Lei", "赵磊"), "cs-supervisor", "team-cs");

    ReportData.Builder b =
        ReportData.builder(t(locale, "Performance report Q3 2026", "2026年第三季度绩效报告"), Q3, locale);
    b.person(PersonReport.from(evaluate(li, store, "store-gmv", 1_150_000, "conversion", 0.0336,
            "aov", 171, "campaign", 1.05, "sell-through", 0.80), store, locale)
        .withGrade("S")
        .withHighlights(new Highlights(
            List.of(t(locale, "Effective GMV 15% above target, capped at 110",
                "有效GMV超出目标15%，按110封顶"),
                t(locale, "Led the 618 campaign review", "主导618大促复盘")),
            List.of(t(locale, "Average order value 5% below target", "客单价低于目标5%")),
            List.of(t(locale, "Bundle offers to lift the average order value",
                "通过组合套餐提升客单价")))));
    b.person(PersonReport.from(evaluate(wang, store, "store-gmv", 820_000, "conversion", 0.028,
            "aov", 190, "campaign", 0.7, "sell-through", 0.30), store, locale)
        .withGrade("C")
        .withHighlights(new Highlights(
            List.of(t(locale, "Average order value above target", "客单价高于目标")),
            List.of(t(locale, "Slow movers: sell-through 30%, floored at 40",
                "滞销严重：动销率30%，按40保底"),
                t(locale, "Campaign reached 70% of its target", "大促目标仅达成70%")),
            List.of(t(locale, "Weekly slow-mover review with the merchandise team",
                "每周与商品组复盘滞销品"),
                t(locale, "Training: inventory turnover", "培训：库存周转")))));
    b.person(PersonReport.from(evaluate(zhang, store, "store-gmv", 960_000, "conversion", 0.037,
            "campaign", 1.0, "sell-through", 0.9), store, locale)
        .withGrade("A"));
    b.person(PersonReport.from(evaluate(liu, service, "csat", 4.9, "fcr", 0.8,
            "response-time", 25), service, locale)
        .withGrade("A"));
    b.person(PersonReport.from(evaluate(chen, service, "csat", 4.3, "fcr", 0.6,
            "response-time", 80), service, locale)
        .withGrade("C")
        .withHighlights(new Highlights(
            List.of(t(locale, "Friendly tone in chats", "沟通态度亲切")),
            List.of(t(locale, "Response time 80 s against 30 s", "响应时长80秒，目标30秒")),
            List.of(t(locale, "Use the script library for frequent questions",
                "常见问题使用标准话术库")))));
    b.person(PersonReport.from(evaluate(zhao, service, "csat", 4.7, "fcr", 0.88,
            "response-time", 35), service, locale)
        .withGrade("B"));

    b.team(TeamReport.of("team-tmall", t(locale, "Tmall flagship store", "天猫旗舰店"), GRADES,
        Map.of("S", 1, "A", 3, "B", 6, "C", 2), Map.of("S", 1.2, "A", 2.4, "B", 6.0, "C", 2.4)));
    b.team(TeamReport.of("team-cs", t(locale, "Customer service", "客服组"), GRADES,
        Map.of("A", 2, "B", 5, "C", 3), Map.of("S", 1.0, "A", 2.0, "B", 5.0, "C", 2.0)));

    String gmv = t(locale, "Effective GMV", "有效GMV");
    b.pacing(new PacingSeries("store-gmv", gmv, "emp-01", li.name(),
        List.of(PacingPoint.of(JUL, 310_000, 333_333.33, 1_000_000),
            PacingPoint.of(AUG, 720_000, 666_666.67, 1_000_000),
            PacingPoint.of(SEP, 1_150_000, 1_000_000, 1_000_000)),
        List.of(new WarningMarker(JUL, Severity.AMBER,
                t(locale, "93% of plan after July", "7月累计为计划的93%")),
            new WarningMarker(AUG, Severity.GREEN,
                t(locale, "back above plan", "已回到计划之上")))));
    b.pacing(new PacingSeries("store-gmv", gmv, "emp-02", wang.name(),
        List.of(PacingPoint.of(JUL, 250_000, 333_333.33, 1_000_000),
            PacingPoint.of(AUG, 520_000, 666_666.67, 1_000_000),
            PacingPoint.of(SEP, 820_000, 1_000_000, 1_000_000)),
        List.of(new WarningMarker(JUL, Severity.AMBER,
                t(locale, "75% of plan after July", "7月累计为计划的75%")),
            new WarningMarker(AUG, Severity.RED,
                t(locale, "78% of plan: traffic dropped 30%", "为计划的78%：流量下降30%")),
            new WarningMarker(SEP, Severity.RED,
                t(locale, "quarter closed at 82% of target", "季度收于目标的82%")))));
    b.pacing(new PacingSeries("store-gmv", gmv, "team-tmall",
        t(locale, "Tmall flagship store", "天猫旗舰店"),
        List.of(PacingPoint.of(JUL, 1_400_000, 1_600_000, 4_800_000),
            PacingPoint.of(AUG, 2_900_000, 3_200_000, 4_800_000),
            PacingPoint.pending(SEP, 4_800_000, 4_800_000)),
        List.of(new WarningMarker(AUG, Severity.AMBER,
            t(locale, "91% of plan with one month to go", "剩余一个月，为计划的91%")))));
    return b.build();
  }

  /**
   * A part of the sample company that fits one screen: two people with interviews, their team
   * and one pacing chart, for the README's screenshot.
   */
  public static ReportData showcase(Locale locale) {
    ReportData all = company(locale);
    return new ReportData(all.title(), all.period(), all.locale(),
        all.people().subList(0, 2), all.teams().subList(0, 1), all.pacing().subList(1, 2));
  }
}

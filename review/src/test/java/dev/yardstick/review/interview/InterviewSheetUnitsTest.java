package dev.yardstick.review.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.review.testing.Fixtures;
import dev.yardstick.review.testing.TestScoring;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InterviewSheetUnitsTest {

  private static Indicator indicator(
      String id, String en, String zh, Unit unit, Direction direction) {
    return Indicator.builder(id).name(en).translation("zh", zh).unit(unit).direction(direction)
        .build();
  }

  /**
   * One item per unit, weight 10 each, scored as percentage of target (100 × actual ÷ target, or
   * 100 × target ÷ actual when lower is better); the goals close half the gap.
   */
  static final Scorecard UNITS;

  static {
    Direction up = Direction.HIGHER_IS_BETTER;
    Direction down = Direction.LOWER_IS_BETTER;
    ScorecardBuilder b = Yardstick.scorecard("units").section("all", 100);
    Object[][] items = {
      {indicator("fcr", "First-contact resolution", "首次解决率", Unit.RATIO, up), 0.8},
      {indicator("resp", "First-response time", "首次响应时长", Unit.SECONDS, down), 30},
      {indicator("handling", "Handling time", "处理时长", Unit.HOURS, down), 24},
      {indicator("restock", "Restock time", "补货周期", Unit.DAYS, down), 7},
      {indicator("queue", "Queue time", "排队时长", Unit.MINUTES, down), 2.5},
      {indicator("orders", "Orders", "订单数", Unit.COUNT, up), 1200},
      {indicator("share", "Category share", "品类占比", Unit.PERCENT, up), 12.5},
      {indicator("rating", "Rating", "评分", Unit.SCORE, up), 4.5},
      {indicator("index", "Index", "指数", Unit.NUMBER, up), 100},
      {indicator("spend", "Ad spend", "广告费用", Unit.CURRENCY, down), 1_250_000},
    };
    for (Object[] item : items) {
      b = b.item((Indicator) item[0]).weight(10)
          .target(Target.of(((Number) item[1]).doubleValue()))
          .scoredBy(TestScoring.percentOfTarget());
    }
    UNITS = b.build();
  }

  static InterviewSheet sheet() {
    Evaluation q3 =
        Fixtures.evaluate(UNITS, InterviewSheetTest.LI, Fixtures.Q3,
            "fcr", 0.8177692844677138, "resp", 45, "handling", 30, "restock", 3.5, "queue", 2.5,
            "orders", 1250, "share", 12.345, "rating", 4.25, "index", 100,
            "spend", 999_999.995);
    return InterviewSheet.builder(q3).scorecard(UNITS).limit(10).build();
  }

  @Test
  void english_goals_show_every_unit() {
    // GIVEN one item per unit
    // WHEN the sheet is rendered in English
    String md = sheet().toMarkdown(Locale.ENGLISH);
    // THEN each goal's values are in the item's unit:
    //   fcr 0.8177692844677138 ≥ 0.8: hold 0.8 × 100 = 80.00%, actual 81.78% (81.7769… half up)
    //   resp 45 s > 30 s, lower is better: reach 45 + 0.5 × (30 − 45) = 37.5 s
    //   handling 30 h > 24 h: reach 30 + 0.5 × (24 − 30) = 27 h
    //   restock 3.5 d ≤ 7 d, queue 2.5 min on target: hold
    //   orders 1250 ≥ 1200: hold, integers
    //   share 12.345% < 12.5%: reach 12.345 + 0.5 × 0.155 = 12.4225 → 12.42%; 12.345 → 12.35%
    //   rating 4.25 < 4.5: reach 4.25 + 0.5 × 0.25 = 4.375 → 4.38 (half up)
    //   index 100 on target: hold 100
    //   spend 999 999.995 ≤ 1 250 000, lower is better: hold; 999 999.995 → 1,000,000.00
    assertThat(md.lines())
        .containsSubsequence(
            "## Goals for the next period",
            "",
            "- First-contact resolution: hold the target 80.00% (this period 81.78%)",
            "- First-response time: reach 37.5 s (this period 45 s, target 30 s)",
            "- Handling time: reach 27 h (this period 30 h, target 24 h)",
            "- Restock time: hold the target 7 d (this period 3.5 d)",
            "- Queue time: hold the target 2.5 min (this period 2.5 min)",
            "- Orders: hold the target 1200 (this period 1250)",
            "- Category share: reach 12.42% (this period 12.35%, target 12.50%)",
            "- Rating: reach 4.38 (this period 4.25, target 4.5)",
            "- Index: hold the target 100 (this period 100)",
            "- Ad spend: hold the target 1,250,000.00 (this period 1,000,000.00)");
  }

  @Test
  void chinese_goals_show_every_unit_with_chinese_duration_units() {
    // GIVEN the same sheet
    // WHEN it is rendered as plain text in Simplified Chinese
    String text = sheet().toPlainText(Locale.SIMPLIFIED_CHINESE);
    // THEN the numbers are those of the English sheet; durations read 秒, 分钟, 小时, 天
    assertThat(text.lines())
        .containsSubsequence(
            "【下期目标】",
            "  - 首次解决率：保持目标 80.00%（本期 81.78%）",
            "  - 首次响应时长：达到 37.5 秒（本期 45 秒，目标 30 秒）",
            "  - 处理时长：达到 27 小时（本期 30 小时，目标 24 小时）",
            "  - 补货周期：保持目标 7 天（本期 3.5 天）",
            "  - 排队时长：保持目标 2.5 分钟（本期 2.5 分钟）",
            "  - 订单数：保持目标 1200（本期 1250）",
            "  - 品类占比：达到 12.42%（本期 12.35%，目标 12.50%）",
            "  - 评分：达到 4.38（本期 4.25，目标 4.5）",
            "  - 指数：保持目标 100（本期 100）",
            "  - 广告费用：保持目标 1,250,000.00（本期 1,000,000.00）");
  }

  @Test
  void strengths_and_weaknesses_show_actual_and_target_in_their_unit() {
    // GIVEN the same sheet
    InterviewSheet sheet = sheet();
    // WHEN it is rendered in both languages
    // THEN strengths by gap: restock 100 × 7 ÷ 3.5 = 200 (gap 100), spend 100 × 1 250 000 ÷
    //   999 999.995 = 125.0000006 (gap 25.00), orders 100 × 1250 ÷ 1200 = 104.17, fcr 100 ×
    //   0.8177692844677138 ÷ 0.8 = 102.2212 → 102.22 (gap 2.22)
    // AND the weakest is resp: 100 × 30 ÷ 45 = 66.67 (gap 33.33)
    assertThat(sheet.toMarkdown(Locale.ENGLISH).lines())
        .contains(
            "1. Restock time: score 200.00, 100.00 above target (actual 3.5 d, target 7 d)",
            "2. Ad spend: score 125.00, 25.00 above target (actual 1,000,000.00, target"
                + " 1,250,000.00)",
            "4. First-contact resolution: score 102.22, 2.22 above target (actual 81.78%, target"
                + " 80.00%)",
            "1. First-response time: score 66.67, 33.33 below target (actual 45 s, target 30 s)");
    assertThat(sheet.toPlainText(Locale.CHINESE).lines())
        .contains(
            "  1. 补货周期：得分 200.00，高于目标 100.00 分（实际 3.5 天，目标 7 天）",
            "  4. 首次解决率：得分 102.22，高于目标 2.22 分（实际 81.78%，目标 80.00%）",
            "  1. 首次响应时长：得分 66.67，低于目标 33.33 分（实际 45 秒，目标 30 秒）");
  }

  @Test
  void without_the_scorecard_values_show_up_to_four_decimals() {
    // GIVEN the same evaluation but no scorecard: units unknown
    Evaluation q3 =
        Fixtures.evaluate(UNITS, InterviewSheetTest.LI, Fixtures.Q3,
            "fcr", 0.8177692844677138, "resp", 45, "handling", 30, "restock", 3.5, "queue", 2.5,
            "orders", 1250, "share", 12.345, "rating", 4.25, "index", 100,
            "spend", 999_999.995);
    String md = InterviewSheet.builder(q3).limit(10).build().toMarkdown(Locale.ENGLISH);
    // WHEN rendered; THEN ids for names and plain numbers: 0.8177692844677138 → 0.8178,
    //   999 999.995 kept (three decimals), 1 250 000 without separators
    assertThat(md.lines())
        .contains(
            "- fcr: hold the target 0.8 (this period 0.8178)",
            "- spend: hold the target 1250000 (this period 999999.995)",
            "- resp: reach 37.5 (this period 45, target 30)");
  }
}

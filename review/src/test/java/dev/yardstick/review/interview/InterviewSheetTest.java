package dev.yardstick.review.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.application.TrainingCatalog;
import dev.yardstick.review.application.TrainingTopic;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.testing.Fixtures;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InterviewSheetTest {

  static final Subject LI = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-a");

  /**
   * Q3: gmv 1 180 000 → 118, cvr 0.028 → 80, cac 80 (target 60, lower is better) → 75, csat 0.9
   * → 100; total 0.4 × 118 + 0.3 × 80 + 0.2 × 75 + 0.1 × 100 = 47.2 + 24 + 15 + 10 = 96.20 (S).
   */
  static Evaluation q3() {
    return Fixtures.evaluate(Fixtures.STORE_OPS, LI, Fixtures.Q3,
        "gmv", 1_180_000, "cvr", 0.028, "cac", 80, "csat", 0.9);
  }

  /**
   * Q2: gmv 1 100 000 → 110, cvr 0.0315 → 90, cac 75 → 80, csat 0.9 → 100; total 44 + 27 + 16 +
   * 10 = 97.00 (S). Change to Q3: 96.20 − 97.00 = −0.80.
   */
  static Evaluation q2() {
    return Fixtures.evaluate(Fixtures.STORE_OPS, LI, Fixtures.Q2,
        "gmv", 1_100_000, "cvr", 0.0315, "cac", 75, "csat", 0.9);
  }

  static InterviewSheet sheet() {
    TrainingCatalog catalog =
        TrainingCatalog.builder()
            .topic("cvr", TrainingTopic.of("detail-page", "Detail-page optimisation")
                .withTranslation("zh", "详情页优化"))
            .topic("cac", TrainingTopic.of("channel-mix", "Channel mix and creative testing")
                .withTranslation("zh", "渠道组合与创意测试"))
            .build();
    return InterviewSheet.builder(q3())
        .scorecard(Fixtures.STORE_OPS)
        .previous(q2())
        .grades(GradeScale.defaultScale())
        .training(catalog)
        .build();
  }

  @Test
  void the_english_markdown_sheet_shows_every_section() {
    // GIVEN Q3 and Q2 evaluations, the default scale and a catalog for cvr and cac
    // WHEN the sheet is rendered as Markdown in English
    // THEN every line is as computed by hand in q3() and q2(); values in their units: gmv and
    //   cac are CURRENCY (1 180 000 → 1,180,000.00; 80 → 80.00), cvr and csat RATIO (0.028 × 100
    //   = 2.80%, target 3.50%, goal (0.028 + 0.5 × 0.007) × 100 = 3.15%, 0.9 → 90.00%)
    String expected =
        String.join("\n",
            "# Performance interview: Li Wei",
            "",
            "- Employee: Li Wei (emp-1)",
            "- Period: 2026-Q3",
            "- Scorecard: store-ops version 1",
            "- Total: 96.20",
            "- Grade: S (Outstanding)",
            "- Previous period 2026-Q2: total 97.00, grade S (Outstanding); change -0.80 (down)",
            "",
            "## Strengths",
            "",
            "1. Store GMV: score 118.00, 18.00 above target (actual 1,180,000.00, target"
                + " 1,000,000.00)",
            "",
            "## Weaknesses",
            "",
            "1. Customer acquisition cost: score 75.00, 25.00 below target (actual 80.00, target"
                + " 60.00)",
            "2. Conversion rate: score 80.00, 20.00 below target (actual 2.80%, target 3.50%)",
            "",
            "## Trend against the previous period",
            "",
            "- Store GMV: 110.00 -> 118.00 (+8.00)",
            "- Conversion rate: 90.00 -> 80.00 (-10.00)",
            "- Customer acquisition cost: 80.00 -> 75.00 (-5.00)",
            "- Customer satisfaction: 100.00 -> 100.00 (0.00)",
            "",
            "## Improvement directions",
            "",
            "- Customer acquisition cost: close the gap of 25.00 points to the target; training:"
                + " Channel mix and creative testing",
            "- Conversion rate: close the gap of 20.00 points to the target; training: Detail-page"
                + " optimisation",
            "",
            "## Goals for the next period",
            "",
            "- Store GMV: hold the target 1,000,000.00 (this period 1,180,000.00)",
            "- Conversion rate: reach 3.15% (this period 2.80%, target 3.50%)",
            "- Customer acquisition cost: reach 70.00 (this period 80.00, target 60.00)",
            "- Customer satisfaction: hold the target 90.00% (this period 90.00%)",
            "",
            "## Manager's comments",
            "",
            "(to be completed in the interview)",
            "",
            "## Employee's comments",
            "",
            "(to be completed in the interview)",
            "");
    assertThat(sheet().toMarkdown(Locale.ENGLISH)).isEqualTo(expected);
  }

  @Test
  void the_chinese_plain_text_sheet_uses_the_chinese_bundle_and_indicator_names() {
    // GIVEN the same sheet
    // WHEN it is rendered as plain text in Simplified Chinese
    // THEN every line comes from the zh bundle and the indicators' zh names
    String expected =
        String.join("\n",
            "绩效面谈表：Li Wei",
            "",
            "员工：Li Wei（emp-1）",
            "考核期间：2026-Q3",
            "考核表：store-ops 第 1 版",
            "总分：96.20",
            "等级：S（卓越）",
            "上期 2026-Q2：总分 97.00，等级 S（卓越）；变化 -0.80（下降）",
            "",
            "【优势】",
            "  1. 店铺GMV：得分 118.00，高于目标 18.00 分（实际 1,180,000.00，目标 1,000,000.00）",
            "",
            "【不足】",
            "  1. 获客成本：得分 75.00，低于目标 25.00 分（实际 80.00，目标 60.00）",
            "  2. 转化率：得分 80.00，低于目标 20.00 分（实际 2.80%，目标 3.50%）",
            "",
            "【与上期对比】",
            "  - 店铺GMV：110.00 -> 118.00（+8.00）",
            "  - 转化率：90.00 -> 80.00（-10.00）",
            "  - 获客成本：80.00 -> 75.00（-5.00）",
            "  - 客户满意度：100.00 -> 100.00（0.00）",
            "",
            "【改进方向】",
            "  - 获客成本：缩小与目标 25.00 分的差距；建议培训：渠道组合与创意测试",
            "  - 转化率：缩小与目标 20.00 分的差距；建议培训：详情页优化",
            "",
            "【下期目标】",
            "  - 店铺GMV：保持目标 1,000,000.00（本期 1,180,000.00）",
            "  - 转化率：达到 3.15%（本期 2.80%，目标 3.50%）",
            "  - 获客成本：达到 70.00（本期 80.00，目标 60.00）",
            "  - 客户满意度：保持目标 90.00%（本期 90.00%）",
            "",
            "【主管意见】",
            "  （面谈时填写）",
            "",
            "【员工意见】",
            "  （面谈时填写）",
            "");
    assertThat(sheet().toPlainText(Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected);
  }

  @Test
  void the_chinese_markdown_and_english_plain_text_headings() {
    // GIVEN the same sheet
    // WHEN it is rendered in the other two combinations
    // THEN the headings and lines follow format and language
    assertThat(sheet().toMarkdown(Locale.CHINA).lines())
        .contains("# 绩效面谈表：Li Wei", "## 优势", "## 不足", "## 改进方向", "## 下期目标",
            "## 主管意见", "## 员工意见", "- 等级：S（卓越）");
    assertThat(sheet().toPlainText(Locale.ENGLISH).lines())
        .contains("Performance interview: Li Wei", "[Strengths]", "[Weaknesses]",
            "  1. Store GMV: score 118.00, 18.00 above target (actual 1,180,000.00, target"
                + " 1,000,000.00)",
            "[Manager's comments]", "  (to be completed in the interview)");
  }

  @Test
  void a_language_without_a_bundle_falls_back_to_english_whatever_the_default_locale() {
    Locale before = Locale.getDefault();
    try {
      // GIVEN a JVM whose default locale is Chinese
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      // WHEN a French sheet is asked for
      String text = sheet().toPlainText(Locale.FRENCH);
      // THEN it is English, not the default locale's Chinese
      assertThat(text).startsWith("Performance interview: Li Wei\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void comments_fill_the_room_left_for_them() {
    // GIVEN the sheet with a two-line manager comment and an employee comment
    // WHEN it is rendered
    // THEN the comments replace the placeholders
    InterviewSheet sheet =
        sheet()
            .withManagerComments("Strong GMV; focus on CAC.\nRevisit channel mix in October.")
            .withEmployeeComments("Agreed.");
    assertThat(sheet.toMarkdown(Locale.ENGLISH))
        .endsWith(
            String.join("\n",
                "## Manager's comments",
                "",
                "Strong GMV; focus on CAC.",
                "Revisit channel mix in October.",
                "",
                "## Employee's comments",
                "",
                "Agreed.",
                ""));
  }

  @Test
  void a_first_sheet_without_previous_period_scale_or_catalog_says_so() {
    // GIVEN only the current evaluation: no names, no grade, no trend, no training
    InterviewSheet sheet = InterviewSheet.builder(q3()).limit(1).build();
    String md = sheet.toMarkdown(Locale.ENGLISH);
    // WHEN rendered with a limit of one item
    // THEN indicator ids stand for names and the trend section says there is none
    assertThat(md.lines())
        .contains(
            "- Total: 96.20",
            "No previous period to compare with.",
            "1. cac: score 75.00, 25.00 below target (actual 80, target 60)",
            "- cac: close the gap of 25.00 points to the target")
        .noneMatch(line -> line.startsWith("- Grade:"))
        .noneMatch(line -> line.startsWith("2. "));
    assertThat(sheet.toPlainText(Locale.CHINESE).lines()).contains("  无上期数据可供对比。");
  }

  @Test
  void an_empty_section_says_none() {
    // GIVEN every item exactly on target: no strengths, no weaknesses
    Evaluation onTarget =
        Fixtures.evaluate(Fixtures.STORE_OPS, LI, Fixtures.Q3,
            "gmv", 1_000_000, "cvr", 0.035, "cac", 60, "csat", 0.9);
    String md = InterviewSheet.builder(onTarget).build().toMarkdown(Locale.ENGLISH);
    // WHEN the sheet is rendered
    // THEN strengths and weaknesses say None (无)
    assertThat(md).contains("## Strengths\n\nNone.\n", "## Weaknesses\n\nNone.\n");
    String zh = InterviewSheet.builder(onTarget).build().toPlainText(Locale.CHINESE);
    assertThat(zh).contains("【优势】\n  无。\n");
  }

  @Test
  void the_previous_evaluation_must_be_the_same_person_and_earlier() {
    // GIVEN another person's evaluation, a later one, another scorecard, a limit of 0
    // WHEN they are given to the builder
    // THEN each is rejected naming the value
    Evaluation other =
        Fixtures.evaluate(Fixtures.STORE_OPS, Fixtures.employee("emp-2"), Fixtures.Q2,
            "gmv", 1, "cvr", 1, "cac", 1, "csat", 1);
    assertThatThrownBy(() -> InterviewSheet.builder(q3()).previous(other))
        .hasMessage("previous evaluation is of subject 'emp-2', not 'emp-1'");
    assertThatThrownBy(() -> InterviewSheet.builder(q2()).previous(q3()))
        .hasMessage("previous evaluation's period 2026-Q3 does not end before 2026-Q2");
    assertThatThrownBy(() -> InterviewSheet.builder(q3()).scorecard(Fixtures.POINTS_CARD))
        .hasMessage("scorecard 'points' is not the evaluation's scorecard 'store-ops'");
    assertThatThrownBy(() -> InterviewSheet.builder(q3()).limit(0))
        .hasMessage("limit must be 1 or more, got 0");
  }

  @Test
  void both_bundles_have_the_same_keys_and_every_text_is_translated() {
    // GIVEN the English and the Simplified Chinese bundles
    // GIVEN the English and the Simplified Chinese bundles
    // WHEN their keys and texts are compared
    ResourceBundle en = SheetRenderer.bundle(Locale.ENGLISH);
    ResourceBundle zh = SheetRenderer.bundle(Locale.CHINESE);
    assertThat(en.getLocale()).isEqualTo(Locale.ROOT);
    assertThat(zh.getLocale()).isEqualTo(Locale.CHINESE);
    // WHEN their keys and texts are compared
    // THEN zh's key set (which includes its parent's, English) has no key English lacks
    assertThat(new TreeSet<>(zh.keySet())).isEqualTo(new TreeSet<>(Collections.list(en.getKeys())));
    // and every text differs from the English one, so none is inherited from the parent
    for (String key : en.keySet()) {
      assertThat(zh.getString(key)).as(key).isNotEqualTo(en.getString(key));
    }
  }

  @Test
  void placeholders_are_filled_without_message_format_quoting() {
    // GIVEN templates with an apostrophe, a non-index brace and a missing argument
    // WHEN they are filled
    // THEN apostrophes stay and a missing argument is an error
    assertThat(SheetRenderer.fill("Manager's {0}: {1} {2}x {x}", "a", "b", "c"))
        .isEqualTo("Manager's a: b cx {x}");
    assertThatThrownBy(() -> SheetRenderer.fill("{1}", "a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("interview text '{1}' needs argument {1}");
  }
}

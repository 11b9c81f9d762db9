package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.Assessment;
import dev.yardstick.review.application.GradedPeriod;
import dev.yardstick.review.application.PayMatrix;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionCase;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.PromotionPolicy;
import dev.yardstick.review.application.PromotionRule;
import dev.yardstick.review.application.TrainingCatalog;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.application.TrainingTopic;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.interview.InterviewSheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the company does with the quarter's evaluations (绩效结果应用): grades, calibration against
 * the 20 / 70 / 10 quota in each team, salary and bonus proposals, promotion eligibility,
 * training recommendations and the interview sheets.
 *
 * <p><b>Grade scale.</b> The company's totals centre on 100 (every target met), so it declares
 * its own scale rather than the library's default 90-is-S one: D below 70, C 70–85, B 85–100, A
 * 100–110, S 110 or more (lower bounds inclusive).
 *
 * <p><b>Quota.</b> Per team (department): at most 20% S or A, at most 70% B, at least 10% C or D;
 * the library proposes the grades that fit while moving as few people as possible, and the
 * company-wide distribution is shown against the same quota. The quota keeps the library's
 * default guard rails: nobody moves more than one grade, so where the quota wants more (two of
 * customer service's five S's would fall to B) they keep their grade and the team's calibration
 * reports the violation, naming them.
 *
 * <p><b>One final grade.</b> Each person's {@link FinalGrade} (grade of the total, final grade
 * and why) is what pay, promotion and the interview sheet are made from.
 *
 * <p><b>Pay.</b> Salary adjustment and bonus coefficient by final grade: S +12% ×2.0, A +8%
 * ×1.5, B +5% ×1.0, C 0% ×0.5, D 0% ×0; the bonus base is half a month's salary.
 *
 * <p><b>Promotion.</b> A or better in the last two quarters and 12 months' tenure.
 *
 * <pre>{@code
 * ReviewResult review = SampleReview.review(quarter, batch, HrRecords.of(seed));
 * }</pre>
 */
public final class SampleReview {

  /** The company's grade scale. */
  public static final GradeScale SCALE =
      GradeScale.builder(0, 200)
          .band(Grade.of("D", "Unsatisfactory").withTranslation("zh", "不合格"), 0, 70)
          .band(Grade.of("C", "Needs improvement").withTranslation("zh", "待改进"), 70, 85)
          .band(Grade.of("B", "Meets expectations").withTranslation("zh", "良好"), 85, 100)
          .band(Grade.of("A", "Exceeds expectations").withTranslation("zh", "优秀"), 100, 110)
          .band(Grade.of("S", "Outstanding").withTranslation("zh", "卓越"), 110, 200)
          .build();

  /** 20 / 70 / 10: at most 20% S or A, at most 70% B, at least 10% C or D. */
  public static final Quota QUOTA =
      Quota.builder()
          .atMost("top", 20, "S", "A")
          .atMost("middle", 70, "B")
          .atLeast("bottom", 10, "C", "D")
          .build();

  /** Grade → salary adjustment (%) and bonus coefficient. */
  public static final PayMatrix PAY =
      PayMatrix.builder(SCALE)
          .row("S", 12, 2.0)
          .row("A", 8, 1.5)
          .row("B", 5, 1.0)
          .row("C", 0, 0.5)
          .row("D", 0, 0)
          .build();

  /** A or better in two consecutive quarters, and 12 months' tenure. */
  public static final PromotionPolicy PROMOTION =
      PromotionPolicy.of(
          SCALE, PromotionRule.consecutiveGrades(2, "A"), PromotionRule.minimumTenureMonths(12));

  /** The training each weak indicator calls for. */
  public static final TrainingCatalog TRAINING = training();

  /** How many training topics a person is recommended at most. */
  public static final int MAX_TRAINING = 2;

  private SampleReview() {}

  /** Reviews the quarter's evaluations. */
  public static ReviewResult review(
      Period quarter, BatchResult batch, Map<String, HrRecords.Record> hr) {
    Calibration calibration = Calibration.of(SCALE, QUOTA);
    Map<String, CalibrationResult> byTeam = new LinkedHashMap<>();
    Map<String, FinalGrade> finalGrades = new LinkedHashMap<>();
    List<Evaluation> evaluations = batch.evaluations();
    for (Team team : Roster.teams()) {
      List<Evaluation> members = new ArrayList<>();
      for (Evaluation e : evaluations) {
        if (team.id().equals(e.subject().teamId())) {
          members.add(e);
        }
      }
      if (!members.isEmpty()) {
        byTeam.put(team.id(), calibration.calibrateEvaluations(members));
      }
    }
    for (Employee e : Roster.employees()) {
      CalibrationResult r = byTeam.get(e.teamId());
      if (r != null && r.entry(e.id()).isPresent()) {
        finalGrades.put(e.id(), r.finalGradeOf(e.id()));
      }
    }
    List<Grade> companyGrades = new ArrayList<>();
    finalGrades.values().forEach(g -> companyGrades.add(g.grade()));
    Distribution company = calibration.distribution(companyGrades);

    Map<String, PayProposal> pay = new LinkedHashMap<>();
    Map<String, PromotionDecision> promotions = new LinkedHashMap<>();
    Map<String, TrainingPlan> training = new LinkedHashMap<>();
    Map<String, InterviewSheet> sheets = new LinkedHashMap<>();
    for (Evaluation e : evaluations) {
      String id = e.subject().id();
      // every evaluated employee is in a calibrated team, and hr holds every roster employee
      FinalGrade grade =
          Objects.requireNonNull(finalGrades.get(id), "final grade of an evaluated employee");
      HrRecords.Record record = Objects.requireNonNull(hr.get(id), "hr record of a roster employee");
      pay.put(id, PAY.propose(grade, record.baseSalary(), record.bonusBase()));
      promotions.put(
          id,
          PROMOTION.assess(
              PromotionCase.of(
                  record.hireDate(),
                  quarter,
                  grade,
                  List.of(
                      new GradedPeriod(quarter.previous(), SCALE.require(record.previousGrade()))))));
      training.put(id, TRAINING.recommend(Assessment.of(e), MAX_TRAINING));
      sheets.put(
          id,
          InterviewSheet.builder(e)
              .scorecard(SampleScorecards.forRoleId(
                  Objects.requireNonNull(e.subject().roleId(), "role of an employee subject")))
              .grades(SCALE)
              .finalGrade(grade)
              .training(TRAINING)
              .build());
    }
    return new ReviewResult(
        SCALE,
        QUOTA,
        Collections.unmodifiableMap(byTeam),
        Collections.unmodifiableMap(finalGrades),
        company,
        Collections.unmodifiableMap(pay),
        Collections.unmodifiableMap(promotions),
        Collections.unmodifiableMap(training),
        Collections.unmodifiableMap(sheets));
  }

  private static TrainingCatalog training() {
    TrainingTopic conversion =
        TrainingTopic.of("detail-page", "Detail-page and conversion optimisation")
            .withTranslation("zh", "详情页与转化优化");
    TrainingTopic pricing =
        TrainingTopic.of("bundling", "Bundles and pricing").withTranslation("zh", "组合与定价");
    TrainingTopic campaigns =
        TrainingTopic.of("campaign-planning", "Big-promotion planning").withTranslation("zh", "大促策划");
    TrainingTopic assortment =
        TrainingTopic.of("assortment", "Assortment and inventory").withTranslation("zh", "商品与库存管理");
    TrainingTopic search =
        TrainingTopic.of("search", "Platform search optimisation").withTranslation("zh", "平台搜索优化");
    TrainingTopic media =
        TrainingTopic.of("paid-media", "Paid-media efficiency").withTranslation("zh", "投放效率");
    TrainingTopic growth =
        TrainingTopic.of("user-growth", "User growth and channel quality").withTranslation("zh", "用户增长与渠道质量");
    TrainingTopic creative =
        TrainingTopic.of("creative-testing", "Creative testing").withTranslation("zh", "素材测试");
    TrainingTopic solving =
        TrainingTopic.of("problem-solving", "Problem solving and empathy").withTranslation("zh", "问题解决与同理心");
    TrainingTopic workflow =
        TrainingTopic.of("ticket-workflow", "Ticket workflow and response time").withTranslation("zh", "工单流程与响应时效");
    TrainingTopic complaints =
        TrainingTopic.of("complaints", "Complaint handling").withTranslation("zh", "投诉处理");
    TrainingTopic retention =
        TrainingTopic.of("retention", "Repeat-purchase guidance").withTranslation("zh", "复购引导");
    TrainingTopic scripts =
        TrainingTopic.of("scripts", "Service scripts").withTranslation("zh", "服务话术");
    TrainingTopic content =
        TrainingTopic.of("content-craft", "Content that converts").withTranslation("zh", "内容转化");
    TrainingTopic production =
        TrainingTopic.of("content-workflow", "Content production workflow").withTranslation("zh", "内容生产流程");
    TrainingTopic automation =
        TrainingTopic.of("bi-automation", "Report automation").withTranslation("zh", "报表自动化");
    TrainingTopic partnering =
        TrainingTopic.of("business-partnering", "Business partnering").withTranslation("zh", "业务协作");
    TrainingTopic anomalies =
        TrainingTopic.of("anomaly-detection", "Anomaly detection").withTranslation("zh", "异常检测");
    TrainingTopic okr =
        TrainingTopic.of("okr-practice", "OKR practice").withTranslation("zh", "OKR实践");
    return TrainingCatalog.builder()
        .topic("store-gmv", conversion)
        .topic("conversion-rate", conversion)
        .topic("revenue-per-buyer", pricing)
        .topic("campaign-achievement-rate", campaigns)
        .topic("sku-movement-rate", assortment)
        .topic("inventory-turnover", assortment)
        .topic("search-rank-improvement", search)
        .topic("cac", media)
        .topic("promotion-cost-ratio", media)
        .topic("channel-roi", media)
        .topic("new-users", growth)
        .topic("channel-conversion-rate", growth)
        .topic("content-impressions", creative)
        .topic("creative-ctr", creative)
        .topic("csat", solving)
        .topic("fcr", solving)
        .topic("first-response-time", workflow)
        .topic("after-sales-timeliness", workflow)
        .topic("complaint-rate", complaints)
        .topic("repurchase-guidance-rate", retention)
        .topic("script-compliance", scripts)
        .topic("content-conversion-rate", content)
        .topic("interaction-rate", content)
        .topic("hit-content-share", content)
        .topic("preference-match", content)
        .topic("production-efficiency", production)
        .topic("report-timeliness", automation)
        .topic("tool-efficiency", automation)
        .topic("adoption-rate", partnering)
        .topic("collaboration-satisfaction", partnering)
        .topic("alert-precision", anomalies)
        .topic("alert-recall", anomalies)
        .topic("okr-score", okr)
        .build();
  }
}

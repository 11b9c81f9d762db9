package dev.yardstick.samples.company;

import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.interview.InterviewSheet;
import java.util.Map;
import java.util.Objects;

/**
 * The review of the quarter; every map is keyed by employee id (or team id for the calibrations)
 * in roster order and holds the evaluated employees only.
 *
 * @param scale the grade scale
 * @param quota the quota each team is calibrated against
 * @param calibrations each team's calibration, by team id
 * @param finalGrades each person's final grade: the grade of the total, the grade after
 *     calibration, and why they differ; pay, promotion, the sheets, the report and the JSON read it
 * @param companyDistribution the final grades of the whole company against the quota
 * @param pay the salary and bonus proposals
 * @param promotions the promotion decisions
 * @param training the training recommendations
 * @param interviews the interview sheets
 */
public record ReviewResult(
    GradeScale scale,
    Quota quota,
    Map<String, CalibrationResult> calibrations,
    Map<String, FinalGrade> finalGrades,
    Distribution companyDistribution,
    Map<String, PayProposal> pay,
    Map<String, PromotionDecision> promotions,
    Map<String, TrainingPlan> training,
    Map<String, InterviewSheet> interviews) {

  /** Validates; the maps are kept as given (the caller passes ordered, unmodifiable maps). */
  public ReviewResult {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(calibrations, "calibrations");
    Objects.requireNonNull(finalGrades, "finalGrades");
    Objects.requireNonNull(companyDistribution, "companyDistribution");
    Objects.requireNonNull(pay, "pay");
    Objects.requireNonNull(promotions, "promotions");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(interviews, "interviews");
  }
}

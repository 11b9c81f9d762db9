/**
 * Calibration and forced distribution: a {@link dev.yardstick.review.calibration.Quota} over grade
 * groups (20 / 70 / 10, 30 / 60 / 10 …) turned into head counts by the largest-remainder method,
 * a proposed grading by rank with documented tie-breaking ({@link
 * dev.yardstick.review.calibration.Calibration}), audited manual overrides and the final
 * distribution with its quota violations ({@link
 * dev.yardstick.review.calibration.CalibrationResult}); {@link
 * dev.yardstick.review.calibration.TeamQuotas} lets a team's own grade set its members' quota.
 */
@NullMarked
package dev.yardstick.review.calibration;

import org.jspecify.annotations.NullMarked;

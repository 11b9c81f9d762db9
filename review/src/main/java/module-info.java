/**
 * Yardstick review: what happens after the evaluation. Grade scales, calibration against a
 * forced distribution with audited overrides, salary / bonus / promotion / training proposals,
 * performance interview sheets in English and Simplified Chinese, versioned re-weighting with
 * diffs and what-if re-scoring, and the 9-box talent grid.
 */
module dev.yardstick.review {
  requires transitive dev.yardstick.core;
  requires static transitive org.jspecify;

  exports dev.yardstick.review;
  exports dev.yardstick.review.grade;
  exports dev.yardstick.review.calibration;
  exports dev.yardstick.review.application;
  exports dev.yardstick.review.interview;
  exports dev.yardstick.review.versioning;
  exports dev.yardstick.review.talent;
}

/**
 * Review and application of evaluation results. This package holds what the feature packages
 * share: {@link dev.yardstick.review.Assessment}, which reads an evaluation item by item as
 * above, on or below target (used for interview strengths and weaknesses, training
 * recommendations and next-period goals).
 *
 * <p>Feature packages: {@code grade} (grade scales), {@code calibration} (forced distribution
 * and audited overrides), {@code application} (pay matrix, promotion, training, goals), {@code
 * interview} (performance interview sheets, 绩效面谈), {@code versioning} (scorecard history,
 * diffs, what-if) and {@code talent} (9-box).
 */
@NullMarked
package dev.yardstick.review;

import org.jspecify.annotations.NullMarked;

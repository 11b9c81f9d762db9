/**
 * Applying results (绩效结果应用): a configurable {@link dev.yardstick.review.application.PayMatrix}
 * from grade (and optionally the team's grade and coefficient) to salary adjustment and bonus,
 * exact to the cent; {@link dev.yardstick.review.application.PromotionPolicy} with the reason
 * a person does or does not qualify; {@link dev.yardstick.review.application.TrainingCatalog}
 * for training recommendations from the weakest indicators; and {@link
 * dev.yardstick.review.application.GoalPolicy} for next-period goals.
 */
@NullMarked
package dev.yardstick.review.application;

import org.jspecify.annotations.NullMarked;

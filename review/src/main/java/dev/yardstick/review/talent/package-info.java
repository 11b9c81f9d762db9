/**
 * The 9-box talent grid (九宫格): performance (from the evaluation's total) × potential (an input,
 * given as a level or as a number with cut-offs), with configurable cut-offs and box names in
 * English and Simplified Chinese.
 */
@NullMarked
package dev.yardstick.review.talent;

import org.jspecify.annotations.NullMarked;

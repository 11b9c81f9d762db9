/**
 * The performance interview sheet (绩效面谈表): for one person and period, strengths and
 * weaknesses against target, the trend against the previous period, improvement directions and
 * next-period goals, with room for the manager's and the employee's comments; rendered as
 * Markdown or plain text in English or Simplified Chinese from resource bundles.
 */
@NullMarked
package dev.yardstick.review.interview;

import org.jspecify.annotations.NullMarked;

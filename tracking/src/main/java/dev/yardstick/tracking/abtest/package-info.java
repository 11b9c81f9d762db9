/**
 * Content A/B comparison (內容 A/B 測試): the two-proportion z-test of two variants' conversion
 * rates, the confidence interval of the difference, and the sample size a test needs.
 *
 * <p>Start with {@link dev.yardstick.tracking.abtest.AbTest}.
 */
@NullMarked
package dev.yardstick.tracking.abtest;

import org.jspecify.annotations.NullMarked;

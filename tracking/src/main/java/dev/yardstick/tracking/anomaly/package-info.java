/**
 * Abnormal fluctuation detection (異常波動) on an indicator's daily or weekly series: z-scores
 * against a trailing or same-weekday baseline, and an EWMA control chart with exact time-varying
 * limits. Every alert says which point, how far out in σ and against which baseline; a series too
 * short to judge gives {@link dev.yardstick.tracking.anomaly.Detection.InsufficientHistory}.
 *
 * <p>Start with {@link dev.yardstick.tracking.anomaly.ZScoreDetector} or {@link
 * dev.yardstick.tracking.anomaly.EwmaDetector}.
 */
@NullMarked
package dev.yardstick.tracking.anomaly;

import org.jspecify.annotations.NullMarked;

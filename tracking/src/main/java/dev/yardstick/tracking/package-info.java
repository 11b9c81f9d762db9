/**
 * The evaluation rhythm around the core evaluation: {@link dev.yardstick.tracking.Tracking} is the
 * entry point to monthly tracking, the annual review, early warnings, anomaly detection and
 * content A/B tests, which live in the sub-packages.
 */
@NullMarked
package dev.yardstick.tracking;

import org.jspecify.annotations.NullMarked;

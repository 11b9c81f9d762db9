/**
 * Early warnings on a running period (過程管理, 預警): pace against a target with a linear or
 * seasonal profile, ceiling and floor breaches, and anomalies, all returned as {@link
 * dev.yardstick.tracking.warning.Warning} values that a back office can route.
 *
 * <p>Start with {@link dev.yardstick.tracking.warning.Pacer} for one indicator and {@link
 * dev.yardstick.tracking.warning.EarlyWarnings} for a whole company.
 */
@NullMarked
package dev.yardstick.tracking.warning;

import org.jspecify.annotations.NullMarked;

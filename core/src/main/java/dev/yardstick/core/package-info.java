/**
 * Yardstick: evaluates employee performance with KPIs and OKRs. Start at {@link
 * dev.yardstick.core.Yardstick}.
 */
@NullMarked
package dev.yardstick.core;

import org.jspecify.annotations.NullMarked;

/** Helpers of the KPI rules module: exact decimal arithmetic and parameter checks. Not exported. */
@NullMarked
package dev.yardstick.rules.kpi.internal;

import org.jspecify.annotations.NullMarked;

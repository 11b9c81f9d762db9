/**
 * Helpers of the OKR module: argument checks and decimal arithmetic. Not exported, not part of the
 * API.
 */
@NullMarked
package dev.yardstick.rules.okr.internal;

import org.jspecify.annotations.NullMarked;

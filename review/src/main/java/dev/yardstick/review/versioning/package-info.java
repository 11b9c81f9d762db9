/**
 * Versioned re-weighting (动态优化, the half-yearly review of weights and indicators): {@link
 * dev.yardstick.review.versioning.ScorecardHistory} keeps a scorecard's versions with
 * non-overlapping validity, {@link dev.yardstick.review.versioning.ScorecardDiff} lists what
 * changed between two versions, and {@link dev.yardstick.review.versioning.WhatIf} re-scores a past
 * period under a proposed version and shows who would change grade and why.
 */
@NullMarked
package dev.yardstick.review.versioning;

import org.jspecify.annotations.NullMarked;

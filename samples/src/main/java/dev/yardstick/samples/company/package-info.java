/**
 * The sample e-commerce company: its teams and forty employees ({@link
 * dev.yardstick.samples.company.Roster}), one quarter of monthly raw facts generated from a fixed
 * seed ({@link dev.yardstick.samples.company.FactsGenerator}), the measurements computed from
 * them, the scorecards, targets, OKRs and warning rules of the company, and the quarter's run
 * ({@link dev.yardstick.samples.company.QuarterRun}) that ties them together.
 */
@NullMarked
package dev.yardstick.samples.company;

import org.jspecify.annotations.NullMarked;

/**
 * KPI scoring strategies: threshold / target / stretch, ratio to target, closer to target,
 * banded tables, milestones, deduction (扣分制) and ratings, each a {@link
 * dev.yardstick.core.scoring.ScoringStrategy} found by {@code StrategyRegistry.discover()} under
 * its id, and {@link dev.yardstick.rules.kpi.Kpi}, whose factories build their rules.
 *
 * <p>Every strategy computes on decimals, so hand-computed scores come out exactly, explains
 * each score with its numbers, flags the scores decided by a cap or a floor, validates its
 * parameters once with messages naming the parameter and value, and rejects a subject's data it
 * cannot score (a target of 0 to divide by, a negative incident count) with an {@code
 * InvalidInputException} naming the subject, indicator, field and value.
 */
@NullMarked
package dev.yardstick.rules.kpi;

import org.jspecify.annotations.NullMarked;

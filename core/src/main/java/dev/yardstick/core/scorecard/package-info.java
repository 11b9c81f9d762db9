/**
 * Scorecards: a role's evaluation template of weighted sections and items, with its version and
 * validity, missing-data policy, rounding and link to the team's result.
 */
@NullMarked
package dev.yardstick.core.scorecard;

import org.jspecify.annotations.NullMarked;

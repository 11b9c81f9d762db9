/**
 * The scoring service provider interface: {@link dev.yardstick.core.scoring.ScoringStrategy}
 * turns a measurement and a target into a {@link dev.yardstick.core.scoring.Score} with its
 * {@link dev.yardstick.core.scoring.Explanation}; {@link dev.yardstick.core.scoring.ScoringRule}
 * binds a strategy to its parameters; {@link dev.yardstick.core.scoring.StrategyRegistry} finds
 * strategies by id.
 *
 * <p>Core ships no strategy: the KPI strategies live in {@code yardstick-rules-kpi}, the OKR
 * ones in {@code yardstick-rules-okr}, and a company may add its own.
 */
@NullMarked
package dev.yardstick.core.scoring;

import org.jspecify.annotations.NullMarked;

/**
 * Evaluations: the evaluation of one subject ({@link dev.yardstick.core.evaluation.Evaluation},
 * with its section and item results) and batches of many ({@link
 * dev.yardstick.core.evaluation.BatchResult}, one {@link dev.yardstick.core.evaluation.Outcome} per
 * subject). Start them from {@code dev.yardstick.core.Yardstick}.
 */
@NullMarked
package dev.yardstick.core.evaluation;

import org.jspecify.annotations.NullMarked;

/**
 * The command-line evaluator: {@code evaluate --scorecard card.json --measurements data.csv
 * --period 2026-Q3 [--report out.html]} ({@link dev.yardstick.samples.cli.EvaluateCommand}).
 */
@NullMarked
package dev.yardstick.samples.cli;

import org.jspecify.annotations.NullMarked;

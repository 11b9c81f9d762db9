/**
 * JMH benchmarks of Yardstick: batch evaluation against the formula engines back offices use
 * (QLExpress, AviatorScript, JEXL 3) and against a hand-written loop, on the sample company
 * scaled up. Run with {@link dev.yardstick.benchmarks.Suite}; see {@code benchmarks/README.md}.
 */
@NullMarked
package dev.yardstick.benchmarks;

import org.jspecify.annotations.NullMarked;

/**
 * What the sample run shows and writes: the console summary ({@link
 * dev.yardstick.samples.output.ConsoleSummary}) and the output folder ({@link
 * dev.yardstick.samples.output.OutputFiles}): JSON results, interview sheets in Chinese and
 * English, and the HTML report. Every output is a pure function of the run: two runs with the
 * same seed write byte-identical files.
 */
@NullMarked
package dev.yardstick.samples.output;

import org.jspecify.annotations.NullMarked;

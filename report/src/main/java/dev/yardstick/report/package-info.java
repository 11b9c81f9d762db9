/**
 * The report's input model and its renderer.
 *
 * <p>The model is a handful of immutable records that a host system fills from its own results:
 * {@link dev.yardstick.report.ReportData} holds per-person scores ({@link
 * dev.yardstick.report.PersonReport}, {@link dev.yardstick.report.ItemScore}, {@link
 * dev.yardstick.report.Highlights}), per-team grade distributions against the quota ({@link
 * dev.yardstick.report.TeamReport}, {@link dev.yardstick.report.GradeCount}) and monthly pacing
 * with warnings ({@link dev.yardstick.report.PacingSeries}, {@link
 * dev.yardstick.report.PacingPoint}, {@link dev.yardstick.report.WarningMarker}). It does not
 * depend on the tracking or review modules, so any calibration or warning engine can feed it.
 *
 * <p>{@link dev.yardstick.report.HtmlReport} renders the model as one HTML5 file; the page and its
 * charts are package-private classes here (they read the records), built on the model-free helpers
 * of the non-exported {@code internal} package.
 */
@NullMarked
package dev.yardstick.report;

import org.jspecify.annotations.NullMarked;

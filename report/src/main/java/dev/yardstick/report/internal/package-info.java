/**
 * Rendering helpers that know nothing of the report model: escaping, locale-free number formatting,
 * axis scales, the label table and argument checks. Not exported; may change between versions.
 *
 * <p>Nothing here refers to {@code dev.yardstick.report}: the page and its SVG charts, which read
 * the model records, are package-private classes of that package, so the two packages form no
 * cycle (checked by the quality module's architecture test).
 */
@NullMarked
package dev.yardstick.report.internal;

import org.jspecify.annotations.NullMarked;

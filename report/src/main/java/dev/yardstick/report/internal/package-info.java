/**
 * Rendering internals: escaping, locale-free number formatting, the label table and the SVG
 * charts. Not exported; the layout may change between versions.
 */
@NullMarked
package dev.yardstick.report.internal;

import org.jspecify.annotations.NullMarked;

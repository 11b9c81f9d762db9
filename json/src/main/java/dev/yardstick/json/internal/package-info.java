/**
 * The machinery behind {@code YardstickJson} and {@code MeasurementCsv}: the codecs of the core
 * types, the path-tracking tree reader, the stable pretty printer, number formatting and the RFC
 * 4180 tokenizer. Not exported; nothing here is API.
 */
@NullMarked
package dev.yardstick.json.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The machinery behind {@code YardstickJson} and {@code MeasurementCsv}: the codecs of the core
 * types, the path-tracking tree reader, the stable pretty printer, number formatting and the RFC
 * 4180 tokenizer. Not exported; nothing here is API.
 *
 * <p>Nothing here refers to the facade packages: a document that cannot be read fails with {@link
 * dev.yardstick.json.internal.DocumentException}, which {@code YardstickJson} turns into the public
 * {@code YardstickJsonException}.
 */
@NullMarked
package dev.yardstick.json.internal;

import org.jspecify.annotations.NullMarked;

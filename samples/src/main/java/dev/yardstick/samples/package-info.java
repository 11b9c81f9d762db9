/**
 * Samples: the README quickstart and the sample e-commerce company, evaluated end to end.
 */
@NullMarked
package dev.yardstick.samples;

import org.jspecify.annotations.NullMarked;

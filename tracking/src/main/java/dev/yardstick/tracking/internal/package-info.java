/** Helpers of the tracking module (normal distribution, number formatting); not exported. */
@NullMarked
package dev.yardstick.tracking.internal;

import org.jspecify.annotations.NullMarked;

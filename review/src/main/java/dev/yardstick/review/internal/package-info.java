/** Helpers of the review module (argument checks, number formatting, texts); not exported. */
@NullMarked
package dev.yardstick.review.internal;

import org.jspecify.annotations.NullMarked;

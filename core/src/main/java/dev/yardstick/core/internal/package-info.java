/** Helpers of the core module; not exported, not part of the API. */
@NullMarked
package dev.yardstick.core.internal;

import org.jspecify.annotations.NullMarked;

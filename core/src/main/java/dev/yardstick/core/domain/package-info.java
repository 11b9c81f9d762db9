/**
 * The vocabulary of performance evaluation: functional modules and roles, subjects, indicators
 * with their unit, direction, tier, nature and aggregation, periods, measurements and targets.
 *
 * <p>Every type is an immutable, validated value: a bad argument fails at construction with a
 * message that names the field and the value.
 */
@NullMarked
package dev.yardstick.core.domain;

import org.jspecify.annotations.NullMarked;

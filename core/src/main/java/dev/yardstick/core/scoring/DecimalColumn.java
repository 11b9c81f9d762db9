package dev.yardstick.core.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's values for many subjects, as unscaled integers with one scale: amounts in cents
 * (scale 2), rates in hundredths of a percent (scale 4), counts (scale 0). The exact, primitive
 * form in which a back office loads a column from its database, and what a {@link ColumnScorer}
 * reads without creating an object per value.
 *
 * <pre>{@code
 * // GMV of three people in cents: 1 250 000.00, 980 000.50 and missing
 * DecimalColumn gmv = DecimalColumn.of(2, 125_000_000L, 98_000_050L, DecimalColumn.MISSING);
 * gmv.value(1);   // 980000.50
 * // ratings by rater are parts of the item's column
 * DecimalColumn teamwork = DecimalColumn.zeros(3)
 *     .withPart("manager", DecimalColumn.of(0, 4, 5, 3))
 *     .withPart("peer.wang", DecimalColumn.of(0, 3, 4, DecimalColumn.MISSING));
 * }</pre>
 *
 * <p>A row holding {@link #MISSING} has no value: for the item's own column it means that the
 * subject has no measurement; for a part, that the measurement has no such part. Parts carry the
 * components a strategy reads from {@code Measurement#parts()} (ratings by rater, incidents by
 * category); their columns have the same number of rows. Immutable: the arrays are copied.
 */
public final class DecimalColumn {

  /** The value of a row that has none. */
  public static final long MISSING = Long.MIN_VALUE;

  private final long[] unscaled;
  private final int scale;
  private final Map<String, DecimalColumn> parts;

  private DecimalColumn(long[] unscaled, int scale, Map<String, DecimalColumn> parts) {
    this.unscaled = unscaled;
    this.scale = scale;
    this.parts = parts;
  }

  /**
   * A column of {@code unscaled[r] × 10^-scale}.
   *
   * @param scale the number of decimal places, 0 to 18
   * @param unscaled the values, {@link #MISSING} for a row without one; copied
   * @throws IllegalArgumentException if the scale is out of range
   */
  public static DecimalColumn of(int scale, long... unscaled) {
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale must be 0 to 18, got " + scale);
    }
    Objects.requireNonNull(unscaled, "unscaled");
    return new DecimalColumn(unscaled.clone(), scale, Map.of());
  }

  /** A column of {@code rows} zeros (scale 0): the value of an item scored on its parts. */
  public static DecimalColumn zeros(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative, got " + rows);
    }
    return new DecimalColumn(new long[rows], 0, Map.of());
  }

  /**
   * This column with a part, for example a rater's ratings.
   *
   * @throws IllegalArgumentException if the part has another number of rows, the name is blank
   *     or already used
   */
  public DecimalColumn withPart(String name, DecimalColumn part) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(part, "part");
    if (name.isBlank()) {
      throw new IllegalArgumentException("part name must not be blank");
    }
    if (parts.containsKey(name)) {
      throw new IllegalArgumentException("part '" + name + "' is already on this column");
    }
    if (part.size() != size()) {
      throw new IllegalArgumentException(
          "part '" + name + "' has " + part.size() + " rows, the column " + size());
    }
    if (!part.parts.isEmpty()) {
      throw new IllegalArgumentException("part '" + name + "' must not have parts of its own");
    }
    Map<String, DecimalColumn> more = new LinkedHashMap<>(parts);
    more.put(name, part);
    return new DecimalColumn(unscaled, scale, Collections.unmodifiableMap(more));
  }

  /** The number of rows. */
  public int size() {
    return unscaled.length;
  }

  /** The number of decimal places of every value. */
  public int scale() {
    return scale;
  }

  /** The unscaled value of row {@code r}, or {@link #MISSING}. */
  public long unscaled(int r) {
    return unscaled[r];
  }

  /** Whether row {@code r} has no value. */
  public boolean isMissing(int r) {
    return unscaled[r] == MISSING;
  }

  /** The value of row {@code r} as a decimal, or {@code null} when it is missing. */
  public @Nullable BigDecimal value(int r) {
    long u = unscaled[r];
    return u == MISSING ? null : BigDecimal.valueOf(u, scale);
  }

  /** The parts, by name, in the order they were added; empty when there are none. */
  public Map<String, DecimalColumn> parts() {
    return parts;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DecimalColumn
        && ((DecimalColumn) o).scale == scale
        && Arrays.equals(((DecimalColumn) o).unscaled, unscaled)
        && ((DecimalColumn) o).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return (31 * Arrays.hashCode(unscaled) + scale) * 31 + parts.hashCode();
  }

  @Override
  public String toString() {
    return "DecimalColumn[" + size() + " rows, scale " + scale
        + (parts.isEmpty() ? "" : ", parts " + parts.keySet()) + "]";
  }
}

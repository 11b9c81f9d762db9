package dev.yardstick.review.calibration;

import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * People with equal totals that a quota boundary had to separate, because giving all of them the
 * better group would have broken its bound. The tie key decided who stayed.
 *
 * @param total the shared total
 * @param group the better group, which kept some of them
 * @param kept who stayed in {@code group}, by ascending tie key
 * @param moved who went to a worse group
 */
public record TieSplit(BigDecimal total, String group, List<String> kept, List<String> moved) {

  /** Validates and copies. */
  public TieSplit {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(group, "group");
    kept = List.copyOf(kept);
    moved = List.copyOf(moved);
  }

  /** {@code total 85 split at group 'top': kept [emp-2], moved [emp-5]}. */
  @Override
  public String toString() {
    return "total " + Numbers.plain(total) + " split at group '" + group + "': kept " + kept
        + ", moved " + moved;
  }
}

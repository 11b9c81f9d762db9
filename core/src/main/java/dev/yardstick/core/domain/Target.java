package dev.yardstick.core.domain;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;

/**
 * What an indicator is scored against: a threshold (門檻, the least that earns a score), the
 * target (目標) and a stretch level (挑戰).
 *
 * <p>For higher-is-better indicators the levels do not decrease ({@code threshold ≤ target ≤
 * stretch}); for lower-is-better indicators they do not increase ({@code threshold ≥ target ≥
 * stretch}, for example a CAC threshold of 80, target 60, stretch 50). A single-value target has
 * all three levels equal.
 *
 * <pre>{@code
 * Target gmv = Target.levels(800_000, 1_000_000, 1_200_000);
 * Target cac = Target.levels(80, 60, 50);   // lower is better
 * Target conversion = Target.of(0.035);
 * }</pre>
 *
 * @param threshold the level at which scoring starts
 * @param target the level that earns the full (100%) score
 * @param stretch the level that earns the stretch score
 */
public record Target(double threshold, double target, double stretch) {

  /** Validates: finite levels in a consistent order. */
  public Target {
    Checks.finite(threshold, "target threshold");
    Checks.finite(target, "target target");
    Checks.finite(stretch, "target stretch");
    boolean ascending = threshold <= target && target <= stretch;
    boolean descending = threshold >= target && target >= stretch;
    if (!ascending && !descending) {
      throw new IllegalArgumentException(
          "target levels must run one way, threshold to target to stretch, got threshold="
              + Decimals.plain(threshold)
              + ", target="
              + Decimals.plain(target)
              + ", stretch="
              + Decimals.plain(stretch));
    }
  }

  /** A single-value target: threshold, target and stretch all equal {@code target}. */
  public static Target of(double target) {
    return new Target(target, target, target);
  }

  /** Three levels. */
  public static Target levels(double threshold, double target, double stretch) {
    return new Target(threshold, target, stretch);
  }

  /** Whether the levels increase or are all equal. */
  public boolean isAscending() {
    return threshold <= target && target <= stretch;
  }

  /** Whether the levels decrease or are all equal. */
  public boolean isDescending() {
    return threshold >= target && target >= stretch;
  }

  /** Whether all three levels are equal. */
  public boolean isSingleValue() {
    return threshold == target && target == stretch;
  }

  @Override
  public String toString() {
    return isSingleValue()
        ? Decimals.plain(target)
        : Decimals.plain(threshold) + " / " + Decimals.plain(target) + " / " + Decimals.plain(stretch);
  }
}

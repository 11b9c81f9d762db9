package dev.yardstick.review.calibration;

/** How a quota group's head count binds. */
public enum QuotaBound {
  /** Exactly the allocated count: classic forced ranking. */
  EXACTLY,
  /** At most the allocated count, for example "S and A at most 20%". */
  AT_MOST,
  /** At least the allocated count, for example "C and D at least 10%". */
  AT_LEAST;

  /** Whether {@code actual} people satisfy a group allocated {@code allocated} people. */
  public boolean allows(int actual, int allocated) {
    switch (this) {
      case AT_MOST:
        return actual <= allocated;
      case AT_LEAST:
        return actual >= allocated;
      default:
        return actual == allocated;
    }
  }

  /** {@code "exactly"}, {@code "at most"} or {@code "at least"}. */
  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

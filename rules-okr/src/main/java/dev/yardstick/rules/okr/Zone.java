package dev.yardstick.rules.okr;

/** Where a key result's value stands between baseline and stretch; see {@link ZoneModel}. */
public enum Zone {
  /** Below the commit level. */
  FAIL,
  /** At or past the commit level, below the target level. */
  COMMIT,
  /** At or past the target level, below the stretch level. */
  TARGET,
  /** At or past the stretch level. */
  STRETCH
}

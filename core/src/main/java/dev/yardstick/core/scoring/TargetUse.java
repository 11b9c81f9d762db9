package dev.yardstick.core.scoring;

/**
 * Whether a strategy scores against the item's target, declared by {@link
 * ScoringStrategy#targetUse}, so that a scorecard that gives a target to a strategy that ignores
 * it, or none to a strategy that needs one, is rejected when it is built rather than when each
 * person is evaluated.
 *
 * <pre>{@code
 * Kpi.ratioToTarget(0, 120).targetUse();   // REQUIRED: actual ÷ target
 * Kpi.doneFlag(100, 0).targetUse();         // IGNORED: done or not
 * }</pre>
 */
public enum TargetUse {
  /** The strategy scores against the target: an item without a default target is rejected. */
  REQUIRED,
  /**
   * The strategy may use a target or do without one: any item is accepted. The default, so that
   * a strategy written before {@code targetUse} existed keeps working.
   */
  OPTIONAL,
  /** The strategy never reads the target: an item with a target is rejected. */
  IGNORED
}

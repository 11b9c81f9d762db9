package dev.yardstick.rules.okr;

/**
 * Whether an objective must be met in full or is a stretch goal.
 *
 * <p>Google's OKR guidance distinguishes the two: a committed OKR is expected to score 1.0 and a
 * lower score calls for an explanation; an aspirational OKR is expected to average about 0.7, with
 * high variance (J. Doerr, <i>Measure What Matters</i>, 2018, appendix "Google's OKR playbook").
 * The difference matters when an OKR score enters a scorecard: see {@link Okr#committed()} and
 * {@link Okr#aspirational()}.
 */
public enum Commitment {
  /** Must be met in full: 1.0 is the expected score. */
  COMMITTED,
  /** A stretch goal: about 0.7 is success. */
  ASPIRATIONAL
}

package dev.yardstick.review.versioning;

import dev.yardstick.core.evaluation.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a what-if: every person re-scored, and those who could not be (with the reason,
 * for example a measurement the proposed version needs and the past period lacks).
 *
 * @param rescores the people re-scored, in input order
 * @param failures the people who could not be, in input order
 */
public record WhatIfResult(List<Rescore> rescores, List<Outcome.Failed> failures) {

  /** Copies. */
  public WhatIfResult {
    rescores = List.copyOf(rescores);
    failures = List.copyOf(failures);
  }

  /** The people whose grade would change, in input order. */
  public List<Rescore> gradeChanges() {
    List<Rescore> changed = new ArrayList<>();
    for (Rescore r : rescores) {
      if (r.gradeChanged()) {
        changed.add(r);
      }
    }
    return List.copyOf(changed);
  }
}

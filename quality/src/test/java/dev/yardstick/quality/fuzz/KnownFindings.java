package dev.yardstick.quality.fuzz;

import dev.yardstick.core.scoring.ScoringRule;

/**
 * Findings of the fuzz tests that are reported to the owning module and not fixed yet. Each is
 * reproduced by a disabled test in {@link KnownFindingsTest}; when the owner fixes it, enable the
 * test and delete the exemption here, so that the fuzzer hunts it again.
 */
final class KnownFindings {

  private KnownFindings() {}

  /**
   * rules-okr: an OKR score so large that {@code 100 × score} exceeds the range of a double (for
   * example 2.7E+307) makes {@code okr-committed}, {@code okr-aspirational} and {@code okr-blended}
   * throw the IllegalStateException of their overflow guard instead of capping the score (the
   * cap is applied after the conversion to double) or refusing the measurement with an
   * InvalidInputException.
   */
  static boolean okrScoreBeyondDoubleRange(ScoringRule<?> rule, IllegalStateException e) {
    return rule.strategyId().startsWith("okr-")
        && e.getMessage() != null
        && e.getMessage().contains("is beyond the range of a double");
  }
}

package dev.yardstick.quality.fuzz;

/**
 * Findings of the fuzz tests that are reported to the owning module and not fixed yet. Each is
 * reproduced by a disabled test in {@link KnownFindingsTest}; when the owner fixes it, enable the
 * test and delete the exemption here, so that the fuzzer hunts it again.
 *
 * <p>None is open: the last one (rules-okr capping an OKR score whose 100-fold is beyond the range
 * of a double) is fixed, and its reproducer in {@link KnownFindingsTest} now runs as a regression
 * test.
 */
final class KnownFindings {

  private KnownFindings() {}
}

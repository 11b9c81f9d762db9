package dev.yardstick.assertj;

import dev.yardstick.tracking.warning.Severity;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningKind;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a list of early warnings.
 *
 * <pre>{@code
 * assertThatWarnings(warnings).containsBreachOf("cac").forSubject("emp-17").withSeverity(Severity.RED);
 * assertThatWarnings(warnings).hasNoneFor("emp-3");
 * }</pre>
 */
public class WarningsAssert extends AbstractObjectAssert<WarningsAssert, List<Warning>> {

  /** Creates the assertion; use {@link YardstickAssertions#assertThatWarnings(List)}. */
  public WarningsAssert(List<Warning> actual) {
    super(actual, WarningsAssert.class);
  }

  /** At least one ceiling or floor breach of the indicator; narrow it with the returned assert. */
  public WarningSelectionAssert containsBreachOf(String indicatorId) {
    return select(indicatorId, "a ceiling or floor breach",
        w -> w.kind() == WarningKind.CEILING_BREACH || w.kind() == WarningKind.FLOOR_BREACH);
  }

  /** At least one warning of this kind on the indicator. */
  public WarningSelectionAssert contains(WarningKind kind, String indicatorId) {
    return select(indicatorId, "a " + kind + " warning", w -> w.kind() == kind);
  }

  /** No warning concerns the subject. */
  public WarningsAssert hasNoneFor(String subjectId) {
    isNotNull();
    List<Warning> found = new ArrayList<>();
    for (Warning w : actual) {
      if (w.subjectId().equals(subjectId)) {
        found.add(w);
      }
    }
    if (!found.isEmpty()) {
      failWithMessage("%nExpected no warning for %s but found:%s", subjectId, lines(found));
    }
    return this;
  }

  private WarningSelectionAssert select(
      String indicatorId, String what, java.util.function.Predicate<Warning> kind) {
    isNotNull();
    List<Warning> found = new ArrayList<>();
    for (Warning w : actual) {
      if (w.indicatorId().equals(indicatorId) && kind.test(w)) {
        found.add(w);
      }
    }
    if (found.isEmpty()) {
      failWithMessage("%nExpected %s of '%s' but the warnings were:%s", what, indicatorId, lines(actual));
    }
    return new WarningSelectionAssert(found, what + " of '" + indicatorId + "'");
  }

  static String lines(List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return " none";
    }
    StringBuilder sb = new StringBuilder();
    for (Warning w : warnings) {
      sb.append(String.format("%n  %s %s %s %s %s: %s", w.severity(), w.kind(), w.subjectId(),
          w.indicatorId(), w.period(), w.message()));
    }
    return sb.toString();
  }

  /** The warnings that matched a selection, to narrow further. */
  public static class WarningSelectionAssert
      extends AbstractObjectAssert<WarningSelectionAssert, List<Warning>> {
    private final String what;

    WarningSelectionAssert(List<Warning> selected, String what) {
      super(List.copyOf(selected), WarningSelectionAssert.class);
      this.what = what;
    }

    /** One of the selected warnings concerns the subject. */
    public WarningSelectionAssert forSubject(String subjectId) {
      List<Warning> found = new ArrayList<>();
      for (Warning w : actual) {
        if (w.subjectId().equals(subjectId)) {
          found.add(w);
        }
      }
      if (found.isEmpty()) {
        failWithMessage("%nExpected %s for subject %s but it was raised for:%s", what, subjectId, lines(actual));
      }
      return new WarningSelectionAssert(found, what + " for " + subjectId);
    }

    /** One of the selected warnings has this severity. */
    public WarningSelectionAssert withSeverity(Severity severity) {
      List<Warning> found = new ArrayList<>();
      for (Warning w : actual) {
        if (w.severity() == severity) {
          found.add(w);
        }
      }
      if (found.isEmpty()) {
        failWithMessage("%nExpected %s with severity %s but found:%s", what, severity, lines(actual));
      }
      return new WarningSelectionAssert(found, what + " at " + severity);
    }
  }
}

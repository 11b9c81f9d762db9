package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Period;
import java.util.List;
import java.util.Objects;

/**
 * What the quarter's aggregation did about a subject's missing months: the sums that would be
 * understated were left out of the evaluation, the rates and means were kept over the months
 * present. The scorecard's missing-data policy then decides what the evaluation does.
 *
 * @param subjectId the subject
 * @param missingMonths the months without facts
 * @param excluded indicators left out (sums over fewer months than the quarter)
 * @param kept indicators kept (rates, means: computed over the months present)
 */
public record DataNote(
    String subjectId, List<Period> missingMonths, List<String> excluded, List<String> kept) {

  /** Validates and copies. */
  public DataNote {
    Objects.requireNonNull(subjectId, "subjectId");
    missingMonths = List.copyOf(missingMonths);
    excluded = List.copyOf(excluded);
    kept = List.copyOf(kept);
  }

  /** One line for the console and the report. */
  public String message() {
    return subjectId + ": no facts for " + missingMonths
        + (excluded.isEmpty() ? "" : "; left out (a sum of fewer months than the quarter): "
            + String.join(", ", excluded))
        + (kept.isEmpty() ? "" : "; kept over the months present: " + String.join(", ", kept));
  }
}

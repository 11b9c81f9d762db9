package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one subject for one period on one scorecard version: every item's score with
 * its explanation, the section subtotals, the total and what affected it.
 *
 * <pre>{@code
 * Evaluation e = Yardstick.evaluate(li).in(q3).against(card).with(measurements);
 * e.total();                                   // 96.75 (rounded as the scorecard says)
 * e.item("store-gmv").orElseThrow().explanation().text();
 * }</pre>
 *
 * <p>The total is computed at full precision and rounded once; it is not the sum of the rounded
 * subtotals, which may differ from it in the last decimal.
 *
 * @param subject who was evaluated
 * @param period the period
 * @param scorecardId the scorecard's id
 * @param scorecardVersion the scorecard version used, kept for audits after re-weighting
 * @param sections the section results, in scorecard order
 * @param team how the team's result changed the total, or {@code null} when not linked
 * @param rawTotal the total at full precision
 * @param total {@code rawTotal} rounded with the scorecard's rounding
 * @param flags what affected the total
 */
public record Evaluation(
    Subject subject,
    Period period,
    String scorecardId,
    int scorecardVersion,
    List<SectionResult> sections,
    @Nullable TeamAdjustment team,
    double rawTotal,
    BigDecimal total,
    Set<EvaluationFlag> flags) {

  /** Validates and copies. */
  public Evaluation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(scorecardId, "scorecardId");
    sections = List.copyOf(sections);
    Checks.finite(rawTotal, "rawTotal");
    Objects.requireNonNull(total, "total");
    flags = Checks.enumSet(flags, EvaluationFlag.class);
  }

  /** Every item's result, section by section. */
  public List<ItemResult> items() {
    List<ItemResult> all = new ArrayList<>();
    for (SectionResult section : sections) {
      all.addAll(section.items());
    }
    return List.copyOf(all);
  }

  /** The result of the item for an indicator. */
  public Optional<ItemResult> item(String indicatorId) {
    for (SectionResult section : sections) {
      Optional<ItemResult> found = section.item(indicatorId);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The result of a section. */
  public Optional<SectionResult> section(String name) {
    for (SectionResult section : sections) {
      if (section.name().equals(name)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /** Whether a flag is set. */
  public boolean has(EvaluationFlag flag) {
    return flags.contains(flag);
  }
}

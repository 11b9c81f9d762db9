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
 * <p><b>Exact totals.</b> The total is the exact decimal arithmetic of the card, rounded once with
 * the scorecard's rounding: each item score and weight taken as its shortest decimal (a score of
 * 90.05 is 90.05), weighted means and the team link computed without intermediate rounding (see
 * {@link #totalDecimal()}). Sections KPI 70 / OKR 30 with subtotals 85 and 90.05 give exactly
 * 86.515, shown as 86.52 with {@code HALF_UP}, although the double {@link #rawTotal()} is
 * 86.51499999999999. The total is not the sum of the rounded subtotals, which may differ from it
 * in the last decimal.
 *
 * <pre>{@code
 * e.totalDecimal();                 // 86.515, exact
 * e.total();                        // 86.52, totalDecimal() rounded once (2 decimals, half up)
 * e.contributionDecimal("gmv");     // what gmv adds to the individual total, exact
 * }</pre>
 *
 * @param subject who was evaluated
 * @param period the period
 * @param scorecardId the scorecard's id
 * @param scorecardVersion the scorecard version used, kept for audits after re-weighting
 * @param sections the section results, in scorecard order
 * @param team how the team's result changed the total, or {@code null} when not linked
 * @param rawTotal the total computed in doubles: within about 1e-14 (relative) of {@link
 *     #totalDecimal()}, for charts and statistics; decisions use {@code total}
 * @param total {@link #totalDecimal()} rounded once with the scorecard's rounding
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

  /**
   * The exact decimal total: the weighted mean of the exact section subtotals ({@link
   * SectionResult#subtotalDecimal()}) by section weight over the sections that count, then the
   * team link ({@code ((100 − t)·own + t·team) ÷ 100} for a blend with team weight {@code t}, own
   * × coefficient for a coefficient). Exact when the decimal expansion ends (as with weights that
   * sum to 100); otherwise correct to 34 significant digits. Computed from this record's
   * components, so an evaluation read back from JSON gives the same value.
   *
   * @throws IllegalStateException if no section counts (an evaluation built by hand; the engine
   *     never produces one)
   */
  public BigDecimal totalDecimal() {
    return Exact.linked(individual(), team).value();
  }

  /** The exact decimal individual total, before any team link; see {@link #totalDecimal()}. */
  public BigDecimal individualTotalDecimal() {
    return individual().value();
  }

  /**
   * What the item for {@code indicatorId} adds to the individual total, as an exact decimal:
   * {@code section share × item weight ÷ counted item weights × score}; 0 for an item or section
   * left out. The contributions of all items sum exactly to {@link #individualTotalDecimal()}.
   *
   * @throws IllegalArgumentException if no item of this evaluation has that indicator
   */
  public BigDecimal contributionDecimal(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    BigDecimal sectionWeights = BigDecimal.ZERO;
    for (SectionResult section : sections) {
      if (!section.excluded()) {
        sectionWeights = sectionWeights.add(Exact.decimal(section.weight()));
      }
    }
    for (SectionResult section : sections) {
      Optional<ItemResult> found = section.item(indicatorId);
      if (found.isPresent()) {
        ItemResult item = found.get();
        if (section.excluded() || item.isExcluded()) {
          return BigDecimal.ZERO;
        }
        Exact.Fraction share =
            new Exact.Fraction(
                Exact.decimal(item.weight()).multiply(Exact.decimal(item.rawScore())),
                section.countedWeight());
        return share.times(Exact.decimal(section.weight())).over(sectionWeights).value();
      }
    }
    throw new IllegalArgumentException(
        "no item for indicator '" + indicatorId + "' in the evaluation of '" + subject.id() + "'");
  }

  private Exact.Fraction individual() {
    if (sections.stream().allMatch(SectionResult::excluded)) {
      throw new IllegalStateException(
          "the evaluation of '" + subject.id() + "' has no section that counts: no exact total");
    }
    double[] weights = new double[sections.size()];
    Exact.@Nullable Fraction[] subtotals = new Exact.Fraction[sections.size()];
    for (int s = 0; s < weights.length; s++) {
      SectionResult section = sections.get(s);
      weights[s] = section.weight();
      subtotals[s] = section.exactSubtotal();
    }
    return Exact.individual(weights, subtotals);
  }

  /** Whether a flag is set. */
  public boolean has(EvaluationFlag flag) {
    return flags.contains(flag);
  }
}

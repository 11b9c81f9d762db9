package dev.yardstick.rules.okr;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Nature;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scoring.ScoringRule;

/**
 * OKR in a scorecard: the OKR indicators and the rules that score an OKR score of 0–1 on the
 * scorecard's 0–100 scale, so that one evaluation combines KPIs and OKRs ("OKR combined with KPI",
 * the domain guide's §4.1).
 *
 * <p><b>Choice of rule.</b> Committed OKRs are scored like KPIs: 1.0 is expected, so {@link
 * #committed()} gives {@code 100 × score}. Aspirational OKRs are stretch goals whose success is
 * about 0.7 (Google's OKR playbook, in J. Doerr, <i>Measure What Matters</i>, 2018), so {@link
 * #aspirational()} gives {@code min(100, 100 × score ÷ 0.7)}: 0.7 or more is full marks and a
 * stretch that falls short is not punished. An owner with both kinds is scored by {@link
 * #blended()}, or by two items ({@link #COMMITTED_OKR_SCORE} and {@link #ASPIRATIONAL_OKR_SCORE})
 * fed by {@link OkrSet#measurement(String, String, dev.yardstick.core.domain.Period, Commitment)}.
 *
 * <p><b>Example</b>: the store operations manager's quarterly OKR (the domain guide's §4.1) next to
 * the role's KPIs, KPI 70% and OKR 30%.
 *
 * <pre>{@code
 * Period q3 = Period.parse("2026-Q3");
 * Objective newCategory = Objective
 *     .builder("o-new-category", "Raise the new category's share of GMV to 15%")
 *     .owner("emp-17").period(q3).committed()
 *     .keyResult(KeyResult.metric("kr-launch", "Launch 12 new products", 50, 0, 12)
 *         .checkIn(LocalDate.of(2026, 9, 30), 9, 8, ConfidenceScale.ZERO_TO_TEN))
 *     .keyResult(KeyResult.metric(
 *             "kr-cvr", "New-product conversion rate reaches 3.5%", 50, 0.020, 0.035)
 *         .checkIn(LocalDate.of(2026, 9, 30), 0.029, 7, ConfidenceScale.ZERO_TO_TEN))
 *     .build();
 * OkrSet okrs = OkrSet.of(newCategory);            // score (0.75 + 0.6) ÷ 2 = 0.675
 *
 * Scorecard card = Yardstick.scorecard("store-ops-manager")
 *     .section("KPI", 70)
 *         .item(STORE_GMV).weight(60).target(Target.of(1_000_000)).scoredBy(kpiRule)
 *         .item(CONVERSION_RATE).weight(40).target(Target.of(0.03)).scoredBy(kpiRule)
 *     .section("OKR", 30)
 *         .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.committed())
 *     .build();
 *
 * Evaluation result = Yardstick.evaluate(li).in(q3).against(card).with(
 *     Measurement.of("emp-17", "store-gmv", q3, 950_000),
 *     Measurement.of("emp-17", "conversion-rate", q3, 0.033),
 *     okrs.measurement("emp-17", Okr.OKR_SCORE.id(), q3));   // OKR item scores 67.5
 * }</pre>
 */
public final class Okr {

  /**
   * The owner's OKR score for the period, 0 to 1 (more only when overshoot is recorded). Its
   * aggregation is {@link Aggregation#LAST}: an OKR score is a position reached, so a quarter's
   * value is the one at its end, not the mean of the months.
   */
  public static final Indicator OKR_SCORE =
      okrIndicator(
          "okr-score",
          "OKR score",
          "OKR评分",
          "OKR評分",
          "Weighted mean of the owner's objective scores for the period, 0 to 1; an objective's"
              + " score is the weighted mean of its key results' progress.");

  /** The owner's OKR score over their committed objectives only. */
  public static final Indicator COMMITTED_OKR_SCORE =
      okrIndicator(
          "okr-committed-score",
          "Committed OKR score",
          "承诺型OKR评分",
          "承諾型OKR評分",
          "Weighted mean of the owner's committed objective scores for the period, 0 to 1.");

  /** The owner's OKR score over their aspirational objectives only. */
  public static final Indicator ASPIRATIONAL_OKR_SCORE =
      okrIndicator(
          "okr-aspirational-score",
          "Aspirational OKR score",
          "挑战型OKR评分",
          "挑戰型OKR評分",
          "Weighted mean of the owner's aspirational objective scores for the period, 0 to 1.");

  /** Measurement part: the score of the owner's committed objectives. */
  public static final String COMMITTED_PART = "committed";

  /** Measurement part: the committed objectives' share of the owner's objective weight, 0–1. */
  public static final String COMMITTED_WEIGHT_PART = "committed-weight";

  /** Measurement part: the score of the owner's aspirational objectives. */
  public static final String ASPIRATIONAL_PART = "aspirational";

  /** Measurement part: the aspirational objectives' share of the owner's objective weight, 0–1. */
  public static final String ASPIRATIONAL_WEIGHT_PART = "aspirational-weight";

  /** The OKR score at which an aspirational OKR counts as a success: 0.7. */
  public static final double ASPIRATIONAL_SUCCESS = 0.7;

  private static final OkrCommittedStrategy COMMITTED = new OkrCommittedStrategy();
  private static final OkrAspirationalStrategy ASPIRATIONAL = new OkrAspirationalStrategy();
  private static final OkrBlendedStrategy BLENDED = new OkrBlendedStrategy();

  private Okr() {}

  /** Names in Simplified Chinese under "zh" and Traditional under "zh-Hant". */
  private static Indicator okrIndicator(
      String id, String name, String zh, String zhHant, String definition) {
    return Indicator.builder(id)
        .name(name)
        .translation("zh", zh)
        .translation("zh-Hant", zhHant)
        .unit(Unit.RATIO)
        .direction(Direction.HIGHER_IS_BETTER)
        .tier(Tier.CORE)
        .nature(Nature.RESULT)
        .aggregation(Aggregation.LAST)
        .definition(definition)
        .build();
  }

  /**
   * Committed OKRs scored like KPIs: {@code min(100, 100 × score)}.
   *
   * <pre>{@code
   * .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.committed())
   * }</pre>
   */
  public static ScoringRule<OkrCommittedStrategy.Params> committed() {
    return committed(100);
  }

  /**
   * Committed OKRs scored {@code min(cap, 100 × score)}; a cap above 100 rewards recorded
   * overshoot.
   */
  public static ScoringRule<OkrCommittedStrategy.Params> committed(double cap) {
    return ScoringRule.of(COMMITTED, new OkrCommittedStrategy.Params(cap));
  }

  /**
   * Aspirational OKRs, full marks from 0.7: {@code min(100, 100 × score ÷ 0.7)}.
   *
   * <pre>{@code
   * .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.aspirational())
   * }</pre>
   */
  public static ScoringRule<OkrAspirationalStrategy.Params> aspirational() {
    return aspirational(ASPIRATIONAL_SUCCESS, 100);
  }

  /** Aspirational OKRs scored {@code min(cap, 100 × score ÷ successAt)}. */
  public static ScoringRule<OkrAspirationalStrategy.Params> aspirational(
      double successAt, double cap) {
    return ScoringRule.of(ASPIRATIONAL, new OkrAspirationalStrategy.Params(successAt, cap));
  }

  /**
   * Committed and aspirational objectives in one item, each kind by its default rule, weighted by
   * its share of the owner's objective weight; needs a measurement from {@link
   * OkrSet#measurement(String, String, dev.yardstick.core.domain.Period)}.
   *
   * <pre>{@code
   * .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.blended())
   * }</pre>
   */
  public static ScoringRule<OkrBlendedStrategy.Params> blended() {
    return blended(100, ASPIRATIONAL_SUCCESS, 100);
  }

  /** Committed and aspirational objectives in one item, with these parameters. */
  public static ScoringRule<OkrBlendedStrategy.Params> blended(
      double committedCap, double aspirationalSuccessAt, double aspirationalCap) {
    return ScoringRule.of(
        BLENDED,
        new OkrBlendedStrategy.Params(
            new OkrCommittedStrategy.Params(committedCap),
            new OkrAspirationalStrategy.Params(aspirationalSuccessAt, aspirationalCap)));
  }
}

package dev.yardstick.tracking.aggregation;

/**
 * How the named parts of an indicator's monthly measurements ({@code Measurement.parts()}) roll
 * up to a quarter, half-year or year, beside the value.
 *
 * <p>Where an indicator's parts rule comes from, first match wins:
 *
 * <ol>
 *   <li>{@link PeriodAggregator#parts(String, PartAggregation)}, said explicitly;
 *   <li>for an aggregator of a scorecard, the strategy of the indicator's item: {@code deduction}
 *       (扣分制, incident counts by category) sums, {@code ratings} (ratings by rater) averages;
 *   <li>the indicator's own aggregation: {@code SUM} sums its parts, {@code MEAN} averages them
 *       (the parts are a breakdown of the value and follow it);
 *   <li>otherwise ({@code RATIO_OF_SUMS}, {@code LAST}, {@code MIN}, {@code MAX}) parts have no
 *       roll-up: a month with a part makes the aggregation fail with an {@code
 *       InvalidInputException} naming the subject, indicator, part and months, never a silent
 *       drop.
 * </ol>
 *
 * <pre>{@code
 * // July: 1 complaint, 2 late replies; August: 2 complaints
 * PeriodAggregator.of(card).parts("service-quality", PartAggregation.SUM)
 *     .aggregate(monthly, Period.parse("2026-Q3"));   // parts complaint 3, late-reply 2
 * }</pre>
 */
public enum PartAggregation {
  /**
   * Each part's Σ over the months: incident counts by category, read by the {@code deduction}
   * strategy. A month without the part adds nothing, so a category that appears in one month only
   * counts that month's incidents.
   */
  SUM,
  /**
   * Each part's mean over the months in which it appears, to {@link PeriodAggregator#DIVISION}:
   * ratings by rater, read by the {@code ratings} strategy. A month in which a rater did not rate
   * is left out of that rater's mean, not counted as 0 (as the ratings strategy leaves out a
   * missing rater), and each rater key ({@code "peer.wang"}) keeps its own mean, so a peer who
   * rated once still counts as one peer of the group. Manager 4, 5, 5 over the quarter and peer
   * Wang 3 in July, 4 in September give manager 14 ÷ 3 and peer.wang 3.5.
   */
  MEAN
}

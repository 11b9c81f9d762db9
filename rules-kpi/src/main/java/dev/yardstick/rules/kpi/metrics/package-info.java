/**
 * Metric calculators: turn a back office's raw facts (orders, traffic, ad spend, inventory, service
 * tickets, surveys, content statistics, report deliveries, alerts) into {@link
 * dev.yardstick.core.domain.Measurement}s that scorecards can score.
 *
 * <p>Facts are immutable records validated at construction: a negative count, a refund above the
 * order amount, more buyers than visitors or more clicks than impressions fails at once with an
 * {@link java.lang.IllegalArgumentException} whose message names the fact, the field and the value.
 * The calculators ({@link dev.yardstick.rules.kpi.metrics.StoreMetrics}, {@link
 * dev.yardstick.rules.kpi.metrics.MarketingMetrics}, {@link
 * dev.yardstick.rules.kpi.metrics.ServiceMetrics}, {@link
 * dev.yardstick.rules.kpi.metrics.ContentMetrics}, {@link
 * dev.yardstick.rules.kpi.metrics.AnalysisMetrics}) are static, pure functions; input that cannot
 * be measured (a zero denominator, a rating outside the scale, an id listed twice) fails with
 * {@link dev.yardstick.core.domain.InvalidInputException} naming the subject, the indicator, the
 * field and the value.
 *
 * <p>Conventions shared by every calculator:
 *
 * <ul>
 *   <li>Money is {@link java.math.BigDecimal} exact to the cent: amounts with fractions of a cent
 *       are rejected rather than rounded, and sums are exact.
 *   <li>Rates are fractions (0.035 for 3.5%), built with {@link
 *       dev.yardstick.core.domain.Measurement#ratio(String, String,
 *       dev.yardstick.core.domain.Period, java.math.BigDecimal, java.math.BigDecimal)}: the value
 *       is numerator ÷ denominator to {@link dev.yardstick.core.domain.Measurement#RATIO_PRECISION}
 *       (16 significant digits, half-even), and the numerator and denominator are kept, so a
 *       quarter aggregates as a ratio of sums.
 *   <li>The facts passed in are the facts of the {@link dev.yardstick.rules.kpi.metrics.Scope}'s
 *       period: calculators do not filter by date.
 *   <li>Each measurement gets the indicator id of {@link
 *       dev.yardstick.rules.kpi.metrics.IndicatorIds} unless the scope names another ({@link
 *       dev.yardstick.rules.kpi.metrics.Scope#as(String)}).
 * </ul>
 *
 * <pre>{@code
 * Scope july = Scope.of("emp-17", Period.parse("2026-07"));
 * Measurement gmv = StoreMetrics.effectiveGmv(july, orders);
 * List<Traffic> traffic = List.of(new Traffic("tmall", 90_000, 3_150));
 * Measurement cvr = StoreMetrics.conversionRate(july, traffic); // 0.035
 * }</pre>
 */
@NullMarked
package dev.yardstick.rules.kpi.metrics;

import org.jspecify.annotations.NullMarked;

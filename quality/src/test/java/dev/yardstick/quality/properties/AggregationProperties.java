package dev.yardstick.quality.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.kpi.catalog.EcommerceIndicators;
import dev.yardstick.rules.kpi.metrics.Order;
import dev.yardstick.rules.kpi.metrics.Scope;
import dev.yardstick.rules.kpi.metrics.StoreMetrics;
import dev.yardstick.rules.kpi.metrics.Traffic;
import dev.yardstick.tracking.Tracking;
import dev.yardstick.tracking.aggregation.Aggregate;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.aggregation.IncompletePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quarter computed from the months equals the quarter computed from the raw facts: effective
 * GMV summed over the monthly measurements by {@code tracking}'s aggregator equals the effective
 * GMV of all the quarter's orders, and the conversion rate as a ratio of the monthly sums equals
 * the quarter's buyers ÷ visitors.
 */
class AggregationProperties {

  private static final String LI = "emp-17";
  private static final Period Q3 = Period.parse("2026-Q3");

  /** One order as generated: paid amount, refund share in percent, status, brushed. */
  record OrderSpec(BigDecimal amount, int refundPercent, Order.Status status, boolean brushed) {}

  @Provide
  Arbitrary<List<List<OrderSpec>>> ordersByMonth() {
    Arbitrary<OrderSpec> order =
        Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("20000")).ofScale(2),
                Arbitraries.integers().between(0, 100).edgeCases(c -> c.includeOnly(0, 100)),
                Arbitraries.of(Order.Status.class),
                Arbitraries.of(true, false))
            .as(OrderSpec::new);
    return order.list().ofMaxSize(12).list().ofSize(3);
  }

  @Property(tries = 300)
  void the_quarters_effective_gmv_from_its_months_equals_that_of_all_its_orders(
      @ForAll("ordersByMonth") List<List<OrderSpec>> byMonth) {
    // GIVEN the orders of July, August and September, ids unique over the quarter
    List<Period> months = Q3.months();
    List<Order> all = new ArrayList<>();
    List<Measurement> monthly = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      List<Order> orders = new ArrayList<>();
      for (int i = 0; i < byMonth.get(m).size(); i++) {
        orders.add(order("m" + m + "-o" + i, byMonth.get(m).get(i)));
      }
      all.addAll(orders);
      monthly.add(StoreMetrics.effectiveGmv(Scope.of(LI, months.get(m)), orders));
    }

    // WHEN the months are aggregated and the quarter is computed from all orders
    AggregationResult q3 =
        Tracking.aggregator(List.of(EcommerceIndicators.STORE_GMV))
            .incomplete(IncompletePolicy.FAIL)
            .aggregate(monthly, Q3);
    Measurement direct = StoreMetrics.effectiveGmv(Scope.of(LI, Q3), all);

    // THEN the two agree to the cent, and the quarter has all three months
    Aggregate fromMonths = q3.find(LI, "store-gmv").orElseThrow();
    assertThat(fromMonths.value()).isEqualByComparingTo(direct.value());
    assertThat(fromMonths.isComplete()).isTrue();
    assertThat(fromMonths.toMeasurement().value()).isEqualByComparingTo(direct.value());
  }

  private static Order order(String id, OrderSpec spec) {
    BigDecimal refunded =
        spec.status() == Order.Status.UNPAID
            ? BigDecimal.ZERO
            : spec.amount()
                .multiply(BigDecimal.valueOf(spec.refundPercent()))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
    return new Order(id, "buyer-" + id, spec.status(), spec.amount(), refunded, spec.brushed());
  }

  @Provide
  Arbitrary<List<List<Traffic>>> trafficByMonth() {
    Arbitrary<Traffic> row =
        Combinators.combine(
                Arbitraries.of("tmall-search", "douyin-live", "jd"),
                Arbitraries.longs().between(1, 2_000_000),
                Arbitraries.doubles().between(0, 1))
            .as((channel, visitors, share) -> new Traffic(channel, visitors, (long) Math.floor(visitors * share)));
    return row.list().ofMinSize(1).ofMaxSize(4).list().ofSize(3);
  }

  @Property(tries = 300)
  void the_quarters_conversion_rate_from_its_months_equals_its_buyers_over_its_visitors(
      @ForAll("trafficByMonth") List<List<Traffic>> byMonth) {
    // GIVEN each month's traffic rows
    List<Period> months = Q3.months();
    List<Traffic> all = new ArrayList<>();
    List<Measurement> monthly = new ArrayList<>();
    long visitors = 0;
    long buyers = 0;
    for (int m = 0; m < 3; m++) {
      all.addAll(byMonth.get(m));
      monthly.add(StoreMetrics.conversionRate(Scope.of(LI, months.get(m)), byMonth.get(m)));
      for (Traffic t : byMonth.get(m)) {
        visitors += t.visitors();
        buyers += t.buyers();
      }
    }

    // WHEN the monthly rates are aggregated (ratio of sums) and the quarter computed from all rows
    Aggregate fromMonths =
        Tracking.aggregator(List.of(EcommerceIndicators.CONVERSION_RATE))
            .aggregate(monthly, Q3)
            .find(LI, "conversion-rate")
            .orElseThrow();
    Measurement direct = StoreMetrics.conversionRate(Scope.of(LI, Q3), all);

    // THEN the same rate, and the sums are the quarter's buyers and visitors
    assertThat(fromMonths.value()).isEqualByComparingTo(direct.value());
    assertThat(fromMonths.numerator()).isEqualByComparingTo(BigDecimal.valueOf(buyers));
    assertThat(fromMonths.denominator()).isEqualByComparingTo(BigDecimal.valueOf(visitors));
  }
}

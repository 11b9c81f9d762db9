package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketingMetricsTest {

  static final Scope EMP = Scope.of("emp-3", Period.parse("2026-Q3"));

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static final List<AdSpend> LINES =
      List.of(
          new AdSpend("douyin", "video-a", money("5000.00"), 200_000, 3_000, money("20000.00")),
          new AdSpend("douyin", "video-b", money("3000.00"), 100_000, 3_000, money("9000.00")));

  @Test
  void cac_is_acquisition_spend_over_new_customers() {
    // GIVEN / WHEN 50 000.00 spent, 400 new customers
    Measurement m = MarketingMetrics.cac(EMP, money("50000.00"), 400);

    // THEN 50 000 ÷ 400 = 125
    assertThat(m.indicatorId()).isEqualTo("cac");
    assertThat(m.value()).isEqualByComparingTo("125");
    assertThat(m.numerator()).isEqualByComparingTo("50000");
    assertThat(m.denominator()).isEqualByComparingTo("400");
  }

  @Test
  void cac_without_new_customers_or_with_negative_input_is_rejected() {
    assertThatThrownBy(() -> MarketingMetrics.cac(EMP, money("100.00"), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'cac', field 'newCustomers': 0 is zero: the ratio is"
                + " undefined");
    assertThatThrownBy(() -> MarketingMetrics.cac(EMP, money("100.00"), -4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'cac', field 'newCustomers': -4 must not be negative");
    assertThatThrownBy(() -> MarketingMetrics.cac(EMP, money("-1.00"), 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'cac', field 'acquisitionSpend': -1.00 must not be"
                + " negative");
    assertThatThrownBy(() -> MarketingMetrics.cac(EMP, money("1.001"), 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'cac', field 'acquisitionSpend': 1.001 must be exact to"
                + " the cent");
  }

  @Test
  void channel_conversion_rate_sums_only_the_rows_of_that_channel() {
    // GIVEN tmall 90 000 / 3 150 and two douyin rows 10 000 / 500 and 10 000 / 300
    List<Traffic> traffic =
        List.of(
            new Traffic("tmall", 90_000, 3_150),
            new Traffic("douyin", 10_000, 500),
            new Traffic("douyin", 10_000, 300));

    // WHEN
    Measurement m = MarketingMetrics.channelConversionRate(EMP, traffic, "douyin");

    // THEN (500 + 300) ÷ (10 000 + 10 000) = 800 ÷ 20 000 = 0.04
    assertThat(m.indicatorId()).isEqualTo("channel-conversion-rate");
    assertThat(m.value()).isEqualByComparingTo("0.04");
  }

  @Test
  void channel_conversion_rate_of_a_channel_without_visitors_is_rejected() {
    assertThatThrownBy(
            () ->
                MarketingMetrics.channelConversionRate(
                    EMP, List.of(new Traffic("tmall", 10, 1)), "kuaishou"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'channel-conversion-rate', field 'channel kuaishou"
                + " visitors': 0 is zero: the ratio is undefined");
  }

  @Test
  void promotion_cost_ratio_is_spend_over_gmv() {
    // GIVEN / WHEN 80 000 spent on 1 000 000 GMV
    Measurement m =
        MarketingMetrics.promotionCostRatio(EMP, money("80000.00"), money("1000000.00"));

    // THEN 80 000 ÷ 1 000 000 = 0.08
    assertThat(m.value()).isEqualByComparingTo("0.08");
    assertThat(m.indicatorId()).isEqualTo("promotion-cost-ratio");
  }

  @Test
  void promotion_cost_ratio_on_zero_gmv_is_rejected() {
    assertThatThrownBy(
            () -> MarketingMetrics.promotionCostRatio(EMP, money("10.00"), money("0.00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'promotion-cost-ratio', field 'gmv': 0 is zero: the ratio"
                + " is undefined");
  }

  @Test
  void creative_ctr_is_clicks_over_impressions() {
    // GIVEN / WHEN the two lines
    Measurement both = MarketingMetrics.creativeCtr(EMP, LINES);
    Measurement a = MarketingMetrics.creativeCtr(EMP, LINES.subList(0, 1));

    // THEN (3 000 + 3 000) ÷ (200 000 + 100 000) = 6 000 ÷ 300 000 = 0.02
    //      video-a alone: 3 000 ÷ 200 000 = 0.015
    assertThat(both.value()).isEqualByComparingTo("0.02");
    assertThat(both.denominator()).isEqualByComparingTo("300000");
    assertThat(a.value()).isEqualByComparingTo("0.015");
    assertThat(a.denominator()).isEqualByComparingTo("200000");
  }

  @Test
  void creative_ctr_without_impressions_is_rejected() {
    assertThatThrownBy(() -> MarketingMetrics.creativeCtr(EMP, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'creative-ctr', field 'impressions': 0 is zero: the ratio"
                + " is undefined");
  }

  @Test
  void roas_is_attributed_revenue_over_ad_spend() {
    // GIVEN / WHEN the two lines
    Measurement m = MarketingMetrics.roas(EMP, LINES);

    // THEN (20 000 + 9 000) ÷ (5 000 + 3 000) = 29 000 ÷ 8 000 = 3.625
    assertThat(m.indicatorId()).isEqualTo("roas");
    assertThat(m.value()).isEqualByComparingTo("3.625");
  }

  @Test
  void roas_without_spend_is_rejected() {
    List<AdSpend> free = List.of(new AdSpend("kol", "post", money("0"), 10, 1, money("5.00")));
    assertThatThrownBy(() -> MarketingMetrics.roas(EMP, free))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'roas', field 'spend': 0 is zero: the ratio is undefined");
  }

  @Test
  void roi_and_roas_of_the_same_money_differ() {
    // GIVEN 125 000 revenue for 100 000 cost
    Measurement roi = MarketingMetrics.channelRoi(EMP, money("125000.00"), money("100000.00"));
    Measurement roas =
        MarketingMetrics.roas(
            EMP, List.of(new AdSpend("c", "x", money("100000.00"), 1, 0, money("125000.00"))));

    // THEN ROI = (125 000 − 100 000) ÷ 100 000 = 0.25; ROAS = 125 000 ÷ 100 000 = 1.25
    assertThat(roi.indicatorId()).isEqualTo("channel-roi");
    assertThat(roi.value()).isEqualByComparingTo("0.25");
    assertThat(roi.numerator()).isEqualByComparingTo("25000");
    assertThat(roi.denominator()).isEqualByComparingTo("100000");
    assertThat(roas.value()).isEqualByComparingTo("1.25");
  }

  @Test
  void roi_of_a_loss_is_negative() {
    // GIVEN 80 000 revenue for 100 000 cost WHEN / THEN (80 000 − 100 000) ÷ 100 000 = −0.2
    assertThat(MarketingMetrics.channelRoi(EMP, money("80000.00"), money("100000.00")).value())
        .isEqualByComparingTo("-0.2");
  }

  @Test
  void roi_without_cost_is_rejected() {
    assertThatThrownBy(() -> MarketingMetrics.channelRoi(EMP, money("10.00"), BigDecimal.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-3', indicator 'channel-roi', field 'cost': 0 is zero: the ratio is"
                + " undefined");
  }
}

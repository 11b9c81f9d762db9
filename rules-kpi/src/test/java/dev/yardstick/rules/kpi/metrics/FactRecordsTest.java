package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Construction-time validation of the fact records: every message names fact, field and value. */
class FactRecordsTest {

  static final Instant T0 = Instant.parse("2026-07-03T09:00:00Z");

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void a_refund_above_the_order_amount_is_rejected() {
    assertThatThrownBy(
            () -> new Order("o-9", "b", Order.Status.PAID, money("100.00"), money("100.01"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order 'o-9' refunded must not exceed the amount paid 100.00, got 100.01");
  }

  @Test
  void a_refund_equal_to_the_order_amount_is_accepted() {
    Order o = new Order("o-9", "b", Order.Status.PAID, money("100"), money("100.0"), false);
    // amounts are kept at scale 2
    assertThat(o.amount().toPlainString()).isEqualTo("100.00");
    assertThat(o.refunded().toPlainString()).isEqualTo("100.00");
  }

  @Test
  void negative_and_sub_cent_amounts_are_rejected() {
    assertThatThrownBy(() -> Order.paid("o-9", "b", money("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order 'o-9' amount must not be negative, got -1.00");
    assertThatThrownBy(() -> Order.paid("o-9", "b", money("10.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order 'o-9' amount must be exact to the cent, got 10.005");
  }

  @Test
  void an_unpaid_order_cannot_carry_a_refund() {
    assertThatThrownBy(
            () -> new Order("o-9", "b", Order.Status.UNPAID, money("10.00"), money("1.00"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order 'o-9' refunded must be 0 for an UNPAID order, got 1.00");
  }

  @Test
  void a_blank_order_id_is_rejected() {
    assertThatThrownBy(() -> Order.paid(" ", "b", money("1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order id must not be blank, got ' '");
  }

  @Test
  void more_buyers_than_visitors_is_rejected() {
    assertThatThrownBy(() -> new Traffic("tmall", 10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("traffic 'tmall' buyers must not exceed visitors 10, got 11");
  }

  @Test
  void negative_visitors_are_rejected() {
    assertThatThrownBy(() -> new Traffic("tmall", -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("traffic 'tmall' visitors must not be negative, got -1");
  }

  @Test
  void more_clicks_than_impressions_is_rejected() {
    assertThatThrownBy(() -> new AdSpend("douyin", "video-a", money("1.00"), 100, 101, money("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ad spend 'douyin/video-a' clicks must not exceed impressions 100, got 101");
  }

  @Test
  void negative_ad_spend_is_rejected() {
    assertThatThrownBy(() -> new AdSpend("douyin", "video-a", money("-0.01"), 1, 0, money("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ad spend 'douyin/video-a' spend must not be negative, got -0.01");
  }

  @Test
  void selling_more_than_was_available_is_rejected() {
    assertThatThrownBy(() -> new SkuSales("sku-1", 3, 4, 8, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sku 'sku-1' soldUnits must not exceed openingUnits + receivedUnits = 7, got 8");
  }

  @Test
  void negative_inventory_value_is_rejected() {
    assertThatThrownBy(() -> new InventorySnapshot(LocalDate.of(2026, 7, 1), money("-5.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inventory snapshot 2026-07-01 valueAtCost must not be negative, got -5.00");
  }

  @Test
  void a_first_response_before_the_ticket_was_opened_is_rejected() {
    assertThatThrownBy(
            () ->
                new ServiceTicket(
                    "t-1", ServiceTicket.Kind.PRE_SALE, T0, T0.minusSeconds(1), null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ticket 't-1' firstResponse must not be before opened 2026-07-03T09:00:00Z, got"
                + " 2026-07-03T08:59:59Z");
  }

  @Test
  void a_handled_ticket_needs_a_response_not_after_the_handling() {
    assertThatThrownBy(
            () -> new ServiceTicket("t-1", ServiceTicket.Kind.AFTER_SALE, T0, null, T0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ticket 't-1' firstResponse must be set for a handled ticket, got null");
    assertThatThrownBy(
            () ->
                ServiceTicket.handled(
                    "t-1",
                    ServiceTicket.Kind.AFTER_SALE,
                    T0,
                    T0.plusSeconds(60),
                    T0.plusSeconds(59)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ticket 't-1' handled must not be before firstResponse 2026-07-03T09:01:00Z, got"
                + " 2026-07-03T09:00:59Z");
  }

  @Test
  void a_ticket_resolved_at_first_contact_must_be_handled() {
    assertThatThrownBy(
            () ->
                new ServiceTicket(
                    "t-1", ServiceTicket.Kind.PRE_SALE, T0, T0.plusSeconds(5), null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ticket 't-1' handled must be set for a ticket resolved at first contact, got null");
  }

  @Test
  void negative_content_counts_are_rejected() {
    assertThatThrownBy(() -> ContentStats.builder("v-1").views(10).likes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("content 'v-1' likes must not be negative, got -1");
  }

  @Test
  void the_content_builder_sets_each_count_by_name() {
    // GIVEN / WHEN each count set to a distinct number
    ContentStats s =
        ContentStats.builder("v-1")
            .views(1)
            .reach(2)
            .followers(3)
            .likes(4)
            .comments(5)
            .shares(6)
            .clicks(7)
            .detailPageViews(8)
            .orders(9)
            .build();

    // THEN each lands in its field; interactions = 4 + 5 + 6 = 15
    assertThat(s).isEqualTo(new ContentStats("v-1", 1, 2, 3, 4, 5, 6, 7, 8, 9));
    assertThat(s.interactions()).isEqualTo(15);
  }

  @Test
  void more_adopted_than_delivered_conclusions_is_rejected() {
    assertThatThrownBy(() -> new ReportDelivery("r-1", T0, T0, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report 'r-1' adopted must not exceed conclusions 2, got 3");
  }

  @Test
  void an_undelivered_report_cannot_carry_conclusions() {
    assertThatThrownBy(() -> new ReportDelivery("r-1", T0, null, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report 'r-1' conclusions must be 0 for a report not delivered, got 1");
  }

  @Test
  void a_blank_anomaly_id_is_rejected() {
    assertThatThrownBy(() -> Alert.confirmed("a-1", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alert 'a-1' anomalyId must not be blank, got ''");
  }

  @Test
  void a_blank_scope_subject_is_rejected() {
    assertThatThrownBy(() -> Scope.of("", Period.parse("2026-07")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scope subjectId must not be blank, got ''");
  }

  @Test
  void indicator_ids_are_distinct_well_formed_and_complete() throws IllegalAccessException {
    // GIVEN the public constants of IndicatorIds
    List<String> ids = new ArrayList<>();
    for (Field f : IndicatorIds.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        ids.add((String) f.get(null));
      }
    }

    // THEN the 35 ids of the issue, each once, lower-case words joined by '-'
    assertThat(ids).hasSize(35).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(ids)
        .contains(
            "store-gmv",
            "revenue-per-buyer",
            "sku-movement-rate",
            "roas",
            "channel-roi",
            "fcr",
            "alert-precision",
            "alert-recall",
            "collaboration-satisfaction");
  }
}

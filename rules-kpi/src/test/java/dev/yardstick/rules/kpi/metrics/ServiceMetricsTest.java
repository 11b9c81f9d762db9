package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.kpi.metrics.ServiceTicket.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

  static final Scope EMP = Scope.of("emp-9", Period.parse("2026-07"));
  static final Instant T0 = Instant.parse("2026-07-03T09:00:00Z");
  static final Instant AS_OF = Instant.parse("2026-08-01T00:00:00Z");

  /** A pre-sale ticket answered after {@code seconds}, opened at T0. */
  static ServiceTicket answeredAfter(String id, long seconds) {
    return new ServiceTicket(id, Kind.PRE_SALE, T0, T0.plusSeconds(seconds), null, false);
  }

  static List<ServiceTicket> answeredAfter(long... seconds) {
    List<ServiceTicket> tickets = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      tickets.add(answeredAfter("t-" + i, seconds[i]));
    }
    return tickets;
  }

  static List<SurveyResponse> ratings(int... ratings) {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      responses.add(new SurveyResponse("r-" + i, ratings[i]));
    }
    return responses;
  }

  // ---- CSAT

  @Test
  void csat_counts_the_top_two_boxes_of_a_five_point_scale() {
    // GIVEN ratings 5, 4, 3, 2, 1, 5 on 1–5
    // WHEN
    Measurement m = ServiceMetrics.csat(EMP, ratings(5, 4, 3, 2, 1, 5), 1, 5);

    // THEN 4s and 5s: 5, 4, 5 = 3 of 6 → 0.5
    assertThat(m.indicatorId()).isEqualTo("csat");
    assertThat(m.value()).isEqualByComparingTo("0.5");
    assertThat(m.numerator()).isEqualByComparingTo("3");
    assertThat(m.denominator()).isEqualByComparingTo("6");
  }

  @Test
  void csat_on_a_zero_to_ten_scale_counts_nine_and_ten() {
    // GIVEN 10, 9, 8, 7, 0 on 0–10 WHEN / THEN 10 and 9: 2 of 5 → 0.4
    assertThat(ServiceMetrics.csat(EMP, ratings(10, 9, 8, 7, 0), 0, 10).value())
        .isEqualByComparingTo("0.4");
  }

  @Test
  void a_rating_outside_the_scale_is_rejected() {
    assertThatThrownBy(() -> ServiceMetrics.csat(EMP, ratings(5, 6), 1, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'csat', field 'survey response r-1 rating': 6 is outside"
                + " the scale 1 to 5");
  }

  @Test
  void a_scale_of_fewer_than_three_points_is_rejected() {
    assertThatThrownBy(() -> ServiceMetrics.csat(EMP, ratings(1), 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csat scale must have at least three points, got 1 to 2");
  }

  @Test
  void csat_without_responses_is_rejected() {
    assertThatThrownBy(() -> ServiceMetrics.csat(EMP, List.of(), 1, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'csat', field 'responses': 0 is zero: the ratio is"
                + " undefined");
  }

  // ---- FCR

  @Test
  void fcr_divides_by_all_tickets_including_open_ones() {
    // GIVEN two resolved at first contact, one handled after follow-ups, one still open
    List<ServiceTicket> tickets =
        List.of(
            new ServiceTicket(
                "t-1", Kind.PRE_SALE, T0, T0.plusSeconds(10), T0.plusSeconds(60), true),
            new ServiceTicket(
                "t-2", Kind.AFTER_SALE, T0, T0.plusSeconds(20), T0.plusSeconds(90), true),
            ServiceTicket.handled(
                "t-3", Kind.AFTER_SALE, T0, T0.plusSeconds(30), T0.plusSeconds(9_000)),
            new ServiceTicket("t-4", Kind.COMPLAINT, T0, T0.plusSeconds(40), null, false));

    // WHEN
    Measurement m = ServiceMetrics.fcr(EMP, tickets);

    // THEN 2 ÷ 4 = 0.5
    assertThat(m.indicatorId()).isEqualTo("fcr");
    assertThat(m.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void fcr_without_tickets_is_rejected() {
    assertThatThrownBy(() -> ServiceMetrics.fcr(EMP, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'fcr', field 'tickets': 0 is zero: the ratio is undefined");
  }

  // ---- first-response time

  @Test
  void median_of_an_even_count_is_the_mean_of_the_two_middle_times() {
    // GIVEN 30, 10, 50, 20 s → sorted 10, 20, 30, 50
    ResponseTimes t = ServiceMetrics.firstResponseTimes(answeredAfter(30, 10, 50, 20), AS_OF);

    // THEN median = (20 + 30) ÷ 2 = 25 s; p90 rank ⌈0.9 × 4⌉ = ⌈3.6⌉ = 4 → 50 s
    assertThat(t.median()).isEqualTo(Duration.ofSeconds(25));
    assertThat(t.p90()).isEqualTo(Duration.ofSeconds(50));
    assertThat(t.tickets()).isEqualTo(4);
    assertThat(t.unanswered()).isZero();
  }

  @Test
  void median_of_an_odd_count_is_the_middle_time() {
    // GIVEN 40, 10, 100, 30, 20 s → sorted 10, 20, 30, 40, 100
    ResponseTimes t = ServiceMetrics.firstResponseTimes(answeredAfter(40, 10, 100, 30, 20), AS_OF);

    // THEN median = 3rd = 30 s; p90 rank ⌈0.9 × 5⌉ = ⌈4.5⌉ = 5 → 100 s
    assertThat(t.median()).isEqualTo(Duration.ofSeconds(30));
    assertThat(t.p90()).isEqualTo(Duration.ofSeconds(100));
  }

  @Test
  void p90_of_ten_times_is_the_ninth_and_of_eleven_the_tenth() {
    // GIVEN 10, 20, …, 100 s: rank ⌈0.9 × 10⌉ = 9 → 90 s; median (50 + 60) ÷ 2 = 55 s
    ResponseTimes ten =
        ServiceMetrics.firstResponseTimes(
            answeredAfter(100, 90, 80, 70, 60, 50, 40, 30, 20, 10), AS_OF);
    assertThat(ten.p90()).isEqualTo(Duration.ofSeconds(90));
    assertThat(ten.median()).isEqualTo(Duration.ofSeconds(55));

    // GIVEN 10, 20, …, 110 s: rank ⌈0.9 × 11⌉ = ⌈9.9⌉ = 10 → 100 s; median 6th = 60 s
    ResponseTimes eleven =
        ServiceMetrics.firstResponseTimes(
            answeredAfter(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110), AS_OF);
    assertThat(eleven.p90()).isEqualTo(Duration.ofSeconds(100));
    assertThat(eleven.median()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void a_single_ticket_is_its_own_median_and_p90() {
    ResponseTimes t = ServiceMetrics.firstResponseTimes(answeredAfter(42), AS_OF);
    assertThat(t.median()).isEqualTo(Duration.ofSeconds(42));
    assertThat(t.p90()).isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  void an_unanswered_ticket_counts_at_the_time_it_has_waited() {
    // GIVEN answers after 10 s and 20 s, and a ticket unanswered 600 s before the cut-off
    List<ServiceTicket> tickets = new ArrayList<>(answeredAfter(10, 20));
    Instant cutOff = T0.plusSeconds(600);
    tickets.add(ServiceTicket.unanswered("t-open", Kind.PRE_SALE, T0));

    // WHEN
    ResponseTimes t = ServiceMetrics.firstResponseTimes(tickets, cutOff);

    // THEN times 10, 20, 600 → median 20 s; p90 rank ⌈2.7⌉ = 3 → 600 s
    assertThat(t.unanswered()).isEqualTo(1);
    assertThat(t.median()).isEqualTo(Duration.ofSeconds(20));
    assertThat(t.p90()).isEqualTo(Duration.ofSeconds(600));
  }

  @Test
  void first_response_time_measurement_is_in_seconds_with_both_statistics_as_parts() {
    // GIVEN 10 s and 11 s → median (10 + 11) ÷ 2 = 10.5 s; p90 rank ⌈1.8⌉ = 2 → 11 s
    List<ServiceTicket> tickets = answeredAfter(10, 11);

    // WHEN
    Measurement median =
        ServiceMetrics.firstResponseTime(EMP, tickets, AS_OF, ResponseTimes.Statistic.MEDIAN);
    Measurement p90 =
        ServiceMetrics.firstResponseTime(EMP, tickets, AS_OF, ResponseTimes.Statistic.P90);

    // THEN
    assertThat(median.indicatorId()).isEqualTo("first-response-time");
    assertThat(median.value()).isEqualByComparingTo("10.5");
    assertThat(median.isRatio()).isFalse();
    assertThat(p90.value()).isEqualByComparingTo("11");
    assertThat(median.parts())
        .containsOnlyKeys("median-seconds", "p90-seconds", "tickets", "unanswered");
    assertThat(median.parts().get("p90-seconds")).isEqualByComparingTo("11");
    assertThat(median.parts().get("tickets")).isEqualByComparingTo("2");
    assertThat(median.parts().get("unanswered")).isEqualByComparingTo("0");
  }

  @Test
  void response_time_without_tickets_is_rejected() {
    assertThatThrownBy(
            () ->
                ServiceMetrics.firstResponseTime(
                    EMP, List.of(), AS_OF, ResponseTimes.Statistic.MEDIAN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'first-response-time', field 'tickets': 0 is zero: no"
                + " response time to measure");
  }

  @Test
  void an_unanswered_ticket_opened_after_the_cut_off_is_rejected() {
    List<ServiceTicket> tickets = List.of(ServiceTicket.unanswered("t-late", Kind.PRE_SALE, T0));
    assertThatThrownBy(
            () ->
                ServiceMetrics.firstResponseTime(
                    EMP, tickets, T0.minusSeconds(1), ResponseTimes.Statistic.P90))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'first-response-time', field 'ticket t-late opened':"
                + " 2026-07-03T09:00:00Z is after asOf 2026-07-03T08:59:59Z: an unanswered ticket"
                + " must be opened by the cut-off");
  }

  // ---- after-sales timeliness

  @Test
  void after_sales_timeliness_counts_open_cases_past_their_sla_as_late() {
    // GIVEN an SLA of 24 h and a cut-off 10 days after T0
    Duration sla = Duration.ofHours(24);
    Instant cutOff = T0.plus(Duration.ofDays(10));
    List<ServiceTicket> tickets =
        List.of(
            // handled after 23 h: in time
            ServiceTicket.handled(
                "a-1", Kind.AFTER_SALE, T0, T0.plusSeconds(60), T0.plus(Duration.ofHours(23))),
            // handled exactly at 24 h: in time
            ServiceTicket.handled("a-2", Kind.AFTER_SALE, T0, T0.plusSeconds(60), T0.plus(sla)),
            // complaint handled 1 s after 24 h: late
            ServiceTicket.handled(
                "a-3", Kind.COMPLAINT, T0, T0.plusSeconds(60), T0.plus(sla).plusSeconds(1)),
            // still open 10 days later: late
            ServiceTicket.unanswered("a-4", Kind.AFTER_SALE, T0),
            // opened 1 h before the cut-off: not yet due, left out
            ServiceTicket.unanswered("a-5", Kind.AFTER_SALE, cutOff.minus(Duration.ofHours(1))),
            // pre-sale question: not an after-sales case
            ServiceTicket.unanswered("p-1", Kind.PRE_SALE, T0));

    // WHEN
    Measurement m = ServiceMetrics.afterSalesTimeliness(EMP, tickets, sla, cutOff);

    // THEN in time a-1, a-2 of due a-1, a-2, a-3, a-4: 2 ÷ 4 = 0.5
    assertThat(m.indicatorId()).isEqualTo("after-sales-timeliness");
    assertThat(m.value()).isEqualByComparingTo("0.5");
    assertThat(m.denominator()).isEqualByComparingTo("4");
  }

  @Test
  void an_open_case_exactly_at_its_deadline_is_not_yet_late() {
    // GIVEN a case opened exactly 24 h before the cut-off, and one handled in time
    Duration sla = Duration.ofHours(24);
    Instant cutOff = T0.plus(Duration.ofDays(2));
    List<ServiceTicket> tickets =
        List.of(
            ServiceTicket.unanswered("a-1", Kind.AFTER_SALE, cutOff.minus(sla)),
            ServiceTicket.handled(
                "a-2", Kind.AFTER_SALE, T0, T0.plusSeconds(1), T0.plusSeconds(2)));

    // WHEN / THEN a-1 is not due: 1 ÷ 1 = 1
    assertThat(ServiceMetrics.afterSalesTimeliness(EMP, tickets, sla, cutOff).value())
        .isEqualByComparingTo("1");
  }

  @Test
  void after_sales_timeliness_without_cases_due_or_with_a_non_positive_sla_is_rejected() {
    assertThatThrownBy(
            () -> ServiceMetrics.afterSalesTimeliness(EMP, List.of(), Duration.ofHours(24), AS_OF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'after-sales-timeliness', field 'after-sales cases due':"
                + " 0 is zero: the ratio is undefined");
    assertThatThrownBy(
            () -> ServiceMetrics.afterSalesTimeliness(EMP, List.of(), Duration.ZERO, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sla must be greater than zero, got PT0S");
  }

  // ---- complaint rate, repurchase guidance, script compliance

  @Test
  void complaint_rate_is_complaint_tickets_over_orders() {
    // GIVEN 3 complaints among 5 tickets and 1 000 orders
    List<ServiceTicket> tickets =
        List.of(
            ServiceTicket.unanswered("c-1", Kind.COMPLAINT, T0),
            ServiceTicket.unanswered("c-2", Kind.COMPLAINT, T0),
            ServiceTicket.unanswered("c-3", Kind.COMPLAINT, T0),
            ServiceTicket.unanswered("a-1", Kind.AFTER_SALE, T0),
            ServiceTicket.unanswered("p-1", Kind.PRE_SALE, T0));

    // WHEN
    Measurement m = ServiceMetrics.complaintRate(EMP, tickets, 1_000);

    // THEN 3 ÷ 1 000 = 0.003
    assertThat(m.indicatorId()).isEqualTo("complaint-rate");
    assertThat(m.value()).isEqualByComparingTo("0.003");
  }

  @Test
  void more_complaints_than_orders_or_no_orders_is_rejected() {
    List<ServiceTicket> two =
        List.of(
            ServiceTicket.unanswered("c-1", Kind.COMPLAINT, T0),
            ServiceTicket.unanswered("c-2", Kind.COMPLAINT, T0));
    assertThatThrownBy(() -> ServiceMetrics.complaintRate(EMP, two, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'complaint-rate', field 'complaints': 2 exceeds orders 1:"
                + " the share would be above 100%");
    assertThatThrownBy(() -> ServiceMetrics.complaintRate(EMP, List.of(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'complaint-rate', field 'orders': 0 is zero: the ratio is"
                + " undefined");
  }

  @Test
  void repurchase_guidance_rate_is_repurchased_over_guided() {
    // 30 ÷ 200 = 0.15
    Measurement m = ServiceMetrics.repurchaseGuidanceRate(EMP, 200, 30);
    assertThat(m.indicatorId()).isEqualTo("repurchase-guidance-rate");
    assertThat(m.value()).isEqualByComparingTo("0.15");
  }

  @Test
  void more_repurchased_than_guided_is_rejected() {
    assertThatThrownBy(() -> ServiceMetrics.repurchaseGuidanceRate(EMP, 30, 31))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'repurchase-guidance-rate', field 'repurchased': 31"
                + " exceeds guided 30: the share would be above 100%");
  }

  @Test
  void script_compliance_is_compliant_over_audited() {
    // 46 ÷ 50 = 0.92
    Measurement m = ServiceMetrics.scriptCompliance(EMP, 50, 46);
    assertThat(m.indicatorId()).isEqualTo("script-compliance");
    assertThat(m.value()).isEqualByComparingTo("0.92");
    assertThatThrownBy(() -> ServiceMetrics.scriptCompliance(EMP, -1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-9', indicator 'script-compliance', field 'audited': -1 must not be"
                + " negative");
  }
}

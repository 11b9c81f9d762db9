package dev.yardstick.rules.kpi.metrics;

import dev.yardstick.core.domain.Measurement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Customer-service metrics (客戶服務) from tickets and surveys: CSAT, first-contact resolution,
 * first-response time, after-sales timeliness, complaint rate, repurchase guidance and script
 * compliance.
 *
 * <p>Leaving a ticket alone never looks better than handling it: an unanswered ticket counts in
 * first-response time at the time it has waited so far, an after-sales case still open past its SLA
 * counts as late, and first-contact resolution divides by all tickets, solved or not.
 *
 * <pre>{@code
 * Scope july = Scope.of("emp-9", Period.parse("2026-07"));
 * Instant cutOff = Instant.parse("2026-08-01T00:00:00Z");
 * ServiceMetrics.csat(july, responses, 1, 5);
 * ServiceMetrics.afterSalesTimeliness(july, tickets, Duration.ofHours(24), cutOff);
 * }</pre>
 */
public final class ServiceMetrics {

  /** Name of the part carrying the median, in seconds, in {@link #firstResponseTime}. */
  public static final String PART_MEDIAN_SECONDS = "median-seconds";

  /** Name of the part carrying the 90th percentile, in seconds, in {@link #firstResponseTime}. */
  public static final String PART_P90_SECONDS = "p90-seconds";

  /** Name of the part carrying the number of tickets in {@link #firstResponseTime}. */
  public static final String PART_TICKETS = "tickets";

  /** Name of the part carrying the number of unanswered tickets in {@link #firstResponseTime}. */
  public static final String PART_UNANSWERED = "unanswered";

  private ServiceMetrics() {}

  /**
   * CSAT (滿意度, indicator {@value IndicatorIds#CSAT}), top-two-box: responses rated at one of the
   * two highest points of the scale ÷ all responses; a fraction. On a 1–5 scale, 4 and 5 count as
   * satisfied; on 1–7, 6 and 7.
   *
   * <p>Source: CSAT = satisfied responses (4 and 5 on a 1–5 scale) ÷ responses (SoGoSurvey,
   * "Introduction to Customer Satisfaction (CSAT)",
   * https://www.sogosurvey.com/help/introduction-to-customer-satisfaction-csat/).
   *
   * <pre>{@code
   * List<SurveyResponse> answers =
   *     List.of(new SurveyResponse("r-1", 5), new SurveyResponse("r-2", 3));
   * ServiceMetrics.csat(july, answers, 1, 5); // 0.5
   * }</pre>
   *
   * @param lowest the lowest point of the scale, for example 1
   * @param highest the highest point of the scale, for example 5; at least {@code lowest + 2}, so
   *     that the top two boxes are not the whole scale
   * @throws IllegalArgumentException if the scale has fewer than three points
   * @throws dev.yardstick.core.domain.InvalidInputException if a rating is outside the scale, a
   *     response id appears twice, or there are no responses
   */
  public static Measurement csat(
      Scope scope, Collection<SurveyResponse> responses, int lowest, int highest) {
    String indicator = scope.indicatorOr(IndicatorIds.CSAT);
    if ((long) highest - lowest < 2) {
      throw new IllegalArgumentException(
          "csat scale must have at least three points, got " + lowest + " to " + highest);
    }
    long satisfied = 0;
    List<SurveyResponse> list =
        Facts.distinct(scope, indicator, responses, "survey response id", SurveyResponse::id);
    for (SurveyResponse response : list) {
      int rating = response.rating();
      if (rating < lowest || rating > highest) {
        throw Facts.invalid(
            scope,
            indicator,
            "survey response " + response.id() + " rating",
            Integer.toString(rating),
            "is outside the scale " + lowest + " to " + highest);
      }
      if (rating >= highest - 1) {
        satisfied++;
      }
    }
    return Facts.ratio(scope, indicator, satisfied, list.size(), "responses");
  }

  /**
   * First-contact resolution (一次解決率, indicator {@value IndicatorIds#FCR}): tickets resolved at the
   * first contact ÷ all tickets; a fraction. Open and escalated tickets stay in the denominator, so
   * passing hard cases on does not raise the rate.
   *
   * <p>Source: FCR = issues resolved in the first interaction ÷ total customer contacts (Medallia,
   * "How is First Contact Resolution (FCR) calculated?",
   * https://docs.medallia.com/agent-connect/faqs/how-is-first-contact-resolution-fcr-calculated).
   *
   * <pre>{@code
   * ServiceMetrics.fcr(july, tickets);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there are no tickets or a ticket id
   *     appears twice
   */
  public static Measurement fcr(Scope scope, Collection<ServiceTicket> tickets) {
    String indicator = scope.indicatorOr(IndicatorIds.FCR);
    List<ServiceTicket> list =
        Facts.distinct(scope, indicator, tickets, "ticket id", ServiceTicket::id);
    long resolved = list.stream().filter(ServiceTicket::resolvedAtFirstContact).count();
    return Facts.ratio(scope, indicator, resolved, list.size(), "tickets");
  }

  /**
   * First-response-time statistics: the median and the 90th percentile of the time from {@link
   * ServiceTicket#opened()} to {@link ServiceTicket#firstResponse()}.
   *
   * <p>A ticket not answered yet counts at the time it has waited until {@code asOf}, a lower bound
   * of its eventual response time, so ignoring a ticket never improves the statistics.
   *
   * <p>Definitions: the median is the middle value of the sorted times, or the mean of the two
   * middle values for an even count (Wikipedia, "Median", https://en.wikipedia.org/wiki/Median);
   * the 90th percentile uses the nearest-rank method, the value at rank ⌈0.9 × n⌉ of the sorted
   * times, always an observed time (Wikipedia, "Percentile", The nearest-rank method,
   * https://en.wikipedia.org/wiki/Percentile). For 10 tickets that is the 9th fastest; for 11
   * tickets the 10th.
   *
   * <pre>{@code
   * Instant cutOff = Instant.parse("2026-08-01T00:00:00Z");
   * ResponseTimes t = ServiceMetrics.firstResponseTimes(tickets, cutOff);
   * }</pre>
   *
   * @param asOf when the data was taken; every unanswered ticket must be opened by then
   * @throws dev.yardstick.core.domain.InvalidInputException (with no subject) if there are no
   *     tickets, a ticket id appears twice, or an unanswered ticket was opened after {@code asOf}
   */
  public static ResponseTimes firstResponseTimes(Collection<ServiceTicket> tickets, Instant asOf) {
    return responseTimes(null, IndicatorIds.FIRST_RESPONSE_TIME, tickets, asOf);
  }

  /**
   * First-response time (首次響應時間, indicator {@value IndicatorIds#FIRST_RESPONSE_TIME}) in seconds:
   * the chosen statistic of {@link #firstResponseTimes} as the value, lower is better. The
   * measurement also carries the parts {@value #PART_MEDIAN_SECONDS}, {@value #PART_P90_SECONDS},
   * {@value #PART_TICKETS} and {@value #PART_UNANSWERED}. It is not a ratio: a quarter's median
   * must be computed from the quarter's tickets, not from monthly medians.
   *
   * <pre>{@code
   * ServiceMetrics.firstResponseTime(july, tickets, cutOff, ResponseTimes.Statistic.P90);
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if there are no tickets, a ticket id
   *     appears twice, or an unanswered ticket was opened after {@code asOf}
   */
  public static Measurement firstResponseTime(
      Scope scope,
      Collection<ServiceTicket> tickets,
      Instant asOf,
      ResponseTimes.Statistic statistic) {
    String indicator = scope.indicatorOr(IndicatorIds.FIRST_RESPONSE_TIME);
    Objects.requireNonNull(statistic, "statistic");
    ResponseTimes times = responseTimes(scope, indicator, tickets, asOf);
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    parts.put(PART_MEDIAN_SECONDS, seconds(times.median()));
    parts.put(PART_P90_SECONDS, seconds(times.p90()));
    parts.put(PART_TICKETS, BigDecimal.valueOf(times.tickets()));
    parts.put(PART_UNANSWERED, BigDecimal.valueOf(times.unanswered()));
    return new Measurement(
        scope.subjectId(),
        indicator,
        scope.period(),
        seconds(times.get(statistic)),
        null,
        null,
        parts);
  }

  private static ResponseTimes responseTimes(
      @Nullable Scope scope, String indicator, Collection<ServiceTicket> tickets, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ServiceTicket> list =
        Facts.distinct(scope, indicator, tickets, "ticket id", ServiceTicket::id);
    if (list.isEmpty()) {
      throw Facts.invalid(scope, indicator, "tickets", "0", "is zero: no response time to measure");
    }
    List<Duration> times = new ArrayList<>(list.size());
    long unanswered = 0;
    for (ServiceTicket ticket : list) {
      Instant response = ticket.firstResponse();
      if (response == null) {
        if (ticket.opened().isAfter(asOf)) {
          throw Facts.invalid(
              scope,
              indicator,
              "ticket " + ticket.id() + " opened",
              ticket.opened().toString(),
              "is after asOf " + asOf + ": an unanswered ticket must be opened by the cut-off");
        }
        unanswered++;
        response = asOf;
      }
      times.add(Duration.between(ticket.opened(), response));
    }
    Collections.sort(times);
    int n = times.size();
    Duration median =
        n % 2 == 1 ? times.get(n / 2) : times.get(n / 2 - 1).plus(times.get(n / 2)).dividedBy(2);
    // nearest rank: ⌈90 × n ÷ 100⌉ in integer arithmetic, 1-based
    int rank = (int) ((90L * n + 99) / 100);
    Duration p90 = times.get(rank - 1);
    return new ResponseTimes(n, unanswered, median, p90);
  }

  private static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  /**
   * After-sales handling timeliness (售後處理及時率, indicator {@value
   * IndicatorIds#AFTER_SALES_TIMELINESS}): after-sales cases handled within the SLA ÷ after-sales
   * cases due; a fraction. After-sales cases are tickets of kind {@link
   * ServiceTicket.Kind#AFTER_SALE} and {@link ServiceTicket.Kind#COMPLAINT}.
   *
   * <p>A case is handled within the SLA when {@code handled − opened ≤ sla} (exactly on the SLA is
   * in time). A handled case always counts; an open case counts as late once {@code asOf} is past
   * {@code opened + sla}, and is left out while it is still within its SLA. The domain brief's
   * customer-service specialist answers within 24 hours: {@code Duration.ofHours(24)}.
   *
   * <p>Source: DOMAIN.md §1 and §3 (after-sales handling timeliness; respond within 24 hours).
   *
   * <pre>{@code
   * Instant cutOff = Instant.parse("2026-08-01T00:00:00Z");
   * ServiceMetrics.afterSalesTimeliness(july, tickets, Duration.ofHours(24), cutOff);
   * }</pre>
   *
   * @param sla the handling-time standard; greater than zero
   * @param asOf when the data was taken
   * @throws IllegalArgumentException if {@code sla} is zero or negative
   * @throws dev.yardstick.core.domain.InvalidInputException if no after-sales case is due or a
   *     ticket id appears twice
   */
  public static Measurement afterSalesTimeliness(
      Scope scope, Collection<ServiceTicket> tickets, Duration sla, Instant asOf) {
    String indicator = scope.indicatorOr(IndicatorIds.AFTER_SALES_TIMELINESS);
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(asOf, "asOf");
    if (sla.isZero() || sla.isNegative()) {
      throw new IllegalArgumentException("sla must be greater than zero, got " + sla);
    }
    long due = 0;
    long inTime = 0;
    for (ServiceTicket ticket :
        Facts.distinct(scope, indicator, tickets, "ticket id", ServiceTicket::id)) {
      if (ticket.kind() == ServiceTicket.Kind.PRE_SALE) {
        continue;
      }
      Instant deadline = ticket.opened().plus(sla);
      Instant handled = ticket.handled();
      if (handled != null) {
        due++;
        if (!handled.isAfter(deadline)) {
          inTime++;
        }
      } else if (asOf.isAfter(deadline)) {
        due++;
      }
    }
    return Facts.ratio(scope, indicator, inTime, due, "after-sales cases due");
  }

  /**
   * Complaint rate (投訴率, indicator {@value IndicatorIds#COMPLAINT_RATE}): complaint tickets ({@link
   * ServiceTicket.Kind#COMPLAINT}) ÷ orders; a fraction, lower is better.
   *
   * <p>Source: DOMAIN.md §3 (complaint rate, a customer-service auxiliary indicator), counted per
   * order as complaints ÷ orders of the period.
   *
   * <pre>{@code
   * ServiceMetrics.complaintRate(july, tickets, 12_000);
   * }</pre>
   *
   * @param orders the orders of the period the complaints are about; more than zero and at least
   *     the number of complaints
   * @throws dev.yardstick.core.domain.InvalidInputException if orders are negative or zero, there
   *     are more complaints than orders, or a ticket id appears twice
   */
  public static Measurement complaintRate(
      Scope scope, Collection<ServiceTicket> tickets, long orders) {
    String indicator = scope.indicatorOr(IndicatorIds.COMPLAINT_RATE);
    Facts.count(scope, indicator, orders, "orders");
    long complaints =
        Facts.distinct(scope, indicator, tickets, "ticket id", ServiceTicket::id).stream()
            .filter(t -> t.kind() == ServiceTicket.Kind.COMPLAINT)
            .count();
    Facts.atMost(scope, indicator, complaints, "complaints", orders, "orders");
    return Facts.ratio(scope, indicator, complaints, orders, "orders");
  }

  /**
   * Repurchase-guidance success rate (復購引導成功率, indicator {@value
   * IndicatorIds#REPURCHASE_GUIDANCE_RATE}): customers who bought again after the agent's follow-up
   * ÷ customers followed up; a fraction.
   *
   * <p>Source: DOMAIN.md §1 (nurture repeat customers) and §3.
   *
   * <pre>{@code
   * ServiceMetrics.repurchaseGuidanceRate(july, 200, 30); // 0.15
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if a count is negative, {@code
   *     repurchased > guided}, or nobody was guided
   */
  public static Measurement repurchaseGuidanceRate(Scope scope, long guided, long repurchased) {
    String indicator = scope.indicatorOr(IndicatorIds.REPURCHASE_GUIDANCE_RATE);
    Facts.count(scope, indicator, guided, "guided");
    Facts.count(scope, indicator, repurchased, "repurchased");
    Facts.atMost(scope, indicator, repurchased, "repurchased", guided, "guided");
    return Facts.ratio(scope, indicator, repurchased, guided, "guided");
  }

  /**
   * Script-standard compliance (話術規範執行率, indicator {@value IndicatorIds#SCRIPT_COMPLIANCE}):
   * audited conversations that followed the service scripts ÷ conversations audited; a fraction.
   *
   * <p>Source: DOMAIN.md §1 (the supervisor sets the service scripts) and §3.
   *
   * <pre>{@code
   * ServiceMetrics.scriptCompliance(july, 50, 46); // 0.92
   * }</pre>
   *
   * @throws dev.yardstick.core.domain.InvalidInputException if a count is negative, {@code
   *     compliant > audited}, or nothing was audited
   */
  public static Measurement scriptCompliance(Scope scope, long audited, long compliant) {
    String indicator = scope.indicatorOr(IndicatorIds.SCRIPT_COMPLIANCE);
    Facts.count(scope, indicator, audited, "audited");
    Facts.count(scope, indicator, compliant, "compliant");
    Facts.atMost(scope, indicator, compliant, "compliant", audited, "audited");
    return Facts.ratio(scope, indicator, compliant, audited, "audited");
  }
}

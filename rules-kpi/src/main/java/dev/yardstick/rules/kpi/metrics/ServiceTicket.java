package dev.yardstick.rules.kpi.metrics;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One customer-service case: when the customer asked, when an agent first answered, when the case
 * was handled (closed), and whether the first contact solved it.
 *
 * <pre>{@code
 * Instant asked = Instant.parse("2026-07-03T09:00:00Z");
 * new ServiceTicket("t-1", ServiceTicket.Kind.AFTER_SALE, asked,
 *     asked.plusSeconds(45), asked.plusSeconds(3_600), false);
 * }</pre>
 *
 * @param id the ticket id; unique within one calculation
 * @param kind pre-sale question, after-sales case or complaint
 * @param opened when the customer first contacted the store
 * @param firstResponse when an agent first answered, not before {@code opened}; {@code null} while
 *     unanswered
 * @param handled when the case was handled and closed, not before {@code firstResponse}; {@code
 *     null} while open
 * @param resolvedAtFirstContact whether the first contact solved the issue with no follow-up
 *     (requires {@code handled})
 */
public record ServiceTicket(
    String id,
    ServiceTicket.Kind kind,
    Instant opened,
    @Nullable Instant firstResponse,
    @Nullable Instant handled,
    boolean resolvedAtFirstContact) {

  /** What the customer contacted the store about. */
  public enum Kind {
    /** A question before buying (售前咨詢). */
    PRE_SALE,
    /** An after-sales case: return, refund, exchange, delivery problem (售後). */
    AFTER_SALE,
    /** A complaint (投訴); also an after-sales case for handling timeliness. */
    COMPLAINT
  }

  /**
   * Validates.
   *
   * @throws IllegalArgumentException naming the ticket, field and value when the times are out of
   *     order, a handled ticket has no response, or a ticket resolved at first contact is not
   *     handled
   */
  public ServiceTicket {
    Facts.name(id, "ticket id");
    String label = "ticket '" + id + "' ";
    Objects.requireNonNull(kind, label + "kind");
    Objects.requireNonNull(opened, label + "opened");
    if (firstResponse != null && firstResponse.isBefore(opened)) {
      throw new IllegalArgumentException(
          label + "firstResponse must not be before opened " + opened + ", got " + firstResponse);
    }
    if (handled != null) {
      if (firstResponse == null) {
        throw new IllegalArgumentException(
            label + "firstResponse must be set for a handled ticket, got null");
      }
      if (handled.isBefore(firstResponse)) {
        throw new IllegalArgumentException(
            label
                + "handled must not be before firstResponse "
                + firstResponse
                + ", got "
                + handled);
      }
    }
    if (resolvedAtFirstContact && handled == null) {
      throw new IllegalArgumentException(
          label + "handled must be set for a ticket resolved at first contact, got null");
    }
  }

  /** An answered ticket that was closed after further contacts. */
  public static ServiceTicket handled(
      String id, Kind kind, Instant opened, Instant firstResponse, Instant handled) {
    return new ServiceTicket(id, kind, opened, firstResponse, handled, false);
  }

  /** A ticket nobody has answered yet. */
  public static ServiceTicket unanswered(String id, Kind kind, Instant opened) {
    return new ServiceTicket(id, kind, opened, null, null, false);
  }
}

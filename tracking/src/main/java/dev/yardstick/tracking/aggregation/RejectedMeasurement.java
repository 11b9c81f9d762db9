package dev.yardstick.tracking.aggregation;

import dev.yardstick.core.domain.Measurement;
import java.util.Objects;

/**
 * One measurement an aggregation under {@link RejectionPolicy#COLLECT} refused, with the reason.
 *
 * <pre>{@code
 * RejectedMeasurement r = q3.rejected().get(0);
 * r.reason();    // DUPLICATE_MONTH
 * r.message();   // subject 'emp-4', indicator 'store-gmv', field 'period': 2026-07 has 2
 *                //   measurements (100 and 200.5)
 * }</pre>
 *
 * @param measurement the refused row, as given
 * @param reason why, as a value
 * @param message why, in the words of the {@code InvalidInputException} that {@link
 *     RejectionPolicy#FAIL_FAST} would have thrown: subject, indicator, field and value
 */
public record RejectedMeasurement(Measurement measurement, RejectionReason reason, String message) {

  /** Validates: a measurement, a reason and a message that is not blank. */
  public RejectedMeasurement {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException(
          "rejected measurement of '" + measurement.indicatorId() + "' for '"
              + measurement.subjectId() + "' needs a message");
    }
  }
}

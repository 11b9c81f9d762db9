package dev.yardstick.rules.kpi.metrics;

import org.jspecify.annotations.Nullable;

/**
 * One anomaly alert raised by an analyst (traffic drop, conversion anomaly), with the real anomaly
 * it caught, if review confirmed one.
 *
 * <pre>{@code
 * Alert.confirmed("alert-1", "anomaly-2026-07-14-traffic");
 * Alert.falseAlarm("alert-2");
 * }</pre>
 *
 * @param id the alert id; unique within one calculation
 * @param anomalyId the confirmed real anomaly this alert caught, or {@code null} for a false alarm;
 *     several alerts may name the same anomaly
 */
public record Alert(String id, @Nullable String anomalyId) {

  /** Validates. */
  public Alert {
    Facts.name(id, "alert id");
    if (anomalyId != null) {
      Facts.name(anomalyId, "alert '" + id + "' anomalyId");
    }
  }

  /** An alert that caught the real anomaly {@code anomalyId}. */
  public static Alert confirmed(String id, String anomalyId) {
    return new Alert(id, anomalyId);
  }

  /** An alert with no real anomaly behind it. */
  public static Alert falseAlarm(String id) {
    return new Alert(id, null);
  }

  /** Whether review confirmed a real anomaly behind it. */
  public boolean isTrue() {
    return anomalyId != null;
  }
}

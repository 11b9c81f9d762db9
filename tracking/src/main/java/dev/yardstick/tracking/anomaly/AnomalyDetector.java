package dev.yardstick.tracking.anomaly;

import java.time.LocalDate;
import java.util.Map;

/**
 * Finds abnormal points in an indicator's daily or weekly series.
 *
 * <pre>{@code
 * AnomalyDetector detector = ZScoreDetector.sameWeekday(4);
 * Detection d = detector.detect(dailyVisitors);   // Map<LocalDate, Double>
 * }</pre>
 */
public sealed interface AnomalyDetector permits ZScoreDetector, EwmaDetector {

  /**
   * Checks the series.
   *
   * @param series values by date, any order; every value a finite number
   * @throws IllegalArgumentException naming the date of a null, NaN or infinite value
   */
  Detection detect(Map<LocalDate, ? extends Number> series);

  /** What this detector does, for messages. */
  String description();
}

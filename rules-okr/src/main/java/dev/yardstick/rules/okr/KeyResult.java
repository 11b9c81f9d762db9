package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A weighted, measurable key result of an objective, with its history of check-ins.
 *
 * <p>The <b>current value</b> is the value of the latest check-in, or the {@linkplain
 * Measure#baseline() baseline} when there is none. Check-ins are kept sorted by date; the sort is
 * stable, so of two check-ins on the same date the one added later is the later one and gives the
 * current value (a correction made the same day wins).
 *
 * <p><b>Progress</b> is the measure's raw progress of the current value, floored at 0 (a value that
 * moved the wrong way scores 0) and, by default, capped at 1 ({@link Overshoot#CLAMP}).
 *
 * <p>An <b>archived</b> key result keeps its history but no longer counts in its objective's score,
 * roll-ups or pacing.
 *
 * <pre>{@code
 * KeyResult launches = KeyResult.metric("kr-launch", "Launch 12 new products", 50, 0, 12)
 *     .checkIn(CheckIn.of(LocalDate.of(2026, 8, 31), 7, 6, ConfidenceScale.ZERO_TO_TEN))
 *     .checkIn(CheckIn.of(LocalDate.of(2026, 9, 30), 9, 8, ConfidenceScale.ZERO_TO_TEN));
 * launches.current();    // 9
 * launches.progress();   // 0.75 = (9 − 0) ÷ (12 − 0)
 * }</pre>
 *
 * @param id identifier, unique within its objective
 * @param title what is to be achieved, for example "Launch 12 new products"
 * @param weight the weight within the objective, relative to the other key results (weights need
 *     not sum to 1 or 100)
 * @param measure how progress is measured
 * @param checkIns the check-ins, sorted by date (stable for equal dates)
 * @param archived whether the key result is left out of scores
 */
public record KeyResult(
    String id,
    String title,
    double weight,
    Measure measure,
    List<CheckIn> checkIns,
    boolean archived) {

  /** Validates; sorts the check-ins by date and checks each value against the measure. */
  public KeyResult {
    Args.id(id, "key result id");
    Args.text(title, "key result '" + id + "' title");
    Args.positive(weight, "key result '" + id + "' weight");
    Objects.requireNonNull(measure, "measure");
    List<CheckIn> sorted = new ArrayList<>(Objects.requireNonNull(checkIns, "checkIns"));
    for (CheckIn checkIn : sorted) {
      Objects.requireNonNull(checkIn, "check-in of key result '" + id + "'");
      checkValue(id, measure, checkIn);
    }
    sorted.sort(Comparator.comparing(CheckIn::date)); // List.sort is stable: ties keep their order
    checkIns = List.copyOf(sorted);
  }

  private static void checkValue(String id, Measure measure, CheckIn checkIn) {
    double v = checkIn.value();
    if (measure instanceof Measure.Milestone && v != 0 && v != 1) {
      throw new IllegalArgumentException(
          "key result '"
              + id
              + "': a milestone check-in value must be 1 (done) or 0 (not done),"
              + " got "
              + Args.plain(v)
              + " on "
              + checkIn.date());
    }
    if (measure instanceof Measure.PercentComplete && (v < 0 || v > 100)) {
      throw new IllegalArgumentException(
          "key result '"
              + id
              + "': a percent-complete check-in value must be 0 to 100, got "
              + Args.plain(v)
              + " on "
              + checkIn.date());
    }
  }

  /**
   * A metric key result from {@code start} to {@code target}, without check-ins.
   *
   * @throws IllegalArgumentException naming the key result when {@code start == target}
   */
  public static KeyResult metric(
      String id, String title, double weight, double start, double target) {
    Measure.Metric metric;
    try {
      metric = new Measure.Metric(start, target);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key result '" + id + "': " + e.getMessage(), e);
    }
    return new KeyResult(id, title, weight, metric, List.of(), false);
  }

  /** A milestone key result, not yet done. */
  public static KeyResult milestone(String id, String title, double weight) {
    return new KeyResult(id, title, weight, new Measure.Milestone(), List.of(), false);
  }

  /** A percent-complete key result, at 0%. */
  public static KeyResult percentComplete(String id, String title, double weight) {
    return new KeyResult(id, title, weight, new Measure.PercentComplete(), List.of(), false);
  }

  /** A copy with one more check-in, kept in the history. */
  public KeyResult checkIn(CheckIn checkIn) {
    List<CheckIn> more = new ArrayList<>(checkIns);
    more.add(Objects.requireNonNull(checkIn, "checkIn"));
    return new KeyResult(id, title, weight, measure, more, archived);
  }

  /**
   * A copy with one more check-in; see {@link CheckIn#of(LocalDate, double, double,
   * ConfidenceScale)}.
   */
  public KeyResult checkIn(LocalDate date, double value, double confidence, ConfidenceScale scale) {
    return checkIn(CheckIn.of(date, value, confidence, scale));
  }

  /** An archived copy, left out of scores. */
  public KeyResult archive() {
    return new KeyResult(id, title, weight, measure, checkIns, true);
  }

  /** The latest check-in, if any (the last one added on the latest date). */
  public Optional<CheckIn> latestCheckIn() {
    return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.get(checkIns.size() - 1));
  }

  /** The latest check-in dated on or before {@code asOf}, if any. */
  public Optional<CheckIn> latestCheckIn(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    CheckIn latest = null;
    for (CheckIn c : checkIns) {
      if (c.date().isAfter(asOf)) {
        break;
      }
      latest = c;
    }
    return Optional.ofNullable(latest);
  }

  /** The current value: the latest check-in's, or the baseline when there is none. */
  public double current() {
    return latestCheckIn().map(CheckIn::value).orElse(measure.baseline());
  }

  /**
   * The value as of the end of {@code asOf}: the latest check-in on or before it, or the baseline.
   */
  public double currentAsOf(LocalDate asOf) {
    return latestCheckIn(asOf).map(CheckIn::value).orElse(measure.baseline());
  }

  /** Progress of the current value, floored at 0 and capped at 1. */
  public double progress() {
    return progress(Overshoot.CLAMP);
  }

  /** Progress of the current value, floored at 0 and capped at 1 unless overshoot is recorded. */
  public double progress(Overshoot overshoot) {
    return Dec.toDouble(progressOf(current(), overshoot));
  }

  /** Progress as of the end of {@code asOf}, floored at 0 and capped at 1. */
  public double progressAsOf(LocalDate asOf) {
    return Dec.toDouble(progressOf(currentAsOf(asOf), Overshoot.CLAMP));
  }

  BigDecimal progressDecimal(Overshoot overshoot) {
    return progressOf(current(), overshoot);
  }

  private BigDecimal progressOf(double value, Overshoot overshoot) {
    Objects.requireNonNull(overshoot, "overshoot");
    BigDecimal raw =
        measure instanceof Measure.Metric
            ? ((Measure.Metric) measure).rawProgress(value)
            : Dec.of(measure.progress(value));
    BigDecimal floored = Dec.floorAtZero(raw);
    return overshoot == Overshoot.CLAMP ? Dec.capAtOne(floored) : floored;
  }
}

package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Flags key results behind plan mid-period: compares each key result's progress on a date with the
 * progress its {@link PaceProfile} expects by then.
 *
 * <p>{@code gap = actual − expected}; a key result is <b>behind</b> when {@code gap < −tolerance},
 * that is when it falls short of plan by more than the tolerance (a shortfall of exactly the
 * tolerance is not behind). The actual progress is that of the latest check-in on or before the
 * date, clamped to [0, 1]. A milestone is 0 until done, so under linear pacing it shows behind
 * early; give it a profile that back-loads the work, or read its flag with that in mind.
 *
 * <pre>{@code
 * Pacing pacing = Pacing.linear(0.1);   // behind when more than 10 points short of the linear plan
 * List<Pace> late = pacing.behind(objective, LocalDate.of(2026, 8, 15));
 * }</pre>
 *
 * @param profile the expected progress through the period
 * @param tolerance how far short of plan a key result may be before it is behind, 0 to 1
 */
public record Pacing(PaceProfile profile, double tolerance) {

  /** Validates. */
  public Pacing {
    Objects.requireNonNull(profile, "profile");
    Args.fraction(tolerance, "pacing tolerance");
  }

  /** Linear pacing with this tolerance. */
  public static Pacing linear(double tolerance) {
    return new Pacing(PaceProfile.linear(), tolerance);
  }

  /**
   * The pace of one key result of {@code objective} as of the end of {@code asOf}, against the
   * objective's period.
   *
   * @throws IllegalArgumentException if the objective has no such key result, or the profile does
   *     not fit the period
   */
  public Pace pace(Objective objective, String keyResultId, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    KeyResult kr =
        objective
            .keyResult(keyResultId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "objective '"
                            + objective.id()
                            + "' has no key result '"
                            + keyResultId
                            + "'"));
    return pace(objective, kr, asOf);
  }

  private Pace pace(Objective objective, KeyResult kr, LocalDate asOf) {
    BigDecimal expected = profile.expectedDecimal(objective.period(), asOf);
    double actual = kr.progressAsOf(asOf);
    BigDecimal gap = Dec.of(actual).subtract(expected);
    boolean behind = gap.compareTo(Dec.of(tolerance).negate()) < 0;
    return new Pace(
        objective.id(), kr.id(), asOf, Dec.toDouble(expected), actual, Dec.toDouble(gap), behind);
  }

  /** The pace of every active key result of {@code objective}, in order. */
  public List<Pace> paces(Objective objective, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(asOf, "asOf");
    List<Pace> all = new ArrayList<>();
    for (KeyResult kr : objective.activeKeyResults()) {
      all.add(pace(objective, kr, asOf));
    }
    return List.copyOf(all);
  }

  /** The active key results of {@code objective} behind plan as of {@code asOf}, in order. */
  public List<Pace> behind(Objective objective, LocalDate asOf) {
    List<Pace> late = new ArrayList<>();
    for (Pace p : paces(objective, asOf)) {
      if (p.behind()) {
        late.add(p);
      }
    }
    return List.copyOf(late);
  }
}

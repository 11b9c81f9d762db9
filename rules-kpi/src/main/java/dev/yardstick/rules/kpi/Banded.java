package dev.yardstick.rules.kpi;

import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.rules.kpi.internal.Checks;
import dev.yardstick.rules.kpi.internal.Dec;
import dev.yardstick.rules.kpi.internal.Inputs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A lookup table of achievement → score, stepped or interpolated.
 *
 * <pre>{@code
 * // achievement = actual ÷ target × 100, in percent
 * ScoringRule<Banded.Params> rule =
 *     Kpi.banded().band(80, 60).band(100, 100).band(120, 140).interpolated().rule();
 * // 90% → 60 + (90 − 80) × (100 − 60) ÷ (100 − 80) = 80; 130% → 140 (held, capped); 70% → 0
 * ScoringRule<Banded.Params> steps =
 *     Kpi.banded().band(80, 60).band(100, 100).band(120, 140).rule();   // stepped
 * // 99.9% → 60; exactly 100% → 100; 150% → 140
 * }</pre>
 *
 * <p><b>What is looked up</b> ({@link Basis}): the achievement {@code actual ÷ target × 100} in
 * percent, with the item's {@code Target#target()} level (a target of 0 or below is rejected as by
 * {@code ratio-to-target}), or the raw actual. The table does not look at the indicator's
 * direction: for a lower-is-better indicator give decreasing scores.
 *
 * <p><b>Stepped</b>: each band runs from its {@code from} (inclusive) to the next band's {@code
 * from} (exclusive); the last band is open upwards. <b>Interpolated</b>: the bands are points of a
 * polyline; a value between two points gets the straight line between them, a value on a point
 * gets that point's score, and a value above the last point is held at the last score, flagged
 * capped when the table rises into its last point and floored when it falls into it.
 *
 * <p><b>Below the first band</b> (both modes) the score is {@code belowFirst} (default 0), flagged
 * floored when it is below the first band's score and capped when it is above it. The {@code
 * from} values must increase strictly; an interpolated table needs two points at least.
 */
public final class Banded implements ScoringStrategy<Banded.Params> {

  /** The strategy id. */
  public static final String ID = "banded";

  /** Stepped or interpolated. */
  public enum Mode {
    /** The score of the band the value falls in; inclusive lower bounds. */
    STEPPED,
    /** Straight lines between the bands' points. */
    INTERPOLATED
  }

  /** What is looked up in the table. */
  public enum Basis {
    /** {@code actual ÷ target × 100}, in percent: bands such as 80, 100, 120. */
    ACHIEVEMENT,
    /** The actual itself, in the indicator's unit. */
    ACTUAL
  }

  /**
   * One row of the table.
   *
   * @param from the lower bound of the band (stepped) or the point's position (interpolated)
   * @param score the band's or point's score
   */
  public record Band(double from, double score) {}

  /**
   * Parameters; validated by {@link #validate}.
   *
   * @param bands the rows, with strictly increasing {@code from}
   * @param mode stepped or interpolated
   * @param basis achievement in percent, or the raw actual
   * @param belowFirst the score below the first band
   */
  public record Params(List<Band> bands, Mode mode, Basis basis, double belowFirst) {

    /** Copies and checks for null. */
    public Params {
      bands = List.copyOf(bands);
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** For the service loader. */
  public Banded() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  @Override
  public String description() {
    return "a table of achievement (or actual) to score, stepped or interpolated";
  }

  @Override
  public void validate(Params p) {
    List<Band> bands = p.bands();
    if (bands.isEmpty()) {
      throw Checks.bad(ID, "bands", "must have at least one band", "none");
    }
    if (p.mode() == Mode.INTERPOLATED && bands.size() < 2) {
      throw Checks.bad(ID, "bands", "must have at least two points when interpolated", "1");
    }
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      Checks.finite(ID, "bands[" + i + "].from", b.from());
      Checks.finite(ID, "bands[" + i + "].score", b.score());
      if (i > 0 && b.from() <= bands.get(i - 1).from()) {
        throw Checks.bad(
            ID,
            "bands[" + i + "].from",
            "must be greater than the previous band's from ("
                + Dec.plain(bands.get(i - 1).from())
                + "): breakpoints must increase strictly",
            Dec.plain(b.from()));
      }
    }
    Checks.finite(ID, "belowFirst", p.belowFirst());
  }

  // explanation templates, by basis (constants, so that no string is built per score)
  private static final String BELOW_ACHIEVEMENT =
      "achievement {}% is below the first band at {}%: score {}";
  private static final String BELOW_ACTUAL = "actual {} is below the first band at {}: score {}";
  private static final String FALLS_ACHIEVEMENT =
      "achievement {}% falls in the band from {}%: score {}";
  private static final String FALLS_ACTUAL = "actual {} falls in the band from {}: score {}";
  private static final String ON_ACHIEVEMENT = "achievement {}% is on the point {}%: score {}";
  private static final String ON_ACTUAL = "actual {} is on the point {}: score {}";
  private static final String BEYOND_ACHIEVEMENT =
      "achievement {}% is beyond the last point {}%: held at {}";
  private static final String BEYOND_ACTUAL = "actual {} is beyond the last point {}: held at {}";
  private static final String BETWEEN_ACHIEVEMENT =
      "achievement {}% is between {}% (score {}) and {}% (score {}): {}";
  private static final String BETWEEN_ACTUAL =
      "actual {} is between {} (score {}) and {} (score {}): {}";

  @Override
  public Score score(Params p, ScoringInput in) {
    boolean achievement = p.basis() == Basis.ACHIEVEMENT;
    BigDecimal x =
        achievement
            ? Dec.percentOf(in.measurement().value(), Inputs.positiveTarget(in, ID))
            : in.measurement().value();
    double xv = Dec.toDouble(x);
    List<Band> bands = p.bands();
    Band first = bands.get(0);

    if (Dec.compare(x, Dec.compact(x), first.from()) < 0) {
      Explanation e =
          Explanation.of(
              achievement ? BELOW_ACHIEVEMENT : BELOW_ACTUAL,
              xv,
              first.from(),
              p.belowFirst());
      return new Score(p.belowFirst(), bound(p.belowFirst(), first.score()), e);
    }
    int i = bands.size() - 1;
    long cx = Dec.compact(x);
    while (Dec.compare(x, cx, bands.get(i).from()) < 0) {
      i--;
    }
    Band band = bands.get(i);
    if (p.mode() == Mode.STEPPED) {
      return Score.of(
          band.score(),
          Explanation.of(
              achievement ? FALLS_ACHIEVEMENT : FALLS_ACTUAL,
              xv,
              band.from(),
              band.score()));
    }
    if (Dec.compare(x, cx, band.from()) == 0) {
      return Score.of(
          band.score(),
          Explanation.of(
              achievement ? ON_ACHIEVEMENT : ON_ACTUAL, xv, band.from(), band.score()));
    }
    if (i == bands.size() - 1) {
      Band previous = bands.get(i - 1);
      Explanation e =
          Explanation.of(
              achievement ? BEYOND_ACHIEVEMENT : BEYOND_ACTUAL,
              xv,
              band.from(),
              band.score());
      return new Score(band.score(), bound(band.score(), previous.score()), e);
    }
    Band next = bands.get(i + 1);
    double raw = Dec.lineToDouble(x, band.from(), next.from(), band.score(), next.score());
    return Score.of(
        raw,
        Explanation.of(
            achievement ? BETWEEN_ACHIEVEMENT : BETWEEN_ACTUAL,
            xv,
            band.from(),
            band.score(),
            next.from(),
            next.score(),
            raw));
  }

  /**
   * Floored when a score held outside the table is below the score it is compared with (the
   * first band's, or the point before the last), capped when it is above: which way the table
   * was heading.
   */
  private static Score.Bound bound(double held, double reference) {
    if (held < reference) {
      return Score.Bound.FLOORED;
    }
    return held > reference ? Score.Bound.CAPPED : Score.Bound.NONE;
  }
}

package dev.yardstick.review.grade;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps totals to grades through contiguous bands that cover a declared range.
 *
 * <p><b>Boundaries.</b> A band runs from its lower boundary, <em>inclusive</em>, to its upper
 * boundary, <em>exclusive</em>: with the default scale 80 is an A and 79.99 a B. The highest band
 * also includes the range's maximum, so a perfect total has a grade. A total outside {@code [min,
 * max]} is an error, not silently clamped: it usually means the scale does not fit the scorecard.
 *
 * <p><b>Validation.</b> Bands are declared from the lowest to the highest; the first starts at the
 * range's minimum, each next one starts exactly where the previous one ends (no gap, no overlap)
 * and the last ends at the maximum. Grade codes are unique.
 *
 * <p><b>Which total.</b> {@link #grade(Evaluation)} grades {@link Evaluation#total()}, the total
 * rounded by the scorecard's rounding, because that is the number people see: a raw 89.996 is
 * shown as 90.00 and graded S, never a B beside a printed 90.00.
 *
 * <pre>{@code
 * GradeScale scale = GradeScale.builder(0, 200)
 *     .band("D", 0, 60).band("C", 60, 70).band("B", 70, 80).band("A", 80, 90).band("S", 90, 200)
 *     .build();
 * scale.grade(new BigDecimal("80.00")).code();   // "A": lower boundaries are inclusive
 * scale.grade(evaluation);                        // grades evaluation.total()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GradeScale {

  private static final GradeScale DEFAULT =
      builder(0, 200)
          .band(Grade.of("D", "Unsatisfactory").withTranslation("zh", "不合格"), 0, 60)
          .band(Grade.of("C", "Needs improvement").withTranslation("zh", "待改进"), 60, 70)
          .band(Grade.of("B", "Meets expectations").withTranslation("zh", "良好"), 70, 80)
          .band(Grade.of("A", "Exceeds expectations").withTranslation("zh", "优秀"), 80, 90)
          .band(Grade.of("S", "Outstanding").withTranslation("zh", "卓越"), 90, 200)
          .build();

  private final BigDecimal min;
  private final BigDecimal max;
  private final List<GradeBand> bands;
  private final List<Grade> bestFirst;
  private final Map<String, Integer> rankByCode;

  private GradeScale(BigDecimal min, BigDecimal max, List<GradeBand> bands) {
    this.min = Numbers.normalise(min);
    this.max = Numbers.normalise(max);
    this.bands = List.copyOf(bands);
    List<Grade> grades = new ArrayList<>();
    for (GradeBand band : this.bands) {
      grades.add(band.grade());
    }
    Collections.reverse(grades);
    this.bestFirst = List.copyOf(grades);
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < bestFirst.size(); i++) {
      ranks.put(bestFirst.get(i).code(), i);
    }
    this.rankByCode = Map.copyOf(ranks);
  }

  /**
   * The default scale, the widespread 100-point convention of Chinese HR practice (90 分以上为
   * S …): D {@code [0, 60)} 不合格, C {@code [60, 70)} 待改进, B {@code [70, 80)} 良好, A
   * {@code [80, 90)} 优秀, S {@code [90, 200]} 卓越. The range reaches 200 because stretch
   * targets let totals exceed 100. Companies whose totals centre on 100 (= every target met)
   * should declare their own scale.
   */
  public static GradeScale defaultScale() {
    return DEFAULT;
  }

  /**
   * Starts a scale covering {@code [min, max]}, both inclusive.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code min ≥ max}
   */
  public static Builder builder(double min, double max) {
    return builder(Args.decimal(min, "grade scale min"), Args.decimal(max, "grade scale max"));
  }

  /** Starts a scale covering {@code [min, max]}, both inclusive. */
  public static Builder builder(BigDecimal min, BigDecimal max) {
    return new Builder(min, max);
  }

  /**
   * The grade of a total.
   *
   * @throws IllegalArgumentException naming the total and the range when it lies outside it
   */
  public Grade grade(BigDecimal total) {
    Objects.requireNonNull(total, "total");
    if (total.compareTo(min) < 0 || total.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "total " + Numbers.plain(total) + " is outside the grade scale's range ["
              + Numbers.plain(min) + ", " + Numbers.plain(max) + "]");
    }
    for (GradeBand band : bands) {
      if (band.contains(total)) {
        return band.grade();
      }
    }
    return bands.get(bands.size() - 1).grade(); // total == max
  }

  /**
   * The grade of a total given as a double (converted to the decimal it prints as).
   *
   * @throws IllegalArgumentException if the total is NaN, infinite or outside the range
   */
  public Grade grade(double total) {
    return grade(Args.decimal(total, "total"));
  }

  /** The grade of an evaluation's (rounded) total. */
  public Grade grade(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    try {
      return grade(evaluation.total());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "subject '" + evaluation.subject().id() + "': " + e.getMessage(), e);
    }
  }

  /** The grades, best first (S, A, B, C, D for the default scale). */
  public List<Grade> grades() {
    return bestFirst;
  }

  /** The bands, lowest first. */
  public List<GradeBand> bands() {
    return bands;
  }

  /** The band of a grade of this scale. */
  public GradeBand band(Grade grade) {
    return bands.get(bands.size() - 1 - rank(grade));
  }

  /** The lowest total of the range, inclusive. */
  public BigDecimal min() {
    return min;
  }

  /** The highest total of the range, inclusive. */
  public BigDecimal max() {
    return max;
  }

  /** The grade with this code, if the scale has it. */
  public Optional<Grade> find(String code) {
    Integer rank = rankByCode.get(Objects.requireNonNull(code, "code"));
    return rank == null ? Optional.empty() : Optional.of(bestFirst.get(rank));
  }

  /**
   * The grade with this code.
   *
   * @throws IllegalArgumentException naming the code and the scale's codes when there is none
   */
  public Grade require(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "grade '" + code + "' is not on the scale " + codes()));
  }

  /**
   * Whether the scale has a grade with this grade's code. Grades are identified by their code:
   * {@code Grade.of("A")} stands for the scale's A whatever its names.
   */
  public boolean contains(Grade grade) {
    return rankByCode.containsKey(Objects.requireNonNull(grade, "grade").code());
  }

  /**
   * The scale's own grade with this grade's code (with the scale's names).
   *
   * @throws IllegalArgumentException if the scale has no such code
   */
  public Grade canonical(Grade grade) {
    return require(Objects.requireNonNull(grade, "grade").code());
  }

  /**
   * The rank of a grade: 0 for the best.
   *
   * @throws IllegalArgumentException if the grade is not on this scale
   */
  public int rank(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    Integer rank = rankByCode.get(grade.code());
    if (rank == null) {
      throw new IllegalArgumentException(
          "grade '" + grade.code() + "' is not on the scale " + codes());
    }
    return rank;
  }

  /** Whether {@code grade} is {@code bar} or better. */
  public boolean isAtLeast(Grade grade, Grade bar) {
    return rank(grade) <= rank(bar);
  }

  /** Orders grades best first. */
  public Comparator<Grade> bestFirst() {
    return Comparator.comparingInt(this::rank);
  }

  /** The codes, best first. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (Grade g : bestFirst) {
      codes.add(g.code());
    }
    return List.copyOf(codes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradeScale
        && ((GradeScale) o).min.equals(min)
        && ((GradeScale) o).max.equals(max)
        && ((GradeScale) o).bands.equals(bands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, bands);
  }

  /** {@code GradeScale[0..200: D [0, 60), C [60, 70), …]}. */
  @Override
  public String toString() {
    return "GradeScale[" + Numbers.plain(min) + ".." + Numbers.plain(max) + ": " + bands + "]";
  }

  /**
   * Declares the bands of a scale from the lowest to the highest; {@link #build()} validates.
   * Not thread-safe.
   */
  public static final class Builder {
    private final BigDecimal min;
    private final BigDecimal max;
    private final List<GradeBand> bands = new ArrayList<>();

    private Builder(BigDecimal min, BigDecimal max) {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.compareTo(max) >= 0) {
        throw new IllegalArgumentException(
            "grade scale range must have min < max, got min=" + Numbers.plain(min)
                + ", max=" + Numbers.plain(max));
      }
      this.min = min;
      this.max = max;
    }

    /** Adds the band {@code [lower, upper)} of a grade named by its code. */
    public Builder band(String code, double lower, double upper) {
      return band(Grade.of(code), lower, upper);
    }

    /** Adds the band {@code [lower, upper)} of a grade. */
    public Builder band(Grade grade, double lower, double upper) {
      return band(
          grade,
          Args.decimal(lower, "lower boundary of grade '" + grade.code() + "'"),
          Args.decimal(upper, "upper boundary of grade '" + grade.code() + "'"));
    }

    /** Adds the band {@code [lower, upper)} of a grade. */
    public Builder band(Grade grade, BigDecimal lower, BigDecimal upper) {
      bands.add(new GradeBand(grade, lower, upper));
      return this;
    }

    /**
     * Builds the scale.
     *
     * @throws IllegalArgumentException naming the bands at fault when there is no band, a code
     *     appears twice, bands are out of order, overlap or leave a gap, or do not cover the range
     */
    public GradeScale build() {
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("grade scale has no bands");
      }
      Map<String, GradeBand> seen = new HashMap<>();
      for (GradeBand band : bands) {
        if (seen.put(band.grade().code(), band) != null) {
          throw new IllegalArgumentException(
              "grade scale has grade '" + band.grade().code() + "' twice");
        }
      }
      for (int i = 1; i < bands.size(); i++) {
        GradeBand previous = bands.get(i - 1);
        GradeBand band = bands.get(i);
        if (band.lower().compareTo(previous.lower()) <= 0) {
          throw new IllegalArgumentException(
              "grade band " + band + " is declared after " + previous
                  + ", which does not start lower: declare bands from the lowest to the highest");
        }
        int c = band.lower().compareTo(previous.upper());
        if (c < 0) {
          throw new IllegalArgumentException(
              "grade bands " + previous + " and " + band + " overlap on ["
                  + Numbers.plain(band.lower()) + ", " + Numbers.plain(previous.upper()) + ")");
        }
        if (c > 0) {
          throw new IllegalArgumentException(
              "grade bands " + previous + " and " + band + " leave a gap ["
                  + Numbers.plain(previous.upper()) + ", " + Numbers.plain(band.lower())
                  + ") without a grade");
        }
      }
      GradeBand lowest = bands.get(0);
      if (lowest.lower().compareTo(min) != 0) {
        throw new IllegalArgumentException(
            "the lowest grade band " + lowest + " must start at the scale's minimum "
                + Numbers.plain(min));
      }
      GradeBand highest = bands.get(bands.size() - 1);
      if (highest.upper().compareTo(max) != 0) {
        throw new IllegalArgumentException(
            "the highest grade band " + highest + " must end at the scale's maximum "
                + Numbers.plain(max));
      }
      return new GradeScale(min, max, bands);
    }
  }
}

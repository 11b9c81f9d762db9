package dev.yardstick.review.talent;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places people on the 9-box grid (人才九宫格): performance from the evaluation's (rounded) total,
 * potential given by the caller, as a {@link Level} or as a number cut into levels.
 *
 * <p><b>Cut-offs.</b> Each axis has two cut-offs, {@code medium ≤ high}; a value below {@code
 * medium} is LOW, from {@code medium} (inclusive) to {@code high} (exclusive) MEDIUM, from {@code
 * high} (inclusive) HIGH: the same inclusive-lower convention as grade bands. Defaults: performance
 * 70 / 80 (with the default grade scale: C and D low, B medium, A and S high), potential 3 / 4 on a
 * 1–5 rating.
 *
 * <pre>{@code
 * NineBox grid = NineBox.builder().performanceCutoffs(70, 85).potentialCutoffs(3, 4).build();
 * grid.place(evaluation, Level.HIGH).box();           // e.g. STAR
 * grid.placeRated("emp-3", new BigDecimal("72.5"), 4.2).box();   // HIGH_POTENTIAL
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NineBox {

  private static final NineBox DEFAULT = builder().build();

  private final BigDecimal performanceMedium;
  private final BigDecimal performanceHigh;
  private final BigDecimal potentialMedium;
  private final BigDecimal potentialHigh;

  private NineBox(
      BigDecimal performanceMedium,
      BigDecimal performanceHigh,
      BigDecimal potentialMedium,
      BigDecimal potentialHigh) {
    this.performanceMedium = performanceMedium;
    this.performanceHigh = performanceHigh;
    this.potentialMedium = potentialMedium;
    this.potentialHigh = potentialHigh;
  }

  /** The grid with the default cut-offs (performance 70 / 80, potential 3 / 4). */
  public static NineBox defaultGrid() {
    return DEFAULT;
  }

  /** Starts a grid with the default cut-offs. */
  public static Builder builder() {
    return new Builder();
  }

  /** The performance level of a total. */
  public Level performanceLevel(BigDecimal total) {
    return level(Objects.requireNonNull(total, "total"), performanceMedium, performanceHigh);
  }

  /**
   * The potential level of a rating.
   *
   * @throws IllegalArgumentException if it is NaN or infinite
   */
  public Level potentialLevel(double rating) {
    return level(Args.decimal(rating, "potential rating"), potentialMedium, potentialHigh);
  }

  /** Places a person by total and potential level. */
  public Placement place(String subjectId, BigDecimal total, Level potential) {
    Args.text(subjectId, "subject id");
    Objects.requireNonNull(potential, "potential of '" + subjectId + "'");
    Level performance = performanceLevel(total);
    return new Placement(
        subjectId, Numbers.normalise(total), performance, potential, Box.of(performance, potential));
  }

  /** Places a person by total and a potential rating cut by the potential cut-offs. */
  public Placement placeRated(String subjectId, BigDecimal total, double potentialRating) {
    return place(subjectId, total, potentialLevel(potentialRating));
  }

  /** Places an evaluated person. */
  public Placement place(Evaluation evaluation, Level potential) {
    Objects.requireNonNull(evaluation, "evaluation");
    return place(evaluation.subject().id(), evaluation.total(), potential);
  }

  /**
   * Places every evaluated person, in input order.
   *
   * @param potentials potential level by subject id
   * @throws IllegalArgumentException naming the subject when one has no potential
   */
  public List<Placement> placeAll(Collection<Evaluation> evaluations, Map<String, Level> potentials) {
    Objects.requireNonNull(evaluations, "evaluations");
    Objects.requireNonNull(potentials, "potentials");
    List<Placement> placements = new ArrayList<>();
    for (Evaluation e : evaluations) {
      Level potential = potentials.get(e.subject().id());
      if (potential == null) {
        throw new IllegalArgumentException(
            "subject '" + e.subject().id() + "' has no potential level");
      }
      placements.add(place(e, potential));
    }
    return List.copyOf(placements);
  }

  private static Level level(BigDecimal value, BigDecimal medium, BigDecimal high) {
    if (value.compareTo(high) >= 0) {
      return Level.HIGH;
    }
    return value.compareTo(medium) >= 0 ? Level.MEDIUM : Level.LOW;
  }

  @Override
  public String toString() {
    return "NineBox[performance " + Numbers.plain(performanceMedium) + " / "
        + Numbers.plain(performanceHigh) + ", potential " + Numbers.plain(potentialMedium) + " / "
        + Numbers.plain(potentialHigh) + "]";
  }

  /** Sets the cut-offs. Not thread-safe. */
  public static final class Builder {
    private BigDecimal performanceMedium = BigDecimal.valueOf(70);
    private BigDecimal performanceHigh = BigDecimal.valueOf(80);
    private BigDecimal potentialMedium = BigDecimal.valueOf(3);
    private BigDecimal potentialHigh = BigDecimal.valueOf(4);

    private Builder() {}

    /**
     * The totals from which performance is MEDIUM and HIGH.
     *
     * @throws IllegalArgumentException if a cut-off is not finite or {@code medium > high}
     */
    public Builder performanceCutoffs(double medium, double high) {
      BigDecimal m = Args.decimal(medium, "performance medium cut-off");
      BigDecimal h = Args.decimal(high, "performance high cut-off");
      check("performance", m, h);
      this.performanceMedium = m;
      this.performanceHigh = h;
      return this;
    }

    /**
     * The ratings from which potential is MEDIUM and HIGH.
     *
     * @throws IllegalArgumentException if a cut-off is not finite or {@code medium > high}
     */
    public Builder potentialCutoffs(double medium, double high) {
      BigDecimal m = Args.decimal(medium, "potential medium cut-off");
      BigDecimal h = Args.decimal(high, "potential high cut-off");
      check("potential", m, h);
      this.potentialMedium = m;
      this.potentialHigh = h;
      return this;
    }

    private static void check(String axis, BigDecimal medium, BigDecimal high) {
      if (medium.compareTo(high) > 0) {
        throw new IllegalArgumentException(
            axis + " cut-offs must have medium ≤ high, got medium=" + Numbers.plain(medium)
                + ", high=" + Numbers.plain(high));
      }
    }

    /** The grid. */
    public NineBox build() {
      return new NineBox(performanceMedium, performanceHigh, potentialMedium, potentialHigh);
    }
  }
}

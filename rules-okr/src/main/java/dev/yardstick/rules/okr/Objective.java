package dev.yardstick.rules.okr;

import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A qualitative goal with weighted key results, owned by a subject for a period (normally a
 * quarter), committed or aspirational, and possibly aligned to a parent objective.
 *
 * <p>The <b>score</b> is the weighted mean of the progress of its active (not archived) key
 * results, {@code Σ wₖ·pₖ ÷ Σ wₖ}: "the simplest, cleanest way to score an objective is by
 * averaging the percentage completion rates of its key results" (J. Doerr, <i>Measure What
 * Matters</i>, 2018), weighted here.
 *
 * <pre>{@code
 * Objective newCategory = Objective
 *     .builder("o-new-category", "Raise the new category's share of GMV to 15%")
 *     .owner("emp-17").period("2026-Q3").level(OkrLevel.INDIVIDUAL).committed()
 *     .keyResult(KeyResult.metric("kr-launch", "Launch 12 new products", 50, 0, 12))
 *     .keyResult(KeyResult.metric(
 *         "kr-cvr", "New-product conversion rate reaches 3.5%", 50, 0.02, 0.035))
 *     .alignsTo("dept-growth", "kr-new-category")
 *     .build();
 * }</pre>
 *
 * @param id identifier, unique within an {@link OkrSet}
 * @param title the objective's statement
 * @param ownerId the owning subject's id (an employee or a team)
 * @param period the period, normally a quarter; check-ins may not be dated before it starts
 * @param level company, department, team or individual
 * @param commitment committed or aspirational
 * @param weight the weight among the owner's objectives, relative (need not sum to 1 or 100)
 * @param keyResults the key results, at least one, ids unique
 * @param alignment what the objective contributes to, or {@code null}
 * @param archived whether the objective is left out of scores and roll-ups
 */
public record Objective(
    String id,
    String title,
    String ownerId,
    Period period,
    OkrLevel level,
    Commitment commitment,
    double weight,
    List<KeyResult> keyResults,
    @Nullable Alignment alignment,
    boolean archived) {

  /** Validates: key results present with unique ids, no check-in before the period. */
  public Objective {
    Args.id(id, "objective id");
    Args.text(title, "objective '" + id + "' title");
    Args.id(ownerId, "objective '" + id + "' owner id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(commitment, "commitment");
    Args.positive(weight, "objective '" + id + "' weight");
    keyResults = List.copyOf(Objects.requireNonNull(keyResults, "keyResults"));
    if (keyResults.isEmpty()) {
      throw new IllegalArgumentException("objective '" + id + "' needs at least one key result");
    }
    Set<String> seen = new HashSet<>();
    for (KeyResult kr : keyResults) {
      if (!seen.add(kr.id())) {
        throw new IllegalArgumentException(
            "objective '" + id + "' has key result '" + kr.id() + "' twice");
      }
      for (CheckIn c : kr.checkIns()) {
        if (c.date().isBefore(period.start())) {
          throw new IllegalArgumentException(
              "objective '"
                  + id
                  + "', key result '"
                  + kr.id()
                  + "': check-in date "
                  + c.date()
                  + " is before the objective's period "
                  + period
                  + " starts ("
                  + period.start()
                  + ")");
        }
      }
    }
  }

  /** Starts an objective; owner and period are required. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** The key results that count: those not archived, in order. */
  public List<KeyResult> activeKeyResults() {
    List<KeyResult> active = new ArrayList<>();
    for (KeyResult kr : keyResults) {
      if (!kr.archived()) {
        active.add(kr);
      }
    }
    return List.copyOf(active);
  }

  /** The key result with this id. */
  public Optional<KeyResult> keyResult(String keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    for (KeyResult kr : keyResults) {
      if (kr.id().equals(keyResultId)) {
        return Optional.of(kr);
      }
    }
    return Optional.empty();
  }

  /** What the objective aligns to, if anything. */
  public Optional<Alignment> alignedTo() {
    return Optional.ofNullable(alignment);
  }

  /**
   * The score: the weighted mean of the active key results' progress, clamped per key result to [0,
   * 1].
   *
   * @throws IllegalStateException naming the objective when every key result is archived
   */
  public double score() {
    return score(Overshoot.CLAMP);
  }

  /**
   * The score with the given overshoot policy: with {@link Overshoot#RECORD} a key result past its
   * target counts above 1 and the score may exceed 1.
   *
   * @throws IllegalStateException naming the objective when every key result is archived
   */
  public double score(Overshoot overshoot) {
    return Dec.toDouble(scoreDecimal(overshoot));
  }

  BigDecimal scoreDecimal(Overshoot overshoot) {
    Objects.requireNonNull(overshoot, "overshoot");
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (KeyResult kr : keyResults) {
      if (!kr.archived()) {
        BigDecimal w = Dec.of(kr.weight());
        weighted = weighted.add(w.multiply(kr.progressDecimal(overshoot)));
        weights = weights.add(w);
      }
    }
    if (weights.signum() == 0) {
      throw new IllegalStateException(
          "objective '"
              + id
              + "' has no active key result to score: all "
              + keyResults.size()
              + " are archived");
    }
    return Dec.div(weighted, weights);
  }

  /** A copy with a check-in added to one key result. */
  public Objective checkIn(String keyResultId, CheckIn checkIn) {
    Objects.requireNonNull(checkIn, "checkIn");
    return replace(keyResultId, keyResult(keyResultId).map(kr -> kr.checkIn(checkIn)));
  }

  /** A copy with one key result archived. */
  public Objective archiveKeyResult(String keyResultId) {
    return replace(keyResultId, keyResult(keyResultId).map(KeyResult::archive));
  }

  private Objective replace(String keyResultId, Optional<KeyResult> replacement) {
    KeyResult updated =
        replacement.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "objective '" + id + "' has no key result '" + keyResultId + "'"));
    List<KeyResult> copy = new ArrayList<>(keyResults);
    copy.replaceAll(kr -> kr.id().equals(keyResultId) ? updated : kr);
    return new Objective(
        id, title, ownerId, period, level, commitment, weight, copy, alignment, archived);
  }

  /** An archived copy, left out of scores and roll-ups. */
  public Objective archive() {
    return new Objective(
        id, title, ownerId, period, level, commitment, weight, keyResults, alignment, true);
  }

  /**
   * Builds an {@link Objective}. Defaults: level {@link OkrLevel#INDIVIDUAL}, {@link
   * Commitment#COMMITTED}, weight 1, no alignment, not archived. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String title;
    private @Nullable String ownerId;
    private @Nullable Period period;
    private OkrLevel level = OkrLevel.INDIVIDUAL;
    private Commitment commitment = Commitment.COMMITTED;
    private double weight = 1;
    private final List<KeyResult> keyResults = new ArrayList<>();
    private @Nullable Alignment alignment;
    private boolean archived;

    private Builder(String id, String title) {
      this.id = Args.id(id, "objective id");
      this.title = Args.text(title, "objective '" + id + "' title");
    }

    /** The owner: an employee's or a team's subject id. */
    public Builder owner(String subjectId) {
      this.ownerId = Args.id(subjectId, "objective '" + id + "' owner id");
      return this;
    }

    /** The period, normally a quarter. */
    public Builder period(Period p) {
      this.period = Objects.requireNonNull(p, "period");
      return this;
    }

    /** The period, parsed: {@code "2026-Q3"}. */
    public Builder period(String p) {
      return period(Period.parse(p));
    }

    /** The level; defaults to {@link OkrLevel#INDIVIDUAL}. */
    public Builder level(OkrLevel l) {
      this.level = Objects.requireNonNull(l, "level");
      return this;
    }

    /** Marks the objective committed (the default). */
    public Builder committed() {
      this.commitment = Commitment.COMMITTED;
      return this;
    }

    /** Marks the objective aspirational. */
    public Builder aspirational() {
      this.commitment = Commitment.ASPIRATIONAL;
      return this;
    }

    /** The weight among the owner's objectives; defaults to 1. */
    public Builder weight(double w) {
      this.weight = Args.positive(w, "objective '" + id + "' weight");
      return this;
    }

    /** Adds a key result. */
    public Builder keyResult(KeyResult keyResult) {
      keyResults.add(Objects.requireNonNull(keyResult, "keyResult"));
      return this;
    }

    /** Aligns to a parent objective as a whole, with roll-up weight 1. */
    public Builder alignsTo(String parentObjectiveId) {
      return alignsTo(Alignment.toObjective(parentObjectiveId));
    }

    /** Aligns to a key result of a parent objective, with roll-up weight 1. */
    public Builder alignsTo(String parentObjectiveId, String parentKeyResultId) {
      return alignsTo(Alignment.toKeyResult(parentObjectiveId, parentKeyResultId));
    }

    /** Aligns as given. */
    public Builder alignsTo(Alignment a) {
      this.alignment = Objects.requireNonNull(a, "alignment");
      return this;
    }

    /** Marks the objective archived. */
    public Builder archived() {
      this.archived = true;
      return this;
    }

    /**
     * The objective.
     *
     * @throws IllegalStateException if the owner or the period was not given
     * @throws IllegalArgumentException as the {@link Objective} constructor
     */
    public Objective build() {
      if (ownerId == null) {
        throw new IllegalStateException(
            "objective '" + id + "' has no owner: call owner(subjectId)");
      }
      if (period == null) {
        throw new IllegalStateException(
            "objective '" + id + "' has no period: call period(period)");
      }
      return new Objective(
          id, title, ownerId, period, level, commitment, weight, keyResults, alignment, archived);
    }
  }
}

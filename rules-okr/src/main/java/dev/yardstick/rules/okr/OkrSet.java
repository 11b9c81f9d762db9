package dev.yardstick.rules.okr;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The objectives of a company, validated as one alignment tree: owner scores, roll-ups up the tree,
 * the objectives that align to nothing, and the measurements that carry OKR scores into a
 * scorecard.
 *
 * <p><b>Validation</b> at construction, each failure an {@link IllegalArgumentException} naming the
 * objectives involved, checked in this order: objective ids are unique; every alignment resolves
 * (no dangling reference to a missing objective or key result); alignments form no cycle (the
 * message lists the cycle, {@code 'a' → 'b' → 'a'}); a parent is at the child's level or higher
 * (company → department → team → individual); a parent's period contains the child's (a yearly
 * company objective may have quarterly children).
 *
 * <p><b>Owner score</b>: the weighted mean of the scores of the owner's active objectives whose
 * period lies within the requested one, {@code Σ Wₒ·sₒ ÷ Σ Wₒ} with {@code Wₒ} the objectives'
 * weights. It uses each objective's own score, not its roll-up: a manager is scored on their own
 * key results, and their team's progress shows in {@link #rolledUp(String)}.
 *
 * <p><b>Roll-up</b>: see {@link #rolledUp(String)}.
 *
 * <pre>{@code
 * OkrSet okrs = OkrSet.of(companyGrowth, deptNewCategory, liNewCategory);
 * okrs.ownerScore("emp-17", Period.parse("2026-Q3"));   // 0.675
 * okrs.rolledUp("co-growth");                            // progress including aligned children
 * okrs.unaligned();                                      // below company level, aligned to nothing
 * Measurement m = okrs.measurement("emp-17", Okr.OKR_SCORE.id(), Period.parse("2026-Q3"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OkrSet {

  private final List<Objective> objectives;
  private final Overshoot overshoot;
  private final Map<String, Integer> index;
  // children that count in roll-ups: active, aligned to an active parent (and active key result)
  private final Map<String, List<Objective>> childrenOfObjective;
  private final Map<String, List<Objective>> childrenOfKeyResult;

  private OkrSet(Collection<Objective> objectives, Overshoot overshoot) {
    this.objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
    this.overshoot = Objects.requireNonNull(overshoot, "overshoot");
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < this.objectives.size(); i++) {
      if (byId.put(this.objectives.get(i).id(), i) != null) {
        throw new IllegalArgumentException(
            "objective id '" + this.objectives.get(i).id() + "' appears twice in the OKR set");
      }
    }
    this.index = Map.copyOf(byId);
    checkReferences();
    checkCycles();
    checkLevelsAndPeriods();
    Map<String, List<Objective>> direct = new HashMap<>();
    Map<String, List<Objective>> viaKeyResult = new HashMap<>();
    for (Objective child : this.objectives) {
      Alignment a = child.alignment();
      if (a != null && countsInRollUp(child)) {
        Map<String, List<Objective>> target = a.keyResultId() == null ? direct : viaKeyResult;
        target
            .computeIfAbsent(key(a.objectiveId(), a.keyResultId()), k -> new ArrayList<>())
            .add(child);
      }
    }
    this.childrenOfObjective = direct;
    this.childrenOfKeyResult = viaKeyResult;
  }

  /** A set of these objectives; progress is clamped to [0, 1] ({@link Overshoot#CLAMP}). */
  public static OkrSet of(Collection<Objective> objectives) {
    return new OkrSet(objectives, Overshoot.CLAMP);
  }

  /** A set of these objectives; progress is clamped to [0, 1] ({@link Overshoot#CLAMP}). */
  public static OkrSet of(Objective... objectives) {
    return of(Arrays.asList(objectives));
  }

  /** A set of these objectives, scored with the given overshoot policy. */
  public static OkrSet of(Collection<Objective> objectives, Overshoot overshoot) {
    return new OkrSet(objectives, overshoot);
  }

  /**
   * A copy with {@code objective} added, or replacing the objective of the same id (after a
   * check-in, for example), validated again.
   */
  public OkrSet with(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    List<Objective> copy = new ArrayList<>(objectives);
    Integer at = index.get(objective.id());
    if (at == null) {
      copy.add(objective);
    } else {
      copy.set(at, objective);
    }
    return new OkrSet(copy, overshoot);
  }

  // ---------------------------------------------------------------- validation

  private void checkReferences() {
    for (Objective child : objectives) {
      Alignment a = child.alignment();
      if (a == null) {
        continue;
      }
      Integer parent = index.get(a.objectiveId());
      if (parent == null) {
        throw new IllegalArgumentException(
            "objective '"
                + child.id()
                + "' aligns to objective '"
                + a.objectiveId()
                + "', which is not in the OKR set");
      }
      String kr = a.keyResultId();
      if (kr != null && objectives.get(parent).keyResult(kr).isEmpty()) {
        throw new IllegalArgumentException(
            "objective '"
                + child.id()
                + "' aligns to key result '"
                + kr
                + "' of objective '"
                + a.objectiveId()
                + "', which has no such key result");
      }
    }
  }

  private void checkCycles() {
    int n = objectives.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      Alignment a = objectives.get(i).alignment();
      parent[i] = a == null ? -1 : indexOf(a.objectiveId());
    }
    // each objective has at most one parent: follow the chain, marking the path
    byte[] state = new byte[n]; // 0 unseen, 1 on the current path, 2 known to reach a root
    for (int s = 0; s < n; s++) {
      List<Integer> path = new ArrayList<>();
      int v = s;
      while (v >= 0 && state[v] == 0) {
        state[v] = 1;
        path.add(v);
        v = parent[v];
      }
      if (v >= 0 && state[v] == 1) {
        List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(v), path.size()));
        // start at the member listed first in the set, so the message does not depend on where
        // the walk came in
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        StringBuilder sb = new StringBuilder("objectives align in a cycle: ");
        for (int member : cycle) {
          sb.append('\'').append(objectives.get(member).id()).append("' → ");
        }
        sb.append('\'').append(objectives.get(cycle.get(0)).id()).append('\'');
        throw new IllegalArgumentException(sb.toString());
      }
      for (int p : path) {
        state[p] = 2;
      }
    }
  }

  private void checkLevelsAndPeriods() {
    for (Objective child : objectives) {
      Alignment a = child.alignment();
      if (a == null) {
        continue;
      }
      Objective parent = objectives.get(indexOf(a.objectiveId()));
      if (parent.level().ordinal() > child.level().ordinal()) {
        throw new IllegalArgumentException(
            "objective '"
                + child.id()
                + "' ("
                + child.level()
                + ") cannot align to objective '"
                + parent.id()
                + "' ("
                + parent.level()
                + "): a parent must be at the same level"
                + " or a higher one");
      }
      if (!parent.period().contains(child.period())) {
        throw new IllegalArgumentException(
            "objective '"
                + child.id()
                + "' ("
                + child.period()
                + ") cannot align to objective '"
                + parent.id()
                + "' ("
                + parent.period()
                + "): the parent's period must contain"
                + " the child's");
      }
    }
  }

  private boolean countsInRollUp(Objective child) {
    Alignment a = child.alignment();
    if (child.archived() || a == null) {
      return false;
    }
    Objective parent = objectives.get(indexOf(a.objectiveId()));
    if (parent.archived()) {
      return false;
    }
    String kr = a.keyResultId();
    return kr == null || !parent.keyResult(kr).orElseThrow().archived();
  }

  /** The position of an objective known to be in the set: alignments resolve, checked first. */
  private int indexOf(String objectiveId) {
    return Objects.requireNonNull(index.get(objectiveId), objectiveId);
  }

  private static String key(String objectiveId, @Nullable String keyResultId) {
    return keyResultId == null ? objectiveId : objectiveId + '\u0000' + keyResultId;
  }

  // ---------------------------------------------------------------- queries

  /** The objectives, in the order given. */
  public List<Objective> objectives() {
    return objectives;
  }

  /** The overshoot policy of every score computed by this set. */
  public Overshoot overshoot() {
    return overshoot;
  }

  /** The objective with this id. */
  public Optional<Objective> objective(String id) {
    Integer i = index.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(objectives.get(i));
  }

  private Objective require(String id) {
    return objective(id)
        .orElseThrow(
            () -> new IllegalArgumentException("objective '" + id + "' is not in the OKR set"));
  }

  /**
   * The owner's active objectives whose period lies within {@code period}, in set order: for {@code
   * 2026-Q3}, the Q3 objectives; for {@code 2026}, the year's and every quarter's.
   */
  public List<Objective> objectivesOf(String ownerId, Period period) {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(period, "period");
    List<Objective> found = new ArrayList<>();
    for (Objective o : objectives) {
      if (!o.archived() && o.ownerId().equals(ownerId) && period.contains(o.period())) {
        found.add(o);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The owner's OKR score: the weighted mean of their active objectives' scores within {@code
   * period}.
   *
   * @throws InvalidInputException naming the owner when they have no active objective there
   */
  public double ownerScore(String ownerId, Period period) {
    return Dec.toDouble(ownerScoreDecimal(ownerId, period, null));
  }

  /**
   * The owner's OKR score over their committed or their aspirational objectives only.
   *
   * @throws InvalidInputException naming the owner when they have no such active objective
   */
  public double ownerScore(String ownerId, Period period, Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    return Dec.toDouble(ownerScoreDecimal(ownerId, period, commitment));
  }

  private BigDecimal ownerScoreDecimal(
      String ownerId, Period period, @Nullable Commitment commitment) {
    BigDecimal[] sums = weightedSums(objectivesOf(ownerId, period), commitment);
    if (sums[1].signum() == 0) {
      throw new InvalidInputException(
          ownerId,
          null,
          "objectives",
          "none",
          "are active for this owner within "
              + period
              + (commitment == null ? "" : " with commitment " + commitment));
    }
    return Dec.div(sums[0], sums[1]);
  }

  /** {Σ W·s, Σ W} over the objectives of the commitment (all when null). */
  private BigDecimal[] weightedSums(List<Objective> owned, @Nullable Commitment commitment) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Objective o : owned) {
      if (commitment == null || o.commitment() == commitment) {
        BigDecimal w = Dec.of(o.weight());
        weighted = weighted.add(w.multiply(o.scoreDecimal(overshoot)));
        weights = weights.add(w);
      }
    }
    return new BigDecimal[] {weighted, weights};
  }

  /**
   * The owner's OKR score as a measurement for a scorecard item scored by an OKR rule ({@link
   * Okr#committed()}, {@link Okr#aspirational()} or {@link Okr#blended()}).
   *
   * <p>The value is {@link #ownerScore(String, Period)}, to the 16 significant digits of {@link
   * Measurement#RATIO_PRECISION}. The measurement also carries the split by
   * commitment as named parts, which {@link Okr#blended()} scores: {@value
   * Okr#COMMITTED_WEIGHT_PART} and {@value Okr#ASPIRATIONAL_WEIGHT_PART} (each kind's share of the
   * objective weight, summing to 1), and {@value Okr#COMMITTED_PART} and {@value
   * Okr#ASPIRATIONAL_PART} (each kind's own score, present when its share is above 0).
   *
   * @param subjectId the owner, who is the evaluated subject
   * @param indicatorId the scorecard item's indicator, normally {@code Okr.OKR_SCORE.id()}
   * @param period the evaluation period
   * @throws InvalidInputException naming the subject and indicator when the owner has no active
   *     objective within the period
   */
  public Measurement measurement(String subjectId, String indicatorId, Period period) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    List<Objective> owned = objectivesOf(subjectId, period);
    BigDecimal[] all = weightedSums(owned, null);
    if (all[1].signum() == 0) {
      throw noObjectives(subjectId, indicatorId, period, null);
    }
    Measurement m = Measurement.of(subjectId, indicatorId, period, ratio(all[0], all[1]));
    BigDecimal[] committed = weightedSums(owned, Commitment.COMMITTED);
    BigDecimal[] aspirational = weightedSums(owned, Commitment.ASPIRATIONAL);
    m = m.withPart(Okr.COMMITTED_WEIGHT_PART, ratio(committed[1], all[1]));
    m = m.withPart(Okr.ASPIRATIONAL_WEIGHT_PART, ratio(aspirational[1], all[1]));
    if (committed[1].signum() > 0) {
      m = m.withPart(Okr.COMMITTED_PART, ratio(committed[0], committed[1]));
    }
    if (aspirational[1].signum() > 0) {
      m = m.withPart(Okr.ASPIRATIONAL_PART, ratio(aspirational[0], aspirational[1]));
    }
    return m;
  }

  /**
   * The owner's OKR score over one kind of objective as a measurement, for a scorecard with
   * separate items for committed and aspirational OKRs ({@link Okr#COMMITTED_OKR_SCORE}, {@link
   * Okr#ASPIRATIONAL_OKR_SCORE}).
   *
   * @throws InvalidInputException naming the subject and indicator when the owner has no such
   *     active objective within the period
   */
  public Measurement measurement(
      String subjectId, String indicatorId, Period period, Commitment commitment) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(commitment, "commitment");
    BigDecimal[] sums = weightedSums(objectivesOf(subjectId, period), commitment);
    if (sums[1].signum() == 0) {
      throw noObjectives(subjectId, indicatorId, period, commitment);
    }
    return Measurement.of(subjectId, indicatorId, period, ratio(sums[0], sums[1]));
  }

  /** A measured ratio, to the precision core gives ratio measurements (16 digits). */
  private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, Measurement.RATIO_PRECISION);
  }

  private static InvalidInputException noObjectives(
      String subjectId, String indicatorId, Period period, @Nullable Commitment commitment) {
    return new InvalidInputException(
        subjectId,
        indicatorId,
        "objectives",
        "none",
        "are active for this owner within "
            + period
            + (commitment == null ? "" : " with commitment " + commitment));
  }

  // ---------------------------------------------------------------- alignment

  /**
   * The active objectives that count towards {@code objectiveId}'s roll-up, directly or through one
   * of its key results, in set order.
   */
  public List<Objective> children(String objectiveId) {
    require(objectiveId);
    List<Objective> found = new ArrayList<>();
    for (Objective o : objectives) {
      Alignment a = o.alignment();
      if (a != null && a.objectiveId().equals(objectiveId) && countsInRollUp(o)) {
        found.add(o);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The active objectives below company level that align to nothing that counts: to no parent, or
   * to an archived objective or key result. Company objectives are the top of the tree and are
   * never listed. In set order.
   */
  public List<Objective> unaligned() {
    List<Objective> found = new ArrayList<>();
    for (Objective o : objectives) {
      if (!o.archived() && o.level() != OkrLevel.COMPANY && !countsInRollUp(o)) {
        found.add(o);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The progress of an objective rolled up from its own key results and the objectives aligned to
   * it.
   *
   * <p>Every node of the tree, objective or key result, blends its own part, which weighs 1, with
   * the roll-ups {@code R(c)} of the children aligned to it, each weighing its {@linkplain
   * Alignment#weight() alignment weight} {@code a_c}:
   *
   * <pre>
   * R(k)   = (pₖ + Σ a_c·R(c)) ÷ (1 + Σ a_c)       key result k; c over the children aligned to k
   * own(O) = Σ wₖ·R(k) ÷ Σ wₖ                     over O's active key results, as in its score
   * R(O)   = (own(O) + Σ a_c·R(c)) ÷ (1 + Σ a_c)   c over the children aligned to O as a whole
   * </pre>
   *
   * <p>So an objective with nothing aligned to it rolls up to its own score, and a child aligned
   * with weight 1 counts as much as the parent's own key results together (or as the key result it
   * aligns to). An objective whose key results are all archived rolls up to the weighted mean of
   * its children. Archived objectives, and children aligned to an archived objective or key result,
   * are left out (the latter appear in {@link #unaligned()}). Progress is that of the set's
   * overshoot policy.
   *
   * <p>Example: company objective C has key results k1 (weight 1, progress 0.5) and k2 (weight 1,
   * progress 0.8); department objective D (score 0.2) aligns to k1, team objective T (score 0.6) to
   * C. Then {@code R(k1) = (0.5 + 0.2) ÷ 2 = 0.35}, {@code own(C) = (0.35 + 0.8) ÷ 2 = 0.575} and
   * {@code R(C) = (0.575 + 0.6) ÷ 2 = 0.5875}.
   *
   * @throws IllegalArgumentException if the objective is not in the set or is archived
   * @throws IllegalStateException naming the objective when a node has neither an active key result
   *     nor a child to roll up
   */
  public double rolledUp(String objectiveId) {
    Objective o = require(objectiveId);
    if (o.archived()) {
      throw new IllegalArgumentException(
          "objective '" + objectiveId + "' is archived and has no roll-up");
    }
    // every active objective has a roll-up
    return Objects.requireNonNull(rollUp().get(objectiveId), objectiveId);
  }

  /** The roll-up of every active objective, by id in set order; see {@link #rolledUp(String)}. */
  public Map<String, Double> rollUp() {
    // children sit deeper than their parents: compute deepest first, so every child is ready
    Map<String, Integer> depth = new HashMap<>();
    List<Objective> active = new ArrayList<>();
    for (Objective o : objectives) {
      if (!o.archived()) {
        active.add(o);
        depth.put(o.id(), depthOf(o));
      }
    }
    List<Objective> order = new ArrayList<>(active);
    order.sort(Comparator.comparing((Objective o) -> depth.get(o.id())).reversed());
    Map<String, BigDecimal> done = new HashMap<>();
    for (Objective o : order) {
      done.put(o.id(), rollUpOne(o, done));
    }
    Map<String, Double> result = new LinkedHashMap<>();
    for (Objective o : active) {
      result.put(o.id(), Dec.toDouble(Objects.requireNonNull(done.get(o.id()), o.id())));
    }
    return Collections.unmodifiableMap(result);
  }

  private int depthOf(Objective o) {
    int d = 0;
    Objective at = o;
    while (countsInRollUp(at)) {
      at = objectives.get(indexOf(Objects.requireNonNull(at.alignment()).objectiveId()));
      d++;
    }
    return d;
  }

  private BigDecimal rollUpOne(Objective o, Map<String, BigDecimal> done) {
    BigDecimal ownWeighted = BigDecimal.ZERO;
    BigDecimal ownWeights = BigDecimal.ZERO;
    for (KeyResult kr : o.activeKeyResults()) {
      BigDecimal p = kr.progressDecimal(overshoot);
      List<Objective> krChildren = childrenOfKeyResult.get(key(o.id(), kr.id()));
      if (krChildren != null) {
        BigDecimal[] c = childSums(krChildren, done);
        p = Dec.div(p.add(c[0]), BigDecimal.ONE.add(c[1]));
      }
      BigDecimal w = Dec.of(kr.weight());
      ownWeighted = ownWeighted.add(w.multiply(p));
      ownWeights = ownWeights.add(w);
    }
    List<Objective> direct = childrenOfObjective.getOrDefault(o.id(), List.of());
    BigDecimal[] c = childSums(direct, done);
    if (ownWeights.signum() == 0) {
      if (direct.isEmpty()) {
        throw new IllegalStateException(
            "objective '"
                + o.id()
                + "' has no active key result and no aligned objective to"
                + " roll up");
      }
      return Dec.div(c[0], c[1]);
    }
    BigDecimal own = Dec.div(ownWeighted, ownWeights);
    return Dec.div(own.add(c[0]), BigDecimal.ONE.add(c[1]));
  }

  /** {Σ a·R(c), Σ a}. */
  private static BigDecimal[] childSums(List<Objective> children, Map<String, BigDecimal> done) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Objective child : children) {
      BigDecimal a = Dec.of(Objects.requireNonNull(child.alignment()).weight());
      weighted = weighted.add(a.multiply(done.get(child.id())));
      weights = weights.add(a);
    }
    return new BigDecimal[] {weighted, weights};
  }

  @Override
  public String toString() {
    return "OkrSet[" + objectives.size() + " objectives, " + overshoot + "]";
  }
}

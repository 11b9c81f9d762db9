package dev.yardstick.review.calibration;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Numbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Calibrates a population's grades against a {@link Quota}: ranks people by total, proposes the
 * grading that fits the quota while changing as few natural grades as possible, and returns a
 * {@link CalibrationResult} to which managers add audited overrides.
 *
 * <p><b>Ranking.</b> Total descending, then tie key ascending (the subject id unless the caller
 * chose another, see {@link Candidate#tieKey()}), then subject id.
 *
 * <p><b>Proposal.</b> Each person's natural grade is the scale's grade of their total; natural
 * grades fall monotonically down the ranking. Groups are filled best first, walking down the
 * ranking: a group takes the people whose natural grade is in it or better, clamped to what its
 * bound allows ({@link QuotaBound#EXACTLY} takes exactly the allocated count, {@link
 * QuotaBound#AT_MOST} at most, {@link QuotaBound#AT_LEAST} at least) and to what the later groups
 * still need. With exact bounds this is plain forced ranking; with "at most / at least" bounds
 * nobody moves unless a bound requires it. A person placed in a group keeps their natural grade if
 * the group holds it; otherwise they get the group's grade nearest to it (its lowest grade when
 * promoted into the group, its highest when moved down).
 *
 * <p><b>Guard rails.</b> The quota's {@link GuardRails} limit how far the proposal may move a
 * person from their natural grade (one step up and one down by default) and may set a floor below
 * which nobody is lifted. Filling a group stops where the rails stop: nobody is taken into a group
 * the rails do not allow them in, nobody is pushed out of the last group the rails allow. The
 * people concerned keep the nearest grade the rails allow, the quota stays broken and the result
 * says so ({@link CalibrationResult#violations()} names them, {@link CalibrationResult#held()}
 * gives each one's reason). {@link GuardRails#NONE} gives plain forced ranking.
 *
 * <p><b>Ties.</b> When a group's cut falls between people with equal totals, all of them share
 * the better group if its bound still holds with them; otherwise the tie key decides who stays,
 * and the split is recorded ({@link CalibrationResult#tieSplits()}).
 *
 * <pre>{@code
 * Calibration calibration = Calibration.of(GradeScale.defaultScale(), quota);
 * CalibrationResult proposal = calibration.calibrateEvaluations(teamEvaluations);
 * CalibrationResult result = proposal.withOverride(new GradeOverride("emp-4", scale.require("A"),
 *     "Wang Fang (HRBP)", Instant.parse("2026-10-12T09:30:00Z"), "led the Double 11 launch"));
 * result.violations();   // quota violations after the overrides
 * result.changes();      // every change: by the quota and by people
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Calibration {

  private static final Comparator<Candidate> RANKING =
      Comparator.comparing(Candidate::total)
          .reversed()
          .thenComparing(Candidate::tieKey)
          .thenComparing(Candidate::subjectId);

  private final GradeScale scale;
  private final Quota quota;

  private Calibration(GradeScale scale, Quota quota) {
    this.scale = scale;
    this.quota = quota;
  }

  /**
   * A calibration of grades on {@code scale} against {@code quota}.
   *
   * @throws IllegalArgumentException if the quota does not fit the scale (see {@link
   *     Quota#checkAgainst(GradeScale)})
   */
  public static Calibration of(GradeScale scale, Quota quota) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(quota, "quota");
    quota.checkAgainst(scale);
    return new Calibration(scale, quota);
  }

  /** The scale. */
  public GradeScale scale() {
    return scale;
  }

  /** The quota. */
  public Quota quota() {
    return quota;
  }

  /** Calibrates the evaluations' subjects by their rounded totals. */
  public CalibrationResult calibrateEvaluations(Collection<Evaluation> evaluations) {
    Objects.requireNonNull(evaluations, "evaluations");
    List<Candidate> candidates = new ArrayList<>(evaluations.size());
    for (Evaluation e : evaluations) {
      candidates.add(Candidate.of(e));
    }
    return calibrate(candidates);
  }

  /**
   * Ranks the population and proposes the grading that fits the quota.
   *
   * @throws IllegalArgumentException if a subject appears twice or a total is outside the scale
   */
  public CalibrationResult calibrate(Collection<Candidate> population) {
    Objects.requireNonNull(population, "population");
    List<Candidate> ranked = new ArrayList<>(population);
    Set<String> ids = new HashSet<>();
    for (Candidate c : ranked) {
      Objects.requireNonNull(c, "candidate");
      if (!ids.add(c.subjectId())) {
        throw new IllegalArgumentException(
            "subject '" + c.subjectId() + "' appears twice in the population");
      }
    }
    ranked.sort(RANKING);
    int n = ranked.size();
    List<GroupAllocation> allocation = quota.allocate(n);
    List<QuotaGroup> groups = quota.groups();
    int groupCount = groups.size();
    GuardRails rails = quota.guardRails();
    String floorCode = rails.floor();
    int floorRank = floorCode == null ? Integer.MAX_VALUE : scale.rank(scale.require(floorCode));
    List<Grade> bestFirst = scale.grades();

    Grade[] natural = new Grade[n];
    int[] naturalGroup = new int[n];
    int[] anyGroup = new int[n];
    int[] lastGroup = new int[n];
    int[] bestGroup = new int[n];
    int[] worstGroup = new int[n];
    for (int i = 0; i < n; i++) {
      Candidate c = ranked.get(i);
      try {
        natural[i] = scale.grade(c.total());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("subject '" + c.subjectId() + "': " + e.getMessage(), e);
      }
      naturalGroup[i] = quota.groupIndexOf(natural[i].code());
      lastGroup[i] = groupCount - 1;
      int r = scale.rank(natural[i]);
      int highest = r > floorRank ? r : (int) Math.max(0L, (long) r - rails.maxStepsUp());
      int lowest = (int) Math.min(bestFirst.size() - 1L, (long) r + rails.maxStepsDown());
      bestGroup[i] = quota.groupIndexOf(bestFirst.get(highest).code());
      worstGroup[i] = quota.groupIndexOf(bestFirst.get(lowest).code());
    }

    // what the quota alone wants, then what it gets within the guard rails
    int[] wanted =
        fill(ranked, naturalGroup, allocation, anyGroup, lastGroup, new ArrayList<>(), new HashSet<>());
    List<TieSplit> splits = new ArrayList<>();
    Set<String> splitIds = new HashSet<>();
    int[] groupOf = fill(ranked, naturalGroup, allocation, bestGroup, worstGroup, splits, splitIds);

    List<CalibrationEntry> entries = new ArrayList<>(n);
    List<GradeChange> changes = new ArrayList<>();
    List<GuardRailHold> held = new ArrayList<>();
    int rank = 1;
    for (int i = 0; i < n; i++) {
      Candidate c = ranked.get(i);
      if (i > 0 && !c.total().equals(ranked.get(i - 1).total())) {
        rank = i + 1;
      }
      Grade proposed = placeInGroup(natural[i], groups.get(groupOf[i]));
      entries.add(new CalibrationEntry(i + 1, rank, c, natural[i], proposed, proposed));
      if (!proposed.equals(natural[i])) {
        changes.add(
            new GradeChange(
                c.subjectId(),
                natural[i],
                proposed,
                GradeChange.Source.CALIBRATION,
                "calibration",
                null,
                reason(i + 1, n, c, allocation.get(groupOf[i]), natural[i],
                    groups.get(naturalGroup[i]).name(), splitIds.contains(c.subjectId()))));
      }
      Grade quotaGrade = placeInGroup(natural[i], groups.get(wanted[i]));
      if (!quotaGrade.equals(proposed)) {
        held.add(
            new GuardRailHold(c.subjectId(), natural[i], quotaGrade, proposed,
                holdReason(natural[i], quotaGrade, proposed, groups.get(groupOf[i]), rails)));
      }
    }
    return new CalibrationResult(
        scale, quota, allocation, entries, splits, List.of(), changes, held);
  }

  /**
   * Fills the groups best first down the ranking (see the class documentation); person {@code i}
   * may only be placed in groups {@code best[i]} to {@code worst[i]}. Returns each person's group.
   */
  private int[] fill(
      List<Candidate> ranked,
      int[] naturalGroup,
      List<GroupAllocation> allocation,
      int[] best,
      int[] worst,
      List<TieSplit> splits,
      Set<String> splitIds) {
    List<QuotaGroup> groups = quota.groups();
    int n = ranked.size();
    int groupCount = groups.size();
    long[] lo = new long[groupCount];
    long[] hi = new long[groupCount];
    for (int g = 0; g < groupCount; g++) {
      int count = allocation.get(g).count();
      QuotaBound bound = groups.get(g).bound();
      lo[g] = bound == QuotaBound.AT_MOST ? 0 : count;
      hi[g] = bound == QuotaBound.AT_LEAST ? n : count;
    }
    int[] groupOf = new int[n];
    int p = 0;
    for (int g = 0; g < groupCount; g++) {
      long laterLo = 0;
      long laterHi = 0;
      for (int h = g + 1; h < groupCount; h++) {
        laterLo += lo[h];
        laterHi += hi[h];
      }
      int rest = n - p;
      long lower = Math.max(lo[g], rest - laterHi);
      long upper = Math.min(hi[g], rest - laterLo);
      int naturalCount = 0;
      while (p + naturalCount < n && naturalGroup[p + naturalCount] <= g) {
        naturalCount++;
      }
      // the guard rails: who must stay in this group or better, who may come up into it
      int mustTake = 0;
      while (p + mustTake < n && worst[p + mustTake] <= g) {
        mustTake++;
      }
      int mayTake = 0;
      while (p + mayTake < n && best[p + mayTake] <= g) {
        mayTake++;
      }
      long quotaTake = Math.max(lower, Math.min(upper, naturalCount));
      int take = (int) Math.max(mustTake, Math.min(mayTake, quotaTake));
      int cut = p + take;
      if (take > 0 && cut < n && ranked.get(cut - 1).total().equals(ranked.get(cut).total())) {
        int end = cut;
        while (end < n && ranked.get(end).total().equals(ranked.get(cut - 1).total())) {
          end++;
        }
        if (end - p <= upper) {
          take = end - p;
        } else {
          int start = cut - 1;
          while (start > p && ranked.get(start - 1).total().equals(ranked.get(cut).total())) {
            start--;
          }
          List<String> kept = ids(ranked, start, cut);
          List<String> moved = ids(ranked, cut, end);
          splits.add(new TieSplit(ranked.get(cut).total(), groups.get(g).name(), kept, moved));
          splitIds.addAll(kept);
          splitIds.addAll(moved);
        }
      }
      for (int i = p; i < p + take; i++) {
        groupOf[i] = g;
      }
      p += take;
    }
    return groupOf;
  }

  /** Why the guard rails left a person at {@code proposed} rather than the quota's grade. */
  private String holdReason(
      Grade natural, Grade quotaGrade, Grade proposed, QuotaGroup placed, GuardRails rails) {
    int r = scale.rank(natural);
    int q = scale.rank(quotaGrade);
    String floor = rails.floor();
    String wanted =
        q == r
            ? "the quota wanted to keep " + natural.code()
            : "the quota wanted " + natural.code() + " → " + quotaGrade.code();
    String why;
    if (q < r && floor != null && r > scale.rank(scale.require(floor))) {
      why = "; " + natural.code() + " is below the floor " + floor + ", nobody below it is lifted";
    } else if (r - q > rails.maxStepsUp()) {
      why = ", " + (r - q) + " steps up; the guard rails allow at most " + rails.maxStepsUp();
    } else if (q - r > rails.maxStepsDown()) {
      why = ", " + (q - r) + " steps down; the guard rails allow at most " + rails.maxStepsDown();
    } else {
      why = "; the guard rails held others, so the ranking placed this person in group '"
          + placed.name() + "'";
    }
    return wanted + why + ": proposed " + proposed.code();
  }

  /**
   * The distribution of any grading (for example last year's, or one typed in by a manager)
   * against the quota.
   *
   * @throws IllegalArgumentException if a grade is not on the scale
   */
  public Distribution distribution(Collection<Grade> grades) {
    Objects.requireNonNull(grades, "grades");
    return distribution(scale, quota, quota.allocate(grades.size()), grades);
  }

  static Distribution distribution(
      GradeScale scale, Quota quota, List<GroupAllocation> allocation, Collection<Grade> grades) {
    Map<String, Integer> byGrade = new LinkedHashMap<>();
    for (Grade g : scale.grades()) {
      byGrade.put(g.code(), 0);
    }
    int[] byGroup = new int[quota.groups().size()];
    for (Grade g : grades) {
      if (!scale.contains(g)) {
        throw new IllegalArgumentException(
            "grade '" + g.code() + "' is not on the scale " + scale.codes());
      }
      byGrade.merge(g.code(), 1, Integer::sum);
      byGroup[quota.groupIndexOf(g.code())]++;
    }
    List<GroupTally> tallies = new ArrayList<>();
    for (int i = 0; i < byGroup.length; i++) {
      tallies.add(new GroupTally(allocation.get(i), byGroup[i]));
    }
    return new Distribution(byGrade, tallies);
  }

  private Grade placeInGroup(Grade natural, QuotaGroup group) {
    if (group.grades().contains(natural.code())) {
      return natural;
    }
    @Nullable Grade best = null;
    @Nullable Grade worst = null;
    for (String code : group.grades()) {
      Grade g = scale.require(code);
      if (best == null || scale.rank(g) < scale.rank(best)) {
        best = g;
      }
      if (worst == null || scale.rank(g) > scale.rank(worst)) {
        worst = g;
      }
    }
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(worst, "worst");
    return scale.rank(natural) < scale.rank(best) ? best : worst;
  }

  private static String reason(
      int position,
      int n,
      Candidate c,
      GroupAllocation placed,
      Grade natural,
      String naturalGroup,
      boolean tieSplit) {
    QuotaGroup group = placed.group();
    return "position " + position + " of " + n + " (total " + Numbers.plain(c.total())
        + ") is placed in quota group '" + group.name() + "' (" + group.bound().text() + " "
        + placed.count() + ": " + Numbers.plain(group.percent()) + "% of " + n + " = "
        + Numbers.plain(placed.exactShare()) + ", largest remainder); natural grade "
        + natural.code() + " is in group '" + naturalGroup + "'"
        + (tieSplit ? "; equal totals split by tie key" : "");
  }

  private static List<String> ids(List<Candidate> ranked, int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add(ranked.get(i).subjectId());
    }
    return ids;
  }
}

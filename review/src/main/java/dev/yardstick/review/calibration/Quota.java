package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A forced distribution (强制分布): shares of the population for groups of grades, declared best
 * group first, for example the 20 / 70 / 10 "vitality curve" popularised by GE (Welch, <i>Jack:
 * Straight from the Gut</i>, 2001).
 *
 * <p><b>Rounding for small teams.</b> Shares become head counts by the <em>largest-remainder
 * method</em> (Hamilton / Hare–Niemeyer; see <a
 * href="https://en.wikipedia.org/wiki/Largest_remainders_method">Largest remainders method</a>):
 * each group gets the whole part of {@code population × percent ÷ 100}; the seats left over go one
 * each to the groups with the largest fractional remainders. The counts always sum to the
 * population. Equal remainders go to the group declared first (the better group), so a tie favours
 * the employees. Example, 20 / 70 / 10 of 7 people: exact shares 1.4 / 4.9 / 0.7, whole parts 1 /
 * 4 / 0 (5 people), the 2 left over go to remainders .9 and .7: counts <b>1 / 5 / 1</b>.
 *
 * <pre>{@code
 * Quota quota = Quota.builder()
 *     .group("top", 20, "S", "A")
 *     .group("middle", 70, "B")
 *     .group("bottom", 10, "C", "D")
 *     .build();
 * quota.allocate(7);        // top 1, middle 5, bottom 1
 * }</pre>
 *
 * <p><b>Guard rails.</b> A quota moves nobody more than one grade up or down unless it is built
 * with other {@link GuardRails} (a most number of steps either way and a floor below which nobody
 * is lifted); what the rails prevent is reported as a violation, never forced.
 *
 * <p>Immutable and thread-safe.
 */
public final class Quota {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<QuotaGroup> groups;
  private final Map<String, Integer> groupOfGrade;
  private final GuardRails guardRails;

  private Quota(List<QuotaGroup> groups, GuardRails guardRails) {
    this.groups = List.copyOf(groups);
    this.guardRails = Objects.requireNonNull(guardRails, "guardRails");
    if (this.groups.isEmpty()) {
      throw new IllegalArgumentException("quota has no groups");
    }
    BigDecimal sum = BigDecimal.ZERO;
    Set<String> names = new HashSet<>();
    Map<String, Integer> index = new HashMap<>();
    for (int g = 0; g < this.groups.size(); g++) {
      QuotaGroup group = Objects.requireNonNull(this.groups.get(g), "group");
      if (!names.add(group.name())) {
        throw new IllegalArgumentException("quota has group '" + group.name() + "' twice");
      }
      for (String code : group.grades()) {
        Integer previous = index.put(code, g);
        if (previous != null) {
          throw new IllegalArgumentException(
              "grade '" + code + "' is in quota groups '" + this.groups.get(previous).name()
                  + "' and '" + group.name() + "'");
        }
      }
      sum = sum.add(group.percent());
    }
    if (sum.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException(
          "quota percents must sum to 100, got " + Numbers.plain(sum));
    }
    this.groupOfGrade = Map.copyOf(index);
  }

  /** A quota of these groups, best group first, with the {@link GuardRails#DEFAULT} guard rails. */
  public static Quota of(List<QuotaGroup> groups) {
    return new Quota(groups, GuardRails.DEFAULT);
  }

  /**
   * A quota of these groups, best group first, with these guard rails.
   *
   * <pre>{@code
   * Quota.of(groups, GuardRails.steps(1, 2).withFloor("C"));
   * }</pre>
   */
  public static Quota of(List<QuotaGroup> groups, GuardRails guardRails) {
    return new Quota(groups, guardRails);
  }

  /** Starts a quota; declare the groups best first. */
  public static Builder builder() {
    return new Builder();
  }

  /** The groups, best first. */
  public List<QuotaGroup> groups() {
    return groups;
  }

  /**
   * How far the quota may move a grade: {@link GuardRails#DEFAULT} (one step either way) unless
   * the quota was built with others.
   */
  public GuardRails guardRails() {
    return guardRails;
  }

  /**
   * This quota with other guard rails.
   *
   * <pre>{@code
   * Quota forced = quota.withGuardRails(GuardRails.NONE);   // plain forced ranking
   * }</pre>
   */
  public Quota withGuardRails(GuardRails rails) {
    return new Quota(groups, rails);
  }

  /** The position of the group holding a grade code, or -1. */
  public int groupIndexOf(String gradeCode) {
    Integer g = groupOfGrade.get(Objects.requireNonNull(gradeCode, "gradeCode"));
    return g == null ? -1 : g;
  }

  /**
   * Checks that the quota fits a scale: every grade of the scale is in exactly one group, every
   * code of the quota is on the scale, each group's grades are all better than the next
   * group's, and the guard rails' floor is on the scale.
   *
   * @throws IllegalArgumentException naming the grade or groups at fault
   */
  public void checkAgainst(GradeScale scale) {
    Objects.requireNonNull(scale, "scale");
    for (Grade grade : scale.grades()) {
      if (!groupOfGrade.containsKey(grade.code())) {
        throw new IllegalArgumentException(
            "grade '" + grade.code() + "' of the scale is in no quota group " + groupNames());
      }
    }
    int previousWorst = -1;
    String previousName = "";
    for (QuotaGroup group : groups) {
      int best = Integer.MAX_VALUE;
      int worst = -1;
      for (String code : group.grades()) {
        if (scale.find(code).isEmpty()) {
          throw new IllegalArgumentException(
              "quota group '" + group.name() + "' has grade '" + code + "', which is not on the"
                  + " scale " + scale.codes());
        }
        int rank = scale.rank(scale.require(code));
        best = Math.min(best, rank);
        worst = Math.max(worst, rank);
      }
      if (best < previousWorst) {
        throw new IllegalArgumentException(
            "quota group '" + group.name() + "' has a grade better than a grade of the group"
                + " before it, '" + previousName + "': declare groups best first");
      }
      previousWorst = worst;
      previousName = group.name();
    }
    String floor = guardRails.floor();
    if (floor != null && scale.find(floor).isEmpty()) {
      throw new IllegalArgumentException(
          "guard rails' floor grade '" + floor + "' is not on the scale " + scale.codes());
    }
  }

  /**
   * The head count of each group for a population, by the largest-remainder method (see the class
   * documentation); the counts sum to {@code population}.
   */
  public List<GroupAllocation> allocate(int population) {
    Args.atLeast(population, 0, "population");
    int n = groups.size();
    BigDecimal size = BigDecimal.valueOf(population);
    BigDecimal[] exact = new BigDecimal[n];
    int[] floors = new int[n];
    BigDecimal[] remainders = new BigDecimal[n];
    int allocated = 0;
    for (int g = 0; g < n; g++) {
      exact[g] = size.multiply(groups.get(g).percent()).divide(HUNDRED);
      floors[g] = exact[g].setScale(0, RoundingMode.FLOOR).intValueExact();
      remainders[g] = exact[g].subtract(BigDecimal.valueOf(floors[g]));
      allocated += floors[g];
    }
    Integer[] order = new Integer[n];
    for (int g = 0; g < n; g++) {
      order[g] = g;
    }
    Arrays.sort(
        order,
        Comparator.<Integer, BigDecimal>comparing(g -> remainders[g])
            .reversed()
            .thenComparing(g -> g));
    int[] counts = floors.clone();
    for (int k = 0; k < population - allocated; k++) {
      counts[order[k]]++;
    }
    List<GroupAllocation> result = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      result.add(
          new GroupAllocation(
              groups.get(g),
              Numbers.normalise(exact[g]),
              floors[g],
              Numbers.normalise(remainders[g]),
              counts[g]));
    }
    return List.copyOf(result);
  }

  private List<String> groupNames() {
    List<String> names = new ArrayList<>();
    for (QuotaGroup group : groups) {
      names.add(group.name());
    }
    return names;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quota
        && ((Quota) o).groups.equals(groups)
        && ((Quota) o).guardRails.equals(guardRails);
  }

  @Override
  public int hashCode() {
    return groups.hashCode() * 31 + guardRails.hashCode();
  }

  @Override
  public String toString() {
    return "Quota" + groups + ", guard rails " + guardRails;
  }

  /** Declares the groups best first. Not thread-safe. */
  public static final class Builder {
    private final List<QuotaGroup> groups = new ArrayList<>();
    private GuardRails guardRails = GuardRails.DEFAULT;

    private Builder() {}

    /**
     * The guard rails; {@link GuardRails#DEFAULT} (one step either way, no floor) unless set.
     *
     * <pre>{@code
     * Quota.builder().group("top", 20, "S", "A").group("middle", 70, "B")
     *     .group("bottom", 10, "C", "D").guardRails(GuardRails.DEFAULT.withFloor("C")).build();
     * }</pre>
     */
    public Builder guardRails(GuardRails rails) {
      this.guardRails = Objects.requireNonNull(rails, "rails");
      return this;
    }

    /** A group whose allocated count binds exactly (forced ranking). */
    public Builder group(String name, double percent, String... gradeCodes) {
      return group(name, percent, QuotaBound.EXACTLY, gradeCodes);
    }

    /** A group that may hold at most its allocated count. */
    public Builder atMost(String name, double percent, String... gradeCodes) {
      return group(name, percent, QuotaBound.AT_MOST, gradeCodes);
    }

    /** A group that must hold at least its allocated count. */
    public Builder atLeast(String name, double percent, String... gradeCodes) {
      return group(name, percent, QuotaBound.AT_LEAST, gradeCodes);
    }

    /** A group with an explicit bound. */
    public Builder group(String name, double percent, QuotaBound bound, String... gradeCodes) {
      groups.add(
          new QuotaGroup(
              name,
              List.of(gradeCodes),
              Args.decimal(percent, "quota group '" + name + "' percent"),
              bound));
      return this;
    }

    /**
     * Builds the quota.
     *
     * @throws IllegalArgumentException if percents do not sum to 100, or a name or grade repeats
     */
    public Quota build() {
      return new Quota(groups, guardRails);
    }
  }
}

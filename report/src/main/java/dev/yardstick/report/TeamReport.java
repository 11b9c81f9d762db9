package dev.yardstick.report;

import dev.yardstick.report.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One team's grade distribution against the quota (forced distribution after calibration).
 *
 * <pre>{@code
 * TeamReport tmall = TeamReport.of("team-tmall", "Tmall store",
 *     List.of("S", "A", "B", "C"),                    // the order of the bars
 *     Map.of("S", 1, "A", 3, "B", 6, "C", 2),          // grade → people
 *     Map.of("S", 1.2, "A", 2.4, "B", 6.0, "C", 2.4)); // grade → expected by the quota
 * }</pre>
 *
 * @param teamId the team's id, shown in data attributes and matched by {@link PersonReport#teamId()}
 * @param name the team's display name
 * @param grades one entry per grade, in the order to show; no grade twice
 */
public record TeamReport(String teamId, String name, List<GradeCount> grades) {

  /** Validates and copies. */
  public TeamReport {
    Args.text(teamId, "team teamId");
    Args.text(name, "team '" + teamId + "' name");
    grades = List.copyOf(grades);
    Set<String> seen = new HashSet<>();
    for (GradeCount grade : grades) {
      if (!seen.add(grade.grade())) {
        throw new IllegalArgumentException(
            "team '" + teamId + "' has grade '" + grade.grade() + "' twice");
      }
    }
  }

  /**
   * A team's distribution from two maps, in the order of {@code gradeOrder}; a grade missing from
   * a map counts 0. The order is explicit because grades such as S, A, B, C do not sort, and maps
   * like {@code Map.of} iterate differently from one run to the next.
   *
   * @param gradeOrder every grade, in the order of the bars
   * @param counts grade → number of people
   * @param quota grade → number of people the quota expects
   * @throws IllegalArgumentException if a map has a grade that is not in {@code gradeOrder}
   */
  public static TeamReport of(
      String teamId,
      String name,
      List<String> gradeOrder,
      Map<String, Integer> counts,
      Map<String, ? extends Number> quota) {
    Objects.requireNonNull(gradeOrder, "gradeOrder");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(quota, "quota");
    Set<String> order = new LinkedHashSet<>(gradeOrder);
    for (String grade : counts.keySet()) {
      if (!order.contains(grade)) {
        throw new IllegalArgumentException(
            "team '" + teamId + "' counts has grade '" + grade + "', which is not in gradeOrder "
                + gradeOrder);
      }
    }
    for (String grade : quota.keySet()) {
      if (!order.contains(grade)) {
        throw new IllegalArgumentException(
            "team '" + teamId + "' quota has grade '" + grade + "', which is not in gradeOrder "
                + gradeOrder);
      }
    }
    List<GradeCount> grades = new ArrayList<>(order.size());
    for (String grade : gradeOrder) {
      Integer count = counts.get(grade);
      Number expected = quota.get(grade);
      grades.add(
          new GradeCount(
              grade, count == null ? 0 : count, expected == null ? 0 : expected.doubleValue()));
    }
    return new TeamReport(teamId, name, grades);
  }

  /** The number of people graded. */
  public int headcount() {
    int sum = 0;
    for (GradeCount grade : grades) {
      sum += grade.count();
    }
    return sum;
  }
}

package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The quota of a team's members chosen by the team's own grade (个人绩效与团队绩效相挂钩): a strong
 * team may give more top grades, a weak one fewer.
 *
 * <pre>{@code
 * TeamQuotas table = TeamQuotas.builder()
 *     .when("S", Quota.builder().group("top", 30, "S", "A").group("middle", 60, "B")
 *         .group("bottom", 10, "C", "D").build())
 *     .otherwise(Quota.builder().group("top", 20, "S", "A").group("middle", 70, "B")
 *         .group("bottom", 10, "C", "D").build())
 *     .build();
 * Calibration.of(scale, table.quotaFor(teamScale.grade(teamEvaluation)));
 * }</pre>
 *
 * @param byTeamGrade quotas by the code of the team's grade
 * @param otherwise the quota of teams whose grade is not in {@code byTeamGrade}
 */
public record TeamQuotas(Map<String, Quota> byTeamGrade, Quota otherwise) {

  /** Validates and copies (keeping the order). */
  public TeamQuotas {
    Objects.requireNonNull(byTeamGrade, "byTeamGrade");
    Map<String, Quota> copy = new LinkedHashMap<>();
    byTeamGrade.forEach(
        (code, quota) -> {
          Args.text(code, "team grade code");
          copy.put(code, Objects.requireNonNull(quota, "quota of team grade '" + code + "'"));
        });
    byTeamGrade = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(otherwise, "otherwise");
  }

  /** Starts a table. */
  public static Builder builder() {
    return new Builder();
  }

  /** The quota for a team with this grade. */
  public Quota quotaFor(Grade teamGrade) {
    Objects.requireNonNull(teamGrade, "teamGrade");
    Quota quota = byTeamGrade.get(teamGrade.code());
    return quota != null ? quota : otherwise;
  }

  /** Builds a table. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Quota> byTeamGrade = new LinkedHashMap<>();
    private @Nullable Quota otherwise;

    private Builder() {}

    /** The quota for teams graded {@code teamGradeCode}. */
    public Builder when(String teamGradeCode, Quota quota) {
      if (byTeamGrade.put(Args.text(teamGradeCode, "team grade code"), quota) != null) {
        throw new IllegalArgumentException(
            "team grade '" + teamGradeCode + "' has a quota already");
      }
      return this;
    }

    /** The quota for every other team grade. */
    public Builder otherwise(Quota quota) {
      this.otherwise = Objects.requireNonNull(quota, "quota");
      return this;
    }

    /**
     * Builds the table.
     *
     * @throws IllegalStateException if {@link #otherwise(Quota)} was not called
     */
    public TeamQuotas build() {
      Quota fallback = otherwise;
      if (fallback == null) {
        throw new IllegalStateException(
            "team quotas need a quota for other team grades: call otherwise(quota)");
      }
      return new TeamQuotas(byTeamGrade, fallback);
    }
  }
}

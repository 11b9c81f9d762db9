package dev.yardstick.review.calibration;

import dev.yardstick.review.internal.Args;
import org.jspecify.annotations.Nullable;

/**
 * How far a {@link Quota} may move a person's grade away from the grade of their total, so that
 * a calibration stays defensible: at most {@code maxStepsUp} grades up and {@code maxStepsDown}
 * grades down, and nobody whose grade by the total is below {@code floor} is lifted at all.
 *
 * <p>The guard rails are never forced: where the quota wants more than they allow, the people stay
 * as far as the rails let them go, the quota is left broken, and the calibration reports it as a
 * violation naming the people held ({@link CalibrationResult#violations()}, {@link
 * CalibrationResult#held()}). Overrides by people are not limited: they carry who, when and why.
 *
 * <pre>{@code
 * Quota quota = Quota.builder()
 *     .group("top", 20, "S", "A").group("middle", 70, "B").group("bottom", 10, "C", "D")
 *     .guardRails(GuardRails.DEFAULT.withFloor("C"))   // one step either way; a D is never lifted
 *     .build();
 * }</pre>
 *
 * @param maxStepsUp the most grades the quota may lift a person, 0 or more ({@link #UNLIMITED}
 *     for no limit)
 * @param maxStepsDown the most grades the quota may lower a person, 0 or more ({@link #UNLIMITED}
 *     for no limit)
 * @param floor the code of the lowest grade the quota may lift from: people graded below it by
 *     their total are not lifted; {@code null} for no floor. It must be on the calibration's scale
 *     ({@link Quota#checkAgainst(dev.yardstick.review.grade.GradeScale)})
 */
public record GuardRails(int maxStepsUp, int maxStepsDown, @Nullable String floor) {

  /** No limit on the number of steps. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** The default of every quota: at most one grade up and one grade down, no floor. */
  public static final GuardRails DEFAULT = new GuardRails(1, 1, null);

  /** No guard rails: the quota may move anybody any number of grades (forced ranking). */
  public static final GuardRails NONE = new GuardRails(UNLIMITED, UNLIMITED, null);

  /** Validates. */
  public GuardRails {
    Args.atLeast(maxStepsUp, 0, "guard rails' most steps up");
    Args.atLeast(maxStepsDown, 0, "guard rails' most steps down");
    if (floor != null) {
      Args.text(floor, "guard rails' floor grade");
    }
  }

  /** At most {@code up} grades up and {@code down} grades down, no floor. */
  public static GuardRails steps(int up, int down) {
    return new GuardRails(up, down, null);
  }

  /** A copy whose floor is {@code gradeCode}: nobody graded below it by the total is lifted. */
  public GuardRails withFloor(String gradeCode) {
    return new GuardRails(maxStepsUp, maxStepsDown, Args.text(gradeCode, "guard rails' floor grade"));
  }

  /** {@code at most 1 step up and 1 step down, nobody below C lifted}. */
  @Override
  public String toString() {
    return "at most " + steps(maxStepsUp) + " up and " + steps(maxStepsDown) + " down"
        + (floor == null ? "" : ", nobody below " + floor + " lifted");
  }

  private static String steps(int n) {
    return n == UNLIMITED ? "any number of steps" : n + (n == 1 ? " step" : " steps");
  }
}

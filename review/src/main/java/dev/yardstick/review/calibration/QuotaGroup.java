package dev.yardstick.review.calibration;

import dev.yardstick.review.internal.Args;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A group of grades sharing a share of the population, for example "top" = S and A, 20%.
 *
 * @param name the group's name, unique in its quota
 * @param grades the codes of the grades in the group, best first
 * @param percent the group's share of the population, 0 to 100
 * @param bound how the allocated head count binds
 */
public record QuotaGroup(String name, List<String> grades, BigDecimal percent, QuotaBound bound) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Validates and copies. */
  public QuotaGroup {
    Args.text(name, "quota group name");
    grades = List.copyOf(grades);
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("quota group '" + name + "' has no grades");
    }
    Set<String> seen = new HashSet<>();
    for (String code : grades) {
      Args.text(code, "quota group '" + name + "' grade code");
      if (!seen.add(code)) {
        throw new IllegalArgumentException(
            "quota group '" + name + "' has grade '" + code + "' twice");
      }
    }
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "quota group '" + name + "' percent must be 0 to 100, got " + Numbers.plain(percent));
    }
    percent = Numbers.normalise(percent);
    Objects.requireNonNull(bound, "bound");
  }

  /** {@code top (S, A) exactly 20%}. */
  @Override
  public String toString() {
    return name + " (" + String.join(", ", grades) + ") " + bound.text() + " "
        + Numbers.plain(percent) + "%";
  }
}

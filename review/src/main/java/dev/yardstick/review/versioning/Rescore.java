package dev.yardstick.review.versioning;

import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person's past result re-scored under a proposed version.
 *
 * @param original the evaluation as it was made
 * @param rescored the evaluation under the proposed version
 * @param oldGrade the grade of the original total
 * @param newGrade the grade of the re-scored total
 * @param movers the items whose contribution moved most, largest move first
 */
public record Rescore(
    Evaluation original, Evaluation rescored, Grade oldGrade, Grade newGrade, List<ItemShift> movers) {

  /** Validates and copies. */
  public Rescore {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(rescored, "rescored");
    Objects.requireNonNull(oldGrade, "oldGrade");
    Objects.requireNonNull(newGrade, "newGrade");
    movers = List.copyOf(movers);
  }

  /** The person. */
  public Subject subject() {
    return original.subject();
  }

  /** The original (rounded) total. */
  public BigDecimal oldTotal() {
    return original.total();
  }

  /** The re-scored (rounded) total. */
  public BigDecimal newTotal() {
    return rescored.total();
  }

  /** {@code newTotal − oldTotal}. */
  public BigDecimal totalChange() {
    return newTotal().subtract(oldTotal());
  }

  /** Whether the grade changes. */
  public boolean gradeChanged() {
    return !oldGrade.equals(newGrade);
  }

  /**
   * Why, in one line: {@code emp-3: B → A, total 78.00 → 81.50 (+3.50); moved most:
   * conversion-rate +6.00, store-gmv -2.50}, or {@code emp-4: A unchanged, total …}.
   */
  public String explanation() {
    List<String> moved = new ArrayList<>();
    for (ItemShift shift : movers) {
      moved.add(shift.toString());
    }
    String grades =
        gradeChanged()
            ? oldGrade.code() + " → " + newGrade.code()
            : oldGrade.code() + " unchanged";
    return subject().id() + ": " + grades + ", total " + Numbers.twoDecimals(oldTotal())
        + " → " + Numbers.twoDecimals(newTotal())
        + " (" + Numbers.signedTwoDecimals(totalChange()) + ")"
        + (moved.isEmpty() ? "" : "; moved most: " + String.join(", ", moved));
  }
}

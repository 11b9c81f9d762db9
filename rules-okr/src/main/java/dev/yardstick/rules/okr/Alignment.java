package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an objective contributes to: a parent objective, or one key result of it, with the weight
 * the child carries in the parent's roll-up (see {@link OkrSet#rolledUp(String)}).
 *
 * <pre>{@code
 * Alignment.toObjective("dept-growth");                       // weight 1
 * Alignment.toKeyResult("dept-growth", "kr-new-category").withWeight(2);
 * }</pre>
 *
 * @param objectiveId the parent objective
 * @param keyResultId the parent's key result, or {@code null} to align to the objective as a whole
 * @param weight the child's weight in the parent's roll-up, relative to the parent's own part,
 *     which weighs 1
 */
public record Alignment(String objectiveId, @Nullable String keyResultId, double weight) {

  /** Validates. */
  public Alignment {
    Args.id(objectiveId, "aligned objective id");
    if (keyResultId != null) {
      Args.id(keyResultId, "aligned key result id");
    }
    Args.positive(weight, "alignment weight");
  }

  /** Aligns to a parent objective as a whole, with weight 1. */
  public static Alignment toObjective(String objectiveId) {
    return new Alignment(objectiveId, null, 1);
  }

  /** Aligns to one key result of a parent objective, with weight 1. */
  public static Alignment toKeyResult(String objectiveId, String keyResultId) {
    return new Alignment(objectiveId, keyResultId, 1);
  }

  /** A copy with another roll-up weight. */
  public Alignment withWeight(double newWeight) {
    return new Alignment(objectiveId, keyResultId, newWeight);
  }

  /** The parent's key result, when the alignment is to one. */
  public Optional<String> keyResult() {
    return Optional.ofNullable(keyResultId);
  }

  @Override
  public String toString() {
    return keyResultId == null
        ? "objective '" + objectiveId + "'"
        : "key result '" + keyResultId + "' of objective '" + objectiveId + "'";
  }
}

package dev.yardstick.core.scoring;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.InvalidInputException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a strategy may look at for one item: who, when, which indicator, the target and the
 * measurement.
 *
 * @param subject who is evaluated
 * @param period the evaluation period
 * @param indicator the item's indicator, with its direction
 * @param target the target in force for this subject and item, or {@code null} when the item
 *     has none (a deduction or rating item needs none)
 * @param measurement the measured value, with its numerator, denominator and parts
 */
public record ScoringInput(
    Subject subject, Period period, Indicator indicator, @Nullable Target target, Measurement measurement) {

  /** Validates. */
  public ScoringInput {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(measurement, "measurement");
  }

  /**
   * The target, for strategies that need one.
   *
   * @throws InvalidInputException naming the subject and indicator when the item has no target
   */
  public Target requireTarget() {
    if (target == null) {
      throw new InvalidInputException(
          subject.id(), indicator.id(), "target", "none", "is required by this item's strategy");
    }
    return target;
  }

  /** The measured value as a double. */
  public double actual() {
    return measurement.doubleValue();
  }
}

package dev.yardstick.rules.okr;

import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;

/**
 * The scale on which an owner stated their confidence at a check-in. Confidence is stored
 * normalised to 0–1 together with the scale it was given on, so a 7 out of 10 and a 0.7 compare
 * equal and each can still be shown as it was entered.
 */
public enum ConfidenceScale {
  /** 0 to 1, for example 0.7. */
  ZERO_TO_ONE(1),
  /** 0 to 10, for example 7, as in the weekly check-ins of many OKR tools. */
  ZERO_TO_TEN(10);

  private final int max;

  ConfidenceScale(int max) {
    this.max = max;
  }

  /** The top of the scale: 1 or 10. */
  public int max() {
    return max;
  }

  /**
   * A confidence on this scale as a fraction of 0 to 1: 7 on {@link #ZERO_TO_TEN} is 0.7.
   *
   * @throws IllegalArgumentException naming the scale and the value when it is off the scale
   */
  public double normalise(double confidence) {
    Args.finite(confidence, "confidence");
    if (confidence < 0 || confidence > max) {
      throw new IllegalArgumentException(
          "confidence on the 0 to "
              + max
              + " scale must be 0 to "
              + max
              + ", got "
              + Args.plain(confidence));
    }
    return Dec.toDouble(Dec.div(Dec.of(confidence), BigDecimal.valueOf(max)));
  }

  /** A normalised confidence of 0 to 1 back on this scale: 0.7 is 7 on {@link #ZERO_TO_TEN}. */
  public double denormalise(double normalised) {
    Args.fraction(normalised, "normalised confidence");
    return Dec.toDouble(Dec.of(normalised).multiply(BigDecimal.valueOf(max)));
  }
}

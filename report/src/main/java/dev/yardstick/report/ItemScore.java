package dev.yardstick.report;

import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.report.internal.Args;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's line of a person's report: the score against the target score, the measured
 * value against the target value, the marks and the explanation.
 *
 * <pre>{@code
 * ItemScore gmv = new ItemScore("store-gmv", "Store GMV", new BigDecimal("110"), ItemScore.FULL_SCORE,
 *     new BigDecimal("1150000"), new BigDecimal("1000000"), Set.of(ItemMark.CAPPED),
 *     "115% of target; capped at 110");
 * ItemScore csat = ItemScore.of("csat", "CSAT", 92.5);   // target score 100, nothing else known
 * }</pre>
 *
 * @param indicatorId the indicator's id, shown in data attributes
 * @param indicatorName the indicator's name in the report's language
 * @param score the score as the scorecard rounded it
 * @param targetScore the score that means "target met", usually {@link #FULL_SCORE}; greater than 0
 * @param actual the measured value, or {@code null} when it is missing or not to be shown
 * @param target the target value, or {@code null} when the item has none
 * @param marks capped, floored, missing, excluded; capped and floored exclude each other, excluded
 *     implies missing and missing implies no actual
 * @param explanation how the score was reached (may be empty)
 */
public record ItemScore(
    String indicatorId,
    String indicatorName,
    BigDecimal score,
    BigDecimal targetScore,
    @Nullable BigDecimal actual,
    @Nullable BigDecimal target,
    Set<ItemMark> marks,
    String explanation) {

  /** The usual target score: 100 points for an item whose target is exactly met. */
  public static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

  /** Validates and copies. */
  public ItemScore {
    Args.text(indicatorId, "item indicatorId");
    Args.text(indicatorName, "item '" + indicatorId + "' indicatorName");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(targetScore, "targetScore");
    if (targetScore.signum() <= 0) {
      throw new IllegalArgumentException(
          "item '" + indicatorId + "' targetScore must be greater than 0, got "
              + targetScore.toPlainString());
    }
    Objects.requireNonNull(marks, "marks");
    EnumSet<ItemMark> copy = EnumSet.noneOf(ItemMark.class);
    for (ItemMark mark : marks) {
      copy.add(Objects.requireNonNull(mark, "mark"));
    }
    if (copy.contains(ItemMark.CAPPED) && copy.contains(ItemMark.FLOORED)) {
      throw new IllegalArgumentException(
          "item '" + indicatorId + "' marks cannot be both CAPPED and FLOORED, got " + copy);
    }
    if (copy.contains(ItemMark.EXCLUDED) && !copy.contains(ItemMark.MISSING)) {
      throw new IllegalArgumentException(
          "item '" + indicatorId + "' marks EXCLUDED only with MISSING, got " + copy);
    }
    if (copy.contains(ItemMark.MISSING) && actual != null) {
      throw new IllegalArgumentException(
          "item '" + indicatorId + "' is marked MISSING but has actual " + actual.toPlainString());
    }
    // an EnumSet iterates in declaration order, so the rendered marks never depend on hashing
    marks = Collections.unmodifiableSet(copy);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** A plain score against the target score of 100, with no measured values, marks or explanation. */
  public static ItemScore of(String indicatorId, String indicatorName, double score) {
    return new ItemScore(
        indicatorId,
        indicatorName,
        Args.decimal(score, "item '" + indicatorId + "' score"),
        FULL_SCORE,
        null,
        null,
        Set.of(),
        "");
  }

  /**
   * The line of a core item result: its rounded score against 100, the actual against the target
   * level of its {@link Target}, its flags as marks and its explanation's text.
   *
   * @param indicatorName the indicator's name in the report's language
   */
  public static ItemScore from(ItemResult result, String indicatorName) {
    Objects.requireNonNull(result, "result");
    EnumSet<ItemMark> marks = EnumSet.noneOf(ItemMark.class);
    Set<ItemFlag> flags = result.flags();
    if (flags.contains(ItemFlag.CAPPED)) {
      marks.add(ItemMark.CAPPED);
    }
    if (flags.contains(ItemFlag.FLOORED)) {
      marks.add(ItemMark.FLOORED);
    }
    if (result.actual() == null) {
      marks.add(ItemMark.MISSING);
    }
    if (flags.contains(ItemFlag.MISSING_EXCLUDED)) {
      marks.add(ItemMark.EXCLUDED);
    }
    Target target = result.target();
    return new ItemScore(
        result.indicatorId(),
        indicatorName,
        result.score(),
        FULL_SCORE,
        result.actual(),
        target == null ? null : Args.decimal(target.target(), "target"),
        marks,
        result.explanation().text());
  }

  /** Whether the item carries a mark. */
  public boolean has(ItemMark mark) {
    return marks.contains(mark);
  }
}

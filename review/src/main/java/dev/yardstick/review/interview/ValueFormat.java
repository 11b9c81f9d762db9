package dev.yardstick.review.interview;

import dev.yardstick.core.domain.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Formats an actual, a target or a goal by its indicator's {@link Unit}, the same on every
 * machine: rounding is half up and no {@code java.text} or {@code String.format} call is made,
 * so neither the JVM's default locale nor the sheet's language changes a digit, a decimal point
 * or a thousands separator. Only the words of a duration's unit follow the sheet's language.
 *
 * <ul>
 *   <li>{@code RATIO}: a percentage with two decimals (0.8177692844677138 → {@code 81.78%});
 *   <li>{@code PERCENT}: two decimals and a percent sign (3.5 → {@code 3.50%});
 *   <li>{@code CURRENCY}: two decimals with comma thousands separators ({@code 1,250,000.00});
 *   <li>{@code COUNT}: an integer when integral ({@code 120}), otherwise two decimals;
 *   <li>durations: up to two decimals and the unit ({@code 1.5 h}, {@code 1.5 小时});
 *   <li>{@code SCORE}, {@code NUMBER}: up to two decimals, trailing zeros stripped;
 *   <li>no unit known (the sheet was built without a scorecard): up to four decimals, trailing
 *       zeros stripped, so that a ratio such as 0.0315 still reads exactly.
 * </ul>
 */
final class ValueFormat {

  /** Decimals kept when the unit is unknown: enough for a ratio given to the hundredth of a %. */
  static final int PLAIN_DECIMALS = 4;

  private ValueFormat() {}

  /**
   * The value in its unit; {@code templates} gives the sheet language's template of a duration
   * unit by bundle key ({@code "unit.hours"} → {@code "{0} h"}).
   */
  static String format(BigDecimal value, @Nullable Unit unit, Function<String, String> templates) {
    Objects.requireNonNull(value, "value");
    if (unit == null) {
      return upTo(value, PLAIN_DECIMALS);
    }
    return switch (unit) {
      case RATIO -> fixed2(value.movePointRight(2)) + "%";
      case PERCENT -> fixed2(value) + "%";
      case CURRENCY -> grouped(fixed2(value));
      case COUNT -> isIntegral(value) ? upTo(value, 0) : fixed2(value);
      case SECONDS -> duration(templates, "unit.seconds", value);
      case MINUTES -> duration(templates, "unit.minutes", value);
      case HOURS -> duration(templates, "unit.hours", value);
      case DAYS -> duration(templates, "unit.days", value);
      case SCORE, NUMBER -> upTo(value, 2);
    };
  }

  private static String duration(
      Function<String, String> templates, String key, BigDecimal value) {
    return SheetRenderer.fill(templates.apply(key), upTo(value, 2));
  }

  /** Exactly two decimals, half up. */
  static String fixed2(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** At most {@code decimals} decimals, half up, trailing zeros stripped; never "-0". */
  static String upTo(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = rounded.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** Commas every three digits of the integer part of a plain decimal ("-1234.50" → "-1,234.50"). */
  static String grouped(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder sb = new StringBuilder(plain.length() + (end - start) / 3);
    sb.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    sb.append(plain, end, plain.length());
    return sb.toString();
  }

  private static boolean isIntegral(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}

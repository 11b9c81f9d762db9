package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ceiling or a floor on an indicator's monthly value, with an amber and a red level.
 *
 * <p>A ceiling is breached strictly above a level ({@code value > amber} is amber, {@code value >
 * red} red; a value exactly on the level is no breach); a floor strictly below. With one level,
 * amber and red are equal and every breach is red.
 *
 * <pre>{@code
 * Limit cac = Limit.ceiling(CAC, new BigDecimal("80"), new BigDecimal("100"));
 * cac.severityOf(new BigDecimal("92.5"));   // AMBER
 * }</pre>
 *
 * @param indicator the indicator watched
 * @param kind {@link WarningKind#CEILING_BREACH} or {@link WarningKind#FLOOR_BREACH}
 * @param amber the amber level
 * @param red the red level: at or beyond the amber level (above for a ceiling, below for a floor)
 */
public record Limit(Indicator indicator, WarningKind kind, BigDecimal amber, BigDecimal red) {

  /** Validates: a breach kind, levels in the right order. */
  public Limit {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amber, "amber");
    Objects.requireNonNull(red, "red");
    if (kind != WarningKind.CEILING_BREACH && kind != WarningKind.FLOOR_BREACH) {
      throw new IllegalArgumentException(
          "limit of '" + indicator.id() + "' must be a CEILING_BREACH or FLOOR_BREACH, got " + kind);
    }
    if (kind == WarningKind.CEILING_BREACH && red.compareTo(amber) < 0) {
      throw new IllegalArgumentException(
          "ceiling of '" + indicator.id() + "': red level " + Numbers.plain(red)
              + " must not be below the amber level " + Numbers.plain(amber));
    }
    if (kind == WarningKind.FLOOR_BREACH && red.compareTo(amber) > 0) {
      throw new IllegalArgumentException(
          "floor of '" + indicator.id() + "': red level " + Numbers.plain(red)
              + " must not be above the amber level " + Numbers.plain(amber));
    }
    amber = Numbers.normalise(amber);
    red = Numbers.normalise(red);
  }

  /** A ceiling: amber above {@code amber}, red above {@code red}. */
  public static Limit ceiling(Indicator indicator, BigDecimal amber, BigDecimal red) {
    return new Limit(indicator, WarningKind.CEILING_BREACH, amber, red);
  }

  /** A floor: amber below {@code amber}, red below {@code red}. */
  public static Limit floor(Indicator indicator, BigDecimal amber, BigDecimal red) {
    return new Limit(indicator, WarningKind.FLOOR_BREACH, amber, red);
  }

  /** The severity of a breach by {@code value}, or {@code null} when it breaches nothing. */
  public @Nullable Severity severityOf(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int sign = kind == WarningKind.CEILING_BREACH ? 1 : -1;
    if (sign * value.compareTo(red) > 0) {
      return Severity.RED;
    }
    if (sign * value.compareTo(amber) > 0) {
      return Severity.AMBER;
    }
    return null;
  }
}

package dev.yardstick.samples.output;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.rules.kpi.catalog.EcommerceIndicators;
import dev.yardstick.rules.okr.Okr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Number and text formatting shared by the console, the interview sheets and the CLI. */
public final class Fmt {

  private Fmt() {}

  /** An indicator of the catalog (or the OKR score) by id. */
  public static Optional<Indicator> indicator(String id) {
    if (id.equals(Okr.OKR_SCORE.id())) {
      return Optional.of(Okr.OKR_SCORE);
    }
    return EcommerceIndicators.byId(id);
  }

  /** A value in its indicator's unit: rates as percentages, money with two decimals. */
  public static String value(String indicatorId, @Nullable BigDecimal value) {
    if (value == null) {
      return "–";
    }
    Unit unit = indicator(indicatorId).map(Indicator::unit).orElse(Unit.NUMBER);
    return switch (unit) {
      case RATIO -> percent(value);
      case CURRENCY -> money(value);
      case COUNT -> String.format(Locale.ROOT, "%,d", value.setScale(0, RoundingMode.HALF_UP).longValueExact());
      default -> decimal(value, 2);
    };
  }

  /** A fraction as a percentage with two decimals: {@code 0.0315} → {@code 3.15%}. */
  public static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** Money with thousands separators and two decimals: {@code 1,234.50}. */
  public static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** A decimal rounded half up to {@code scale} places, trailing zeros kept. */
  public static String decimal(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /** A double rounded half up to {@code scale} places. */
  public static String decimal(double value, int scale) {
    return decimal(BigDecimal.valueOf(value), scale);
  }

  /** {@code text} padded with spaces to {@code width} (left-aligned), or cut with an ellipsis. */
  public static String pad(String text, int width) {
    if (text.length() > width) {
      return text.substring(0, width - 1) + "…";
    }
    return text + " ".repeat(width - text.length());
  }

  /** {@code text} right-aligned in {@code width}. */
  public static String right(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}

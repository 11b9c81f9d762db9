package dev.yardstick.tracking.annual;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The trend of a year's quarterly totals: the ordinary least-squares slope of total against
 * quarter number (1 to 4), in points per quarter.
 *
 * <p>With quarters {@code x} and totals {@code y} of the {@code n} quarters present, {@code slope =
 * (n·Σxy − Σx·Σy) ÷ (n·Σx² − (Σx)²)}, computed exactly in decimals and divided to {@link
 * MathContext#DECIMAL64}. A missing quarter is left out, not interpolated. The direction is {@code
 * STABLE} when {@code |slope| ≤ tolerance}, otherwise {@code IMPROVING} or {@code DECLINING}
 * (evaluation totals are higher-is-better); {@code UNKNOWN} below two quarters.
 *
 * <pre>{@code
 * Trend t = Trend.acrossQuarters(Map.of(q1, new BigDecimal("80"), q2, new BigDecimal("84")), BigDecimal.ONE);
 * t.slopePerQuarter();   // 4
 * t.direction();         // IMPROVING
 * }</pre>
 *
 * @param slopePerQuarter the least-squares slope, or {@code null} with fewer than two quarters
 * @param direction improving, stable, declining or unknown
 * @param quarters the number of quarters fitted
 * @param tolerance the half-width of the stable band, in points per quarter
 */
public record Trend(
    @Nullable BigDecimal slopePerQuarter,
    TrendDirection direction,
    int quarters,
    BigDecimal tolerance) {

  /** The default tolerance: a slope within ±1 point per quarter is stable. */
  public static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.ONE;

  /** Validates. */
  public Trend {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.signum() < 0) {
      throw new IllegalArgumentException(
          "trend tolerance must not be negative, got " + Numbers.plain(tolerance));
    }
    if (quarters < 0 || quarters > 4) {
      throw new IllegalArgumentException("trend quarters must be 0 to 4, got " + quarters);
    }
    if ((slopePerQuarter == null) != (direction == TrendDirection.UNKNOWN)) {
      throw new IllegalArgumentException(
          "trend slope must be given exactly when the direction is known, got " + direction);
    }
    if (slopePerQuarter != null) {
      slopePerQuarter = Numbers.normalise(slopePerQuarter);
    }
  }

  /**
   * Fits the trend of quarterly totals.
   *
   * @param totals totals by quarter, all quarters of one year
   * @param tolerance the half-width of the stable band, 0 or more
   * @throws IllegalArgumentException if a period is not a quarter or the quarters span years
   */
  public static Trend acrossQuarters(Map<Period, BigDecimal> totals, BigDecimal tolerance) {
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(tolerance, "tolerance");
    Integer year = null;
    int n = 0;
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (Map.Entry<Period, BigDecimal> e : totals.entrySet()) {
      Period q = Objects.requireNonNull(e.getKey(), "quarter");
      BigDecimal y = Objects.requireNonNull(e.getValue(), () -> "total of " + q);
      if (q.type() != PeriodType.QUARTER) {
        throw new IllegalArgumentException("trend period " + q + " is not a quarter");
      }
      if (year != null && year != q.year()) {
        throw new IllegalArgumentException(
            "trend quarters must be of one year, got " + year + " and " + q.year());
      }
      year = q.year();
      BigDecimal x = BigDecimal.valueOf(q.index());
      n++;
      sx = sx.add(x);
      sy = sy.add(y);
      sxy = sxy.add(x.multiply(y));
      sxx = sxx.add(x.multiply(x));
    }
    if (n < 2) {
      return new Trend(null, TrendDirection.UNKNOWN, n, tolerance);
    }
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal numerator = count.multiply(sxy).subtract(sx.multiply(sy));
    BigDecimal denominator = count.multiply(sxx).subtract(sx.multiply(sx));
    BigDecimal slope = numerator.divide(denominator, MathContext.DECIMAL64);
    TrendDirection direction =
        slope.abs().compareTo(tolerance) <= 0
            ? TrendDirection.STABLE
            : slope.signum() > 0 ? TrendDirection.IMPROVING : TrendDirection.DECLINING;
    return new Trend(slope, direction, n, tolerance);
  }
}

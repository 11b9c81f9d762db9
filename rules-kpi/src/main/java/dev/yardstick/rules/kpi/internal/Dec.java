package dev.yardstick.rules.kpi.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decimal arithmetic for scoring formulas.
 *
 * <p>Scores are computed on decimals and converted to a double once, at the end, so that the
 * numbers a person computes by hand come out exactly: 1150000 × 100 ÷ 1000000 is 115, not
 * 114.99999999999999 as in binary floating point, and 0.0315 ÷ 0.035 is 0.9. Doubles enter as
 * the shortest decimal that reads back as them ({@code 0.035} is exactly 0.035).
 */
public final class Dec {

  /** 34 significant digits: far more than a score or its explanation needs. */
  public static final MathContext MC = MathContext.DECIMAL128;

  /** One hundred. */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Dec() {}

  /**
   * The decimal a double prints as. Rule parameters and target levels are the same few doubles
   * over and over, so their decimals are cached (the conversion goes through {@code
   * Double.toString}, the costliest step of scoring otherwise).
   */
  public static BigDecimal of(double value) {
    return cached(value).decimal;
  }

  // ------------------------------------------------------------------------------------------
  // Fast exact paths.
  //
  // The formulas below are defined by the decimal arithmetic above: a value computed on decimals
  // (quotients rounded to 34 digits by MC) and converted to the nearest double once. The fast
  // paths compute the same double without BigDecimal arithmetic when the decimals are short
  // (at most 15 digits, as measurements and levels are): each formula is an exact quotient n / d
  // of two integers below 2^53, so the IEEE division (double) n / (double) d is the exactly
  // rounded value of the exact result. The decimal path rounds to 34 digits before converting,
  // which can only change the double when the exact result lies within about 1e-33 (relative)
  // of a point half-way between two doubles; the fast path checks, with the exact remainder
  // (Math.fma), that the result is farther than 1e-25 from such a point, and otherwise (about
  // once in 10^9 values, and whenever a number does not fit) returns NaN so that the caller
  // takes the decimal path. Results are therefore identical, bit for bit.
  // ------------------------------------------------------------------------------------------

  /** A decimal that does not fit the fast path. */
  public static final long NONE = Long.MIN_VALUE;

  private static final long[] POW10 = new long[19];
  private static final double[] DPOW10 = new double[23];
  /** Integers of magnitude below this are exact doubles with a factor 2 to spare. */
  private static final double LIMIT = 0x1p52;
  /** Integers of magnitude below this convert to doubles exactly. */
  private static final long EXACT = 1L << 53;
  /** Distance to a half-way point (relative to the terms) below which the fast path gives up. */
  private static final double MARGIN = 1e-25;

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
    for (int i = 0; i < DPOW10.length; i++) {
      DPOW10[i] = Double.parseDouble("1e" + i);
    }
  }

  /** A cached double → decimal conversion; immutable, so safely shared through a data race. */
  private static final class Cached {
    final long bits;
    final BigDecimal decimal;
    final long compact;

    Cached(double value) {
      this.bits = Double.doubleToRawLongBits(value);
      this.decimal = BigDecimal.valueOf(value);
      this.compact = compact(decimal);
    }
  }

  private static final int CACHE_SIZE = 4096;
  private static final Cached[] CACHE = new Cached[CACHE_SIZE];

  /** Two-way lookup in a direct-mapped table, slots chosen by a full 64-bit mix of the bits. */
  private static Cached cached(double value) {
    long bits = Double.doubleToRawLongBits(value);
    long h = bits ^ (bits >>> 33);
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    int slot = (int) h & (CACHE_SIZE - 1);
    Cached c = CACHE[slot];
    if (c != null && c.bits == bits) {
      return c;
    }
    Cached other = CACHE[slot ^ 1];
    if (other != null && other.bits == bits) {
      return other;
    }
    Cached fresh = new Cached(value);
    CACHE[c == null ? slot : slot ^ 1] = fresh;
    return fresh;
  }

  /**
   * A short decimal as {@code unscaled × 16 + scale}, with {@code |unscaled| < 10^15} and {@code
   * 0 ≤ scale ≤ 15}; {@link #NONE} when it is longer.
   */
  public static long compact(BigDecimal v) {
    int precision = v.precision();
    int scale = v.scale();
    if (precision > 15 || scale > 15 || precision - scale > 15) {
      return NONE;
    }
    int s = scale < 0 ? 0 : scale;
    // doubleValue() of such a decimal is the nearest double to unscaled ÷ 10^scale; multiplied
    // back it is within 2^-52 × |unscaled| < 0.5 of the unscaled integer
    return Math.round(v.doubleValue() * DPOW10[s]) << 4 | s;
  }

  /** {@link #compact(BigDecimal)} of {@link #of(double)}, cached. */
  public static long compactOf(double value) {
    return cached(value).compact;
  }

  /** {@code 10^15}: the compact form holds unscaled integers of magnitude below this. */
  private static final long P15 = 1_000_000_000_000_000L;

  /**
   * The compact form of {@code unscaled × 10^-scale}, as a column stores it: the same number as
   * {@link #compact(BigDecimal)} of that decimal, not necessarily the same digits (trailing zeros
   * are kept when they fit), which the fast paths do not mind since they rescale to a common
   * scale; {@link #NONE} when the number does not fit, or {@code unscaled} is {@link #NONE}.
   *
   * @param scale 0 to 18
   */
  public static long compact(long unscaled, int scale) {
    if (scale <= 15 && unscaled > -P15 && unscaled < P15) {
      return unscaled << 4 | scale;
    }
    return compactStripped(unscaled, scale);
  }

  /** The rare case of {@link #compact(long, int)}: drops trailing zeros until it fits. */
  private static long compactStripped(long unscaled, int scale) {
    if (unscaled == NONE) {
      return NONE;
    }
    long u = unscaled;
    int s = scale;
    while (s > 0 && u % 10 == 0 && (s > 15 || u <= -P15 || u >= P15)) {
      u /= 10;
      s--;
    }
    return s <= 15 && u > -P15 && u < P15 ? u << 4 | s : NONE;
  }

  /**
   * The same number with trailing zeros of its unscaled integer dropped (fewer digits for the
   * fast paths to carry); NONE stays NONE.
   */
  public static long strip(long compact) {
    if (compact == NONE) {
      return NONE;
    }
    long u = unscaled(compact);
    int s = scale(compact);
    if (u == 0) {
      return 0;
    }
    while (s > 0 && u % 10 == 0) {
      u /= 10;
      s--;
    }
    return u << 4 | s;
  }

  /**
   * Whether {@link #strip} would shorten a compact decimal: a fast path that gave up on a value
   * with trailing zeros (a column keeps them) may succeed on fewer digits.
   */
  public static boolean strippable(long compact) {
    return compact != NONE && (compact & 15) != 0 && (compact >> 4) % 10 == 0;
  }

  /** The unscaled integer of a compact decimal. */
  public static long unscaled(long compact) {
    return compact >> 4;
  }

  /** The scale of a compact decimal. */
  public static int scale(long compact) {
    return (int) (compact & 15);
  }

  /** {@code u × 10^(to − from)}, or NONE when it does not fit. */
  public static long rescale(long u, int from, int to) {
    return to == from ? u : mul(u, POW10[to - from]);
  }

  /** {@code 10^n} for {@code 0 ≤ n ≤ 18}. */
  public static long pow10(int n) {
    return POW10[n];
  }

  /** {@code a × b}, or NONE when either is NONE or the product reaches 2^52. */
  public static long mul(long a, long b) {
    if (((a + SMALL) | (b + SMALL)) >>> 27 == 0) {
      return a * b; // both within ±2^26 (and neither NONE): the product is at most 2^52
    }
    if (a == NONE || b == NONE || Math.abs((double) a * (double) b) >= LIMIT) {
      return NONE;
    }
    return a * b;
  }

  private static final long SMALL = 1L << 26;

  /** {@code a + b}, or NONE when either is NONE or the sum reaches 2^52. */
  public static long add(long a, long b) {
    if (a == NONE || b == NONE || Math.abs((double) a + (double) b) >= LIMIT) {
      return NONE;
    }
    return a + b;
  }

  /**
   * The double nearest to {@code n ÷ d}, when it is also the double nearest to any value within
   * {@code 1e-25 × magnitude ÷ |d|} of it; NaN otherwise (or when an argument is NONE or d is 0).
   *
   * @param magnitude at least the sum of the magnitudes of the terms that make up {@code n}
   */
  public static double quotient(long n, long d, double magnitude) {
    if (n == NONE || d == NONE || d == 0 || Math.abs(n) >= EXACT || Math.abs(d) >= EXACT) {
      return Double.NaN;
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    return exactQuotient(n, d, magnitude);
  }

  /**
   * Integers of magnitude up to this are what the column kernels keep their numerators and
   * denominators within ({@code 2^52 − 1}): {@link #exactQuotient} needs less than 2^53, and sums
   * of two such terms stay below it.
   */
  public static final long FIT = (1L << 52) - 1;

  /**
   * {@link #quotient} without its checks, for a hot loop that has made sure of them once: the
   * double nearest to {@code n ÷ d}, or NaN when it may differ from the decimal path's.
   *
   * @param n an integer of magnitude below 2^53
   * @param d an integer, {@code 0 < d < 2^53}
   * @param magnitude at least the sum of the magnitudes of the terms that make up {@code n}
   */
  public static double exactQuotient(long n, long d, double magnitude) {
    double num = n;
    double den = d;
    double q = num / den;
    double rem = Math.fma(-q, den, num); // exact: n − q × d
    // the spacing of doubles at q, from its exponent (q is 0 or normal: |n| ≥ 1, d < 2^53). Below
    // a power of two 2^k the spacing is half of that, but no inexact n ÷ d rounds up to 2^k in
    // magnitude: that needs 0 < d × 2^k − |n| < d × 2^(k−54), so |n| > 2^54 (k ≥ 0) or d > 2^54
    // (k < 0), beyond the arguments' 2^53: an inexact quotient lies where this spacing holds
    double gap = Double.longBitsToDouble(Double.doubleToRawLongBits(q) & 0x7FF0000000000000L)
        * 0x1p-52;
    double distance = gap * 0.5 * den - Math.abs(rem); // to the half-way point, times d
    // exact (rem == 0), or far enough from a half-way point; -0.0 cannot occur (d > 0)
    return (rem == 0) | (distance > MARGIN * magnitude) ? q : Double.NaN;
  }

  /**
   * A straight line at an integer {@code x}, for a hot loop: {@code [first + (x − x0) dy] ÷ den},
   * the numbers of {@code lineTail} with {@code den > 0}; the caller has made sure that {@code
   * |first| + |x − x0| × |dy| ≤ FIT} and {@code den ≤ FIT}.
   */
  public static double lineFit(long x, long x0, long first, long dy, long den) {
    long second = (x - x0) * dy;
    return exactQuotient(first + second, den, Math.abs((double) first) + Math.abs((double) second));
  }

  /**
   * The integers of the line through {@code (x0, y0)} and {@code (x1, y1)} for {@link #lineFit},
   * with {@code x0} and {@code x1} integers at one scale (that of the x the line is read at) and
   * {@code y0}, {@code y1} compact decimals: {@code {first, dy, den}}, {@code den > 0}, the value
   * at x being {@code [first + (x − x0) dy] ÷ den} exactly ({@code y0 + (x − x0)(y1 − y0) ÷ (x1 −
   * x0)}); null when a number does not fit or {@code x0 == x1}.
   */
  public static long @Nullable [] lineTerms(long x0, long x1, long y0, long y1) {
    y0 = strip(y0);
    y1 = strip(y1);
    if (x0 == NONE || x1 == NONE || y0 == NONE || y1 == NONE || x0 == x1
        || Math.abs(x0) > FIT || Math.abs(x1) > FIT) {
      return null;
    }
    int sy = Math.max(scale(y0), scale(y1));
    long uy0 = rescale(unscaled(y0), scale(y0), sy);
    long uy1 = rescale(unscaled(y1), scale(y1), sy);
    long dx = x1 - x0;
    long first = mul(uy0, dx);
    long den = mul(dx, POW10[sy]);
    if (uy0 == NONE || uy1 == NONE || first == NONE || den == NONE) {
      return null;
    }
    long dy = uy1 - uy0;
    return den > 0 ? new long[] {first, dy, den} : new long[] {-first, -dy, -den};
  }

  /**
   * The greatest {@code L} such that every {@code x} with {@code |x| ≤ L} keeps {@code |first| +
   * |x − x0| × |dy| ≤ FIT} (so that {@link #lineFit} needs no check), and {@code |x| ≤ FIT};
   * -1 when there is none.
   */
  public static long lineLimit(long first, long dy, long x0) {
    if (first == NONE || dy == NONE || x0 == NONE || Math.abs(first) > FIT
        || Math.abs(x0) > FIT) {
      return -1;
    }
    long room = dy == 0 ? FIT : (FIT - Math.abs(first)) / Math.abs(dy);
    return Math.min(FIT, room - Math.abs(x0));
  }

  /** What {@link #compare(long, long)} gives when it cannot decide. */
  public static final int UNDECIDED = Integer.MIN_VALUE;

  /**
   * {@code a.compareTo(of(level))}, on integers when both are short.
   *
   * @param ca {@code compact(a)}
   */
  public static int compare(BigDecimal a, long ca, double level) {
    int fast = compare(ca, compactOf(level));
    return fast != UNDECIDED ? fast : a.compareTo(of(level));
  }

  /**
   * The sign of {@code a − b} for compact decimals, exactly; {@link #UNDECIDED} when either is
   * NONE or their common scale does not fit.
   */
  public static int compare(long ca, long cb) {
    if (ca == NONE || cb == NONE) {
      return UNDECIDED;
    }
    int sa = scale(ca);
    int sb = scale(cb);
    int s = Math.max(sa, sb);
    long x = rescale(unscaled(ca), sa, s);
    long y = rescale(unscaled(cb), sb, s);
    if (x == NONE || y == NONE) {
      return UNDECIDED;
    }
    return Long.compare(x, y);
  }

  /** {@code toDouble(percentOf(a, b))}, fast when the decimals are short. */
  public static double percentOfToDouble(BigDecimal a, BigDecimal b) {
    double q = percentOf(compact(a), compact(b));
    return q == q ? q : toDouble(percentOf(a, b));
  }

  /**
   * The fast path of {@link #percentOfToDouble} on compact decimals, {@code a × 100 ÷ b}; NaN
   * when it cannot decide (or b is 0).
   */
  public static double percentOf(long ca, long cb) {
    if (ca == NONE || cb == NONE) {
      return Double.NaN;
    }
    int sa = scale(ca);
    int sb = scale(cb);
    long n = sb >= sa ? mul(unscaled(ca), 100 * POW10[sb - sa]) : mul(unscaled(ca), 100);
    long d = sb >= sa ? unscaled(cb) : mul(unscaled(cb), POW10[sa - sb]);
    return quotient(n, d, Math.abs((double) n));
  }

  /** {@code toDouble(of(200).subtract(percentOf(a, b)))}, fast when the decimals are short. */
  public static double complementToDouble(BigDecimal a, BigDecimal b) {
    double q = complement(compact(a), compact(b));
    return q == q ? q : toDouble(of(200).subtract(percentOf(a, b)));
  }

  /**
   * The fast path of {@link #complementToDouble} on compact decimals, {@code 200 − a × 100 ÷ b};
   * NaN when it cannot decide (or b is 0).
   */
  public static double complement(long ca, long cb) {
    if (ca == NONE || cb == NONE) {
      return Double.NaN;
    }
    int sa = scale(ca);
    int sb = scale(cb);
    long n = sb >= sa ? mul(unscaled(ca), 100 * POW10[sb - sa]) : mul(unscaled(ca), 100);
    long d = sb >= sa ? unscaled(cb) : mul(unscaled(cb), POW10[sa - sb]);
    long twice = mul(d, 200);
    return quotient(add(twice, n == NONE ? NONE : -n), d,
        Math.abs((double) twice) + Math.abs((double) n));
  }

  /** {@code toDouble(line(x, x0, x1, y0, y1))}, fast when the decimals are short. */
  public static double lineToDouble(
      BigDecimal x, BigDecimal x0, BigDecimal x1, BigDecimal y0, BigDecimal y1) {
    double fast = line(compact(x), compact(x0), compact(x1), compact(y0), compact(y1));
    return fast == fast ? fast : toDouble(line(x, x0, x1, y0, y1));
  }

  /** {@code toDouble(line(x, of(x0), of(x1), of(y0), of(y1)))}, fast when x is short. */
  public static double lineToDouble(BigDecimal x, double x0, double x1, double y0, double y1) {
    double fast = line(compact(x), compactOf(x0), compactOf(x1), compactOf(y0), compactOf(y1));
    return fast == fast ? fast : toDouble(line(x, of(x0), of(x1), of(y0), of(y1)));
  }

  /**
   * The fast path of {@link #lineToDouble} on compact decimals; NaN when it cannot decide.
   */
  public static double line(long x, long x0, long x1, long y0, long y1) {
    if (x == NONE || x0 == NONE || x1 == NONE || y0 == NONE || y1 == NONE) {
      return Double.NaN;
    }
    int sx = Math.max(scale(x), Math.max(scale(x0), scale(x1)));
    int sy = Math.max(scale(y0), scale(y1));
    long ux = rescale(unscaled(x), scale(x), sx);
    long ux0 = rescale(unscaled(x0), scale(x0), sx);
    long ux1 = rescale(unscaled(x1), scale(x1), sx);
    long uy0 = rescale(unscaled(y0), scale(y0), sy);
    long uy1 = rescale(unscaled(y1), scale(y1), sy);
    if (ux == NONE || ux0 == NONE || ux1 == NONE || uy0 == NONE || uy1 == NONE || ux1 == ux0) {
      return Double.NaN;
    }
    // y0 + (x − x0) × (y1 − y0) ÷ (x1 − x0) = [y0 (x1 − x0) + (x − x0)(y1 − y0)] ÷ (x1 − x0)
    long dx = ux1 - ux0;
    return lineTail(ux, ux0, mul(uy0, dx), uy1 - uy0, mul(dx, POW10[sy]));
  }

  /**
   * The end of {@link #line(long, long, long, long, long)}, shared with {@link Line}: {@code
   * [first + (ux − ux0) dy] ÷ den} with {@code first = y0 (x1 − x0)}, {@code den = (x1 − x0)
   * 10^sy}, x at the common scale of the points.
   */
  static double lineTail(long ux, long ux0, long first, long dy, long den) {
    long second = mul(ux - ux0, dy);
    if (first == NONE || second == NONE) {
      return Double.NaN;
    }
    return quotient(add(first, second), den,
        Math.abs((double) first) + Math.abs((double) second));
  }

  /**
   * The fast path of a line at a rational {@code x = xn ÷ (xd × 10^s)}, where {@code s} is the
   * common scale of {@code x0} and {@code x1}, and {@code x} is a decimal quotient rounded to
   * {@link #MC} on the decimal path; NaN when it cannot decide.
   */
  public static double lineAt(long xn, long xd, int s, long x0, long x1, long y0, long y1) {
    if (xn == NONE || xd == NONE || xd <= 0 || x0 == NONE || x1 == NONE || y0 == NONE
        || y1 == NONE || scale(x0) > s || scale(x1) > s) {
      return Double.NaN;
    }
    int sy = Math.max(scale(y0), scale(y1));
    long ux0 = rescale(unscaled(x0), scale(x0), s);
    long ux1 = rescale(unscaled(x1), scale(x1), s);
    long uy0 = rescale(unscaled(y0), scale(y0), sy);
    long uy1 = rescale(unscaled(y1), scale(y1), sy);
    if (ux0 == NONE || ux1 == NONE || uy0 == NONE || uy1 == NONE || ux1 == ux0) {
      return Double.NaN;
    }
    return lineAtTail(xn, xd, ux0, uy0, ux1 - ux0, uy1 - uy0, POW10[sy]);
  }

  /**
   * The end of {@link #lineAt}, shared with {@link Line}: the points as integers at the scales
   * {@code s} (x) and {@code sy} (y), {@code p = 10^sy}.
   */
  static double lineAtTail(long xn, long xd, long ux0, long uy0, long dx, long dy, long p) {
    if (xn == NONE || xd == NONE || xd <= 0) {
      return Double.NaN;
    }
    // y0 + (x − x0)(y1 − y0) ÷ (x1 − x0) with x − x0 = (xn − x0 xd) ÷ (xd 10^s):
    // [y0 xd (x1 − x0) + (xn − x0 xd)(y1 − y0)] ÷ [xd (x1 − x0) 10^sy]
    long x0xd = mul(ux0, xd);
    long first = mul(mul(uy0, xd), dx);
    long second = mul(add(xn, x0xd == NONE ? NONE : -x0xd), dy);
    long den = mul(mul(xd, dx), p);
    if (first == NONE || second == NONE || den == NONE) {
      return Double.NaN;
    }
    // the decimal path rounds x itself: its error, times the slope, counts in the magnitude
    double magnitude = Math.abs((double) first) + Math.abs((double) second)
        + Math.abs((double) xn * dy) + Math.abs((double) x0xd * dy);
    return quotient(add(first, second), den, magnitude);
  }

  /**
   * A straight line through two points given as compact decimals, with what depends only on the
   * points computed once, for scoring many values: {@link #at} is {@link #line(long, long, long,
   * long, long)} and {@link #atQuotient} is {@link #lineAt}, the same arithmetic on the same
   * integers (the generic methods are taken whenever the value's scale differs from the points'),
   * so the results agree bit for bit. Immutable.
   */
  public static final class Line {
    private final long x0;
    private final long x1;
    private final long y0;
    private final long y1;
    /** The common scale of x0 and x1. */
    private final int s;
    /** Whether the integers below fit; when not, every value takes the generic method. */
    private final boolean ready;
    private final long ux0;
    private final long uy0;
    private final long dx;
    private final long dy;
    private final long first;
    private final long den;
    private final long p;

    /**
     * The line through {@code (x0, y0)} and {@code (x1, y1)}, all compact decimals (trailing zeros
     * are dropped: the same numbers, fewer digits to carry).
     */
    public Line(long x0, long x1, long y0, long y1) {
      x0 = strip(x0);
      x1 = strip(x1);
      y0 = strip(y0);
      y1 = strip(y1);
      this.x0 = x0;
      this.x1 = x1;
      this.y0 = y0;
      this.y1 = y1;
      boolean ok = x0 != NONE && x1 != NONE && y0 != NONE && y1 != NONE;
      int sx = x0 != NONE && x1 != NONE ? Math.max(Dec.scale(x0), Dec.scale(x1)) : 0;
      int sy = ok ? Math.max(Dec.scale(y0), Dec.scale(y1)) : 0;
      long a0 = ok ? rescale(unscaled(x0), Dec.scale(x0), sx) : NONE;
      long a1 = ok ? rescale(unscaled(x1), Dec.scale(x1), sx) : NONE;
      long b0 = ok ? rescale(unscaled(y0), Dec.scale(y0), sy) : NONE;
      long b1 = ok ? rescale(unscaled(y1), Dec.scale(y1), sy) : NONE;
      ok = ok && a0 != NONE && a1 != NONE && b0 != NONE && b1 != NONE && a0 != a1;
      this.s = sx;
      this.ux0 = a0;
      this.uy0 = b0;
      this.dx = ok ? a1 - a0 : 0;
      this.dy = ok ? b1 - b0 : 0;
      this.p = POW10[sy];
      this.first = ok ? mul(b0, a1 - a0) : NONE;
      this.den = ok ? mul(a1 - a0, POW10[sy]) : NONE;
      this.ready = ok;
    }

    /** The common scale of the two x values: a quotient for {@link #atQuotient} uses it. */
    public int scale() {
      return s;
    }

    /** {@link Dec#line(long, long, long, long, long)} at the compact decimal {@code x}. */
    public double at(long x) {
      if (x == NONE) {
        return Double.NaN;
      }
      int sx = Dec.scale(x);
      if (ready && sx <= s) {
        long ux = rescale(unscaled(x), sx, s);
        return ux == NONE ? Double.NaN : lineTail(ux, ux0, first, dy, den);
      }
      return line(x, x0, x1, y0, y1);
    }

    /**
     * {@link Dec#lineAt} at {@code x = xn ÷ (xd × 10^scale())}, for an x the decimal path rounds
     * to {@link #MC}.
     */
    public double atQuotient(long xn, long xd) {
      if (ready) {
        return lineAtTail(xn, xd, ux0, uy0, dx, dy, p);
      }
      return lineAt(xn, xd, s, x0, x1, y0, y1);
    }
  }

  /** {@code a ÷ b} to {@link #MC}. */
  public static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  /** {@code a × 100 ÷ b}: {@code a} as a percentage of {@code b}. */
  public static BigDecimal percentOf(BigDecimal a, BigDecimal b) {
    return a.multiply(HUNDRED).divide(b, MC);
  }

  /**
   * The straight line through {@code (x0, y0)} and {@code (x1, y1)} at {@code x}: {@code y0 + (x
   * − x0) × (y1 − y0) ÷ (x1 − x0)}.
   *
   * @throws ArithmeticException if {@code x0 == x1}; callers rule that out first
   */
  public static BigDecimal line(
      BigDecimal x, BigDecimal x0, BigDecimal x1, BigDecimal y0, BigDecimal y1) {
    BigDecimal slope = y1.subtract(y0).divide(x1.subtract(x0), MC);
    return y0.add(x.subtract(x0).multiply(slope, MC), MC);
  }

  /** A decimal as a double, with {@code -0.0} folded to {@code 0.0}. */
  public static double toDouble(BigDecimal value) {
    double d = value.doubleValue();
    return d == 0 ? 0 : d;
  }

  /**
   * The shortest plain decimal for a double, without exponent or trailing zeros ({@code 120.0}
   * prints as {@code 120}), as in explanations; for messages.
   */
  public static String plain(double value) {
    if (value == 0) {
      return "0";
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The same as {@link #plain(double)} for a decimal. */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The numbers of a list, for {@code Explanation.of(template, numbers)}. */
  public static double[] array(List<Double> values) {
    double[] numbers = new double[values.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = values.get(i);
    }
    return numbers;
  }
}

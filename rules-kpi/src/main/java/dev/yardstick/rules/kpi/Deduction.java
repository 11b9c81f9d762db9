package dev.yardstick.rules.kpi;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.rules.kpi.internal.Bounds;
import dev.yardstick.rules.kpi.internal.Checks;
import dev.yardstick.rules.kpi.internal.Dec;
import dev.yardstick.rules.kpi.internal.Inputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Deduction (扣分制): start from full marks and deduct points per incident by category, with an
 * optional cap per category and an overall floor.
 *
 * <pre>{@code
 * ScoringRule<Deduction.Params> rule = Kpi.deduction()
 *     .perIncident("complaint", 5).capPerCategory("complaint", 20)
 *     .perIncident("late-reply", 2)
 *     .floor(0)
 *     .rule();
 * Measurement m = Measurement.of("emp-9", "service-quality", q3, 0)
 *     .withPart("complaint", 5).withPart("late-reply", 3);
 * // complaint 5 × 5 = 25, capped at 20; late-reply 3 × 2 = 6; 100 − 26 = 74
 * }</pre>
 *
 * <p>The incident counts are read from the measurement's {@link Measurement#parts() parts},
 * category → count; the measurement's value is not read (it may hold the total count) and no
 * target is needed. A part whose category the rule does not know is rejected, as is a negative
 * or fractional count, with an {@code InvalidInputException} naming the part: nothing is dropped
 * silently. A measurement with no parts and a value other than 0 is rejected too, since its
 * counts were probably put in the value by mistake; with no parts and a value of 0 there were no
 * incidents and the score is full marks.
 *
 * <p>Per category the deduction is {@code count × pointsPerIncident}, at most {@code
 * maxDeduction} when one is set; the score is {@code fullMarks − Σ deductions}, at least the
 * {@code floor} (flagged floored when the floor decided). Arithmetic is decimal.
 */
public final class Deduction implements ScoringStrategy<Deduction.Params> {

  /** The strategy id. */
  public static final String ID = "deduction";

  /**
   * How one category of incident is deducted.
   *
   * @param pointsPerIncident the points deducted per incident, 0 or more
   * @param maxDeduction the most this category may deduct in a period, or {@code null} for no
   *     cap
   */
  public record Category(double pointsPerIncident, @Nullable Double maxDeduction) {

    /** A category without a cap. */
    public Category(double pointsPerIncident) {
      this(pointsPerIncident, null);
    }
  }

  /**
   * Parameters; validated by {@link #validate}.
   *
   * @param fullMarks the score with no incident, for example 100
   * @param categories the categories by name (lower-case words joined by '-' or '_'), in the
   *     order the explanation lists them
   * @param floor the least score, at most {@code fullMarks}, for example 0
   */
  public record Params(double fullMarks, Map<String, Category> categories, double floor) {

    /** Copies, keeping the order. */
    public Params {
      categories = Checks.orderedCopy(categories, "categories");
    }
  }

  /** For the service loader. */
  public Deduction() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Ignored: the score is a deduction per incident. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.IGNORED;
  }

  @Override
  public String description() {
    return "full marks minus points per incident by category, capped per category, with a floor";
  }

  @Override
  public void validate(Params p) {
    Checks.finite(ID, "fullMarks", p.fullMarks());
    Checks.finite(ID, "floor", p.floor());
    Checks.atLeast(ID, "fullMarks", p.fullMarks(), "floor", p.floor());
    if (p.categories().isEmpty()) {
      throw Checks.bad(ID, "categories", "must name at least one category", "none");
    }
    p.categories()
        .forEach(
            (name, c) -> {
              Checks.name(ID, "categories", name);
              Checks.nonNegative(
                  ID, "categories." + name + ".pointsPerIncident", c.pointsPerIncident());
              Double max = c.maxDeduction();
              if (max != null) {
                Checks.nonNegative(ID, "categories." + name + ".maxDeduction", max);
              }
            });
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    Map<String, BigDecimal> parts = in.measurement().parts();
    if (parts.isEmpty() && in.measurement().value().signum() != 0) {
      throw Inputs.invalid(
          in,
          "value",
          Dec.plain(in.measurement().value()),
          "was given without parts: " + ID + " reads incident counts by category from the"
              + " measurement's parts, for example withPart(\"complaint\", 2)");
    }
    for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
      String category = part.getKey();
      BigDecimal count = part.getValue();
      if (!p.categories().containsKey(category)) {
        throw Inputs.invalid(
            in,
            "parts." + category,
            Dec.plain(count),
            "is not a category of this deduction rule; known: " + p.categories().keySet());
      }
      if (count.signum() < 0) {
        throw Inputs.invalid(
            in, "parts." + category, Dec.plain(count), "is not a count: it is negative");
      }
      if (count.stripTrailingZeros().scale() > 0) {
        throw Inputs.invalid(
            in, "parts." + category, Dec.plain(count), "is not a count: it is fractional");
      }
    }

    StringBuilder template = new StringBuilder("full marks {}");
    List<Double> args = new ArrayList<>();
    args.add(p.fullMarks());
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Category> entry : p.categories().entrySet()) {
      BigDecimal count = parts.get(entry.getKey());
      if (count == null || count.signum() == 0) {
        continue;
      }
      Category c = entry.getValue();
      BigDecimal points = Dec.of(c.pointsPerIncident());
      BigDecimal deducted = count.multiply(points);
      template.append("; ").append(entry.getKey()).append(" {} × {} = {}");
      args.add(count.doubleValue());
      args.add(c.pointsPerIncident());
      args.add(Dec.toDouble(deducted));
      Double max = c.maxDeduction();
      if (max != null && deducted.compareTo(Dec.of(max)) > 0) {
        deducted = Dec.of(max);
        template.append(", capped at {}");
        args.add(max);
      }
      total = total.add(deducted);
    }
    if (args.size() == 1) {
      template.append("; no incidents");
    }
    double raw = Dec.toDouble(Dec.of(p.fullMarks()).subtract(total));
    template.append("; deducted {}: {}");
    args.add(Dec.toDouble(total));
    args.add(raw);
    return Score.bounded(
        raw, p.floor(), p.fullMarks(), Explanation.of(template.toString(), Dec.array(args)));
  }

  /**
   * The fast path: the column's parts are the incident counts by category (the item's own values
   * are read only to reject, as {@link #score} does, a row with no count but a value other than
   * 0), and each row's score is {@link #score}'s {@code fullMarks − Σ min(count × points, max)}
   * computed on integers at one scale, exactly, then converted to the nearest double once (see
   * {@code Dec}). NaN for a row {@link #score} rejects (a count of a category the rule does not
   * know, a negative or fractional count, a value without counts) and for one whose integers do
   * not fit. Null when full marks, points or a cap have more than 15 digits.
   *
   * <pre>{@code
   * ColumnScorer scorer = new Deduction().columnScorer(params, serviceQuality, null);
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target target) {
    String[] names = p.categories().keySet().toArray(new String[0]);
    int n = names.length;
    long full = Dec.strip(Dec.compactOf(p.fullMarks()));
    long[] points = new long[n];
    long[] max = new long[n];
    int s = full == Dec.NONE ? 0 : Dec.scale(full);
    for (int c = 0; c < n; c++) {
      Category category = Objects.requireNonNull(p.categories().get(names[c]));
      points[c] = Dec.strip(Dec.compactOf(category.pointsPerIncident()));
      Double m = category.maxDeduction();
      max[c] = m == null ? NO_CAP : Dec.strip(Dec.compactOf(m));
      if (points[c] == Dec.NONE || max[c] == Dec.NONE) {
        return null;
      }
      s = Math.max(s, Math.max(Dec.scale(points[c]), m == null ? 0 : Dec.scale(max[c])));
    }
    if (full == Dec.NONE) {
      return null;
    }
    // everything at the common scale s: a deduction count × points is then an integer too
    long fullAt = Dec.rescale(Dec.unscaled(full), Dec.scale(full), s);
    long[] pointsAt = new long[n];
    long[] maxAt = new long[n];
    long[] counts = new long[n];
    for (int c = 0; c < n; c++) {
      pointsAt[c] = Dec.rescale(Dec.unscaled(points[c]), Dec.scale(points[c]), s);
      maxAt[c] = max[c] == NO_CAP ? Long.MAX_VALUE
          : Dec.rescale(Dec.unscaled(max[c]), Dec.scale(max[c]), s);
      if (fullAt == Dec.NONE || pointsAt[c] == Dec.NONE || maxAt[c] == Dec.NONE) {
        return null;
      }
      // the most incidents whose deduction stays within FIT ÷ (n + 1), so that full marks minus
      // the sum of n of them stays below 2^53
      counts[c] = pointsAt[c] == 0 ? Long.MAX_VALUE : Dec.FIT / (n + 1) / pointsAt[c];
    }
    if (Math.abs(fullAt) > Dec.FIT / (n + 1)) {
      return null;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < n; c++) {
      index.put(names[c], c);
    }
    return new DeductionScorer(index, pointsAt, maxAt, counts, fullAt, Dec.pow10(s),
        p.floor(), p.fullMarks());
  }

  /** A category without a cap. */
  private static final long NO_CAP = Long.MIN_VALUE + 1;

  /** {@link #columnScorer}'s scorer: the rule's numbers as integers at one scale, set up once. */
  private static final class DeductionScorer implements ColumnScorer {
    private final Map<String, Integer> index;
    private final long[] points;
    private final long[] max;
    private final long[] counts;
    private final long full;
    /** 10^s: the denominator of every integer above. */
    private final long unit;
    private final double floor;
    private final double fullMarks;

    DeductionScorer(Map<String, Integer> index, long[] points, long[] max, long[] counts,
        long full, long unit, double floor, double fullMarks) {
      this.index = index;
      this.points = points;
      this.max = max;
      this.counts = counts;
      this.full = full;
      this.unit = unit;
      this.floor = floor;
      this.fullMarks = fullMarks;
    }

    @Override
    public void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      // per call: each part's category (-1 for one the rule does not know) and the factor that
      // makes its unscaled value a count
      Map<String, DecimalColumn> parts = values.parts();
      int n = parts.size();
      DecimalColumn[] columns = parts.values().toArray(new DecimalColumn[0]);
      int[] category = new int[n];
      long[] per = new long[n];
      int k = 0;
      for (Map.Entry<String, DecimalColumn> part : parts.entrySet()) {
        Integer c = index.get(part.getKey());
        category[k] = c == null ? -1 : c;
        per[k] = Dec.pow10(part.getValue().scale());
        k++;
      }
      for (int r = from; r < to; r++) {
        long total = 0;
        boolean any = false;
        boolean ok = true;
        for (int j = 0; j < n; j++) {
          long v = columns[j].unscaled(r);
          if (v == DecimalColumn.MISSING) {
            continue;
          }
          any = true;
          int c = category[j];
          // an unknown category, a negative or a fractional count: score() rejects the row
          if (c < 0 || v < 0 || v % per[j] != 0) {
            ok = false;
            break;
          }
          long count = v / per[j];
          if (count > counts[c]) {
            ok = false; // too many to be sure of the integers: score() decides
            break;
          }
          total += Math.min(count * points[c], max[c]);
        }
        if (!ok || (!any && values.unscaled(r) != 0)) {
          scores[r] = Double.NaN;
          bounds[r] = ColumnScorer.NONE;
          continue;
        }
        long left = full - total;
        Bounds.bounded(Dec.exactQuotient(left, unit, Math.abs((double) left)), floor, fullMarks,
            scores, bounds, r);
      }
    }
  }
}

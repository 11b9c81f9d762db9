package dev.yardstick.rules.kpi;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.rules.kpi.internal.Checks;
import dev.yardstick.rules.kpi.internal.Dec;
import dev.yardstick.rules.kpi.internal.Inputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}

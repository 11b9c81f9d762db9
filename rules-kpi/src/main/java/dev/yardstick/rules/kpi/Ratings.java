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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Manual ratings on a scale (for example 1–5) from several raters with rater weights, for
 * behaviour and competence items that have no metric (行為 / 能力考核).
 *
 * <pre>{@code
 * ScoringRule<Ratings.Params> rule = Kpi.ratings(1, 5)
 *     .rater("self", 20).rater("manager", 60).rater("peer", 20)
 *     .rule();
 * Measurement m = Measurement.of("emp-9", "teamwork", q3, 0)
 *     .withPart("self", 5).withPart("manager", 4).withPart("peer.wang", 3).withPart("peer.li", 4);
 * // peer = (3 + 4) ÷ 2 = 3.5; (5 × 20 + 4 × 60 + 3.5 × 20) ÷ 100 = 4.1; 4.1 ÷ 5 × 100 = 82
 * }</pre>
 *
 * <p><b>Ratings</b> are read from the measurement's {@link Measurement#parts() parts}, keyed by
 * rater: {@code "manager"}, or {@code "peer.wang"} for one of several raters of the group {@code
 * peer}, whose ratings are averaged before the group's weight applies. The measurement's value is
 * not read and no target is needed. A rating outside the scale, or a part whose rater the rule
 * does not know, is rejected with an {@code InvalidInputException} naming the part.
 *
 * <p><b>A missing rater</b> ({@link MissingRater}): by default the weights are re-normalised over
 * the raters present, so a missing peer review neither counts as 0 nor changes the balance
 * between the others; {@link MissingRater#FAIL} rejects the measurement instead. A measurement
 * with no rating at all is always rejected.
 *
 * <p><b>The score</b> ({@link Mapping}): by default the weighted rating as a percentage of the
 * scale's maximum ({@code 4.1 on 1–5 → 82}, as "5 points × 20"), or the position on the scale
 * from its minimum ({@code (4.1 − 1) ÷ (5 − 1) × 100 = 77.5}, so the lowest rating scores 0), or
 * the weighted rating itself. Rater weights are relative: they need not sum to 100.
 */
public final class Ratings implements ScoringStrategy<Ratings.Params> {

  /** The strategy id. */
  public static final String ID = "ratings";

  /** How the weighted rating becomes the score. */
  public enum Mapping {
    /** {@code rating ÷ scaleMax × 100}: the scale's maximum scores 100. The default. */
    PERCENT_OF_MAX,
    /** {@code (rating − scaleMin) ÷ (scaleMax − scaleMin) × 100}: the minimum scores 0. */
    PERCENT_OF_RANGE,
    /** The weighted rating itself, on the scale. */
    ON_SCALE
  }

  /** What happens when a rater has not rated. */
  public enum MissingRater {
    /** The weights are re-normalised over the raters present. The default. */
    RENORMALISE,
    /** The measurement is rejected. */
    FAIL
  }

  /**
   * Parameters; validated by {@link #validate}.
   *
   * @param scaleMin the lowest rating, for example 1
   * @param scaleMax the highest rating, greater than {@code scaleMin}, for example 5
   * @param raterWeights the weight of each rater or rater group (names of lower-case words
   *     joined by '-' or '_'), each greater than 0
   * @param mapping how the weighted rating becomes the score
   * @param missingRater what happens when a rater has not rated
   */
  public record Params(
      double scaleMin,
      double scaleMax,
      Map<String, Double> raterWeights,
      Mapping mapping,
      MissingRater missingRater) {

    /** Copies, keeping the order, and checks for null. */
    public Params {
      raterWeights = Checks.orderedCopy(raterWeights, "raterWeights");
      Objects.requireNonNull(mapping, "mapping");
      Objects.requireNonNull(missingRater, "missingRater");
    }
  }

  /** For the service loader. */
  public Ratings() {}

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
    return "weighted manual ratings on a scale from several raters";
  }

  @Override
  public void validate(Params p) {
    Checks.finite(ID, "scaleMin", p.scaleMin());
    Checks.finite(ID, "scaleMax", p.scaleMax());
    if (p.scaleMax() <= p.scaleMin()) {
      throw Checks.bad(
          ID,
          "scaleMax",
          "must be greater than scaleMin (" + Dec.plain(p.scaleMin()) + ")",
          Dec.plain(p.scaleMax()));
    }
    if (p.mapping() == Mapping.PERCENT_OF_MAX && p.scaleMin() < 0) {
      throw Checks.bad(
          ID,
          "scaleMin",
          "must not be negative with the PERCENT_OF_MAX mapping (use PERCENT_OF_RANGE)",
          Dec.plain(p.scaleMin()));
    }
    if (p.raterWeights().isEmpty()) {
      throw Checks.bad(ID, "raterWeights", "must name at least one rater", "none");
    }
    p.raterWeights()
        .forEach(
            (rater, weight) -> {
              Checks.name(ID, "raterWeights", rater);
              Checks.positive(ID, "raterWeights." + rater, weight);
            });
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    Map<String, BigDecimal> parts = in.measurement().parts();
    BigDecimal min = Dec.of(p.scaleMin());
    BigDecimal max = Dec.of(p.scaleMax());
    Map<String, List<BigDecimal>> byRater = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
      String key = part.getKey();
      int dot = key.indexOf('.');
      String rater = dot < 0 ? key : key.substring(0, dot);
      BigDecimal rating = part.getValue();
      if (!p.raterWeights().containsKey(rater)) {
        throw Inputs.invalid(
            in,
            "parts." + key,
            Dec.plain(rating),
            "is not from a rater of this rule; known: " + p.raterWeights().keySet());
      }
      if (rating.compareTo(min) < 0 || rating.compareTo(max) > 0) {
        throw Inputs.invalid(
            in,
            "parts." + key,
            Dec.plain(rating),
            "is outside the rating scale " + Dec.plain(p.scaleMin()) + "–"
                + Dec.plain(p.scaleMax()));
      }
      byRater.computeIfAbsent(rater, r -> new ArrayList<>()).add(rating);
    }
    if (byRater.isEmpty()) {
      throw Inputs.invalid(
          in,
          "parts",
          "none",
          "has no rating: " + ID + " reads ratings by rater from the measurement's parts, for"
              + " example withPart(\"manager\", 4)");
    }

    StringBuilder template = new StringBuilder();
    List<Double> args = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Map.Entry<String, Double> entry : p.raterWeights().entrySet()) {
      String rater = entry.getKey();
      List<BigDecimal> ratings = byRater.get(rater);
      if (ratings == null) {
        if (p.missingRater() == MissingRater.FAIL) {
          throw Inputs.invalid(
              in, "parts." + rater, "none", "is missing: every rater must rate");
        }
        missing.add(rater);
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal r : ratings) {
        sum = sum.add(r);
      }
      BigDecimal mean = Dec.div(sum, BigDecimal.valueOf(ratings.size()));
      BigDecimal weight = Dec.of(entry.getValue());
      weighted = weighted.add(mean.multiply(weight));
      weights = weights.add(weight);
      if (template.length() > 0) {
        template.append("; ");
      }
      template.append(rater).append(" {}");
      args.add(Dec.toDouble(mean));
      if (ratings.size() > 1) {
        template.append(" (mean of {})");
        args.add((double) ratings.size());
      }
      template.append(" × weight {}");
      args.add(entry.getValue());
    }
    if (!missing.isEmpty()) {
      template.append("; no rating from ").append(String.join(", ", missing));
      template.append(": weights re-normalised over the raters present");
    }
    BigDecimal rating = Dec.div(weighted, weights);
    double ratingValue = Dec.toDouble(rating);
    template.append("; weighted rating {} on {}–{}");
    args.add(ratingValue);
    args.add(p.scaleMin());
    args.add(p.scaleMax());
    double score;
    switch (p.mapping()) {
      case PERCENT_OF_MAX:
        score = Dec.toDouble(Dec.percentOf(rating, max));
        template.append(": {} ÷ {} × 100 = {}");
        args.add(ratingValue);
        args.add(p.scaleMax());
        args.add(score);
        break;
      case PERCENT_OF_RANGE:
        score = Dec.toDouble(Dec.percentOf(rating.subtract(min), max.subtract(min)));
        template.append(": ({} − {}) ÷ ({} − {}) × 100 = {}");
        args.add(ratingValue);
        args.add(p.scaleMin());
        args.add(p.scaleMax());
        args.add(p.scaleMin());
        args.add(score);
        break;
      default:
        score = ratingValue;
        template.append(": score {}");
        args.add(score);
        break;
    }
    return Score.of(score, Explanation.of(template.toString(), Dec.array(args)));
  }
}

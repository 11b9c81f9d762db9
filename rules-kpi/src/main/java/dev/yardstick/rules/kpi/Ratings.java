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
import dev.yardstick.rules.kpi.internal.Checks;
import dev.yardstick.rules.kpi.internal.Dec;
import dev.yardstick.rules.kpi.internal.Inputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /** Ignored: the score comes from the raters' ratings. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.IGNORED;
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

  /** Explanation templates by rule and by which raters rated (once or more): built once. */
  private static final Map<TemplateKey, String> TEMPLATES = new ConcurrentHashMap<>();

  private record TemplateKey(Set<String> raters, long present, long several, Mapping mapping) {}

  @Override
  public Score score(Params p, ScoringInput in) {
    Map<String, BigDecimal> parts = in.measurement().parts();
    BigDecimal min = Dec.of(p.scaleMin());
    BigDecimal max = Dec.of(p.scaleMax());
    Map<String, Double> raterWeights = p.raterWeights();
    String[] raters = raterWeights.keySet().toArray(new String[0]);
    int groups = raters.length;
    BigDecimal[] sums = new BigDecimal[groups];
    int[] counts = new int[groups];
    for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
      String key = part.getKey();
      int dot = key.indexOf('.');
      int length = dot < 0 ? key.length() : dot;
      BigDecimal rating = part.getValue();
      int r = 0;
      while (r < groups
          && !(raters[r].length() == length && key.regionMatches(0, raters[r], 0, length))) {
        r++;
      }
      if (r == groups) {
        throw Inputs.invalid(
            in,
            "parts." + key,
            Dec.plain(rating),
            "is not from a rater of this rule; known: " + raterWeights.keySet());
      }
      if (rating.compareTo(min) < 0 || rating.compareTo(max) > 0) {
        throw Inputs.invalid(
            in,
            "parts." + key,
            Dec.plain(rating),
            "is outside the rating scale " + Dec.plain(p.scaleMin()) + "–"
                + Dec.plain(p.scaleMax()));
      }
      sums[r] = sums[r] == null ? rating : sums[r].add(rating);
      counts[r]++;
    }
    if (parts.isEmpty()) {
      throw Inputs.invalid(
          in,
          "parts",
          "none",
          "has no rating: " + ID + " reads ratings by rater from the measurement's parts, for"
              + " example withPart(\"manager\", 4)");
    }
    long present = 0;
    long several = 0;
    int arguments = 3;
    for (int r = 0; r < groups; r++) {
      if (counts[r] == 0) {
        if (p.missingRater() == MissingRater.FAIL) {
          throw Inputs.invalid(
              in, "parts." + raters[r], "none", "is missing: every rater must rate");
        }
        continue;
      }
      arguments += counts[r] > 1 ? 3 : 2;
      if (r < 63) {
        present |= 1L << r;
        several |= counts[r] > 1 ? 1L << r : 0;
      }
    }
    arguments += p.mapping() == Mapping.PERCENT_OF_MAX ? 3 : p.mapping() == Mapping.ON_SCALE ? 1 : 5;

    // the numbers: exact fractions when short (see Dec), else the decimal formulas
    double[] means = new double[groups];
    double[] rating = new double[2]; // the weighted rating and the score
    if (!fast(p, raters, sums, counts, means, rating)) {
      decimal(p, raters, sums, counts, means, rating);
    }

    double[] args = new double[arguments];
    int a = 0;
    for (int r = 0; r < groups; r++) {
      if (counts[r] == 0) {
        continue;
      }
      args[a++] = means[r];
      if (counts[r] > 1) {
        args[a++] = counts[r];
      }
      args[a++] = Objects.requireNonNull(raterWeights.get(raters[r])); // raters are its keys
    }
    args[a++] = rating[0];
    args[a++] = p.scaleMin();
    args[a++] = p.scaleMax();
    switch (p.mapping()) {
      case PERCENT_OF_MAX:
        args[a++] = rating[0];
        args[a++] = p.scaleMax();
        args[a++] = rating[1];
        break;
      case PERCENT_OF_RANGE:
        args[a++] = rating[0];
        args[a++] = p.scaleMin();
        args[a++] = p.scaleMax();
        args[a++] = p.scaleMin();
        args[a++] = rating[1];
        break;
      default:
        args[a++] = rating[1];
        break;
    }
    String template =
        groups < 63
            ? TEMPLATES.computeIfAbsent(
                new TemplateKey(raterWeights.keySet(), present, several, p.mapping()),
                k -> template(p, raters, counts))
            : template(p, raters, counts);
    return Score.of(rating[1], Explanation.of(template, args));
  }

  /** The explanation template for the raters who rated (and how often). */
  private static String template(Params p, String[] raters, int[] counts) {
    StringBuilder template = new StringBuilder();
    List<String> missing = new ArrayList<>();
    for (int r = 0; r < raters.length; r++) {
      if (counts[r] == 0) {
        missing.add(raters[r]);
        continue;
      }
      if (template.length() > 0) {
        template.append("; ");
      }
      template.append(raters[r]).append(" {}");
      if (counts[r] > 1) {
        template.append(" (mean of {})");
      }
      template.append(" × weight {}");
    }
    if (!missing.isEmpty()) {
      template.append("; no rating from ").append(String.join(", ", missing));
      template.append(": weights re-normalised over the raters present");
    }
    template.append("; weighted rating {} on {}–{}");
    switch (p.mapping()) {
      case PERCENT_OF_MAX:
        template.append(": {} ÷ {} × 100 = {}");
        break;
      case PERCENT_OF_RANGE:
        template.append(": ({} − {}) ÷ ({} − {}) × 100 = {}");
        break;
      default:
        template.append(": score {}");
        break;
    }
    return template.toString();
  }

  /**
   * The decimal formulas: each rater group's mean to {@code Dec.MC}, the weighted mean of the
   * means, then the mapping.
   */
  private static void decimal(
      Params p, String[] raters, BigDecimal[] sums, int[] counts, double[] means,
      double[] out) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (int r = 0; r < raters.length; r++) {
      if (counts[r] == 0) {
        continue;
      }
      BigDecimal mean = Dec.div(sums[r], BigDecimal.valueOf(counts[r]));
      BigDecimal weight = Dec.of(Objects.requireNonNull(p.raterWeights().get(raters[r])));
      weighted = weighted.add(mean.multiply(weight));
      weights = weights.add(weight);
      means[r] = Dec.toDouble(mean);
    }
    BigDecimal rating = Dec.div(weighted, weights);
    out[0] = Dec.toDouble(rating);
    BigDecimal min = Dec.of(p.scaleMin());
    BigDecimal max = Dec.of(p.scaleMax());
    switch (p.mapping()) {
      case PERCENT_OF_MAX:
        out[1] = Dec.toDouble(Dec.percentOf(rating, max));
        break;
      case PERCENT_OF_RANGE:
        out[1] = Dec.toDouble(Dec.percentOf(rating.subtract(min), max.subtract(min)));
        break;
      default:
        out[1] = out[0];
        break;
    }
  }

  /**
   * The same numbers as {@link #decimal}, bit for bit, from exact fractions of integers (see
   * {@code Dec}); false when a number is too long or the result too close to call.
   */
  private static boolean fast(
      Params p, String[] raters, BigDecimal[] sums, int[] counts, double[] means,
      double[] out) {
    if (p.mapping() == Mapping.PERCENT_OF_RANGE) {
      return false;
    }
    int groups = raters.length;
    long[] sum = new long[groups];
    long[] weight = new long[groups];
    int sr = 0;
    int sw = 0;
    for (int r = 0; r < groups; r++) {
      if (counts[r] == 0) {
        continue;
      }
      long cs = Dec.compact(sums[r]);
      long cw = Dec.compactOf(Objects.requireNonNull(p.raterWeights().get(raters[r])));
      if (cs == Dec.NONE || cw == Dec.NONE) {
        return false;
      }
      sr = Math.max(sr, Dec.scale(cs));
      sw = Math.max(sw, Dec.scale(cw));
      sum[r] = cs;
      weight[r] = cw;
    }
    // every mean S ÷ (n × 10^sr) over a common denominator L × 10^sr
    long common = 1;
    for (int r = 0; r < groups; r++) {
      if (counts[r] > 0) {
        long g = gcd(common, counts[r]);
        common = Dec.mul(common, counts[r] / g);
        if (common == Dec.NONE) {
          return false;
        }
      }
    }
    long numerator = 0;
    long weights = 0;
    double magnitude = 0;
    long scaleR = Dec.pow10(sr);
    for (int r = 0; r < groups; r++) {
      if (counts[r] == 0) {
        continue;
      }
      long s = Dec.rescale(Dec.unscaled(sum[r]), Dec.scale(sum[r]), sr);
      long w = Dec.rescale(Dec.unscaled(weight[r]), Dec.scale(weight[r]), sw);
      double mean = Dec.quotient(s, Dec.mul(counts[r], scaleR), Math.abs((double) s));
      long term = Dec.mul(Dec.mul(w, s), common / counts[r]);
      if (mean != mean || term == Dec.NONE) {
        return false;
      }
      means[r] = mean;
      numerator = Dec.add(numerator, term);
      weights = Dec.add(weights, w);
      magnitude += Math.abs((double) term);
      if (numerator == Dec.NONE || weights == Dec.NONE) {
        return false;
      }
    }
    // rating = numerator ÷ (common × weights × 10^sr); the weights' scale cancels
    long denominator = Dec.mul(Dec.mul(common, weights), scaleR);
    double rating = Dec.quotient(numerator, denominator, magnitude);
    if (rating != rating) {
      return false;
    }
    double score;
    if (p.mapping() == Mapping.PERCENT_OF_MAX) {
      long cm = Dec.compactOf(p.scaleMax());
      if (cm == Dec.NONE) {
        return false;
      }
      // rating × 100 ÷ max = numerator × 100 × 10^sm ÷ (denominator × MAX)
      long n = Dec.mul(numerator, Dec.mul(100, Dec.pow10(Dec.scale(cm))));
      score = Dec.quotient(n, Dec.mul(denominator, Dec.unscaled(cm)),
          magnitude * 100 * Dec.pow10(Dec.scale(cm)));
      if (score != score) {
        return false;
      }
    } else {
      score = rating;
    }
    out[0] = rating;
    out[1] = score;
    return true;
  }

  /**
   * The fast path: the column's parts are the ratings by rater ({@code "manager"}, {@code
   * "peer.wang"}; the item's own values are not read, as by {@link #score}), and each row's score
   * is {@link #score}'s number computed from exact fractions of integers (see {@code Dec}): the
   * group means over a common denominator, the weighted mean, the mapping. NaN for a row it cannot
   * decide or {@link #score} rejects: a part of an unknown rater, a rating outside the scale, no
   * rating at all, a missing rater with {@link MissingRater#FAIL}. Null when the scale or a weight
   * has more than 15 digits.
   *
   * <pre>{@code
   * ColumnScorer scorer = new Ratings().columnScorer(params, teamwork, null);
   * }</pre>
   */
  @Override
  public @Nullable ColumnScorer columnScorer(
      Params p, Indicator indicator, @Nullable Target target) {
    String[] raters = p.raterWeights().keySet().toArray(new String[0]);
    int groups = raters.length;
    long[] cw = new long[groups];
    int sw = 0;
    for (int g = 0; g < groups; g++) {
      cw[g] = Dec.strip(Dec.compactOf(Objects.requireNonNull(p.raterWeights().get(raters[g]))));
      if (cw[g] == Dec.NONE) {
        return null;
      }
      sw = Math.max(sw, Dec.scale(cw[g]));
    }
    long[] weight = new long[groups];
    for (int g = 0; g < groups; g++) {
      weight[g] = Dec.rescale(Dec.unscaled(cw[g]), Dec.scale(cw[g]), sw);
      if (weight[g] == Dec.NONE) {
        return null;
      }
    }
    long min = Dec.strip(Dec.compactOf(p.scaleMin()));
    long max = Dec.strip(Dec.compactOf(p.scaleMax()));
    if (min == Dec.NONE || max == Dec.NONE) {
      return null;
    }
    int sm = Math.max(Dec.scale(min), Dec.scale(max));
    long minU = Dec.rescale(Dec.unscaled(min), Dec.scale(min), sm);
    long maxU = Dec.rescale(Dec.unscaled(max), Dec.scale(max), sm);
    if (minU == Dec.NONE || maxU == Dec.NONE) {
      return null;
    }
    return new RatingsScorer(raters, weight, sm, minU, maxU, p.mapping(),
        p.missingRater() == MissingRater.FAIL);
  }

  /** Part names a measurement accepts (core's id rule). */
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** {@link #columnScorer}'s scorer: the rule's numbers as integers, set up once. */
  private static final class RatingsScorer implements ColumnScorer {
    private final String[] raters;
    /** The weights at one scale (which cancels). */
    private final long[] weight;
    /** The scale of {@code minU} and {@code maxU}. */
    private final int sm;
    private final long minU;
    private final long maxU;
    private final Mapping mapping;
    private final boolean fail;

    RatingsScorer(String[] raters, long[] weight, int sm, long minU, long maxU, Mapping mapping,
        boolean fail) {
      this.raters = raters;
      this.weight = weight;
      this.sm = sm;
      this.minU = minU;
      this.maxU = maxU;
      this.mapping = mapping;
      this.fail = fail;
    }

    @Override
    public void score(DecimalColumn values, int from, int to, double[] scores, byte[] bounds) {
      // per call: which group each part belongs to, and the common scale k of the ratings
      Map<String, DecimalColumn> parts = values.parts();
      int n = parts.size();
      DecimalColumn[] columns = parts.values().toArray(new DecimalColumn[0]);
      String[] names = parts.keySet().toArray(new String[0]);
      int[] group = new int[n];
      int k = sm;
      for (int c = 0; c < n; c++) {
        group[c] = group(names[c]);
        if (columns[c].scale() > 15) {
          group[c] = -1; // not worth the trouble: such rows take score()
        } else {
          k = Math.max(k, columns[c].scale());
        }
      }
      long[] lift = new long[n];
      for (int c = 0; c < n; c++) {
        lift[c] = group[c] < 0 ? 0 : Dec.pow10(k - columns[c].scale());
      }
      long lo = Dec.rescale(minU, sm, k);
      long hi = Dec.rescale(maxU, sm, k);
      long toK = Dec.pow10(k);
      long maxAt = Dec.pow10(sm); // 10^sm: max = maxU ÷ maxAt
      int groups = raters.length;
      long[] sum = new long[groups];
      int[] count = new int[groups];
      for (int r = from; r < to; r++) {
        scores[r] = Double.NaN;
        bounds[r] = ColumnScorer.NONE;
        if (values.unscaled(r) == DecimalColumn.MISSING || lo == Dec.NONE || hi == Dec.NONE) {
          continue;
        }
        for (int g = 0; g < groups; g++) {
          sum[g] = 0;
          count[g] = 0;
        }
        boolean ok = true;
        int present = 0;
        for (int c = 0; c < n && ok; c++) {
          long v = columns[c].unscaled(r);
          if (v == DecimalColumn.MISSING) {
            continue;
          }
          present++;
          int g = group[c];
          long at = g < 0 ? Dec.NONE : Dec.mul(v, lift[c]);
          // an unknown rater or a rating outside the scale: score() rejects the row
          ok = at != Dec.NONE && at >= lo && at <= hi;
          if (ok) {
            sum[g] = Dec.add(sum[g], at);
            count[g]++;
            ok = sum[g] != Dec.NONE;
          }
        }
        if (!ok || present == 0) {
          continue;
        }
        // the means sum ÷ (count × 10^k) over the common denominator lcm × 10^k
        long lcm = 1;
        for (int g = 0; g < groups; g++) {
          if (count[g] == 0) {
            ok &= !fail;
          } else if (count[g] > 1) {
            lcm = lcm / gcd(lcm, count[g]) * count[g];
          }
        }
        if (!ok) {
          continue;
        }
        long numerator = 0;
        long weights = 0;
        double magnitude = 0;
        for (int g = 0; g < groups && numerator != Dec.NONE; g++) {
          if (count[g] > 0) {
            long term = Dec.mul(Dec.mul(weight[g], sum[g]), lcm / count[g]);
            numerator = Dec.add(numerator, term);
            weights = Dec.add(weights, weight[g]);
            magnitude += Math.abs((double) term);
          }
        }
        // rating = numerator ÷ (lcm × weights × 10^k); the weights' scale cancels
        long denominator = Dec.mul(Dec.mul(lcm, weights), toK);
        double score;
        switch (mapping) {
          case PERCENT_OF_MAX:
            // rating × 100 ÷ max = numerator × 100 × 10^sm ÷ (denominator × maxU)
            score = Dec.quotient(Dec.mul(numerator, 100 * maxAt),
                Dec.mul(denominator, maxU), magnitude * 100 * maxAt);
            break;
          case PERCENT_OF_RANGE:
            // (rating − min) × 100 ÷ (max − min)
            //   = (numerator × 10^sm − minU × denominator) × 100 ÷ (denominator × (maxU − minU));
            // the decimal path rounds the rating before subtracting min: both count
            long shifted = Dec.mul(numerator, maxAt);
            long minTimes = Dec.mul(minU, denominator);
            score = Dec.quotient(
                Dec.mul(Dec.add(shifted, minTimes == Dec.NONE ? Dec.NONE : -minTimes), 100),
                Dec.mul(denominator, maxU - minU),
                (magnitude * maxAt + Math.abs((double) minTimes)) * 100);
            break;
          default:
            score = Dec.quotient(numerator, denominator, magnitude);
            break;
        }
        scores[r] = score;
      }
    }

    /** The rater group of a part, as {@link Ratings#score} matches it; -1 for none. */
    private int group(String key) {
      if (!PART.matcher(key).matches()) {
        return -1;
      }
      int dot = key.indexOf('.');
      int length = dot < 0 ? key.length() : dot;
      for (int g = 0; g < raters.length; g++) {
        if (raters[g].length() == length && key.regionMatches(0, raters[g], 0, length)) {
          return g;
        }
      }
      return -1;
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}

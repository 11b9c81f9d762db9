package dev.yardstick.rules.okr;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Strategy {@code okr-blended}: one scorecard item for an owner with both committed and
 * aspirational objectives, each kind scored by its own rule and weighted by its share of the
 * objective weight:
 *
 * <pre>
 * score = committed-weight × min(capC, 100 × committed)
 *       + aspirational-weight × min(capA, 100 × aspirational ÷ successAt)
 * </pre>
 *
 * <p>The four named parts come from {@link OkrSet#measurement(String, String,
 * dev.yardstick.core.domain.Period)}. A kind whose share is 0 needs no score part. The score is
 * marked capped when either kind's cap applied. Use it through {@link Okr#blended()}.
 *
 * <pre>{@code
 * .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.blended())
 * }</pre>
 */
public final class OkrBlendedStrategy implements ScoringStrategy<OkrBlendedStrategy.Params> {

  /** The strategy id. */
  public static final String ID = "okr-blended";

  private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("1e-9");

  /**
   * Parameters.
   *
   * @param committed how committed objectives are scored
   * @param aspirational how aspirational objectives are scored
   */
  public record Params(
      OkrCommittedStrategy.Params committed, OkrAspirationalStrategy.Params aspirational) {
    /** Validates. */
    public Params {
      Objects.requireNonNull(committed, "committed");
      Objects.requireNonNull(aspirational, "aspirational");
    }
  }

  /** For the service loader; use {@link Okr#blended()}. */
  public OkrBlendedStrategy() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Ignored: the score comes from the committed and aspirational parts of the measurement. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.IGNORED;
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    OkrCommittedStrategy.okrScore(in);
    BigDecimal committedShare = share(in, Okr.COMMITTED_WEIGHT_PART);
    BigDecimal aspirationalShare = share(in, Okr.ASPIRATIONAL_WEIGHT_PART);
    BigDecimal sum = committedShare.add(aspirationalShare);
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
      throw new InvalidInputException(
          in.subject().id(),
          in.indicator().id(),
          "parts",
          Okr.COMMITTED_WEIGHT_PART
              + " + "
              + Okr.ASPIRATIONAL_WEIGHT_PART
              + " = "
              + sum.stripTrailingZeros().toPlainString(),
          "must be 1");
    }
    StringBuilder template = new StringBuilder();
    List<Double> args = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    boolean capped = false;
    if (committedShare.signum() > 0) {
      BigDecimal okr = part(in, Okr.COMMITTED_PART);
      BigDecimal raw = okr.multiply(Dec.HUNDRED);
      BigDecimal cap = Dec.of(p.committed().cap());
      boolean over = raw.compareTo(cap) > 0;
      capped |= over;
      total = total.add(committedShare.multiply(over ? cap : raw));
      if (Dec.fitsDouble(raw)) {
        template.append("committed {} × 100 = {}");
        add(args, okr, raw);
      } else {
        // only the decimal comparison above can tell: raw is above the cap, and no double
        template.append("committed × 100 is beyond the range of a double");
      }
      if (over) {
        template.append(", capped at {}");
        add(args, cap);
      }
      template.append(", share {}");
      add(args, committedShare);
    }
    if (aspirationalShare.signum() > 0) {
      BigDecimal okr = part(in, Okr.ASPIRATIONAL_PART);
      BigDecimal raw = OkrAspirationalStrategy.raw(p.aspirational(), okr);
      BigDecimal cap = Dec.of(p.aspirational().cap());
      boolean over = raw.compareTo(cap) > 0;
      capped |= over;
      total = total.add(aspirationalShare.multiply(over ? cap : raw));
      if (template.length() > 0) {
        template.append("; ");
      }
      if (Dec.fitsDouble(raw)) {
        template.append("aspirational {} ÷ {} × 100 = {}");
        add(args, okr, Dec.of(p.aspirational().successAt()), raw);
      } else {
        // only the decimal comparison above can tell: raw is above the cap, and no double
        template.append("aspirational ÷ {} × 100 is beyond the range of a double");
        add(args, Dec.of(p.aspirational().successAt()));
      }
      if (over) {
        template.append(", capped at {}");
        add(args, cap);
      }
      template.append(", share {}");
      add(args, aspirationalShare);
    }
    template.append("; blended {}");
    add(args, total);
    double[] values = new double[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.get(i);
    }
    Explanation explanation = Explanation.of(template.toString(), values);
    double value = Dec.toDouble(total);
    return capped ? Score.capped(value, explanation) : Score.of(value, explanation);
  }

  private static void add(List<Double> args, BigDecimal... values) {
    for (BigDecimal v : values) {
      args.add(Dec.toDouble(v));
    }
  }

  private static BigDecimal share(ScoringInput in, String name) {
    BigDecimal share = part(in, name);
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidInputException(
          in.subject().id(),
          in.indicator().id(),
          "parts",
          name + "=" + share.toPlainString(),
          "must be 0 to 1");
    }
    return share;
  }

  private static BigDecimal part(ScoringInput in, String name) {
    Measurement m = in.measurement();
    BigDecimal value = m.parts().get(name);
    if (value == null) {
      throw new InvalidInputException(
          in.subject().id(),
          in.indicator().id(),
          "parts",
          name,
          "is missing: "
              + ID
              + " needs the parts that OkrSet.measurement(subjectId, indicatorId,"
              + " period) adds");
    }
    if (value.signum() < 0
        && (name.equals(Okr.COMMITTED_PART) || name.equals(Okr.ASPIRATIONAL_PART))) {
      throw new InvalidInputException(
          in.subject().id(),
          in.indicator().id(),
          "parts",
          name + "=" + value.toPlainString(),
          "is not an OKR score: it must be 0 or more");
    }
    return value;
  }

  @Override
  public String description() {
    return "committed and aspirational OKRs, each by its own rule, weighted by their shares";
  }
}

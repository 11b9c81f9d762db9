package dev.yardstick.rules.okr;

import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;

/**
 * Strategy {@code okr-aspirational}: scores a stretch OKR so that reaching the usual success level
 * earns full marks, {@code score = min(cap, 100 × OKR score ÷ successAt)}.
 *
 * <p>Aspirational OKRs are set beyond reach by design: Google expects them to average about 0.7,
 * with high variance (Google's OKR playbook, in J. Doerr, <i>Measure What Matters</i>, 2018; "the
 * sweet spot for an OKR grade is 0.6 to 0.7", Google re:Work, "Guide: Set goals with OKRs").
 * Scoring them like a KPI would punish the stretch, so with the defaults {@code successAt = 0.7}
 * and {@code cap = 100} an OKR score of 0.7 or more is full marks and 0.56 is 80. Use it through
 * {@link Okr#aspirational()}.
 *
 * <pre>{@code
 * .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.aspirational())   // 0.56 scores 80, 0.7 and up 100
 * }</pre>
 */
public final class OkrAspirationalStrategy
    implements ScoringStrategy<OkrAspirationalStrategy.Params> {

  /** The strategy id. */
  public static final String ID = "okr-aspirational";

  /**
   * Parameters.
   *
   * @param successAt the OKR score that earns 100, above 0 and at most 1; 0.7 by default
   * @param cap the highest score, above 0; 100 by default
   */
  public record Params(double successAt, double cap) {
    /** Validates. */
    public Params {
      Args.finite(successAt, ID + " successAt");
      if (successAt <= 0 || successAt > 1) {
        throw new IllegalArgumentException(
            ID + " successAt must be above 0 and at most 1, got " + Args.plain(successAt));
      }
      Args.positive(cap, ID + " cap");
    }
  }

  /** For the service loader; use {@link Okr#aspirational()}. */
  public OkrAspirationalStrategy() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Params> parametersType() {
    return Params.class;
  }

  /** Ignored: the score comes from the key results' progress, carried by the measurement. */
  @Override
  public TargetUse targetUse(Params p) {
    return TargetUse.IGNORED;
  }

  @Override
  public Score score(Params p, ScoringInput in) {
    BigDecimal okr = OkrCommittedStrategy.okrScore(in);
    BigDecimal raw = raw(p, okr);
    if (!Dec.fitsDouble(raw)) {
      // okr is 0 or more, so raw is above any cap (a finite double): cap it here, in decimals,
      // instead of letting the conversion to double fail
      return Score.capped(
          p.cap(),
          Explanation.of(
                  "OKR score ÷ success level {} × 100 is beyond the range of a double",
                  p.successAt())
              .then("capped at {}", p.cap()));
    }
    return Score.bounded(
        Dec.toDouble(raw),
        0,
        p.cap(),
        Explanation.of(
            "OKR score {} ÷ success level {} × 100 = {}",
            Dec.toDouble(okr),
            p.successAt(),
            Dec.toDouble(raw)));
  }

  static BigDecimal raw(Params p, BigDecimal okr) {
    return Dec.div(okr, Dec.of(p.successAt())).multiply(Dec.HUNDRED);
  }

  @Override
  public String description() {
    return "aspirational OKR: 100 × OKR score ÷ success level (0.7), capped at 100";
  }
}

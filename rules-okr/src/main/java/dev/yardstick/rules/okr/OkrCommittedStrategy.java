package dev.yardstick.rules.okr;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import dev.yardstick.rules.okr.internal.Args;
import dev.yardstick.rules.okr.internal.Dec;
import java.math.BigDecimal;

/**
 * Strategy {@code okr-committed}: scores an OKR score of 0–1 like a KPI's achievement, {@code score
 * = min(cap, 100 × OKR score)}.
 *
 * <p>A committed OKR is expected to score 1.0 (Google's OKR playbook, in J. Doerr, <i>Measure What
 * Matters</i>, 2018), so 1.0 earns full marks and anything less loses in proportion. The cap
 * (default 100) only matters when the OKR set records overshoot. Use it through {@link
 * Okr#committed()}.
 *
 * <pre>{@code
 * .item(Okr.OKR_SCORE).weight(100).scoredBy(Okr.committed())   // 0.675 scores 67.5
 * }</pre>
 */
public final class OkrCommittedStrategy implements ScoringStrategy<OkrCommittedStrategy.Params> {

  /** The strategy id. */
  public static final String ID = "okr-committed";

  /**
   * Parameters.
   *
   * @param cap the highest score, above 0; 100 unless overshoot is recorded and rewarded
   */
  public record Params(double cap) {
    /** Validates. */
    public Params {
      Args.positive(cap, ID + " cap");
    }
  }

  /** For the service loader; use {@link Okr#committed()}. */
  public OkrCommittedStrategy() {}

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
    BigDecimal okr = okrScore(in);
    BigDecimal raw = okr.multiply(Dec.HUNDRED);
    if (!Dec.fitsDouble(raw)) {
      // okr is 0 or more, so raw is above any cap (a finite double): cap it here, in decimals,
      // instead of letting the conversion to double fail
      return Score.capped(
          p.cap(),
          Explanation.of("OKR score × 100 is beyond the range of a double")
              .then("capped at {}", p.cap()));
    }
    return Score.bounded(
        Dec.toDouble(raw),
        0,
        p.cap(),
        Explanation.of("OKR score {} × 100 = {}", Dec.toDouble(okr), Dec.toDouble(raw)));
  }

  @Override
  public String description() {
    return "committed OKR: 100 × OKR score (0-1), capped";
  }

  /** The measurement's value, checked to be an OKR score: 0 or more. */
  static BigDecimal okrScore(ScoringInput in) {
    BigDecimal value = in.measurement().value();
    if (value.signum() < 0) {
      throw new InvalidInputException(
          in.subject().id(),
          in.indicator().id(),
          "value",
          value.toPlainString(),
          "is not an OKR score: it must be 0 or more");
    }
    return value;
  }
}

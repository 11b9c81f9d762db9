package dev.yardstick.quality.properties;

import static dev.yardstick.quality.support.Scoring.LI;
import static dev.yardstick.quality.support.Scoring.Q3;
import static dev.yardstick.quality.support.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Okr;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Monotonicity and bounds of the OKR strategies of {@code rules-okr} and of key-result progress:
 * a higher OKR score never scores lower, every score lies within 0 and the rule's cap, and a key
 * result moved further towards its target never shows less progress.
 */
class OkrStrategyProperties {

  @Property(tries = 300)
  void committed_and_aspirational_rules_never_score_a_higher_okr_score_lower(
      @ForAll("okrScore") BigDecimal a,
      @ForAll("okrScore") BigDecimal b,
      @ForAll("cap") BigDecimal cap,
      @ForAll("successAt") BigDecimal successAt) {
    // GIVEN the two single-kind rules with a cap (and a success level for aspirational OKRs)
    for (ScoringRule<?> rule :
        new ScoringRule<?>[] {
          Okr.committed(cap.doubleValue()), Okr.aspirational(successAt.doubleValue(), cap.doubleValue())
        }) {
      // WHEN two OKR scores are scored
      double low = score(rule, Okr.OKR_SCORE, null, a.min(b)).value();
      double high = score(rule, Okr.OKR_SCORE, null, a.max(b)).value();

      // THEN monotone, within 0 and the cap
      assertThat(high).isGreaterThanOrEqualTo(low);
      assertThat(low).isBetween(0.0, cap.doubleValue());
      assertThat(high).isBetween(0.0, cap.doubleValue());
    }
  }

  @Property(tries = 300)
  void the_blended_rule_stays_within_zero_and_the_larger_cap_and_rises_with_either_kind(
      @ForAll("share") BigDecimal committedShare,
      @ForAll("okrScore") BigDecimal committed,
      @ForAll("okrScore") BigDecimal aspirational,
      @ForAll("okrScore") BigDecimal raise) {
    // GIVEN committed capped at 100, aspirational at 120, success at 0.7
    ScoringRule<?> rule = Okr.blended(100, 0.7, 120);
    BigDecimal aspirationalShare = BigDecimal.ONE.subtract(committedShare);

    // WHEN the committed part is raised by `raise`
    double before = score(rule, Okr.OKR_SCORE, null, blended(committedShare, aspirationalShare, committed, aspirational)).value();
    double after = score(rule, Okr.OKR_SCORE, null, blended(committedShare, aspirationalShare, committed.add(raise), aspirational)).value();

    // THEN never lower, and within [0, 120]
    assertThat(after).isGreaterThanOrEqualTo(before);
    assertThat(before).isBetween(0.0, 120.0);
    assertThat(after).isBetween(0.0, 120.0);
  }

  private static Measurement blended(
      BigDecimal committedShare, BigDecimal aspirationalShare, BigDecimal committed, BigDecimal aspirational) {
    return Measurement.of(LI.id(), Okr.OKR_SCORE.id(), Q3, BigDecimal.ZERO)
        .withPart(Okr.COMMITTED_WEIGHT_PART, committedShare)
        .withPart(Okr.ASPIRATIONAL_WEIGHT_PART, aspirationalShare)
        .withPart(Okr.COMMITTED_PART, committed)
        .withPart(Okr.ASPIRATIONAL_PART, aspirational);
  }

  @Property(tries = 300)
  void a_key_result_moved_further_towards_its_target_never_shows_less_progress(
      @ForAll("level") BigDecimal start,
      @ForAll("level") BigDecimal target,
      @ForAll("level") BigDecimal v1,
      @ForAll("level") BigDecimal v2) {
    // GIVEN a metric key result from start to target (up or down)
    net.jqwik.api.Assume.that(start.compareTo(target) != 0);
    KeyResult kr = KeyResult.metric("kr", "Move the metric", 1, start.doubleValue(), target.doubleValue());
    boolean up = target.compareTo(start) > 0;
    BigDecimal worse = up ? v1.min(v2) : v1.max(v2);
    BigDecimal better = up ? v1.max(v2) : v1.min(v2);
    LocalDate day = Q3.start().plusDays(10);

    // WHEN each value is checked in
    double pWorse = kr.checkIn(day, worse.doubleValue(), 5, dev.yardstick.rules.okr.ConfidenceScale.ZERO_TO_TEN).progress();
    double pBetter = kr.checkIn(day, better.doubleValue(), 5, dev.yardstick.rules.okr.ConfidenceScale.ZERO_TO_TEN).progress();

    // THEN progress is monotone in the right direction and within [0, 1]
    assertThat(pBetter).isGreaterThanOrEqualTo(pWorse);
    assertThat(pWorse).isBetween(0.0, 1.0);
    assertThat(pBetter).isBetween(0.0, 1.0);
  }

  @Provide
  Arbitrary<BigDecimal> okrScore() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1.5")).ofScale(4);
  }

  @Provide
  Arbitrary<BigDecimal> cap() {
    return Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("150")).ofScale(1);
  }

  @Provide
  Arbitrary<BigDecimal> successAt() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.ONE).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> share() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> level() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3);
  }
}

package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.measurement;
import static dev.yardstick.rules.kpi.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ratings computed from exact fractions give the doubles of the decimal formula (each group's
 * mean to 34 digits, the weighted mean of the means to 34 digits, ÷ max × 100 to 34 digits),
 * bit for bit, for ratings in halves and raters in several groups.
 */
class RatingsFastPathTest {

  private static final MathContext MC = MathContext.DECIMAL128;

  @Test
  void random_ratings_score_as_the_decimal_formula_to_the_last_bit() {
    // GIVEN self 20, manager 60, peer 20 (peers averaged) on 1–5, ratings in halves
    ScoringRule<Ratings.Params> rule = RatingsTest.RULE;
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      BigDecimal self = half(r);
      BigDecimal manager = half(r);
      int peers = r.nextInt(1, 8);
      Measurement m = measurement(RatingsTest.TEAMWORK, 0)
          .withPart("self", self).withPart("manager", manager);
      BigDecimal peerSum = BigDecimal.ZERO;
      for (int k = 0; k < peers; k++) {
        BigDecimal peer = half(r);
        peerSum = peerSum.add(peer);
        m = m.withPart("peer.p" + k, peer);
      }
      // WHEN scored
      Score s = score(rule, RatingsTest.TEAMWORK, null, m);
      // THEN the score is the decimal formula's, and so is the weighted rating shown
      BigDecimal peerMean = peerSum.divide(BigDecimal.valueOf(peers), MC);
      BigDecimal weighted = self.multiply(BigDecimal.valueOf(20.0))
          .add(manager.multiply(BigDecimal.valueOf(60.0)))
          .add(peerMean.multiply(BigDecimal.valueOf(20.0)));
      BigDecimal rating = weighted.divide(BigDecimal.valueOf(100.0), MC);
      double expected = rating.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(5.0), MC)
          .doubleValue();
      assertThat(s.value()).as("%s", m.parts()).isEqualTo(expected == 0 ? 0 : expected);
      double[] args = s.explanation().arguments();
      assertThat(args[args.length - 3]).isEqualTo(rating.doubleValue());
    }
  }

  private static BigDecimal half(SplittableRandom r) {
    return BigDecimal.valueOf(r.nextInt(2, 11), 0).divide(BigDecimal.valueOf(2));
  }
}

package dev.yardstick.rules.kpi;

import static dev.yardstick.rules.kpi.ScoringFixtures.EMP;
import static dev.yardstick.rules.kpi.ScoringFixtures.Q3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explanation of a ratings score, built afresh: a rule of 64 raters (more than the 63 whose
 * templates are cached, so that the template is composed on every call) with two raters present,
 * one of them rating twice.
 */
class RatingsExplanationTest {

  private static Ratings.Params params(Ratings.Mapping mapping) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int r = 0; r < 64; r++) {
      weights.put(String.format("r%02d", r), 1.0);
    }
    return new Ratings.Params(1, 5, weights, mapping, Ratings.MissingRater.RENORMALISE);
  }

  private static Score score(Ratings.Mapping mapping) {
    Ratings strategy = new Ratings();
    Ratings.Params p = params(mapping);
    strategy.validate(p);
    Measurement m = Measurement.of(EMP.id(), "teamwork", Q3, 0)
        .withPart("r00", 5)
        .withPart("r01.a", 3)
        .withPart("r01.b", 4);
    return strategy.score(p, new ScoringInput(EMP, Q3, ColumnScorerDifferentialTest.TEAMWORK,
        null, m));
  }

  private static String missing() {
    StringBuilder b = new StringBuilder();
    for (int r = 2; r < 64; r++) {
      b.append(r == 2 ? "" : ", ").append(String.format("r%02d", r));
    }
    return b.toString();
  }

  @Test
  void a_percent_of_range_explanation_shows_each_rater_the_missing_ones_and_the_mapping() {
    // GIVEN r00 rates 5, r01 rates 3 and 4 (mean 3.5), weights 1 each, 62 raters missing
    // WHEN scored on the range: weighted (5 × 1 + 3.5 × 1) ÷ 2 = 4.25;
    // (4.25 − 1) ÷ (5 − 1) × 100 = 3.25 ÷ 4 × 100 = 81.25
    Score s = score(Ratings.Mapping.PERCENT_OF_RANGE);
    // THEN
    assertThat(s.value()).isEqualTo(81.25);
    assertThat(s.explanation().text()).isEqualTo(
        "r00 5 × weight 1; r01 3.5 (mean of 2) × weight 1; no rating from " + missing()
            + ": weights re-normalised over the raters present; weighted rating 4.25 on 1–5:"
            + " (4.25 − 1) ÷ (5 − 1) × 100 = 81.25");
  }

  @Test
  void a_percent_of_max_explanation_shows_the_division_by_the_maximum() {
    // GIVEN the same ratings WHEN scored on the maximum: 4.25 ÷ 5 × 100 = 85
    Score s = score(Ratings.Mapping.PERCENT_OF_MAX);
    // THEN
    assertThat(s.value()).isEqualTo(85);
    assertThat(s.explanation().text()).isEqualTo(
        "r00 5 × weight 1; r01 3.5 (mean of 2) × weight 1; no rating from " + missing()
            + ": weights re-normalised over the raters present; weighted rating 4.25 on 1–5:"
            + " 4.25 ÷ 5 × 100 = 85");
  }
}

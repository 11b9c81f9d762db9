package dev.yardstick.quality.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.rules.okr.Okr;
import org.junit.jupiter.api.Test;

/**
 * Reproducers of the fuzz findings listed in {@link KnownFindings}, disabled while open; a fixed
 * finding's reproducer stays as a regression test.
 */
class KnownFindingsTest {

  private static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");
  private static final Period Q3 = Period.parse("2026-Q3");

  @Test
  void an_okr_score_beyond_the_range_of_a_double_is_capped_not_thrown() {
    // GIVEN an absurd OKR score whose 100-fold exceeds Double.MAX_VALUE (1.797E+308)
    Measurement m = Measurement.of("emp-17", "okr-score", Q3, 2.7e307);

    // WHEN scored by the committed rule, cap 100
    Score s = Okr.committed().score(new ScoringInput(LI, Q3, Okr.OKR_SCORE, null, m));

    // THEN the cap decides: 2.7E+309 > 100, so 100, flagged capped
    assertThat(s.value()).isEqualTo(100.0);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
  }
}

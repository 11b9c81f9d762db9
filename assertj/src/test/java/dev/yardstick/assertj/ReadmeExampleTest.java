package dev.yardstick.assertj;

import static dev.yardstick.assertj.YardstickAssertions.assertThat;

import dev.yardstick.assertj.fixtures.YardstickFixtures;
import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** The README's "Testing your integration" example, so that it keeps working. */
class ReadmeExampleTest {

  @Test
  void the_readme_example_passes() {
    YardstickFixtures data = YardstickFixtures.seed(42);
    Subject li = data.employee("store-ops-manager");
    Scorecard card = data.scorecard("store-ops-manager");
    Evaluation evaluation = Yardstick.evaluate(li).in("2026-Q3").against(card)
        .with(data.onTarget(li, card, Period.parse("2026-Q3")));

    assertThat(evaluation)
        .hasTotal(100)
        .hasGrade("S")
        .item("store-gmv").hasScore(100).isNotCapped();
  }
}

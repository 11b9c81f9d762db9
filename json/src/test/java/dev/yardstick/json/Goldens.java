package dev.yardstick.json;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.testing.Fixtures;
import java.util.List;
import java.util.Map;

/** The values of the golden files under src/test/resources/golden/. */
final class Goldens {

  private Goldens() {}

  static Evaluation evaluation() {
    return Yardstick.evaluate(Fixtures.LI).in(Fixtures.Q3).against(Fixtures.card()).teamScore(91.5)
        .with(Fixtures.measurements());
  }

  static BatchResult batch() {
    Subject wang = Subject.employee("emp-18", "Wang Fang", "store-ops-manager", "team-tmall");
    return Yardstick.evaluateAll(List.of(Fixtures.LI, wang)).in(Fixtures.Q3).against(Fixtures.card())
        .teamScores(Map.of("team-tmall", 91.5)).with(Fixtures.measurements());
  }

  /** File name → value. */
  static Map<String, Object> pretty() {
    return Map.of(
        "role.json", Fixtures.MANAGER,
        "scorecard.json", Fixtures.card(),
        "evaluation.json", evaluation(),
        "batch-result.json", batch(),
        "measurements.json", Fixtures.measurements());
  }
}

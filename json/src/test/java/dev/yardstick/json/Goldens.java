package dev.yardstick.json;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.json.testing.Fixtures;
import dev.yardstick.json.testing.Results;
import java.util.LinkedHashMap;
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

  /** File name → value, in a fixed order: the core's documents, then tracking's, then review's. */
  static Map<String, Object> pretty() {
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("role.json", Fixtures.MANAGER);
    files.put("scorecard.json", Fixtures.card());
    files.put("evaluation.json", evaluation());
    files.put("batch-result.json", batch());
    files.put("measurements.json", Fixtures.measurements());
    files.put("aggregate.json", Results.aggregation().aggregates().get(1));
    files.put("aggregation-result.json", Results.aggregation());
    files.put("annual-review.json", Results.annualReview());
    files.put("detection-checked.json", Results.checkedDetection());
    files.put("detection-insufficient-history.json", Results.insufficientDetection());
    files.put("ab-result.json", Results.abResult());
    files.put("calibration.json", Results.calibration());
    files.put("pay-proposal.json", Results.payProposal());
    files.put("promotion-decision.json", Results.promotionDecision());
    files.put("training-plan.json", Results.trainingPlan());
    files.put("placement.json", Results.placement());
    files.put("what-if-result.json", Results.whatIfResult());
    return files;
  }
}

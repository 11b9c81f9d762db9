package dev.yardstick.review.versioning;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.review.testing.Fixtures;
import dev.yardstick.review.testing.TestScoring;

/** Two versions of the "growth" scorecard: GMV-heavy (v1) and balanced (v2 proposal). */
final class VersioningFixtures {

  static final Period H1 = Period.parse("2026-H1");
  static final Period H2 = Period.parse("2026-H2");

  private VersioningFixtures() {}

  /** v1 from 2026-H1: gmv 75% (target 1 000 000), cvr 25% (target 0.035). */
  static Scorecard v1() {
    return card(75, 25, TeamLink.none()).validFrom(H1).build();
  }

  /** The proposal: gmv 50%, cvr 50%; version and validity are set by the history. */
  static Scorecard proposal() {
    return card(50, 50, TeamLink.none()).build();
  }

  static dev.yardstick.core.scorecard.ScorecardBuilder card(
      double gmvWeight, double cvrWeight, TeamLink link) {
    return Yardstick.scorecard("growth")
        .teamLink(link)
        .section("KPI", 100)
        .item(Fixtures.GMV).weight(gmvWeight).target(Target.of(1_000_000))
            .scoredBy(TestScoring.percentOfTarget())
        .item(Fixtures.CVR).weight(cvrWeight).target(Target.of(0.035))
            .scoredBy(TestScoring.percentOfTarget());
  }
}

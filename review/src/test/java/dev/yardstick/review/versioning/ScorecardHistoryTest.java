package dev.yardstick.review.versioning;

import static dev.yardstick.review.versioning.VersioningFixtures.H1;
import static dev.yardstick.review.versioning.VersioningFixtures.H2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardHistoryTest {

  @Test
  void a_half_yearly_revision_closes_the_previous_version() {
    // GIVEN v1 valid from 2026-H1, open-ended
    ScorecardHistory history = ScorecardHistory.of(VersioningFixtures.v1());
    // WHEN the proposal takes effect in 2026-H2
    ScorecardHistory revised = history.revise(VersioningFixtures.proposal(), H2);
    // THEN v1 ends with 2026-H1 and v2 starts in 2026-H2
    assertThat(revised.versions()).extracting(Scorecard::version).containsExactly(1, 2);
    assertThat(revised.version(1).orElseThrow().validUntil()).contains(H1);
    assertThat(revised.latest().validFrom()).isEqualTo(H2);
    assertThat(revised.latest().validUntil()).isEmpty();
    assertThat(revised).hasToString(
        "ScorecardHistory[growth: v1 2026-H1 to 2026-H1, v2 2026-H2 to open end]");
    // the original history is unchanged
    assertThat(history.versions()).hasSize(1);
  }

  @Test
  void the_version_in_force_is_the_one_whose_validity_contains_the_period() {
    // GIVEN v1 for 2026-H1 and v2 from 2026-H2
    // WHEN versions are looked up by period
    // THEN each period finds the version containing it
    ScorecardHistory h = ScorecardHistory.of(VersioningFixtures.v1()).revise(VersioningFixtures.proposal(), H2);
    assertThat(h.inForce(Period.parse("2026-Q2")).orElseThrow().version()).isEqualTo(1);
    assertThat(h.inForce(Period.parse("2026-06")).orElseThrow().version()).isEqualTo(1);
    assertThat(h.inForce(Period.parse("2026-07")).orElseThrow().version()).isEqualTo(2);
    assertThat(h.inForce(Period.parse("2027-Q1")).orElseThrow().version()).isEqualTo(2);
    // a year spanning both versions has no single version; a period before v1 has none
    assertThat(h.inForce(Period.parse("2026"))).isEmpty();
    assertThat(h.inForce(Period.parse("2025-Q4"))).isEmpty();
  }

  @Test
  void past_evaluations_keep_the_version_they_were_made_with() {
    ScorecardHistory h = ScorecardHistory.of(VersioningFixtures.v1()).revise(VersioningFixtures.proposal(), H2);
    // GIVEN a Q2 evaluation on the version then in force and a Q3 one on the new version
    Evaluation q2 =
        Fixtures.evaluate(h.inForce(Fixtures.Q2).orElseThrow(), Fixtures.employee("emp-1"),
            Fixtures.Q2, "gmv", 1_000_000, "cvr", 0.035);
    Evaluation q3 =
        Fixtures.evaluate(h.inForce(Fixtures.Q3).orElseThrow(), Fixtures.employee("emp-1"),
            Fixtures.Q3, "gmv", 1_000_000, "cvr", 0.035);
    // WHEN the history is asked which version made each
    // THEN each finds its own version back
    assertThat(q2.scorecardVersion()).isEqualTo(1);
    assertThat(h.versionOf(q2).items().get(0).weight()).isEqualTo(75.0);
    assertThat(h.versionOf(q3).items().get(0).weight()).isEqualTo(50.0);
    assertThatThrownBy(() -> h.versionOf(Fixtures.withTotal("emp-1", 80)))
        .hasMessage("evaluation of 'emp-1' is on scorecard 'points', not 'growth'");
  }

  @Test
  void overlapping_versions_are_rejected_naming_both() {
    // GIVEN v1 and v2 both open-ended
    // WHEN they form a history
    // THEN the overlap names both versions and spans
    Scorecard v2 = VersioningFixtures.proposal().toBuilder().version(2).validFrom(H2).build();
    assertThatThrownBy(() -> ScorecardHistory.of(List.of(v2, VersioningFixtures.v1())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scorecard 'growth' version 1 (2026-H1 to open end) overlaps version 2 (2026-H2 to"
                + " open end)");
  }

  @Test
  void invalid_histories_and_revisions_are_rejected() {
    // GIVEN a history of v1 from 2026-H1
    // WHEN invalid revisions and histories are made
    // THEN each message names the value
    ScorecardHistory h = ScorecardHistory.of(VersioningFixtures.v1());
    assertThatThrownBy(() -> h.revise(VersioningFixtures.proposal(), H1))
        .hasMessage(
            "revision of scorecard 'growth' must start after version 1 starts (2026-H1), got"
                + " 2026-H1");
    assertThatThrownBy(() -> h.revise(Fixtures.POINTS_CARD, H2))
        .hasMessage("a revision of scorecard 'growth' cannot be scorecard 'points'");
    assertThatThrownBy(() -> ScorecardHistory.of(List.of(VersioningFixtures.v1(), Fixtures.POINTS_CARD)))
        .hasMessageContaining("cannot hold scorecard");
    assertThatThrownBy(() -> ScorecardHistory.of(List.of(VersioningFixtures.v1(), VersioningFixtures.v1())))
        .hasMessage("scorecard 'growth' has version 1 twice");
    assertThatThrownBy(() -> ScorecardHistory.of(List.of()))
        .hasMessage("scorecard history has no versions");
    assertThatThrownBy(() -> h.diff(1, 2)).hasMessage("scorecard 'growth' has no version 2");
  }

  @Test
  void the_history_diffs_its_versions() {
    // GIVEN the revised history
    // WHEN versions 1 and 2 are diffed
    // THEN only the item weights changed
    ScorecardHistory h = ScorecardHistory.of(VersioningFixtures.v1()).revise(VersioningFixtures.proposal(), H2);
    assertThat(h.diff(1, 2).changes()).extracting(ScorecardChange::text)
        .containsExactly("ITEM_WEIGHT_CHANGED KPI/gmv: 75 → 50", "ITEM_WEIGHT_CHANGED KPI/cvr: 25 → 50");
  }
}

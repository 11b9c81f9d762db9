package dev.yardstick.review.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.review.testing.Fixtures;
import dev.yardstick.review.testing.TestScoring;
import org.junit.jupiter.api.Test;

class ScorecardDiffTest {

  static final Indicator REPORT = Indicator.builder("report").name("Report timeliness").build();

  /** KPI 80 {gmv 50, cvr 25, csat 25}, Process 20 {report 100}. */
  static Scorecard old() {
    return Yardstick.scorecard("store-ops")
        .section("KPI", 80)
        .item(Fixtures.GMV).weight(50).target(Target.of(1_000_000)).scoredBy(TestScoring.percentOfTarget())
        .item(Fixtures.CVR).weight(25).target(Target.of(0.035)).scoredBy(TestScoring.percentOfTarget())
        .item(Fixtures.CSAT).weight(25).target(Target.of(0.9)).scoredBy(TestScoring.percentOfTarget())
        .section("Process", 20)
        .item(REPORT).weight(100).scoredBy(TestScoring.identity())
        .build();
  }

  /**
   * KPI 70 {gmv 50 (target 1 200 000), cvr 30 (scored by identity), cac 20}, Growth 30 {report
   * 100}; team blend 80/20; missing data excluded.
   */
  static Scorecard revised() {
    return Yardstick.scorecard("store-ops")
        .version(2)
        .teamLink(TeamLink.blend(80, 20))
        .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE)
        .section("KPI", 70)
        .item(Fixtures.GMV).weight(50).target(Target.of(1_200_000)).scoredBy(TestScoring.percentOfTarget())
        .item(Fixtures.CVR).weight(30).target(Target.of(0.035)).scoredBy(TestScoring.identity())
        .item(Fixtures.CAC).weight(20).target(Target.of(60)).scoredBy(TestScoring.percentOfTarget())
        .section("Growth", 30)
        .item(REPORT).weight(100).scoredBy(TestScoring.identity())
        .build();
  }

  @Test
  void every_kind_of_change_is_listed_in_order() {
    // GIVEN the old card and the revised one (see their Javadoc)
    // WHEN they are diffed
    // THEN every change is listed in the documented order
    ScorecardDiff diff = ScorecardDiff.between(old(), revised());
    assertThat(diff.fromVersion()).isEqualTo(1);
    assertThat(diff.toVersion()).isEqualTo(2);
    assertThat(diff.changes()).extracting(ScorecardChange::text)
        .containsExactly(
            "SECTION_REMOVED Process: 20 → —",
            "SECTION_WEIGHT_CHANGED KPI: 80 → 70",
            "SECTION_ADDED Growth: — → 30",
            "ITEM_REMOVED KPI/csat: 25 → —",
            "ITEM_ADDED KPI/cac: — → 20",
            "TARGET_CHANGED KPI/gmv: 1000000 → 1200000",
            "ITEM_WEIGHT_CHANGED KPI/cvr: 25 → 30",
            "RULE_CHANGED KPI/cvr: test-reviewParams[mode=PERCENT_OF_TARGET] →"
                + " test-reviewParams[mode=IDENTITY]",
            "ITEM_MOVED Growth/report: Process → Growth",
            "TEAM_LINK_CHANGED: none → blend 80/20",
            "MISSING_DATA_CHANGED: FAIL → EXCLUDE_AND_RENORMALISE");
    assertThat(diff.of(ScorecardChange.Kind.ITEM_ADDED)).singleElement()
        .satisfies(c -> {
          assertThat(c.indicatorId()).isEqualTo("cac");
          assertThat(c.section()).isEqualTo("KPI");
          assertThat(c.before()).isNull();
          assertThat(c.after()).isEqualTo("20");
        });
  }

  @Test
  void identical_versions_have_no_changes() {
    // GIVEN a card
    // WHEN it is diffed with itself
    // THEN there is no change
    assertThat(ScorecardDiff.between(old(), old()).isEmpty()).isTrue();
  }

  @Test
  void a_rounding_change_is_listed() {
    // GIVEN the old card rounded to 0 decimals half even
    // WHEN it is diffed with the original
    // THEN only the rounding changed
    Scorecard coarse = old().toBuilder().rounding(0, java.math.RoundingMode.HALF_EVEN).build();
    assertThat(ScorecardDiff.between(old(), coarse).changes()).extracting(ScorecardChange::text)
        .containsExactly("ROUNDING_CHANGED: 2 decimals HALF_UP → 0 decimals HALF_EVEN");
  }
}

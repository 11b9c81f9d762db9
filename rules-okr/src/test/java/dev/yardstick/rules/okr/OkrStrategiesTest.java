package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.StrategyRegistry;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OkrStrategiesTest {

  static final Period Q3 = Period.parse("2026-Q3");
  static final Subject LI = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");

  static ScoringInput input(Measurement m) {
    return new ScoringInput(LI, Q3, Okr.OKR_SCORE, null, m);
  }

  static ScoringInput input(double okrScore) {
    return input(Measurement.of("emp-17", "okr-score", Q3, okrScore));
  }

  /** A measurement with the parts of OkrSet.measurement. */
  static Measurement split(
      double committed, double committedShare, double aspirational, double aspirationalShare) {
    return Measurement.of("emp-17", "okr-score", Q3, 0)
        .withPart(Okr.COMMITTED_PART, committed)
        .withPart(Okr.COMMITTED_WEIGHT_PART, committedShare)
        .withPart(Okr.ASPIRATIONAL_PART, aspirational)
        .withPart(Okr.ASPIRATIONAL_WEIGHT_PART, aspirationalShare);
  }

  @Test
  void a_committed_okr_scores_one_hundred_times_its_score() {
    // GIVEN / WHEN an OKR score of 0.675
    Score s = Okr.committed().score(input(0.675));

    // THEN 0.675 × 100 = 67.5
    assertThat(s.value()).isEqualTo(67.5);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(s.explanation().text()).isEqualTo("OKR score 0.675 × 100 = 67.5");
  }

  @Test
  void a_committed_okr_met_in_full_earns_full_marks_and_recorded_overshoot_is_capped() {
    // GIVEN / WHEN 1.0, and 1.2 with overshoot recorded
    Score full = Okr.committed().score(input(1.0));
    Score over = Okr.committed().score(input(1.2));
    Score rewarded = Okr.committed(120).score(input(1.2));

    // THEN 100; 120 capped at 100; 120 under a cap of 120
    assertThat(full.value()).isEqualTo(100);
    assertThat(full.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(over.value()).isEqualTo(100);
    assertThat(over.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(over.explanation().text()).isEqualTo("OKR score 1.2 × 100 = 120; capped at 100");
    assertThat(rewarded.value()).isEqualTo(120);
    assertThat(rewarded.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(Okr.committed().score(input(0)).value()).isZero();
  }

  @Test
  void an_aspirational_okr_at_seven_tenths_earns_full_marks() {
    // GIVEN / WHEN 0.7, Google's success level for stretch goals
    Score s = Okr.aspirational().score(input(0.7));

    // THEN 0.7 ÷ 0.7 × 100 = 100, exactly, not capped
    assertThat(s.value()).isEqualTo(100);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(s.explanation().text()).isEqualTo("OKR score 0.7 ÷ success level 0.7 × 100 = 100");
  }

  @Test
  void an_aspirational_okr_below_success_scores_in_proportion_and_above_it_is_capped() {
    // GIVEN / WHEN 0.56 and 0.9
    Score below = Okr.aspirational().score(input(0.56));
    Score above = Okr.aspirational().score(input(0.9));

    // THEN 0.56 ÷ 0.7 × 100 = 80; 0.9 ÷ 0.7 × 100 = 128.57… capped at 100
    assertThat(below.value()).isEqualTo(80);
    assertThat(above.value()).isEqualTo(100);
    assertThat(above.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(above.explanation().template()).endsWith("; capped at {}");
    assertThat(above.explanation().arguments()[2]).isCloseTo(900.0 / 7, within(1e-12));
  }

  @Test
  void the_aspirational_success_level_and_cap_are_configurable() {
    // GIVEN success at 0.6, cap 110
    ScoringRule<OkrAspirationalStrategy.Params> rule = Okr.aspirational(0.6, 110);

    // WHEN / THEN 0.45 ÷ 0.6 × 100 = 75; 0.75 ÷ 0.6 × 100 = 125 capped at 110
    assertThat(rule.score(input(0.45)).value()).isEqualTo(75);
    assertThat(rule.score(input(0.75)).value()).isEqualTo(110);
  }

  @Test
  void a_negative_okr_score_is_rejected_naming_subject_indicator_and_value() {
    for (ScoringRule<?> rule :
        new ScoringRule<?>[] {Okr.committed(), Okr.aspirational(), Okr.blended()}) {
      assertThatThrownBy(() -> rule.score(input(-0.1)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "subject 'emp-17', indicator 'okr-score', field 'value': -0.1 is not an OKR score: it"
                  + " must be 0 or more");
    }
  }

  @Test
  void an_okr_score_whose_hundredfold_is_beyond_a_double_is_capped_not_thrown() {
    // GIVEN an absurd OKR score of 2.7E+307 (a fuzz finding): 100 × 2.7E+307 = 2.7E+309 and
    //       2.7E+307 ÷ 0.7 × 100 ≈ 3.9E+309 both exceed Double.MAX_VALUE ≈ 1.8E+308
    ScoringInput huge = input(2.7e307);

    // WHEN scored by the committed and the aspirational rule, both capped at 100
    Score committed = Okr.committed().score(huge);
    Score aspirational = Okr.aspirational().score(huge);

    // THEN both are held at the cap of 100 and flagged capped
    assertThat(committed.value()).isEqualTo(100);
    assertThat(committed.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(committed.explanation().text())
        .isEqualTo("OKR score × 100 is beyond the range of a double; capped at 100");
    assertThat(aspirational.value()).isEqualTo(100);
    assertThat(aspirational.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(aspirational.explanation().text())
        .isEqualTo(
            "OKR score ÷ success level 0.7 × 100 is beyond the range of a double; capped at 100");
  }

  @Test
  void blended_caps_a_part_whose_hundredfold_is_beyond_a_double() {
    // GIVEN committed 2.7E+307 with share 0.5, aspirational 0.35 with share 0.5
    Score s = Okr.blended().score(input(split(2.7e307, 0.5, 0.35, 0.5)));

    // WHEN / THEN committed 100 × 2.7E+307 is beyond a double, capped at 100;
    //             aspirational 0.35 ÷ 0.7 × 100 = 50; 0.5 × 100 + 0.5 × 50 = 75, flagged capped
    assertThat(s.value()).isEqualTo(75);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(s.explanation().text())
        .isEqualTo(
            "committed × 100 is beyond the range of a double, capped at 100, share 0.5;"
                + " aspirational 0.35 ÷ 0.7 × 100 = 50, share 0.5; blended 75");
  }

  @Test
  void a_hugely_negative_okr_score_is_still_rejected_not_floored() {
    // GIVEN / WHEN -2.7E+307; THEN refused like any negative score, naming the value
    for (ScoringRule<?> rule :
        new ScoringRule<?>[] {Okr.committed(), Okr.aspirational(), Okr.blended()}) {
      assertThatThrownBy(() -> rule.score(input(-2.7e307)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("subject 'emp-17', indicator 'okr-score', field 'value': -27000")
          .hasMessageEndingWith(" is not an OKR score: it must be 0 or more");
    }
  }

  @Test
  void blended_scores_each_kind_by_its_rule_weighted_by_its_share() {
    // GIVEN committed 0.6 with share 0.75, aspirational 0.35 with share 0.25
    Score s = Okr.blended().score(input(split(0.6, 0.75, 0.35, 0.25)));

    // WHEN / THEN committed 0.6 × 100 = 60; aspirational 0.35 ÷ 0.7 × 100 = 50;
    //             0.75 × 60 + 0.25 × 50 = 45 + 12.5 = 57.5
    assertThat(s.value()).isEqualTo(57.5);
    assertThat(s.bound()).isEqualTo(Score.Bound.NONE);
    assertThat(s.explanation().text())
        .isEqualTo(
            "committed 0.6 × 100 = 60, share 0.75; aspirational 0.35 ÷ 0.7 × 100 = 50, share 0.25;"
                + " blended 57.5");
  }

  @Test
  void blended_is_capped_when_either_kind_is() {
    // GIVEN committed 0.8 (share 0.5), aspirational 0.84 (share 0.5)
    Score s = Okr.blended().score(input(split(0.8, 0.5, 0.84, 0.5)));

    // WHEN / THEN 80; 0.84 ÷ 0.7 × 100 = 120 capped at 100; 0.5 × 80 + 0.5 × 100 = 90
    assertThat(s.value()).isEqualTo(90);
    assertThat(s.bound()).isEqualTo(Score.Bound.CAPPED);
    assertThat(s.explanation().text())
        .isEqualTo(
            "committed 0.8 × 100 = 80, share 0.5; aspirational 0.84 ÷ 0.7 × 100 = 120, capped at"
                + " 100, share 0.5; blended 90");
  }

  @Test
  void blended_with_only_committed_objectives_is_the_committed_score() {
    // GIVEN an OkrSet measurement of a single committed objective at 0.4
    Objective o =
        Objective.builder("o", "Grow")
            .owner("emp-17")
            .period(Q3)
            .keyResult(
                KeyResult.metric("k", "Reach 10", 1, 0, 10)
                    .checkIn(Q3.end(), 4, 5, ConfidenceScale.ZERO_TO_TEN))
            .build();
    Measurement m = OkrSet.of(o).measurement("emp-17", "okr-score", Q3);

    // WHEN / THEN 1 × 0.4 × 100 = 40, as committed() gives
    Score s = Okr.blended().score(input(m));
    assertThat(s.value()).isEqualTo(40);
    assertThat(s.value()).isEqualTo(Okr.committed().score(input(m)).value());
    assertThat(s.explanation().text()).isEqualTo("committed 0.4 × 100 = 40, share 1; blended 40");
  }

  @Test
  void blended_needs_the_parts_of_an_okr_set_measurement() {
    assertThatThrownBy(() -> Okr.blended().score(input(0.5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-17', indicator 'okr-score', field 'parts': committed-weight is missing:"
                + " okr-blended needs the parts that OkrSet.measurement(subjectId, indicatorId,"
                + " period) adds");
    Measurement noScore =
        Measurement.of("emp-17", "okr-score", Q3, 0.5)
            .withPart(Okr.COMMITTED_WEIGHT_PART, 1)
            .withPart(Okr.ASPIRATIONAL_WEIGHT_PART, 0);
    assertThatThrownBy(() -> Okr.blended().score(input(noScore)))
        .hasMessage(
            "subject 'emp-17', indicator 'okr-score', field 'parts': committed is missing:"
                + " okr-blended needs the parts that OkrSet.measurement(subjectId, indicatorId,"
                + " period) adds");
  }

  @Test
  void blended_rejects_shares_that_are_off_the_scale_or_do_not_sum_to_one_and_negative_scores() {
    assertThatThrownBy(() -> Okr.blended().score(input(split(0.5, 1.5, 0.5, 0))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-17', indicator 'okr-score', field 'parts': committed-weight=1.5 must be 0"
                + " to 1");
    assertThatThrownBy(() -> Okr.blended().score(input(split(0.5, 0.6, 0.5, 0.3))))
        .hasMessage(
            "subject 'emp-17', indicator 'okr-score', field 'parts': committed-weight +"
                + " aspirational-weight = 0.9 must be 1");
    assertThatThrownBy(() -> Okr.blended().score(input(split(-0.2, 0.5, 0.5, 0.5))))
        .hasMessage(
            "subject 'emp-17', indicator 'okr-score', field 'parts': committed=-0.2 is not an OKR"
                + " score: it must be 0 or more");
  }

  @Test
  void invalid_parameters_are_rejected_naming_strategy_parameter_and_value() {
    assertThatThrownBy(() -> Okr.committed(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("okr-committed cap must be greater than 0, got 0");
    assertThatThrownBy(() -> Okr.aspirational(0, 100))
        .hasMessage("okr-aspirational successAt must be above 0 and at most 1, got 0");
    assertThatThrownBy(() -> Okr.aspirational(1.2, 100))
        .hasMessage("okr-aspirational successAt must be above 0 and at most 1, got 1.2");
    assertThatThrownBy(() -> Okr.aspirational(Double.NaN, 100))
        .hasMessage("okr-aspirational successAt must be a finite number, got NaN");
    assertThatThrownBy(() -> Okr.aspirational(0.7, -1))
        .hasMessage("okr-aspirational cap must be greater than 0, got -1");
    assertThatThrownBy(() -> Okr.blended(100, 0.7, 0))
        .hasMessage("okr-aspirational cap must be greater than 0, got 0");
  }

  @Test
  void the_service_loader_discovers_the_okr_strategies_by_id() {
    // GIVEN / WHEN the strategies on the path
    StrategyRegistry registry = StrategyRegistry.discover();

    // THEN the three OKR ids, bound to their classes
    assertThat(registry.ids()).contains("okr-committed", "okr-aspirational", "okr-blended");
    assertThat(registry.require("okr-committed")).isInstanceOf(OkrCommittedStrategy.class);
    assertThat(registry.require("okr-aspirational")).isInstanceOf(OkrAspirationalStrategy.class);
    assertThat(registry.require("okr-blended")).isInstanceOf(OkrBlendedStrategy.class);
    assertThat(Yardstick.strategies().ids())
        .contains("okr-committed", "okr-aspirational", "okr-blended");
  }

  @Test
  void a_rule_from_a_discovered_strategy_equals_the_factory_rule() {
    // GIVEN the discovered committed strategy and the same parameters
    ScoringRule<?> discovered =
        ScoringRule.ofUnchecked(
            StrategyRegistry.discover().require("okr-committed"),
            new OkrCommittedStrategy.Params(100));

    // WHEN / THEN equal to Okr.committed(), so a scorecard read from JSON equals one built in code
    assertThat(discovered).isEqualTo(Okr.committed());
    assertThat(Okr.committed().strategyId()).isEqualTo(OkrCommittedStrategy.ID);
    assertThat(Okr.aspirational().parameters())
        .isEqualTo(new OkrAspirationalStrategy.Params(0.7, 100));
    assertThat(Okr.blended().strategyId()).isEqualTo("okr-blended");
  }

  @Test
  void the_strategies_describe_themselves() {
    assertThat(new OkrCommittedStrategy().description())
        .isEqualTo("committed OKR: 100 × OKR score (0-1), capped");
    assertThat(new OkrAspirationalStrategy().description())
        .isEqualTo("aspirational OKR: 100 × OKR score ÷ success level (0.7), capped at 100");
    assertThat(new OkrBlendedStrategy().description())
        .isEqualTo(
            "committed and aspirational OKRs, each by its own rule, weighted by their shares");
  }

  @Test
  void the_okr_indicators_are_ratios_taken_at_the_end_of_the_period() {
    assertThat(Okr.OKR_SCORE.id()).isEqualTo("okr-score");
    assertThat(Okr.OKR_SCORE.unit()).isEqualTo(Unit.RATIO);
    assertThat(Okr.OKR_SCORE.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Okr.OKR_SCORE.aggregation()).isEqualTo(Aggregation.LAST);
    assertThat(Okr.OKR_SCORE.name(Locale.CHINESE)).isEqualTo("OKR评分");
    assertThat(Okr.OKR_SCORE.name(Locale.TRADITIONAL_CHINESE)).isEqualTo("OKR評分");
    assertThat(Okr.COMMITTED_OKR_SCORE.id()).isEqualTo("okr-committed-score");
    assertThat(Okr.ASPIRATIONAL_OKR_SCORE.id()).isEqualTo("okr-aspirational-score");
  }
}

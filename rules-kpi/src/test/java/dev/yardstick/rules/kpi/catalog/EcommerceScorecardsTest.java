package dev.yardstick.rules.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcommerceScorecardsTest {

  static final Period Q3 = Period.parse("2026-Q3");

  static Subject employee(Scorecard card) {
    return Subject.employee("emp-1", "Li Wei", card.id(), "team-a");
  }

  @Test
  void every_role_has_a_default_scorecard_under_its_id() {
    // GIVEN / WHEN each role's card  THEN it exists, carries the role's id, one card per role
    for (Role role : EcommerceRoles.all()) {
      Scorecard card = EcommerceScorecards.forRole(role);
      assertThat(card.id()).isEqualTo(role.id());
      assertThat(EcommerceScorecards.forRoleId(role.id())).isSameAs(card);
    }
    assertThat(EcommerceScorecards.all()).hasSameSizeAs(EcommerceRoles.all());
  }

  @Test
  void an_unknown_role_id_is_rejected_naming_the_known_ones() {
    assertThatThrownBy(() -> EcommerceScorecards.forRoleId("ceo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no default scorecard for role id 'ceo'; known: [marketing-manager,"
                + " new-media-specialist, store-ops-manager, merchandise-specialist, cs-supervisor,"
                + " cs-specialist, content-specialist, data-analyst]");
  }

  @Test
  void each_card_scores_its_categorys_section_3_indicators_in_core_and_auxiliary_sections() {
    for (Role role : EcommerceRoles.all()) {
      Scorecard card = EcommerceScorecards.forRole(role);
      // the §3 indicators of the role's category, variants left out
      List<String> expected = new ArrayList<>();
      EcommerceIndicatorsTest.SECTION_3.get(role.module()).forEach(expected::addAll);
      assertThat(card.items()).extracting(Item::indicatorId).as(role.id())
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(card.sections()).extracting(Section::name).containsExactly("core", "auxiliary");
      for (Item item : card.sections().get(0).items()) {
        assertThat(item.indicator().tier()).as(item.indicatorId()).isEqualTo(Tier.CORE);
      }
      for (Item item : card.sections().get(1).items()) {
        assertThat(item.indicator().tier()).as(item.indicatorId()).isEqualTo(Tier.AUXILIARY);
      }
    }
  }

  @Test
  void every_core_item_weighs_more_in_the_total_than_every_auxiliary_item() {
    for (Scorecard card : EcommerceScorecards.all()) {
      // effective weight = section weight × item weight ÷ 100
      Section core = card.sections().get(0);
      Section auxiliary = card.sections().get(1);
      double lightestCore = Double.MAX_VALUE;
      for (Item item : core.items()) {
        lightestCore = Math.min(lightestCore, core.weight() * item.weight() / 100);
      }
      double heaviestAuxiliary = 0;
      for (Item item : auxiliary.items()) {
        heaviestAuxiliary = Math.max(heaviestAuxiliary, auxiliary.weight() * item.weight() / 100);
      }
      assertThat(lightestCore).as(card.id()).isGreaterThan(heaviestAuxiliary);
    }
  }

  @Test
  void lower_is_better_items_have_strictly_descending_targets() {
    int seen = 0;
    for (Scorecard card : EcommerceScorecards.all()) {
      for (Item item : card.items()) {
        if (item.indicator().direction() == Direction.LOWER_IS_BETTER) {
          Target t = item.target();
          assertThat(t).as(card.id() + " " + item.indicatorId()).isNotNull();
          assertThat(t.threshold()).as(item.indicatorId()).isGreaterThan(t.target());
          assertThat(t.target()).as(item.indicatorId()).isGreaterThan(t.stretch());
          seen++;
        }
      }
    }
    // CAC and promotion cost ratio on 2 marketing cards, response time and complaint rate on 2
    // service cards
    assertThat(seen).isEqualTo(8);
  }

  @Test
  void every_card_scores_exactly_100_when_every_item_is_exactly_on_target() {
    for (Scorecard card : EcommerceScorecards.all()) {
      // GIVEN each item's actual on its target level (campaign achievement 1.0 = 100%,
      // collaboration rated 5 of 5 by a partner)
      List<Measurement> measurements = new ArrayList<>();
      for (Item item : card.items()) {
        Indicator indicator = item.indicator();
        Measurement m;
        if (indicator.equals(EcommerceIndicators.COLLABORATION_SATISFACTION)) {
          m = Measurement.of("emp-1", indicator.id(), Q3, 5).withPart("partner.operations", 5);
        } else if (item.target() == null) {
          m = Measurement.of("emp-1", indicator.id(), Q3, 1.0);
        } else {
          m = Measurement.of("emp-1", indicator.id(), Q3, item.target().target());
        }
        measurements.add(m);
      }
      // WHEN evaluated
      Evaluation e = Yardstick.evaluate(employee(card)).in(Q3).against(card).with(measurements);
      // THEN threshold/target/stretch, ratio, closer, banded and ratings all give 100 on target,
      // so every section and the total are 100
      for (ItemResult item : e.items()) {
        assertThat(item.rawScore()).as(card.id() + " " + item.indicatorId()).isEqualTo(100.0);
        assertThat(item.explanation().text()).isNotBlank();
      }
      assertThat(e.total()).as(card.id()).isEqualByComparingTo("100");
    }
  }

  @Test
  void the_store_operations_managers_card_evaluates_as_computed_by_hand() {
    // GIVEN a quarter of the store operations manager
    Scorecard card = EcommerceScorecards.STORE_OPS_MANAGER;
    Evaluation e =
        Yardstick.evaluate(employee(card))
            .in(Q3)
            .against(card)
            .with(
                Measurement.of("emp-1", "store-gmv", Q3, 4_500_000),
                Measurement.ratio("emp-1", "conversion-rate", Q3, 3_465, 90_000),
                Measurement.of("emp-1", "revenue-per-buyer", Q3, 180),
                Measurement.of("emp-1", "campaign-achievement-rate", Q3, 1.1),
                Measurement.ratio("emp-1", "sku-movement-rate", Q3, 650, 1_000),
                Measurement.of("emp-1", "inventory-turnover", Q3, 1.8),
                Measurement.of("emp-1", "search-rank-improvement", Q3, 7.5));
    // THEN
    // GMV 4500000 on 4M / 5M / 6M: 60 + 500000 × 40 ÷ 1000000 = 80
    // conversion 3465 ÷ 90000 = 0.0385: 0.0385 ÷ 0.035 × 100 = 110
    // 客單價 180 ÷ 200 × 100 = 90
    // campaign 1.1 between 1.0 (100) and 1.2 (120): 100 + 0.1 × 20 ÷ 0.2 = 110
    // 動銷率 0.65 on 0.6 / 0.7 / 0.8: 60 + 0.05 × 40 ÷ 0.1 = 80
    // turnover 1.8 is 0.3 ÷ 1.5 = 20% from 1.5: 100 − 100 × (0.2 − 0.1) ÷ (0.5 − 0.1) = 75
    // search rank 7.5 on 0 / 5 / 10: 100 + 2.5 × 20 ÷ 5 = 110
    assertThat(scores(e))
        .containsExactly(80.0, 110.0, 90.0, 110.0, 80.0, 75.0, 110.0);
    // core = (35 × 80 + 20 × 110 + 20 × 90 + 25 × 110) ÷ 100 = 9550 ÷ 100 = 95.5
    // auxiliary = (40 × 80 + 30 × 75 + 30 × 110) ÷ 100 = 8750 ÷ 100 = 87.5
    // total = 0.7 × 95.5 + 0.3 × 87.5 = 66.85 + 26.25 = 93.1
    assertThat(e.section("core").orElseThrow().subtotal()).isEqualByComparingTo("95.5");
    assertThat(e.section("auxiliary").orElseThrow().subtotal()).isEqualByComparingTo("87.5");
    assertThat(e.total()).isEqualByComparingTo("93.10");
  }

  @Test
  void the_customer_service_specialists_card_scores_lower_is_better_items_as_computed_by_hand() {
    // GIVEN a quarter of a service specialist
    Scorecard card = EcommerceScorecards.CS_SPECIALIST;
    Evaluation e =
        Yardstick.evaluate(employee(card))
            .in(Q3)
            .against(card)
            .with(
                Measurement.ratio("emp-1", "csat", Q3, 850, 1_000),
                Measurement.ratio("emp-1", "fcr", Q3, 850, 1_000),
                Measurement.of("emp-1", "first-response-time", Q3, 45),
                Measurement.ratio("emp-1", "after-sales-timeliness", Q3, 97, 100),
                Measurement.ratio("emp-1", "complaint-rate", Q3, 7, 2_000),
                Measurement.ratio("emp-1", "repurchase-guidance-rate", Q3, 30, 200),
                Measurement.ratio("emp-1", "script-compliance", Q3, 180, 200));
    // THEN
    // CSAT 0.85 on 0.8 / 0.9 / 0.95: 60 + 0.05 × 40 ÷ 0.1 = 80
    // FCR 0.85 on 0.7 / 0.8 / 0.9: 100 + 0.05 × 20 ÷ 0.1 = 110
    // response 45 s on 60 / 30 / 15 (lower is better): 60 + (45 − 60) × 40 ÷ (30 − 60) = 80
    // after-sales 0.97 on 0.9 / 0.95 / 0.99: 100 + 0.02 × 20 ÷ 0.04 = 110
    // complaints 7 ÷ 2000 = 0.0035 on 0.01 / 0.005 / 0.002:
    //   100 + (0.0035 − 0.005) × 20 ÷ (0.002 − 0.005) = 100 + 10 = 110
    // repurchase 30 ÷ 200 = 0.15 on target 0.15: 100
    // script 180 ÷ 200 = 0.9, exactly the threshold: 60
    assertThat(scores(e)).containsExactly(80.0, 110.0, 80.0, 110.0, 110.0, 100.0, 60.0);
    // core = (25 × 80 + 30 × 110 + 20 × 80 + 25 × 110) ÷ 100 = (2000 + 3300 + 1600 + 2750) ÷ 100
    //      = 96.5
    // auxiliary = (30 × 110 + 40 × 100 + 30 × 60) ÷ 100 = (3300 + 4000 + 1800) ÷ 100 = 91
    // total = 0.75 × 96.5 + 0.25 × 91 = 72.375 + 22.75 = 95.125 → 95.13 (half up)
    assertThat(e.total()).isEqualByComparingTo("95.13");
  }

  @Test
  void the_data_analysts_card_rates_collaboration_by_partner_departments() {
    // GIVEN a quarter of a data analyst, rated 4 by operations and 5 by marketing
    Scorecard card = EcommerceScorecards.DATA_ANALYST;
    Evaluation e =
        Yardstick.evaluate(employee(card))
            .in(Q3)
            .against(card)
            .with(
                Measurement.ratio("emp-1", "report-timeliness", Q3, 37, 40),
                Measurement.ratio("emp-1", "adoption-rate", Q3, 33, 50),
                Measurement.ratio("emp-1", "alert-precision", Q3, 9, 10),
                Measurement.ratio("emp-1", "alert-recall", Q3, 9, 15),
                Measurement.ratio("emp-1", "tool-efficiency", Q3, 4, 10),
                Measurement.of("emp-1", "collaboration-satisfaction", Q3, 4.5)
                    .withPart("partner.operations", 4)
                    .withPart("partner.marketing", 5));
    // THEN
    // timeliness 37 ÷ 40 = 0.925 on 0.9 / 0.95 / 1: 60 + 0.025 × 40 ÷ 0.05 = 80
    // adoption 0.66 ÷ 0.6 × 100 = 110; precision 0.9 ÷ 0.8 × 100 = 112.5
    // recall 9 ÷ 15 = 0.6: 0.6 ÷ 0.8 × 100 = 75; tools 0.4 ÷ 0.5 × 100 = 80
    // collaboration (4 + 5) ÷ 2 = 4.5: 4.5 ÷ 5 × 100 = 90
    assertThat(scores(e)).containsExactly(80.0, 110.0, 112.5, 75.0, 80.0, 90.0);
    // core = (25 × 80 + 35 × 110 + 20 × 112.5 + 20 × 75) ÷ 100 = (2000 + 3850 + 2250 + 1500) ÷ 100
    //      = 96
    // auxiliary = (80 + 90) ÷ 2 = 85; total = 0.75 × 96 + 0.25 × 85 = 72 + 21.25 = 93.25
    assertThat(e.total()).isEqualByComparingTo("93.25");
  }

  private static List<Double> scores(Evaluation e) {
    List<Double> scores = new ArrayList<>();
    for (ItemResult item : e.items()) {
      scores.add(item.rawScore());
    }
    return scores;
  }
}

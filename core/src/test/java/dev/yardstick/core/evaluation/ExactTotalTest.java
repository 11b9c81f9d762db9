package dev.yardstick.core.evaluation;

import static dev.yardstick.core.testing.Fixtures.LI;
import static dev.yardstick.core.testing.Fixtures.Q3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.testing.LinearStrategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Totals and subtotals equal the exact decimal arithmetic of the card, rounded once: the cases of
 * the "numbers that hold end to end" issue, worked by hand, on the one-by-one and the table path.
 */
class ExactTotalTest {

  private static final Indicator A = Indicator.builder("a").build();
  private static final Indicator B = Indicator.builder("b").build();
  private static final Indicator C = Indicator.builder("c").build();

  /** Sections KPI and OKR of one item each, every item scoring its actual. */
  private static ScorecardBuilder twoSections(double kpi, double okr) {
    return Yardstick.scorecard("two")
        .section("KPI", kpi)
        .item(A).weight(100).scoredBy(TableEvaluationTest.fast(1, -1e9, 1e9))
        .section("OKR", okr)
        .item(B).weight(100).scoredBy(TableEvaluationTest.fast(1, -1e9, 1e9));
  }

  private static Evaluation evaluate(Scorecard card, String a, String b) {
    return Yardstick.evaluate(LI).in(Q3).against(card).with(
        Measurement.of(LI.id(), "a", Q3, new BigDecimal(a)),
        Measurement.of(LI.id(), "b", Q3, new BigDecimal(b)));
  }

  private static TableResult table(Scorecard card, String a, String b) {
    BigDecimal x = new BigDecimal(a);
    BigDecimal y = new BigDecimal(b);
    return Yardstick.evaluate(
            MeasurementTable.builder(Q3, List.of(LI))
                .column("a", DecimalColumn.of(x.scale(), x.unscaledValue().longValueExact()))
                .column("b", DecimalColumn.of(y.scale(), y.unscaledValue().longValueExact()))
                .build())
        .against(card);
  }

  @Test
  void a_total_that_is_exactly_a_tie_rounds_half_up_although_its_double_lies_below() {
    // GIVEN KPI 70 / OKR 30 with section scores 85.00 and 90.05
    Scorecard card = twoSections(70, 30).build();

    // WHEN
    Evaluation e = evaluate(card, "85.00", "90.05");

    // THEN 0.7 × 85 + 0.3 × 90.05 = 59.5 + 27.015 = 86.515 exactly, 86.52 half up
    assertThat(e.rawTotal()).isEqualTo(86.51499999999999); // the double lands below the tie
    assertThat(e.totalDecimal()).isEqualByComparingTo("86.515");
    assertThat(e.total().toPlainString()).isEqualTo("86.52");
    // AND the table path agrees, through the exact path for that row
    TableResult t = table(card, "85.00", "90.05");
    assertThat(t.total(0).toPlainString()).isEqualTo("86.52");
    assertThat(t.oneByOneCount()).isEqualTo(1);
    assertThat(t.evaluation(0)).isEqualTo(e);
  }

  @Test
  void a_tie_rounds_to_the_even_neighbour_under_half_even() {
    // GIVEN the same card rounding half even
    Scorecard card = twoSections(70, 30).rounding(2, RoundingMode.HALF_EVEN).build();

    // WHEN 86.515 (as above) and 0.7 × 87.5 + 0.3 × 86.25 = 61.25 + 25.875 = 87.125
    Evaluation up = evaluate(card, "85.00", "90.05");
    Evaluation down = evaluate(card, "87.5", "86.25");

    // THEN 86.515 → 86.52 (2 is even), 87.125 → 87.12, on both paths
    assertThat(up.total().toPlainString()).isEqualTo("86.52");
    assertThat(down.totalDecimal()).isEqualByComparingTo("87.125");
    assertThat(down.total().toPlainString()).isEqualTo("87.12");
    assertThat(table(card, "85.00", "90.05").total(0).toPlainString()).isEqualTo("86.52");
    assertThat(table(card, "87.5", "86.25").total(0).toPlainString()).isEqualTo("87.12");
  }

  @Test
  void a_subtotal_that_is_exactly_a_tie_rounds_once_from_the_exact_mean() {
    // GIVEN one section of two items 50 / 50
    Scorecard card =
        Yardstick.scorecard("halves")
            .section("KPI", 100)
            .item(A).weight(50).scoredBy(LinearStrategy.identity())
            .item(B).weight(50).scoredBy(LinearStrategy.identity())
            .build();

    // WHEN the scores are 80.01 and 80.02
    Evaluation e = evaluate(card, "80.01", "80.02");

    // THEN (50 × 80.01 + 50 × 80.02) ÷ 100 = 80.015 exactly, 80.02 half up, subtotal and total
    SectionResult kpi = e.section("KPI").orElseThrow();
    assertThat(kpi.subtotalDecimal()).isEqualByComparingTo("80.015");
    assertThat(kpi.subtotal().toPlainString()).isEqualTo("80.02");
    assertThat(e.total().toPlainString()).isEqualTo("80.02");
  }

  @Test
  void a_team_blend_is_rounded_once_from_the_exact_blend() {
    // GIVEN one item, own 80 % and team 20 %
    Scorecard card =
        Yardstick.scorecard("blend")
            .section("KPI", 100)
            .item(A).weight(100).scoredBy(TableEvaluationTest.fast(1, -1e9, 1e9))
            .teamLink(TeamLink.blend(80, 20))
            .build();

    // WHEN own 85.00 and team 90.025
    Evaluation e =
        Yardstick.evaluate(LI).in(Q3).against(card).teamScore(90.025)
            .with(Measurement.of(LI.id(), "a", Q3, new BigDecimal("85.00")));

    // THEN (80 × 85 + 20 × 90.025) ÷ 100 = 68 + 18.005 = 86.005 exactly, 86.01 half up
    assertThat(e.totalDecimal()).isEqualByComparingTo("86.005");
    assertThat(e.individualTotalDecimal()).isEqualByComparingTo("85");
    assertThat(e.total().toPlainString()).isEqualTo("86.01");
    TableResult t =
        Yardstick.evaluate(
                MeasurementTable.builder(Q3, List.of(LI))
                    .column("a", DecimalColumn.of(2, 8500))
                    .build())
            .teamScores(Map.of("team-a", 90.025))
            .against(card);
    assertThat(t.total(0).toPlainString()).isEqualTo("86.01");
    assertThat(t.evaluation(0)).isEqualTo(e);
  }

  @Test
  void a_team_coefficient_is_rounded_once_from_the_exact_product() {
    // GIVEN one item and a coefficient of 1.1 for a team at 80 or more
    Scorecard card =
        Yardstick.scorecard("coefficient")
            .section("KPI", 100)
            .item(A).weight(100).scoredBy(LinearStrategy.identity())
            .teamLink(TeamLink.coefficient(List.of(new TeamLink.Band(0, 1), new TeamLink.Band(80, 1.1))))
            .build();

    // WHEN own 86.15 and team 85
    Evaluation e =
        Yardstick.evaluate(LI).in(Q3).against(card).teamScore(85)
            .with(Measurement.of(LI.id(), "a", Q3, new BigDecimal("86.15")));

    // THEN 86.15 × 1.1 = 94.765 exactly, 94.77 half up
    assertThat(e.totalDecimal()).isEqualByComparingTo("94.765");
    assertThat(e.total().toPlainString()).isEqualTo("94.77");
  }

  @Test
  void a_renormalised_total_that_does_not_terminate_is_given_to_34_digits_and_rounded_exactly() {
    // GIVEN items 10 / 20 / 70, the 70 missing and left out
    Scorecard card =
        Yardstick.scorecard("thirds")
            .section("KPI", 100)
            .item(A).weight(10).scoredBy(LinearStrategy.identity())
            .item(B).weight(20).scoredBy(LinearStrategy.identity())
            .item(C).weight(70).scoredBy(LinearStrategy.identity())
            .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE)
            .build();

    // WHEN a = 1, b = 0.0025
    Evaluation e = evaluate(card, "1", "0.0025");

    // THEN (10 × 1 + 20 × 0.0025) ÷ 30 = 10.05 ÷ 30 = 0.335 exactly, 0.34 half up
    assertThat(e.totalDecimal()).isEqualByComparingTo("0.335");
    assertThat(e.total().toPlainString()).isEqualTo("0.34");
    // AND with b = 0 the total is 1/3, not terminating: 34 significant digits
    Evaluation third = evaluate(card, "1", "0");
    assertThat(third.totalDecimal().toPlainString())
        .isEqualTo("0.3333333333333333333333333333333333");
    assertThat(third.total().toPlainString()).isEqualTo("0.33");
  }

  @Test
  void exact_contributions_add_up_to_the_exact_individual_total() {
    // GIVEN KPI 70 (a 60, b 40) and OKR 30 (c 100)
    Scorecard card =
        Yardstick.scorecard("store")
            .section("KPI", 70)
            .item(A).weight(60).scoredBy(LinearStrategy.identity())
            .item(B).weight(40).scoredBy(LinearStrategy.identity())
            .section("OKR", 30)
            .item(C).weight(100).scoredBy(LinearStrategy.identity())
            .build();

    // WHEN a 90.01, b 110.07, c 80.33
    Evaluation e =
        Yardstick.evaluate(LI).in(Q3).against(card).with(
            Measurement.of(LI.id(), "a", Q3, new BigDecimal("90.01")),
            Measurement.of(LI.id(), "b", Q3, new BigDecimal("110.07")),
            Measurement.of(LI.id(), "c", Q3, new BigDecimal("80.33")));

    // THEN a adds 0.42 × 90.01 = 37.8042, b 0.28 × 110.07 = 30.8196, c 0.3 × 80.33 = 24.099,
    // which sum to 92.7228, the exact total
    assertThat(e.contributionDecimal("a")).isEqualByComparingTo("37.8042");
    assertThat(e.contributionDecimal("b")).isEqualByComparingTo("30.8196");
    assertThat(e.contributionDecimal("c")).isEqualByComparingTo("24.099");
    assertThat(e.totalDecimal()).isEqualByComparingTo("92.7228");
    assertThat(e.section("KPI").orElseThrow().subtotalDecimal()).isEqualByComparingTo("98.034");
    assertThatThrownBy(() -> e.contributionDecimal("gmv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gmv'")
        .hasMessageContaining("'emp-1'");
  }

  @Test
  void an_excluded_item_or_section_contributes_exactly_zero() {
    // GIVEN KPI 70 (a) and OKR 30 (b), missing data left out
    Scorecard card =
        twoSections(70, 30).missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE).build();

    // WHEN only a is measured
    Evaluation e =
        Yardstick.evaluate(LI).in(Q3).against(card)
            .with(Measurement.of(LI.id(), "a", Q3, new BigDecimal("77.125")));

    // THEN OKR is left out, KPI carries the whole total
    assertThat(e.contributionDecimal("b")).isEqualByComparingTo("0");
    assertThat(e.section("OKR").orElseThrow().subtotalDecimal()).isEqualByComparingTo("0");
    assertThat(e.totalDecimal()).isEqualByComparingTo("77.125");
    assertThat(e.total().toPlainString()).isEqualTo("77.13");
  }

  @Test
  void an_evaluation_built_by_hand_without_a_counting_section_has_no_exact_total() {
    // GIVEN an evaluation whose only section was left out
    Evaluation e =
        new Evaluation(LI, Q3, "card", 1,
            List.of(new SectionResult("KPI", 100, 0, 0, BigDecimal.ZERO, true, List.of())),
            null, 0, BigDecimal.ZERO, java.util.Set.of());

    // WHEN / THEN asking for its exact total says why there is none
    assertThatThrownBy(e::totalDecimal)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'emp-1'")
        .hasMessageContaining("no section that counts");
  }

  @Test
  void directed_rounding_modes_round_the_exact_value() {
    // GIVEN 70 / 30 rounding down, up, to floor and to ceiling
    // WHEN 0.7 × 85 + 0.3 × 90 = 86.5 exactly (the double is exact too) and -0.7 × … for signs
    // THEN a value exactly on a step is that step in every mode; 86.515 goes down or up
    for (RoundingMode mode :
        new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR, RoundingMode.CEILING}) {
      Scorecard card = twoSections(70, 30).rounding(2, mode).build();
      assertThat(evaluate(card, "85", "90").total().toPlainString()).as("%s", mode).isEqualTo("86.50");
      assertThat(table(card, "85", "90").total(0).toPlainString()).as("%s", mode).isEqualTo("86.50");
      String expected = mode == RoundingMode.UP || mode == RoundingMode.CEILING ? "86.52" : "86.51";
      assertThat(evaluate(card, "85.00", "90.05").total().toPlainString()).as("%s", mode).isEqualTo(expected);
      // 0.7 × -85 + 0.3 × -90.05 = -86.515
      String negative = mode == RoundingMode.UP || mode == RoundingMode.FLOOR ? "-86.52" : "-86.51";
      assertThat(evaluate(card, "-85.00", "-90.05").total().toPlainString()).as("%s", mode).isEqualTo(negative);
      // 86.5149 is not near a step: every mode decides from the double
      String near = mode == RoundingMode.UP || mode == RoundingMode.CEILING ? "86.52" : "86.51";
      assertThat(table(card, "85.00", "90.0497").total(0).toPlainString()).as("%s", mode).isEqualTo(near);
    }
  }

  /**
   * A grid of two-decimal scores under common weight layouts: every total equals the {@code
   * BigDecimal} arithmetic of the same decimals, rounded once half up, on both paths.
   */
  @Test
  void every_total_on_a_grid_of_two_decimal_scores_equals_the_decimal_arithmetic() {
    double[][] layouts = {{70, 30}, {60, 40}, {10, 90}, {25, 25, 50}, {33.3, 33.3, 33.4}, {80, 20}};
    Indicator[] indicators = {A, B, C};
    int checkedOneByOne = 0;
    int ties = 0;
    for (double[] layout : layouts) {
      // layouts of two: two sections; of three: one section of three items
      ScorecardBuilder builder = Yardstick.scorecard("grid");
      if (layout.length == 2) {
        builder.section("S1", layout[0]).item(A).weight(100).scoredBy(TableEvaluationTest.fast(1, -1e9, 1e9));
        builder.section("S2", layout[1]).item(B).weight(100).scoredBy(TableEvaluationTest.fast(1, -1e9, 1e9));
      } else {
        builder.section("S", 100);
        for (int i = 0; i < 3; i++) {
          builder.item(indicators[i]).weight(layout[i]).scoredBy(TableEvaluationTest.fast(1, -1e9, 1e9));
        }
      }
      Scorecard card = builder.build();
      // scores 80.00 … 81.99 against 85.00 … 85.99 (two decimals), c fixed at 88.88
      int rowsA = 200;
      int rowsB = 100;
      int n = rowsA * rowsB;
      List<Subject> staff = new ArrayList<>(n);
      long[] a = new long[n];
      long[] b = new long[n];
      long[] c = new long[n];
      for (int i = 0; i < rowsA; i++) {
        for (int j = 0; j < rowsB; j++) {
          int r = i * rowsB + j;
          staff.add(Subject.employee("e" + r, "E" + r, "role", "team"));
          a[r] = 8000 + i;
          b[r] = 8500 + j;
          c[r] = 8888;
        }
      }
      MeasurementTable.Builder tb =
          MeasurementTable.builder(Q3, staff)
              .column("a", DecimalColumn.of(2, a))
              .column("b", DecimalColumn.of(2, b));
      if (layout.length == 3) {
        tb.column("c", DecimalColumn.of(2, c));
      }
      TableResult result = Yardstick.evaluate(tb.build()).against(card);
      BigDecimal[] w = new BigDecimal[layout.length];
      for (int k = 0; k < layout.length; k++) {
        w[k] = new BigDecimal(Double.toString(layout[k]));
      }
      for (int r = 0; r < n; r++) {
        BigDecimal exact =
            w[0].multiply(BigDecimal.valueOf(a[r], 2)).add(w[1].multiply(BigDecimal.valueOf(b[r], 2)));
        if (layout.length == 3) {
          exact = exact.add(w[2].multiply(BigDecimal.valueOf(c[r], 2)));
        }
        exact = exact.divide(BigDecimal.valueOf(100)); // weights sum to 100: terminates
        BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
        if (expected.compareTo(exact.setScale(2, RoundingMode.HALF_DOWN)) != 0) {
          ties++; // exactly half-way: half up and half down differ
        }
        assertThat(result.total(r)).as("layout %s row %s", java.util.Arrays.toString(layout), r)
            .isEqualTo(expected);
        if (r % 97 == 0) {
          Evaluation one = result.evaluation(r);
          assertThat(one.total()).isEqualTo(expected);
          assertThat(one.totalDecimal()).isEqualByComparingTo(exact);
          checkedOneByOne++;
        }
      }
    }
    // the grid is worth running only if it meets ties, and the one-by-one check ran
    assertThat(ties).isGreaterThan(2_000);
    assertThat(checkedOneByOne).isGreaterThan(1_000);
  }
}

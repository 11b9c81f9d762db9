package dev.yardstick.core.evaluation;

import static dev.yardstick.core.testing.Fixtures.CVR;
import static dev.yardstick.core.testing.Fixtures.GMV;
import static dev.yardstick.core.testing.Fixtures.OKR;
import static dev.yardstick.core.testing.Fixtures.Q3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.testing.Fixtures;
import dev.yardstick.core.testing.LinearStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TableEvaluationTest {

  /**
   * score = actual × factor within [floor, cap], with a column scorer that takes values below
   * 2^53 that are not negative and declines the rest, so that both paths meet in one table.
   */
  static final class FastLinear implements ScoringStrategy<LinearStrategy.Params> {
    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    @Override
    public String id() {
      return "test-fast-linear";
    }

    @Override
    public Class<LinearStrategy.Params> parametersType() {
      return LinearStrategy.Params.class;
    }

    @Override
    public Score score(LinearStrategy.Params p, ScoringInput in) {
      double raw = in.actual() * p.factor();
      return Score.bounded(raw, p.floor(), p.cap(), Explanation.of("{} × {}", in.actual(), p.factor()));
    }

    @Override
    public ColumnScorer columnScorer(
        LinearStrategy.Params p, Indicator indicator, @Nullable Target target) {
      return (values, from, to, scores, bounds) -> {
        int s = values.scale();
        for (int r = from; r < to; r++) {
          long u = values.unscaled(r);
          if (u < 0 || u >= 1L << 53 || s >= POW10.length) {
            scores[r] = Double.NaN;
            continue;
          }
          // u ÷ 10^s is correctly rounded, as BigDecimal.doubleValue() is
          double raw = u / POW10[s] * p.factor();
          if (raw > p.cap()) {
            scores[r] = p.cap();
            bounds[r] = ColumnScorer.CAPPED;
          } else if (raw < p.floor()) {
            scores[r] = p.floor();
            bounds[r] = ColumnScorer.FLOORED;
          } else {
            scores[r] = raw;
            bounds[r] = ColumnScorer.NONE;
          }
        }
      };
    }
  }

  static ScoringRule<LinearStrategy.Params> fast(double factor, double floor, double cap) {
    return ScoringRule.of(new FastLinear(), new LinearStrategy.Params(factor, floor, cap));
  }

  static List<Subject> staff(int n) {
    List<Subject> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Subject.employee("emp-" + i, "Employee " + i, "store-ops-manager", "team-" + (i % 3)));
    }
    return list;
  }

  static Scorecard fastCard() {
    return Yardstick.scorecard("store")
        .section("KPI", 70)
        .item(GMV).weight(60).scoredBy(fast(1, 0, 120))
        .item(CVR).weight(40).scoredBy(fast(1, 0, 120))
        .section("OKR", 30)
        .item(OKR).weight(100).scoredBy(LinearStrategy.rule(1, 0, 120))
        .build();
  }

  @Test
  void a_table_gives_the_hand_computed_totals_row_by_row() {
    // GIVEN KPI 70 (gmv 60, cvr 40) and OKR 30, each item scoring its actual within 0 to 120
    List<Subject> staff = staff(3);
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff)
            .column("gmv", DecimalColumn.of(1, 1100, 800, 1500)) // 110.0, 80.0, 150.0
            .column("cvr", DecimalColumn.of(0, 90, 100, 100))
            .column("okr", DecimalColumn.of(2, 8000, 10000, 5000)) // 80, 100, 50
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(fastCard());

    // THEN row 0: KPI (110×60 + 90×40) ÷ 100 = 102; 0.7×102 + 0.3×80 = 71.4 + 24 = 95.4
    assertThat(result.size()).isEqualTo(3);
    assertThat(result.evaluatedCount()).isEqualTo(3);
    assertThat(result.oneByOneCount()).isZero(); // every row totalled in columns
    assertThat(result.isColumnScored(0)).isTrue();
    assertThat(result.isColumnScored(2)).isFalse(); // the plain test strategy has no scorer
    assertThat(result.total(0)).isEqualByComparingTo("95.40");
    // row 1: KPI (80×60 + 100×40) ÷ 100 = 88; 0.7×88 + 0.3×100 = 61.6 + 30 = 91.6
    assertThat(result.total(1)).isEqualByComparingTo("91.60");
    // row 2: gmv 150 capped at 120; KPI (120×60 + 100×40) ÷ 100 = 112; 0.7×112 + 0.3×50 = 93.4
    assertThat(result.total(2)).isEqualByComparingTo("93.40");
    assertThat(result.rawScore(2, 0)).isEqualTo(120.0);
    assertThat(result.bound(2, 0)).isEqualTo(Score.Bound.CAPPED);
    assertThat(result.flags(2)).containsExactly(EvaluationFlag.CAPPED);
    assertThat(result.flags(0)).isEmpty();
    assertThat(result.indicatorId(1)).isEqualTo("cvr");
    assertThat(result.evaluation(2).item("gmv").orElseThrow().explanation().text())
        .contains("capped at 120");
  }

  @Test
  void every_number_equals_the_one_by_one_evaluation_bit_for_bit_on_random_tables() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 40; round++) {
      // GIVEN a random card (policies, normalised weights, team link) and a random table with
      // missing, negative (declined by the column scorer) and long values
      MissingDataPolicy policy = MissingDataPolicy.values()[random.nextInt(3)];
      ScorecardBuilder b =
          Yardstick.scorecard("random-" + round).missingData(policy);
      boolean normalise = random.nextBoolean();
      if (normalise) {
        b.normaliseWeights();
      }
      boolean team = random.nextInt(4) == 0;
      if (team) {
        b.teamLink(TeamLink.blend(80, 20));
      }
      int sections = 1 + random.nextInt(3);
      List<Indicator> indicators = new ArrayList<>();
      for (int s = 0; s < sections; s++) {
        b.section("s" + s, sections == 1 ? 100 : s == 0 ? 100 - 10 * (sections - 1) : 10);
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
          Indicator ind = Indicator.builder("i" + s + "-" + i).unit(Unit.NUMBER).build();
          indicators.add(ind);
          // weights that do not sum to 100 are re-normalised (and flagged) when allowed
          double w = normalise ? 5 + random.nextInt(30) : 100.0 / items;
          double factor = 0.5 + random.nextInt(8) / 4.0;
          b.item(ind).weight(w)
              .scoredBy(random.nextInt(4) == 0
                  ? LinearStrategy.rule(factor, 0, 150)
                  : fast(factor, random.nextInt(3) * 10, 100 + random.nextInt(3) * 20));
        }
      }
      Scorecard card = b.build();
      int n = 1 + random.nextInt(TableRequest.CHUNK * 2 + 50);
      if (round % 4 != 0) {
        n = 1 + random.nextInt(300);
      }
      List<Subject> staff = staff(n);
      MeasurementTable.Builder tb = MeasurementTable.builder(Q3, staff);
      List<Measurement> measurements = new ArrayList<>();
      for (Indicator ind : indicators) {
        int scale = random.nextInt(4);
        long[] u = new long[n];
        for (int r = 0; r < n; r++) {
          int kind = random.nextInt(100);
          u[r] = kind < 3 ? DecimalColumn.MISSING
              : kind < 5 ? -random.nextInt(1000)
              : kind < 6 ? (1L << 55) + random.nextInt(1000)
              : random.nextLong(150 * (long) Math.pow(10, scale));
          if (u[r] != DecimalColumn.MISSING) {
            measurements.add(Measurement.of(staff.get(r).id(), ind.id(), Q3,
                BigDecimal.valueOf(u[r], scale)));
          }
        }
        tb.column(ind.id(), DecimalColumn.of(scale, u));
      }
      MeasurementTable table = tb.build();
      Map<String, Double> teams = Map.of("team-0", 70.0, "team-1", 95.5); // team-2 has none

      // WHEN
      TableResult one = Yardstick.evaluate(table).teamScores(teams).against(card);
      TableResult three = Yardstick.evaluate(table).teamScores(teams).parallelism(3).against(card);
      BatchResult batch =
          Yardstick.evaluateAll(staff).in(Q3).against(card).teamScores(teams).with(measurements);

      // THEN
      assertThat(one.evaluatedCount() + one.failedCount()).isEqualTo(n);
      for (int r = 0; r < n; r++) {
        Outcome expected = batch.outcomes().get(r);
        assertThat(one.isEvaluated(r)).as("row %s", r).isEqualTo(expected.isEvaluated());
        assertThat(three.isEvaluated(r)).isEqualTo(expected.isEvaluated());
        if (!expected.isEvaluated()) {
          assertThat(one.outcome(r)).isEqualTo(expected);
          continue;
        }
        Evaluation e = ((Outcome.Evaluated) expected).evaluation();
        assertThat(Double.doubleToLongBits(one.rawTotal(r))).as("row %s", r)
            .isEqualTo(Double.doubleToLongBits(e.rawTotal()));
        assertThat(Double.doubleToLongBits(three.rawTotal(r)))
            .isEqualTo(Double.doubleToLongBits(e.rawTotal()));
        assertThat(one.total(r)).isEqualTo(e.total());
        assertThat(one.flags(r)).isEqualTo(e.flags());
        List<ItemResult> items = e.items();
        for (int i = 0; i < items.size(); i++) {
          assertThat(Double.doubleToLongBits(one.rawScore(r, i)))
              .isEqualTo(Double.doubleToLongBits(items.get(i).rawScore()));
          assertThat(one.bound(r, i) == Score.Bound.CAPPED).isEqualTo(items.get(i).isCapped());
          assertThat(one.bound(r, i) == Score.Bound.FLOORED).isEqualTo(items.get(i).isFloored());
        }
        if (r % 37 == 0) {
          assertThat(one.evaluation(r)).isEqualTo(e);
        }
      }
      assertThat(one.toBatchResult()).isEqualTo(batch);
      // the column path did the work: 3% missing, 2% negative and 1% long values per column
      // send a row one by one, so most rows of a card of few items stay in columns
      if (indicators.size() <= 3 && n > 100) {
        assertThat(one.oneByOneCount()).isLessThan(n / 2);
      }
    }
  }

  @Test
  void a_column_scorer_that_throws_costs_speed_but_not_the_result() {
    // GIVEN a strategy whose column scorer breaks its contract by throwing
    ScoringStrategy<LinearStrategy.Params> broken =
        new ScoringStrategy<>() {
          @Override
          public String id() {
            return "test-broken";
          }

          @Override
          public Class<LinearStrategy.Params> parametersType() {
            return LinearStrategy.Params.class;
          }

          @Override
          public Score score(LinearStrategy.Params p, ScoringInput in) {
            return Score.of(in.actual() * 2, Explanation.of("twice {}", in.actual()));
          }

          @Override
          public ColumnScorer columnScorer(
              LinearStrategy.Params p, Indicator indicator, @Nullable Target target) {
            return (values, from, to, scores, bounds) -> {
              throw new ArithmeticException("broken scorer");
            };
          }
        };
    Scorecard card =
        Yardstick.scorecard("broken")
            .section("all", 100)
            .item(GMV).weight(100).scoredBy(ScoringRule.of(broken, new LinearStrategy.Params(2, 0, 0)))
            .build();
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(600))
            .column("gmv", column600())
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).parallelism(2).against(card);

    // THEN each row is scored by score(): row r has 0.r × 2 (values r tenths)
    assertThat(result.evaluatedCount()).isEqualTo(600);
    assertThat(result.total(5)).isEqualByComparingTo("1.00"); // 0.5 × 2
    assertThat(result.total(599)).isEqualByComparingTo("119.80"); // 59.9 × 2
  }

  @Test
  void a_scorecard_creates_its_column_scorers_once_and_keeps_them() {
    // GIVEN a card with a column-scored item and a plain one
    Scorecard card = fastCard();

    // WHEN asked twice
    List<java.util.Optional<ColumnScorer>> first = card.columnScorers();

    // THEN the same scorers, present only where the strategy offers one
    assertThat(card.columnScorers()).isSameAs(first);
    assertThat(first).hasSize(3);
    assertThat(first.get(0)).isPresent();
    assertThat(first.get(2)).isEmpty();
    assertThat(card.toBuilder().build().columnScorers()).hasSize(3);
  }

  @Test
  void accessors_of_a_failed_row_throw_naming_the_row_and_the_subject() {
    // GIVEN row 0 lacks gmv under the FAIL policy
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(2))
            .column("gmv", DecimalColumn.of(0, DecimalColumn.MISSING, 100))
            .column("cvr", DecimalColumn.of(0, 100, 100))
            .column("okr", DecimalColumn.of(0, 100, 100))
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(fastCard());

    // THEN every number of row 0 is refused, and row 1 is readable
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> reads =
        List.of(
            () -> result.rawTotal(0),
            () -> result.total(0),
            () -> result.rawScore(0, 1),
            () -> result.bound(0, 1),
            () -> result.flags(0),
            () -> result.evaluation(0));
    for (var read : reads) {
      assertThatThrownBy(read)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("row 0 (subject 'emp-0') was not evaluated")
          .hasMessageContaining("gmv");
    }
    assertThat(result.outcome(0)).isInstanceOf(Outcome.Failed.class);
    assertThat(result.rawTotal(1)).isEqualTo(100.0);
    assertThat(result.rawScore(1, 1)).isEqualTo(100.0);
    assertThat(result.bound(1, 1)).isEqualTo(Score.Bound.NONE);
    assertThat(result.subject(1).id()).isEqualTo("emp-1");
    assertThat(result.scorecard()).isEqualTo(fastCard());
    assertThat(result.period()).isEqualTo(Q3);
    assertThat(result.itemCount()).isEqualTo(3);
    assertThat(result.oneByOneCount()).isEqualTo(1);
    assertThat(result.toString()).isEqualTo("TableResult[store v1, 2026-Q3, 2 rows, 1 failed]");
    assertThat(table.toString()).isEqualTo("MeasurementTable[2026-Q3, 2 rows, columns [gmv, cvr, okr]]");
    assertThat(table.indicatorIds()).containsExactly("gmv", "cvr", "okr");
    assertThat(table.column("cvr")).contains(DecimalColumn.of(0, 100, 100));
    assertThat(table.column("nps")).isEmpty();
  }

  @Test
  void a_negative_zero_from_a_column_scorer_is_folded_to_zero() {
    // GIVEN a column scorer that writes -0.0, as a careless formula may
    ScoringStrategy<LinearStrategy.Params> negativeZero =
        new ScoringStrategy<>() {
          @Override
          public String id() {
            return "test-negative-zero";
          }

          @Override
          public Class<LinearStrategy.Params> parametersType() {
            return LinearStrategy.Params.class;
          }

          @Override
          public Score score(LinearStrategy.Params p, ScoringInput in) {
            return Score.of(-0.0, Explanation.of("nothing"));
          }

          @Override
          public ColumnScorer columnScorer(
              LinearStrategy.Params p, Indicator indicator, @Nullable Target target) {
            return (values, from, to, scores, bounds) ->
                java.util.Arrays.fill(scores, from, to, -0.0);
          }
        };
    Scorecard card =
        Yardstick.scorecard("zero").section("all", 100)
            .item(GMV).weight(100).scoredBy(ScoringRule.of(negativeZero, new LinearStrategy.Params(1, 0, 0)))
            .build();
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(1)).column("gmv", DecimalColumn.of(0, 5)).build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(card);

    // THEN +0.0, bit for bit, as Score folds it
    assertThat(Double.doubleToRawLongBits(result.rawScore(0, 0))).isZero();
    assertThat(Double.doubleToRawLongBits(result.rawTotal(0))).isZero();
  }

  @Test
  void parts_reach_a_strategy_without_a_column_scorer_and_missing_parts_are_left_out() {
    // GIVEN a strategy scoring the sum of a measurement's parts, one part missing in row 1
    ScoringStrategy<LinearStrategy.Params> sumOfParts =
        new ScoringStrategy<>() {
          @Override
          public String id() {
            return "test-sum-of-parts";
          }

          @Override
          public Class<LinearStrategy.Params> parametersType() {
            return LinearStrategy.Params.class;
          }

          @Override
          public Score score(LinearStrategy.Params p, ScoringInput in) {
            double sum = 0;
            for (BigDecimal part : in.measurement().parts().values()) {
              sum += part.doubleValue();
            }
            return Score.of(sum * in.measurement().parts().size(), Explanation.of("{}", sum));
          }
        };
    Scorecard card =
        Yardstick.scorecard("parts").section("all", 100)
            .item(GMV).weight(100).scoredBy(ScoringRule.of(sumOfParts, new LinearStrategy.Params(1, 0, 0)))
            .build();
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(2))
            .column("gmv", DecimalColumn.zeros(2)
                .withPart("manager", DecimalColumn.of(1, 45, 30))
                .withPart("peer", DecimalColumn.of(0, 4, DecimalColumn.MISSING)))
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(card);

    // THEN row 0: (4.5 + 4) × 2 parts = 17; row 1: 3.0 × 1 part = 3
    assertThat(result.rawTotal(0)).isEqualTo(17.0);
    assertThat(result.rawTotal(1)).isEqualTo(3.0);
    assertThat(result.isColumnScored(0)).isFalse();
  }

  @Test
  void parallelism_is_accepted_from_1_to_256() {
    MeasurementTable table = MeasurementTable.builder(Q3, staff(1)).build();
    assertThat(Yardstick.evaluate(table).parallelism(1)).isNotNull();
    assertThat(Yardstick.evaluate(table).parallelism(256)).isNotNull();
    assertThatThrownBy(() -> Yardstick.evaluate(table).parallelism(257))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 257");
  }

  private static DecimalColumn column600() {
    long[] tenths = new long[600];
    for (int r = 0; r < tenths.length; r++) {
      tenths[r] = r;
    }
    return DecimalColumn.of(1, tenths);
  }

  @Test
  void a_missing_value_fails_only_its_row_under_the_fail_policy() {
    // GIVEN row 1 has no cvr and the card requires every item
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(3))
            .column("gmv", DecimalColumn.of(0, 100, 100, 100))
            .column("cvr", DecimalColumn.of(0, 100, DecimalColumn.MISSING, 100))
            .column("okr", DecimalColumn.of(0, 100, 100, 100))
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(fastCard());

    // THEN the batch accounts for every row
    assertThat(result.evaluatedCount()).isEqualTo(2);
    assertThat(result.failedCount()).isEqualTo(1);
    assertThat(result.isEvaluated(1)).isFalse();
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("emp-1");
      assertThat(f.reason()).contains("emp-1", "cvr", "measurement", "missing");
    });
    assertThatThrownBy(() -> result.total(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row 1")
        .hasMessageContaining("emp-1");
    assertThat(result.total(0)).isEqualByComparingTo("100.00");
  }

  @Test
  void an_item_without_a_column_is_missing_for_every_row() {
    // GIVEN no okr column and the SCORE_ZERO policy
    Scorecard card = fastCard().toBuilder().missingData(MissingDataPolicy.SCORE_ZERO).build();
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(2))
            .column("gmv", DecimalColumn.of(0, 100, 50))
            .column("cvr", DecimalColumn.of(0, 100, 50))
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(card);

    // THEN 0.7 × 100 + 0.3 × 0 = 70 and 0.7 × 50 = 35
    assertThat(result.total(0)).isEqualByComparingTo("70.00");
    assertThat(result.total(1)).isEqualByComparingTo("35.00");
    assertThat(result.flags(0)).contains(EvaluationFlag.MISSING_DATA);
  }

  @Test
  void per_subject_targets_and_team_links_give_the_one_by_one_result() {
    // GIVEN a card blending 80% individual with 20% team, and emp-0 with its own gmv target
    Scorecard card = fastCard().toBuilder().teamLink(TeamLink.blend(80, 20)).build();
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(2))
            .column("gmv", DecimalColumn.of(0, 100, 100))
            .column("cvr", DecimalColumn.of(0, 100, 100))
            .column("okr", DecimalColumn.of(0, 100, 100))
            .build();

    // WHEN
    TableResult result =
        Yardstick.evaluate(table)
            .targets(Map.of("emp-0", Map.of("gmv", Target.of(200))))
            .teamScores(Map.of("team-0", 50.0, "team-1", 75.0))
            .against(card);

    // THEN individual 100 for both; 0.8 × 100 + 0.2 × 50 = 90 and 0.8 × 100 + 0.2 × 75 = 95
    assertThat(result.total(0)).isEqualByComparingTo("90.00");
    assertThat(result.total(1)).isEqualByComparingTo("95.00");
    assertThat(result.flags(1)).containsExactly(EvaluationFlag.TEAM_LINKED);
    // only the row with its own targets needed the one-by-one engine; the team link is columnar
    assertThat(result.oneByOneCount()).isEqualTo(1);
    assertThat(result.evaluation(0).item("gmv").orElseThrow().flags())
        .contains(ItemFlag.TARGET_OVERRIDDEN);
  }

  @Test
  void a_scorecard_out_of_its_validity_fails_every_row_with_the_reason() {
    // GIVEN a card valid from 2027
    Scorecard card = fastCard().toBuilder().validFrom(Period.parse("2027-01")).build();
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(2))
            .column("gmv", DecimalColumn.of(0, 100, 100))
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(card);

    // THEN
    assertThat(result.failedCount()).isEqualTo(2);
    assertThat(result.failures().get(0).reason()).contains("period", "2026-Q3", "validity");
  }

  @Test
  void bad_tables_are_rejected_with_the_offending_value() {
    List<Subject> two = staff(2);
    assertThatThrownBy(() -> MeasurementTable.builder(Q3, List.of(two.get(0), two.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("emp-0")
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () -> MeasurementTable.builder(Q3, two).column("gmv", DecimalColumn.of(0, 1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gmv' has 3 rows, the table 2 subjects");
    assertThatThrownBy(
            () ->
                MeasurementTable.builder(Q3, two)
                    .column("gmv", DecimalColumn.of(0, 1, 2))
                    .column("gmv", DecimalColumn.of(0, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gmv' was already added");
    assertThatThrownBy(
            () ->
                MeasurementTable.builder(Q3, two)
                    .column("gmv", DecimalColumn.zeros(2).withPart("no good", DecimalColumn.zeros(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'gmv' part")
        .hasMessageContaining("'no good'");
    MeasurementTable withExtra =
        MeasurementTable.builder(Q3, two).column("refunds", DecimalColumn.of(0, 1, 2)).build();
    assertThatThrownBy(() -> Yardstick.evaluate(withExtra).against(fastCard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'refunds' is not on scorecard 'store' version 1");
    assertThatThrownBy(() -> Yardstick.evaluate(withExtra).parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(() -> Yardstick.evaluate(withExtra).teamScores(Map.of("t", Double.NaN)))
        .hasMessageContaining("teamScore")
        .hasMessageContaining("NaN");
  }

  @Test
  void a_decimal_column_is_an_immutable_copy_with_parts() {
    // GIVEN
    long[] cents = {125_000_000L, DecimalColumn.MISSING};
    DecimalColumn gmv = DecimalColumn.of(2, cents);
    cents[0] = 0;

    // THEN the column kept its own copy
    assertThat(gmv.value(0)).isEqualByComparingTo("1250000.00");
    assertThat(gmv.value(1)).isNull();
    assertThat(gmv.isMissing(1)).isTrue();
    assertThat(gmv.size()).isEqualTo(2);
    assertThat(gmv.scale()).isEqualTo(2);
    DecimalColumn rated = DecimalColumn.zeros(2).withPart("manager", DecimalColumn.of(0, 4, 5));
    assertThat(rated.parts()).containsOnlyKeys("manager");
    assertThat(rated).isEqualTo(DecimalColumn.zeros(2).withPart("manager", DecimalColumn.of(0, 4, 5)));
    assertThat(rated).isNotEqualTo(DecimalColumn.zeros(2));
    assertThatThrownBy(() -> DecimalColumn.of(19, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 19");
    assertThatThrownBy(() -> DecimalColumn.of(-1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
    assertThatThrownBy(() -> DecimalColumn.zeros(-2)).hasMessageContaining("got -2");
    assertThat(DecimalColumn.zeros(0).size()).isZero();
    assertThat(DecimalColumn.of(0, 7).value(0)).isEqualByComparingTo("7");
    assertThat(DecimalColumn.of(18, 7).value(0)).isEqualByComparingTo("7E-18");
    assertThat(rated.hashCode())
        .isEqualTo(DecimalColumn.zeros(2).withPart("manager", DecimalColumn.of(0, 4, 5)).hashCode())
        .isNotEqualTo(DecimalColumn.zeros(2).hashCode());
    assertThat(DecimalColumn.of(2, 1).hashCode()).isNotEqualTo(DecimalColumn.of(1, 1).hashCode());
    assertThat(DecimalColumn.of(2, 1)).isNotEqualTo(DecimalColumn.of(1, 1));
    assertThat(rated.toString()).isEqualTo("DecimalColumn[2 rows, scale 0, parts [manager]]");
    assertThat(gmv.toString()).isEqualTo("DecimalColumn[2 rows, scale 2]");
    assertThatThrownBy(() -> rated.withPart("manager", DecimalColumn.zeros(2)))
        .hasMessageContaining("'manager' is already");
    assertThatThrownBy(() -> rated.withPart("peer", DecimalColumn.zeros(3)))
        .hasMessageContaining("'peer' has 3 rows, the column 2");
    assertThatThrownBy(() -> DecimalColumn.zeros(2).withPart("x", rated))
        .hasMessageContaining("must not have parts");
  }

  @Test
  void the_fixture_card_without_column_scorers_still_evaluates_through_the_strategies() {
    // GIVEN the plain test strategy, which offers no column scorer
    MeasurementTable table =
        MeasurementTable.builder(Q3, staff(1))
            .column("gmv", DecimalColumn.of(0, 110))
            .column("cvr", DecimalColumn.of(0, 90))
            .column("okr", DecimalColumn.of(0, 80))
            .build();

    // WHEN
    TableResult result = Yardstick.evaluate(table).against(Fixtures.storeCard().build());

    // THEN 0.7 × (0.6 × 110 + 0.4 × 90) + 0.3 × 80 = 0.7 × 102 + 24 = 95.4
    assertThat(result.total(0)).isEqualByComparingTo("95.40");
  }
}

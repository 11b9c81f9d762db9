package dev.yardstick.quality.properties;

import static dev.yardstick.quality.support.Scoring.LI;
import static dev.yardstick.quality.support.Scoring.Q3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.quality.support.Cards;
import dev.yardstick.quality.support.Cards.SectionSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * JSON round trip: a value written by {@code yardstick-json} and read back is equal to it, for
 * random scorecards (normalised weights with long decimals), their evaluations and batches,
 * measurements with ratios and parts, periods and targets; and writing is deterministic.
 */
class JsonRoundTripProperties {

  private static final YardstickJson JSON = YardstickJson.standard();
  private static final YardstickJson COMPACT = YardstickJson.builder().pretty(false).build();

  @Provide
  Arbitrary<List<SectionSpec>> card() {
    return Cards.cards(3);
  }

  @Provide
  Arbitrary<Double> factor() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2)
        .map(BigDecimal::doubleValue);
  }

  @Property(tries = 50)
  void a_scorecard_and_its_evaluations_read_back_equal(
      @ForAll("card") List<SectionSpec> spec, @ForAll("factor") double factor) {
    // GIVEN a random scorecard (weights × factor, normalised), one subject's evaluation, a batch
    Scorecard card = Cards.build(spec, factor, Cards.natural(spec));
    Evaluation evaluation =
        Yardstick.evaluate(LI).in(Q3).against(card).with(Cards.measurements(spec, 0, LI.id(), Q3));
    List<Subject> staff = new ArrayList<>();
    List<Measurement> all = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      Subject s = Subject.employee("emp-" + k, "Employee " + k, "role", "team");
      staff.add(s);
      List<Measurement> own = Cards.measurements(spec, k, s.id(), Q3);
      all.addAll(k == 2 ? own.subList(1, own.size()) : own); // the third fails: a missing item
    }
    BatchResult batch = Yardstick.evaluateAll(staff).in(Q3).against(card).with(all);

    // WHEN each is written and read back, pretty and compact
    // THEN equal values, and the same text when written again
    for (YardstickJson json : List.of(JSON, COMPACT)) {
      String cardText = json.write(card);
      assertThat(json.readScorecard(cardText)).isEqualTo(card);
      assertThat(json.write(json.readScorecard(cardText))).isEqualTo(cardText);
      String evaluationText = json.write(evaluation);
      assertThat(json.readEvaluation(evaluationText)).isEqualTo(evaluation);
      assertThat(json.write(json.readEvaluation(evaluationText))).isEqualTo(evaluationText);
      assertThat(json.readBatchResult(json.write(batch))).isEqualTo(batch);
    }
  }

  @Provide
  Arbitrary<Measurement> measurement() {
    Arbitrary<BigDecimal> amount =
        Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(4);
    Arbitrary<BigDecimal> positive =
        Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("1000000")).ofScale(4);
    Arbitrary<Period> period =
        Combinators.combine(
                Arbitraries.of(PeriodType.class),
                Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(1, 12))
            .as((type, year, index) -> new Period(type, year, (index - 1) % type.perYear() + 1));
    Arbitrary<Measurement> plain =
        Combinators.combine(period, amount).as((p, v) -> Measurement.of("emp-17", "gmv", p, v));
    Arbitrary<Measurement> ratio =
        Combinators.combine(period, amount, positive)
            .as((p, n, d) -> Measurement.ratio("emp-17", "cvr", p, n, d));
    Arbitrary<Measurement> withParts =
        Combinators.combine(plain, amount, amount)
            .as((m, a, b) -> m.withPart("complaint", a).withPart("peer.wang", b));
    return Arbitraries.oneOf(plain, ratio, withParts);
  }

  @Property(tries = 300)
  void measurements_periods_and_targets_read_back_equal(
      @ForAll("measurement") Measurement m,
      @ForAll("measurement") Measurement other) {
    // GIVEN a measurement list, a period and a target
    List<Measurement> list = List.of(m, other);
    Target target = Target.levels(m.doubleValue(), m.doubleValue() + 1, m.doubleValue() + 2);

    // WHEN written and read back / THEN equal
    assertThat(JSON.read(JSON.write(m), Measurement.class)).isEqualTo(m);
    assertThat(JSON.readMeasurements(JSON.writeMeasurements(list))).isEqualTo(list);
    assertThat(JSON.read(JSON.write(m.period()), Period.class)).isEqualTo(m.period());
    assertThat(JSON.read(JSON.write(target), Target.class)).isEqualTo(target);
  }
}

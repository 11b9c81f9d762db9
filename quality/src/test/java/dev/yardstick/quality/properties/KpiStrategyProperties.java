package dev.yardstick.quality.properties;

import static dev.yardstick.quality.support.Scoring.BAND;
import static dev.yardstick.quality.support.Scoring.DOWN;
import static dev.yardstick.quality.support.Scoring.LI;
import static dev.yardstick.quality.support.Scoring.Q3;
import static dev.yardstick.quality.support.Scoring.UP;
import static dev.yardstick.quality.support.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.rules.kpi.Banded;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.rules.kpi.Ratings;
import dev.yardstick.rules.kpi.RatioToTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Monotonicity and bounds of every KPI strategy of {@code rules-kpi}: for a higher-is-better item
 * a better actual never scores lower (for a lower-is-better item the mirror), and every score lies
 * within the strategy's floor and cap.
 *
 * <p>Numbers are decimals of two places, as a person types them, in ranges wide enough to cross
 * every level of a rule (below the threshold, between the levels, beyond the stretch).
 */
class KpiStrategyProperties {

  private static final BigDecimal MILLION = new BigDecimal("1000000");

  // ------------------------------------------------------------ threshold / target / stretch

  @Property(tries = 400)
  void threshold_target_stretch_never_scores_a_higher_actual_lower_when_higher_is_better(
      @ForAll("levels") List<BigDecimal> levels,
      @ForAll("fiveScores") List<Double> scores,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN ascending levels and scores floor ≤ threshold ≤ target ≤ stretch ≤ cap
    Target target = ascending(levels);
    ScoringRule<?> rule = tts(scores);

    // WHEN two actuals are scored
    Score worse = score(rule, UP, target, a.min(b));
    Score better = score(rule, UP, target, a.max(b));

    // THEN the higher actual scores at least as much, and both lie within floor and cap
    assertThat(better.value()).isGreaterThanOrEqualTo(worse.value());
    assertThat(worse.value()).isBetween(scores.get(0), scores.get(4));
    assertThat(better.value()).isBetween(scores.get(0), scores.get(4));
  }

  @Property(tries = 400)
  void threshold_target_stretch_never_scores_a_lower_actual_lower_when_lower_is_better(
      @ForAll("levels") List<BigDecimal> levels,
      @ForAll("fiveScores") List<Double> scores,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN descending levels (threshold ≥ target ≥ stretch), as for a cost
    Target target = descending(levels);
    ScoringRule<?> rule = tts(scores);

    // WHEN two actuals are scored
    Score better = score(rule, DOWN, target, a.min(b));
    Score worse = score(rule, DOWN, target, a.max(b));

    // THEN the lower actual scores at least as much, and both lie within floor and cap
    assertThat(better.value()).isGreaterThanOrEqualTo(worse.value());
    assertThat(worse.value()).isBetween(scores.get(0), scores.get(4));
    assertThat(better.value()).isBetween(scores.get(0), scores.get(4));
  }

  // ------------------------------------------------------------ ratio to target

  @Property(tries = 400)
  void ratio_to_target_never_scores_a_higher_actual_lower_when_higher_is_better(
      @ForAll("positive") BigDecimal target,
      @ForAll("floorAndCap") List<Double> bounds,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN a positive target and floor ≤ cap
    ScoringRule<?> rule = Kpi.ratioToTarget(bounds.get(0), bounds.get(1));
    Target t = Target.of(target.doubleValue());

    // WHEN two actuals are scored
    Score worse = score(rule, UP, t, a.min(b));
    Score better = score(rule, UP, t, a.max(b));

    // THEN monotone and bounded
    assertThat(better.value()).isGreaterThanOrEqualTo(worse.value());
    assertThat(worse.value()).isBetween(bounds.get(0), bounds.get(1));
    assertThat(better.value()).isBetween(bounds.get(0), bounds.get(1));
  }

  @Property(tries = 400)
  void ratio_to_target_never_scores_a_lower_actual_lower_when_lower_is_better_in_either_form(
      @ForAll("positive") BigDecimal target,
      @ForAll("floorAndCap") List<Double> bounds,
      @ForAll RatioToTarget.LowerIsBetter form,
      @ForAll("nonNegativeAmount") BigDecimal a,
      @ForAll("nonNegativeAmount") BigDecimal b) {
    // GIVEN a lower-is-better item; the inverse form takes actuals of 0 or more
    ScoringRule<?> rule =
        Kpi.ratioToTarget().floor(bounds.get(0)).cap(bounds.get(1)).lowerIsBetter(form).rule();
    Target t = Target.of(target.doubleValue());

    // WHEN two actuals are scored
    Score better = score(rule, DOWN, t, a.min(b));
    Score worse = score(rule, DOWN, t, a.max(b));

    // THEN the lower actual scores at least as much; both bounded
    assertThat(better.value()).isGreaterThanOrEqualTo(worse.value());
    assertThat(worse.value()).isBetween(bounds.get(0), bounds.get(1));
    assertThat(better.value()).isBetween(bounds.get(0), bounds.get(1));
  }

  // ------------------------------------------------------------ closer to target

  @Property(tries = 400)
  void closer_to_target_never_scores_a_nearer_actual_lower(
      @ForAll("amount") BigDecimal target,
      @ForAll("smallPositive") BigDecimal tolerance,
      @ForAll("smallPositive") BigDecimal extra,
      @ForAll("floorAndCap") List<Double> bounds,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN full score (the cap here) within the tolerance, the floor at tolerance + extra
    ScoringRule<?> rule =
        Kpi.closerToTarget()
            .tolerance(tolerance.doubleValue())
            .floorAt(tolerance.add(extra).doubleValue())
            .fullScore(bounds.get(1))
            .floor(bounds.get(0))
            .rule();
    Target t = Target.of(target.doubleValue());
    BigDecimal nearer = a.subtract(target).abs().compareTo(b.subtract(target).abs()) <= 0 ? a : b;
    BigDecimal farther = nearer == a ? b : a;

    // WHEN both are scored
    Score near = score(rule, BAND, t, nearer);
    Score far = score(rule, BAND, t, farther);

    // THEN the nearer one scores at least as much; both within floor and full score
    assertThat(near.value()).isGreaterThanOrEqualTo(far.value());
    assertThat(near.value()).isBetween(bounds.get(0), bounds.get(1));
    assertThat(far.value()).isBetween(bounds.get(0), bounds.get(1));
  }

  @Property(tries = 300)
  void closer_to_target_with_relative_distances_never_scores_a_nearer_actual_lower(
      @ForAll("positive") BigDecimal target,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN ±10% scores 100, falling to 0 at ±50%
    ScoringRule<?> rule = Kpi.closerToTarget().relative().tolerance(0.1).floorAt(0.5).rule();
    Target t = Target.of(target.doubleValue());
    BigDecimal nearer = a.subtract(target).abs().compareTo(b.subtract(target).abs()) <= 0 ? a : b;
    BigDecimal farther = nearer == a ? b : a;

    // WHEN both are scored
    double near = score(rule, BAND, t, nearer).value();
    double far = score(rule, BAND, t, farther).value();

    // THEN
    assertThat(near).isGreaterThanOrEqualTo(far).isBetween(0.0, 100.0);
    assertThat(far).isBetween(0.0, 100.0);
  }

  // ------------------------------------------------------------ banded

  @Property(tries = 400)
  void a_banded_table_of_rising_scores_never_scores_a_higher_actual_lower(
      @ForAll("bandedTable") Banded.Params table,
      @ForAll("positive") BigDecimal target,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN a table whose scores do not fall, on the actual or on the achievement
    ScoringRule<?> rule = ScoringRule.of(new Banded(), table);
    Target t = Target.of(target.doubleValue());

    // WHEN two actuals are scored
    double worse = score(rule, UP, t, a.min(b)).value();
    double better = score(rule, UP, t, a.max(b)).value();

    // THEN monotone, and held within the table's lowest and highest score
    double low = Math.min(table.belowFirst(), table.bands().get(0).score());
    double high = table.bands().get(table.bands().size() - 1).score();
    assertThat(better).isGreaterThanOrEqualTo(worse);
    assertThat(worse).isBetween(low, high);
    assertThat(better).isBetween(low, high);
  }

  // ------------------------------------------------------------ milestone

  @Property(tries = 300)
  void a_milestone_never_scores_a_better_actual_lower_in_either_direction(
      @ForAll("amount") BigDecimal target,
      @ForAll("floorAndCap") List<Double> scores,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b) {
    // GIVEN met scores the cap, not met the floor
    ScoringRule<?> rule = Kpi.milestone(scores.get(1), scores.get(0));
    Target t = Target.of(target.doubleValue());
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);

    // WHEN / THEN higher is better: the higher actual; lower is better: the lower one
    assertThat(score(rule, UP, t, high).value()).isGreaterThanOrEqualTo(score(rule, UP, t, low).value());
    assertThat(score(rule, DOWN, t, low).value())
        .isGreaterThanOrEqualTo(score(rule, DOWN, t, high).value());
    for (BigDecimal x : List.of(low, high)) {
      assertThat(score(rule, UP, t, x).value()).isIn(scores.get(0), scores.get(1));
    }
  }

  // ------------------------------------------------------------ deduction

  @Property(tries = 300)
  void a_deduction_never_scores_more_incidents_higher(
      @ForAll("points") List<BigDecimal> points,
      @ForAll("counts") List<Integer> counts,
      @ForAll("counts") List<Integer> more,
      @ForAll("floorAndCap") List<Double> bounds,
      @ForAll boolean capped) {
    // GIVEN three categories, each with its points (and a cap of 3 incidents' worth, or none)
    Kpi.DeductionSpec spec = Kpi.deduction().fullMarks(bounds.get(1)).floor(bounds.get(0));
    for (int i = 0; i < 3; i++) {
      spec = spec.perIncident("c" + i, points.get(i).doubleValue());
      if (capped) {
        spec = spec.capPerCategory("c" + i, points.get(i).multiply(BigDecimal.valueOf(3)).doubleValue());
      }
    }
    ScoringRule<?> rule = spec.rule();
    Measurement fewer = Measurement.of(LI.id(), UP.id(), Q3, 0);
    Measurement many = fewer;
    for (int i = 0; i < 3; i++) {
      fewer = fewer.withPart("c" + i, counts.get(i));
      many = many.withPart("c" + i, counts.get(i) + more.get(i));
    }

    // WHEN both are scored
    double few = score(rule, UP, null, fewer).value();
    double lots = score(rule, UP, null, many).value();

    // THEN more incidents never score higher; both within floor and full marks
    assertThat(lots).isLessThanOrEqualTo(few);
    assertThat(few).isBetween(bounds.get(0), bounds.get(1));
    assertThat(lots).isBetween(bounds.get(0), bounds.get(1));
  }

  // ------------------------------------------------------------ ratings

  @Property(tries = 300)
  void ratings_never_score_a_higher_rating_lower_and_stay_on_their_scale(
      @ForAll @IntRange(min = 0, max = 2) int scaleIndex,
      @ForAll Ratings.Mapping mapping,
      @ForAll("fractions") List<BigDecimal> positions,
      @ForAll("fractions") List<BigDecimal> raise,
      @ForAll @IntRange(min = 0, max = 2) int raised,
      @ForAll @IntRange(min = 0, max = 3) int absent) {
    // GIVEN a scale (1–5, 0–10 or 1–7), three raters weighted 20 / 60 / 20, one perhaps absent
    double[][] scales = {{1, 5}, {0, 10}, {1, 7}};
    double min = scales[scaleIndex][0];
    double max = scales[scaleIndex][1];
    ScoringRule<?> rule =
        Kpi.ratings(min, max).rater("self", 20).rater("manager", 60).rater("peer", 20)
            .mapping(mapping).rule();
    String[] raters = {"self", "manager", "peer"};
    int skipped = absent == raised ? 3 : absent; // the raised rater always rates
    Measurement before = Measurement.of(LI.id(), UP.id(), Q3, 0);
    Measurement after = before;
    for (int i = 0; i < 3; i++) {
      if (i == skipped) {
        continue;
      }
      BigDecimal rating = onScale(min, max, positions.get(i));
      BigDecimal higher = i == raised ? onScale(min, max, positions.get(i).max(raise.get(i))) : rating;
      before = before.withPart(raters[i], rating);
      after = after.withPart(raters[i], higher);
    }

    // WHEN both are scored
    double s0 = score(rule, UP, null, before).value();
    double s1 = score(rule, UP, null, after).value();

    // THEN a higher rating never scores lower, and the score stays within the mapping's range
    assertThat(s1).isGreaterThanOrEqualTo(s0);
    double low;
    double high;
    switch (mapping) {
      case PERCENT_OF_MAX:
        low = min / max * 100;
        high = 100;
        break;
      case PERCENT_OF_RANGE:
        low = 0;
        high = 100;
        break;
      default:
        low = min;
        high = max;
        break;
    }
    assertThat(s0).isBetween(low - 1e-9, high + 1e-9);
    assertThat(s1).isBetween(low - 1e-9, high + 1e-9);
  }

  private static BigDecimal onScale(double min, double max, BigDecimal position) {
    // min + position × (max − min), to one decimal, as a rater would type it
    return BigDecimal.valueOf(min)
        .add(position.multiply(BigDecimal.valueOf(max - min)))
        .setScale(1, java.math.RoundingMode.DOWN);
  }

  // ------------------------------------------------------------ generators and helpers

  private static ScoringRule<?> tts(List<Double> s) {
    return Kpi.thresholdTargetStretch(s.get(1), s.get(2), s.get(3), s.get(0), s.get(4));
  }

  private static Target ascending(List<BigDecimal> l) {
    return Target.levels(l.get(0).doubleValue(), l.get(1).doubleValue(), l.get(2).doubleValue());
  }

  private static Target descending(List<BigDecimal> l) {
    return Target.levels(l.get(2).doubleValue(), l.get(1).doubleValue(), l.get(0).doubleValue());
  }

  @Provide
  Arbitrary<BigDecimal> amount() {
    return Arbitraries.bigDecimals().between(MILLION.negate().multiply(BigDecimal.valueOf(2)), MILLION.multiply(BigDecimal.valueOf(2))).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> nonNegativeAmount() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, MILLION.multiply(BigDecimal.valueOf(2))).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> positive() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), MILLION).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> smallPositive() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000")).ofScale(2);
  }

  @Provide
  Arbitrary<List<BigDecimal>> levels() {
    return Arbitraries.bigDecimals()
        .between(MILLION.negate(), MILLION)
        .ofScale(2)
        .list()
        .ofSize(3)
        .map(l -> sorted(l));
  }

  @Provide
  Arbitrary<List<Double>> fiveScores() {
    return scores(5);
  }

  @Provide
  Arbitrary<List<Double>> floorAndCap() {
    return scores(2);
  }

  private static Arbitrary<List<Double>> scores(int n) {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-100"), new BigDecimal("300"))
        .ofScale(1)
        .list()
        .ofSize(n)
        .map(l -> {
          List<Double> d = new ArrayList<>();
          for (BigDecimal x : sorted(l)) {
            d.add(x.doubleValue());
          }
          return d;
        });
  }

  @Provide
  Arbitrary<List<BigDecimal>> points() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1).list().ofSize(3);
  }

  @Provide
  Arbitrary<List<Integer>> counts() {
    return Arbitraries.integers().between(0, 30).list().ofSize(3);
  }

  @Provide
  Arbitrary<List<BigDecimal>> fractions() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2).list().ofSize(3);
  }

  @Provide
  Arbitrary<Banded.Params> bandedTable() {
    Arbitrary<List<BigDecimal>> froms =
        Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("3000")).ofScale(1)
            .set().ofMinSize(2).ofMaxSize(5).map(s -> sorted(new ArrayList<>(s)));
    Arbitrary<List<BigDecimal>> rising =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(1)
            .list().ofSize(5).map(l -> sorted(l));
    Arbitrary<BigDecimal> drop = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1);
    return Combinators.combine(
            froms,
            rising,
            drop,
            Arbitraries.of(Banded.Mode.class),
            Arbitraries.of(Banded.Basis.class))
        .as(
            (f, s, d, mode, basis) -> {
              List<Banded.Band> bands = new ArrayList<>();
              for (int i = 0; i < f.size(); i++) {
                bands.add(new Banded.Band(f.get(i).doubleValue(), s.get(i).doubleValue()));
              }
              double belowFirst = s.get(0).subtract(d).doubleValue();
              return new Banded.Params(bands, mode, basis, belowFirst);
            });
  }

  private static List<BigDecimal> sorted(List<BigDecimal> l) {
    List<BigDecimal> copy = new ArrayList<>(l);
    copy.sort(Comparator.naturalOrder());
    return copy;
  }
}

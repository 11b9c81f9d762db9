package dev.yardstick.quality.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.evaluation.TableResult;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * The rounded total and subtotals of random cards equal a {@code BigDecimal} reference computed
 * from the same decimals, on the one-by-one and on the table path: 1–4 sections, 1–8 items,
 * integer and one-decimal weights, item scores with 0–4 decimals (missing ones scored zero or
 * left out), half-up and half-even at 0–3 decimals, no team link, a blend or a coefficient.
 *
 * <p>The reference is written here, independently of the engine: it keeps each value as a
 * numerator and denominator of decimals and divides once, at the end, with the rounding.
 */
class ExactTotalProperties {

  private static final Period Q3 = Period.parse("2026-Q3");
  private static final Subject LI = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-1");

  /** The score is the actual; with a column scorer, so that the table path scores in columns. */
  static final class Identity implements ScoringStrategy<Identity.Params> {
    /** No parameters. */
    record Params() {}

    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    @Override
    public String id() {
      return "test-identity";
    }

    @Override
    public Class<Params> parametersType() {
      return Params.class;
    }

    @Override
    public Score score(Params p, ScoringInput in) {
      return new Score(in.actual(), Score.Bound.NONE, Explanation.of("{}", in.actual()));
    }

    @Override
    public ColumnScorer columnScorer(Params p, Indicator indicator, @Nullable Target target) {
      return (values, from, to, scores, bounds) -> {
        int s = values.scale();
        for (int r = from; r < to; r++) {
          long u = values.unscaled(r);
          if (Math.abs(u) >= 1L << 53 || s >= POW10.length) {
            scores[r] = Double.NaN;
          } else {
            scores[r] = u / POW10[s]; // correctly rounded, as BigDecimal.doubleValue()
            bounds[r] = ColumnScorer.NONE;
          }
        }
      };
    }
  }

  /**
   * A random card with one subject's scores.
   *
   * @param sections per section its weight and its items' weights (decimals)
   * @param scores per item its score, {@code null} when missing
   * @param policy what a missing score means
   * @param scale the rounding's decimals
   * @param mode the rounding's mode
   * @param link 0 none, 1 blend, 2 coefficient
   * @param teamWeight the blend's team weight, integer percent
   * @param coefficient the coefficient of the only band
   * @param teamScore the team's total
   */
  record Case(
      List<List<BigDecimal>> sections,
      List<@Nullable BigDecimal> scores,
      MissingDataPolicy policy,
      int scale,
      RoundingMode mode,
      int link,
      int teamWeight,
      BigDecimal coefficient,
      BigDecimal teamScore) {}

  /**
   * Positive weights that sum to exactly 100, each a multiple of {@code unit} (10, 1 or 0.1).
   */
  private static Arbitrary<List<BigDecimal>> weights(int count, BigDecimal unit) {
    int total = BigDecimal.valueOf(100).divide(unit).intValueExact();
    if (count > total) {
      return Arbitraries.just(List.of()); // cannot split: filtered out below
    }
    return Arbitraries.integers().between(1, total - 1).set().ofSize(count - 1)
        .map(cuts -> {
          List<Integer> points = new ArrayList<>(cuts);
          points.sort(null);
          List<BigDecimal> w = new ArrayList<>();
          int previous = 0;
          for (int p : points) {
            w.add(unit.multiply(BigDecimal.valueOf(p - previous)));
            previous = p;
          }
          w.add(unit.multiply(BigDecimal.valueOf(total - previous)));
          return w;
        });
  }

  /**
   * Half general cases (weights in units of 1 or 0.1, scores with 0–4 decimals, rounding to 0–3
   * decimals), half tie-prone ones (weights in tens, scores with one decimal less than the
   * rounding keeps, so that a total has one decimal more than it keeps), where several totals in
   * a hundred are exact ties.
   */
  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.oneOf(
        cases(Arbitraries.of(BigDecimal.ONE, new BigDecimal("0.1")), 0, 4, 0, 3, 8),
        cases(Arbitraries.just(BigDecimal.TEN), -1, -1, 1, 3, 4));
  }

  /**
   * Cases with item weights in the given units, scores with {@code minDecimals} to {@code
   * maxDecimals} decimals (both -1: the rounding scale - 1, the team score too), rounding to {@code minScale} to
   * {@code maxScale} decimals and at most {@code maxItems} items.
   */
  private static Arbitrary<Case> cases(
      Arbitrary<BigDecimal> units, int minDecimals, int maxDecimals, int minScale, int maxScale,
      int maxItems) {
    BigDecimal sectionUnit = maxItems > 4 ? BigDecimal.ONE : BigDecimal.TEN;
    Arbitrary<List<List<BigDecimal>>> layout =
        Arbitraries.integers().between(1, 4).flatMap(sectionCount ->
            Combinators.combine(
                    weights(sectionCount, sectionUnit),
                    Arbitraries.integers().between(1, Math.max(1, maxItems / sectionCount))
                        .list().ofSize(sectionCount),
                    units)
                .flatAs((sectionWeights, sizes, unit) -> {
                  List<Arbitrary<List<BigDecimal>>> parts = new ArrayList<>();
                  for (int s = 0; s < sectionCount; s++) {
                    BigDecimal sw = sectionWeights.get(s);
                    parts.add(weights(sizes.get(s), unit).map(items -> {
                      List<BigDecimal> l = new ArrayList<>();
                      l.add(sw); // the section's weight first, then its items'
                      l.addAll(items);
                      return l;
                    }));
                  }
                  return Combinators.combine(parts).as(l -> l);
                }))
            .filter(l -> l.stream().allMatch(section -> section.size() > 1));
    return Combinators.combine(layout, Arbitraries.integers().between(minScale, maxScale))
        .flatAs((sections, scale) -> {
          int items = sections.stream().mapToInt(l -> l.size() - 1).sum();
          Arbitrary<Integer> decimals =
              minDecimals < 0 ? Arbitraries.just(scale - 1) : Arbitraries.integers().between(minDecimals, maxDecimals);
          Arbitrary<@Nullable BigDecimal> score =
              decimals.flatMap(d -> Arbitraries.bigDecimals()
                  .between(new BigDecimal("-50"), new BigDecimal("200"))
                  .ofScale(d));
          return Combinators.combine(
                  score.injectNull(minDecimals < 0 ? 0.02 : 0.1).list().ofSize(items),
                  Arbitraries.of(MissingDataPolicy.SCORE_ZERO, MissingDataPolicy.EXCLUDE_AND_RENORMALISE),
                  Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN),
                  minDecimals < 0 ? Arbitraries.of(0, 0, 0, 0, 1, 2) : Arbitraries.integers().between(0, 2),
                  Arbitraries.integers().between(0, 10).map(t -> t * 10),
                  Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("1.5")).ofScale(1),
                  Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(minDecimals < 0 ? scale - 1 : scale + 1))
              .as((scores, policy, mode, link, tw, c, team) ->
                  new Case(sections, scores, policy, scale, mode, link, tw, c, team));
        });
  }

  @Property(tries = 2000)
  void the_rounded_total_equals_the_decimal_reference_on_both_paths(@ForAll("cases") Case c) {
    // GIVEN the card and the subject's measurements
    Scorecard card = card(c);
    List<Measurement> measurements = new ArrayList<>();
    MeasurementTable.Builder table = MeasurementTable.builder(Q3, List.of(LI));
    for (int i = 0; i < c.scores().size(); i++) {
      BigDecimal v = c.scores().get(i);
      if (v != null) {
        measurements.add(Measurement.of(LI.id(), "i" + i, Q3, v));
        table.column("i" + i, DecimalColumn.of(v.scale(), v.unscaledValue().longValueExact()));
      } else {
        table.column("i" + i, DecimalColumn.of(0, DecimalColumn.MISSING));
      }
    }
    Fraction[] subtotals = referenceSubtotals(c);
    boolean anything = false;
    for (Fraction f : subtotals) {
      anything |= f != null;
    }
    Statistics.label("link").collect(c.link() == 0 ? "none" : c.link() == 1 ? "blend" : "coefficient");
    if (!anything) {
      return; // every item left out: a failure, tested elsewhere
    }
    Fraction reference = referenceTotal(c, subtotals);
    BigDecimal expected = reference.round(c.scale(), c.mode());
    Statistics.label("tie")
        .collect(isTie(reference, c.scale()) ? "exact tie" : "no tie");

    // WHEN evaluated one by one and as a table
    var request = Yardstick.evaluate(LI).in(Q3).against(card);
    if (c.link() != 0) {
      request.teamScore(c.teamScore().doubleValue());
    }
    Evaluation e = request.with(measurements);
    var tableRequest = Yardstick.evaluate(table.build());
    if (c.link() != 0) {
      tableRequest.teamScores(Map.of("team-1", c.teamScore().doubleValue()));
    }
    TableResult t = tableRequest.against(card);

    // THEN both totals are the reference, rounded once
    assertThat(e.total()).isEqualTo(expected);
    assertThat(t.total(0)).isEqualTo(expected);
    assertThat(t.evaluation(0)).isEqualTo(e);
    // AND the exact total is the reference (to 34 digits when it does not terminate)
    assertThat(e.totalDecimal()).isEqualByComparingTo(reference.value());
    // AND every subtotal is its reference rounded once
    for (int s = 0; s < subtotals.length; s++) {
      BigDecimal sub = e.sections().get(s).subtotal();
      Fraction f = subtotals[s];
      assertThat(sub).as("section %s", s)
          .isEqualTo(f == null ? BigDecimal.ZERO.setScale(c.scale()) : f.round(c.scale(), c.mode()));
    }
  }

  private static Scorecard card(Case c) {
    ScorecardBuilder b = Yardstick.scorecard("random");
    int item = 0;
    for (int s = 0; s < c.sections().size(); s++) {
      List<BigDecimal> section = c.sections().get(s);
      b.section("S" + s, section.get(0).doubleValue());
      for (int k = 1; k < section.size(); k++) {
        b.item(Indicator.builder("i" + item++).build())
            .weight(section.get(k).doubleValue())
            .scoredBy(ScoringRule.of(new Identity(), new Identity.Params()));
      }
    }
    b.missingData(c.policy()).rounding(c.scale(), c.mode());
    if (c.link() == 1) {
      b.teamLink(TeamLink.blend(100 - c.teamWeight(), c.teamWeight()));
    } else if (c.link() == 2) {
      b.teamLink(TeamLink.coefficient(List.of(new TeamLink.Band(0, c.coefficient().doubleValue()))));
    }
    return b.build();
  }

  /** A numerator over a positive denominator. */
  record Fraction(BigDecimal n, BigDecimal d) {
    BigDecimal round(int scale, RoundingMode mode) {
      return n.divide(d, scale, mode);
    }

    BigDecimal value() {
      try {
        return n.divide(d);
      } catch (ArithmeticException e) {
        return n.divide(d, java.math.MathContext.DECIMAL128);
      }
    }
  }

  private static @Nullable Fraction[] referenceSubtotals(Case c) {
    Fraction[] result = new Fraction[c.sections().size()];
    int item = 0;
    for (int s = 0; s < result.length; s++) {
      List<BigDecimal> section = c.sections().get(s);
      BigDecimal n = BigDecimal.ZERO;
      BigDecimal d = BigDecimal.ZERO;
      for (int k = 1; k < section.size(); k++) {
        BigDecimal v = c.scores().get(item++);
        if (v == null && c.policy() == MissingDataPolicy.EXCLUDE_AND_RENORMALISE) {
          continue;
        }
        n = n.add(section.get(k).multiply(v == null ? BigDecimal.ZERO : v));
        d = d.add(section.get(k));
      }
      result[s] = d.signum() == 0 ? null : new Fraction(n, d);
    }
    return result;
  }

  /** Σ W·(n/d) ÷ Σ W, then the link, over one common denominator. */
  private static Fraction referenceTotal(Case c, @Nullable Fraction[] subtotals) {
    BigDecimal common = BigDecimal.ONE;
    for (Fraction f : subtotals) {
      if (f != null) {
        common = common.multiply(f.d());
      }
    }
    BigDecimal n = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (int s = 0; s < subtotals.length; s++) {
      Fraction f = subtotals[s];
      if (f != null) {
        BigDecimal w = c.sections().get(s).get(0);
        n = n.add(w.multiply(f.n()).multiply(common).divide(f.d()));
        weights = weights.add(w);
      }
    }
    BigDecimal d = common.multiply(weights);
    if (c.link() == 1) {
      BigDecimal t = BigDecimal.valueOf(c.teamWeight());
      BigDecimal hundred = BigDecimal.valueOf(100);
      return new Fraction(
          n.multiply(hundred.subtract(t)).add(t.multiply(c.teamScore()).multiply(d)),
          d.multiply(hundred));
    }
    if (c.link() == 2) {
      return new Fraction(n.multiply(c.coefficient()), d);
    }
    return new Fraction(n, d);
  }

  private static boolean isTie(Fraction f, int scale) {
    BigDecimal down = f.round(scale, RoundingMode.HALF_DOWN);
    BigDecimal up = f.round(scale, RoundingMode.HALF_UP);
    return down.compareTo(up) != 0;
  }
}

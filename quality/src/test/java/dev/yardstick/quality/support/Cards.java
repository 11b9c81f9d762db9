package dev.yardstick.quality.support;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.rules.kpi.Kpi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random scorecards for the properties: one to three sections of one to four items, each item a
 * higher- or lower-is-better indicator scored by threshold / target / stretch (60 / 100 / 120) or
 * by ratio to target (floor 0, cap 120), with its weight and one actual per subject.
 */
public final class Cards {

  private Cards() {}

  /**
   * One item.
   *
   * @param lowerIsBetter the indicator's direction
   * @param ratio ratio to target rather than threshold / target / stretch
   * @param weight the weight within the section, before normalisation
   * @param levels three ascending levels, all above 0
   * @param actuals one actual per subject
   */
  public record ItemSpec(
      boolean lowerIsBetter, boolean ratio, double weight, List<BigDecimal> levels, List<BigDecimal> actuals) {}

  /**
   * One section.
   *
   * @param weight the weight within the scorecard, before normalisation
   * @param items its items
   */
  public record SectionSpec(double weight, List<ItemSpec> items) {}

  /** Random cards with actuals for {@code subjects} subjects. */
  public static Arbitrary<List<SectionSpec>> cards(int subjects) {
    Arbitrary<BigDecimal> level =
        Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("10000")).ofScale(2);
    Arbitrary<BigDecimal> actual =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(2);
    Arbitrary<Double> weight = Arbitraries.integers().between(1, 100).map(Integer::doubleValue);
    Arbitrary<ItemSpec> item =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                weight,
                level.list().ofSize(3).map(Cards::sorted),
                actual.list().ofSize(subjects))
            .as(ItemSpec::new);
    Arbitrary<SectionSpec> section =
        Combinators.combine(weight, item.list().ofMinSize(1).ofMaxSize(4)).as(SectionSpec::new);
    return section.list().ofMinSize(1).ofMaxSize(3);
  }

  /** The id of item {@code i} of section {@code s}. */
  public static String id(int s, int i) {
    return "s" + s + "-i" + i;
  }

  /**
   * The scorecard: weights multiplied by {@code factor} and normalised, items of each section
   * in the order given by {@code order} (indices into the section's items), or as specified when
   * it is null.
   */
  public static Scorecard build(List<SectionSpec> spec, double factor, List<List<Integer>> order) {
    ScorecardBuilder b = Yardstick.scorecard("random").normaliseWeights();
    for (int s = 0; s < spec.size(); s++) {
      SectionSpec section = spec.get(s);
      b.section("section-" + s, section.weight() * factor);
      for (int i : order.get(s)) {
        ItemSpec item = section.items().get(i);
        Indicator indicator =
            Indicator.builder(id(s, i))
                .direction(item.lowerIsBetter() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
                .build();
        b.item(indicator).weight(item.weight() * factor);
        List<BigDecimal> l = item.levels();
        if (item.ratio()) {
          b.target(Target.of(l.get(1).doubleValue())).scoredBy(Kpi.ratioToTarget(0, 120));
        } else {
          Target t =
              item.lowerIsBetter()
                  ? Target.levels(l.get(2).doubleValue(), l.get(1).doubleValue(), l.get(0).doubleValue())
                  : Target.levels(l.get(0).doubleValue(), l.get(1).doubleValue(), l.get(2).doubleValue());
          b.target(t).scoredBy(Kpi.thresholdTargetStretch(60, 100, 120));
        }
      }
    }
    return b.build();
  }

  /** Items in the order specified. */
  public static List<List<Integer>> natural(List<SectionSpec> spec) {
    List<List<Integer>> order = new ArrayList<>();
    for (SectionSpec section : spec) {
      List<Integer> o = new ArrayList<>();
      for (int i = 0; i < section.items().size(); i++) {
        o.add(i);
      }
      order.add(o);
    }
    return order;
  }

  /** The measurements of subject number {@code k}, whose id is {@code subjectId}. */
  public static List<Measurement> measurements(
      List<SectionSpec> spec, int k, String subjectId, Period period) {
    List<Measurement> list = new ArrayList<>();
    for (int s = 0; s < spec.size(); s++) {
      List<ItemSpec> items = spec.get(s).items();
      for (int i = 0; i < items.size(); i++) {
        list.add(Measurement.of(subjectId, id(s, i), period, items.get(i).actuals().get(k)));
      }
    }
    return list;
  }

  private static List<BigDecimal> sorted(List<BigDecimal> l) {
    List<BigDecimal> copy = new ArrayList<>(l);
    copy.sort(Comparator.naturalOrder());
    return copy;
  }
}

package dev.yardstick.benchmarks;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.rules.kpi.catalog.EcommerceScorecards;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scorecards of the workload: the sample company's default scorecards ({@link
 * EcommerceScorecards#all()}, 5 to 7 items each), grown to {@link #ITEMS} items each.
 *
 * <p>Each workload card keeps its role's default {@code core} and {@code auxiliary} sections, with
 * their items, weights, targets and rules, at 80% of their weight, and adds a {@code
 * cross-functional} section of 20% with the items of the following roles' default cards (in
 * catalog order, each indicator once) until the card has {@value #ITEMS} items, weighted
 * equally. So every rule, target and strategy of the workload is one of the defaults'.
 *
 * <pre>{@code
 * List<Scorecard> cards = WorkloadCards.all();   // one per role, in EcommerceRoles order
 * }</pre>
 */
public final class WorkloadCards {

  /** Items per workload card. */
  public static final int ITEMS = 12;

  /** The share of the default sections in a workload card. */
  private static final double DEFAULT_SHARE = 0.8;

  private static final double CROSS_WEIGHT = 20;

  private static final List<Scorecard> ALL = build();

  private WorkloadCards() {}

  /** One card per role, in the order of {@link EcommerceScorecards#all()}; ids are role ids. */
  public static List<Scorecard> all() {
    return ALL;
  }

  private static List<Scorecard> build() {
    List<Scorecard> defaults = EcommerceScorecards.all();
    List<Scorecard> cards = new ArrayList<>(defaults.size());
    for (int r = 0; r < defaults.size(); r++) {
      Scorecard base = defaults.get(r);
      ScorecardBuilder b =
          Yardstick.scorecard(base.id())
              .name(base.name() + ", workload of " + ITEMS + " items")
              .missingData(base.missingData());
      Set<String> present = new HashSet<>();
      for (Section section : base.sections()) {
        b.section(section.name(), section.weight() * DEFAULT_SHARE);
        for (Item item : section.items()) {
          add(b, item);
          present.add(item.indicatorId());
        }
      }
      List<Item> extra = new ArrayList<>();
      for (int k = 1; k < defaults.size() && present.size() + extra.size() < ITEMS; k++) {
        for (Item item : defaults.get((r + k) % defaults.size()).items()) {
          if (present.size() + extra.size() < ITEMS && !present.contains(item.indicatorId())
              && extra.stream().noneMatch(e -> e.indicatorId().equals(item.indicatorId()))) {
            extra.add(item);
          }
        }
      }
      b.section("cross-functional", CROSS_WEIGHT);
      for (Item item : extra) {
        b.item(item.indicator()).weight(100.0 / extra.size()).scoredBy(item.rule());
        if (item.target() != null) {
          b.target(item.target());
        }
      }
      Scorecard card = b.build();
      if (card.items().size() != ITEMS) {
        throw new IllegalStateException(card + " has " + card.items().size() + " items");
      }
      cards.add(card);
    }
    return List.copyOf(cards);
  }

  private static void add(ScorecardBuilder b, Item item) {
    b.item(item.indicator()).weight(item.weight()).scoredBy(item.rule());
    if (item.target() != null) {
      b.target(item.target());
    }
  }
}

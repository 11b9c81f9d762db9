package dev.yardstick.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.rules.kpi.catalog.EcommerceScorecards;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  @Test
  void every_workload_card_has_twelve_items_taken_from_the_default_cards() {
    // GIVEN the default cards' items
    List<Item> defaults = EcommerceScorecards.all().stream()
        .flatMap(c -> c.items().stream()).toList();
    // WHEN the workload cards are built
    List<Scorecard> cards = WorkloadCards.all();
    // THEN one per role, 12 items each, every item (indicator, rule, target) a default one
    assertThat(cards).extracting(Scorecard::id)
        .containsExactlyElementsOf(EcommerceScorecards.all().stream().map(Scorecard::id).toList());
    for (Scorecard card : cards) {
      assertThat(card.items()).hasSize(12);
      for (Item item : card.items()) {
        assertThat(defaults).anySatisfy(d -> {
          assertThat(d.indicator()).isEqualTo(item.indicator());
          assertThat(d.rule()).isEqualTo(item.rule());
          assertThat(d.target()).isEqualTo(item.target());
        });
      }
    }
  }

  @Test
  void a_workload_keeps_each_default_cards_own_items_first() {
    // GIVEN the store operations manager's default card (7 items)
    Scorecard base = EcommerceScorecards.STORE_OPS_MANAGER;
    // WHEN its workload card is built
    Scorecard card = WorkloadCards.all().get(2);
    // THEN its first 7 items are the default's, in order, and 5 cross-functional ones follow
    assertThat(card.items().subList(0, 7)).extracting(Item::indicatorId)
        .containsExactlyElementsOf(base.items().stream().map(Item::indicatorId).toList());
    assertThat(card.sections().get(2).name()).isEqualTo("cross-functional");
    assertThat(card.sections().get(2).items()).hasSize(5);
  }

  @Test
  void the_same_seed_gives_the_same_workload_and_another_seed_another() {
    // GIVEN two workloads from one seed and one from another
    Workload a = Workload.generate(200, 7);
    Workload b = Workload.generate(200, 7);
    Workload c = Workload.generate(200, 8);
    // THEN the first two are equal and the third differs
    assertThat(a.role()).containsExactly(b.role());
    assertThat(a.values()).containsExactly(b.values());
    assertThat(a.ratings()).containsExactly(b.ratings());
    assertThat(a.values()).isNotEqualTo(c.values());
  }

  @Test
  void measurements_carry_the_same_decimals_as_the_primitive_arrays() {
    // GIVEN a small workload
    Workload w = Workload.generate(50, 3);
    // WHEN its measurements are built
    var measurements = w.measurements();
    // THEN one per item, and each plain value reads back as the array's double
    assertThat(measurements).hasSize(50 * 12);
    for (int k = 0; k < measurements.size(); k++) {
      if (measurements.get(k).parts().isEmpty()) {
        assertThat(measurements.get(k).value().doubleValue()).isEqualTo(w.values()[k]);
      }
    }
  }
}

package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Role;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.json.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The entry point's configuration. */
class YardstickJsonTest {

  @Test
  void standard_uses_the_discovered_strategies_and_pretty_output() {
    // GIVEN this module's tests register no strategy through ServiceLoader
    YardstickJson standard = YardstickJson.standard();
    // THEN standard() holds what discover() finds, and writes pretty
    assertThat(standard.strategies().ids()).isEqualTo(StrategyRegistry.discover().ids());
    assertThat(standard.isPretty()).isTrue();
    assertThat(standard.write(Fixtures.STORE_OPS)).contains("\n  \"type\": \"functional-module\",\n");
    assertThat(standard.toString()).startsWith("YardstickJson[yardstick/1, pretty, StrategyRegistry[");
  }

  @Test
  void the_builder_takes_explicit_strategies_and_compact_output() {
    // GIVEN explicit strategies and compact output; WHEN a module is written; THEN one line, envelope first
    YardstickJson json = YardstickJson.builder().strategies(Fixtures.strategies()).pretty(false).build();
    assertThat(json.strategies().ids()).containsExactly("test-linear", "test-step");
    assertThat(json.isPretty()).isFalse();
    assertThat(json.write(Fixtures.STORE_OPS)).isEqualTo(
        "{\"format\":\"yardstick/1\",\"type\":\"functional-module\",\"id\":\"store-operations\","
            + "\"name\":\"Store operations\",\"translations\":{\"zh\":\"店鋪運營\"}}");
  }

  @Test
  void one_instance_serves_many_threads() throws InterruptedException {
    // GIVEN one shared instance
    YardstickJson json = Fixtures.json();
    String expected = json.write(Fixtures.card());
    Role role = Fixtures.MANAGER;
    boolean[] ok = new boolean[4];
    Thread[] threads = new Thread[4];
    // WHEN four threads write and read at once
    for (int t = 0; t < threads.length; t++) {
      int slot = t;
      threads[t] = new Thread(() -> {
        boolean same = true;
        for (int i = 0; i < 50; i++) {
          same &= json.write(Fixtures.card()).equals(expected);
          same &= json.read(json.write(role), Role.class).equals(role);
        }
        ok[slot] = same;
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    // THEN every result is the single-threaded one
    assertThat(ok).containsOnly(true);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to test the builder's null check
  void limits_below_what_a_document_needs_are_refused_with_the_value() {
    // GIVEN limits too small to be useful; WHEN set; THEN refused naming the value
    assertThatThrownBy(() -> YardstickJson.builder().maxDocumentLength(0))
        .hasMessage("maxDocumentLength must be 1 or more, got 0");
    assertThatThrownBy(() -> YardstickJson.builder().maxNestingDepth(3))
        .hasMessage("maxNestingDepth must be 4 or more, got 3");
    assertThatThrownBy(() -> YardstickJson.builder().maxStringLength(63))
        .hasMessage("maxStringLength must be 64 or more, got 63");
    assertThatThrownBy(() -> YardstickJson.builder().strategies(null))
        .isInstanceOf(NullPointerException.class).hasMessage("strategies");
  }
}

package dev.yardstick.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The scoring strategies known by id: discovered through {@link ServiceLoader}, given explicitly,
 * or both.
 *
 * <pre>{@code
 * StrategyRegistry strategies = StrategyRegistry.discover();           // every strategy on the path
 * ScoringStrategy<?> ratio = strategies.require("ratio-to-target");
 * StrategyRegistry mine = strategies.with(new AcmeBonusStrategy());   // plus a company's own
 * }</pre>
 *
 * <p>Immutable and thread-safe. Ids must be unique: two strategies with the same id are rejected
 * with both classes named, whichever way they arrived.
 */
public final class StrategyRegistry {

  private final Map<String, ScoringStrategy<?>> byId;

  private StrategyRegistry(Map<String, ScoringStrategy<?>> byId) {
    this.byId = byId;
  }

  /** A registry of exactly these strategies. */
  public static StrategyRegistry of(Collection<? extends ScoringStrategy<?>> strategies) {
    Objects.requireNonNull(strategies, "strategies");
    Map<String, ScoringStrategy<?>> map = new TreeMap<>();
    for (ScoringStrategy<?> strategy : strategies) {
      add(map, strategy);
    }
    return new StrategyRegistry(Collections.unmodifiableMap(map));
  }

  /** A registry of exactly these strategies. */
  public static StrategyRegistry of(ScoringStrategy<?>... strategies) {
    return of(List.of(strategies));
  }

  /**
   * The strategies that {@link ServiceLoader} finds from this module (on the module path) or the
   * context class loader (on the class path).
   *
   * @throws IllegalArgumentException if two strategies have the same id
   */
  public static StrategyRegistry discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(
        loader != null ? loader : StrategyRegistry.class.getClassLoader());
  }

  /** The strategies that {@link ServiceLoader} finds through {@code loader}. */
  @SuppressWarnings("rawtypes")
  public static StrategyRegistry discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<ScoringStrategy<?>> found = new ArrayList<>();
    for (ScoringStrategy strategy : ServiceLoader.load(ScoringStrategy.class, loader)) {
      found.add(strategy);
    }
    return of(found);
  }

  /** A registry with one more strategy. */
  public StrategyRegistry with(ScoringStrategy<?> strategy) {
    Map<String, ScoringStrategy<?>> map = new TreeMap<>(byId);
    add(map, strategy);
    return new StrategyRegistry(Collections.unmodifiableMap(map));
  }

  private static void add(Map<String, ScoringStrategy<?>> map, ScoringStrategy<?> strategy) {
    Objects.requireNonNull(strategy, "strategy");
    String id = Objects.requireNonNull(strategy.id(), () -> strategy.getClass() + " id");
    if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "strategy id '" + id + "' of " + strategy.getClass().getName()
              + " must be lower-case words joined by '-' or '.'");
    }
    ScoringStrategy<?> previous = map.putIfAbsent(id, strategy);
    if (previous != null && previous.getClass() != strategy.getClass()) {
      throw new IllegalArgumentException(
          "duplicate strategy id '"
              + id
              + "': "
              + previous.getClass().getName()
              + " and "
              + strategy.getClass().getName());
    }
  }

  /** The strategy with this id, if any. */
  public Optional<ScoringStrategy<?>> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The strategy with this id.
   *
   * @throws IllegalArgumentException naming the id and the known ids when there is none
   */
  public ScoringStrategy<?> require(String id) {
    ScoringStrategy<?> strategy = byId.get(Objects.requireNonNull(id, "id"));
    if (strategy == null) {
      throw new IllegalArgumentException(
          "unknown strategy id '" + id + "'; known ids: " + byId.keySet());
    }
    return strategy;
  }

  /** The ids, sorted. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The strategies, sorted by id. */
  public List<ScoringStrategy<?>> strategies() {
    return List.copyOf(byId.values());
  }

  /** Id to strategy, sorted by id. */
  public Map<String, ScoringStrategy<?>> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  @Override
  public String toString() {
    return "StrategyRegistry" + byId.keySet();
  }
}

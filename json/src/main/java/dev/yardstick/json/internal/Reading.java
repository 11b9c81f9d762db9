package dev.yardstick.json.internal;

import dev.yardstick.core.scoring.StrategyRegistry;

/**
 * What one read works with: the parsed tree, the strategies that give rules their parameter
 * types, and the mapper that binds those parameters.
 *
 * @param tree the parsed document
 * @param strategies the strategies known by id
 * @param parameters the parameter binder
 */
public record Reading(Tree tree, StrategyRegistry strategies, Parameters parameters) {

  /** The document's root, which may carry the {@code format} and {@code type} properties. */
  public In root() {
    return new In(tree.root(), JsonPaths.ROOT, this, true);
  }
}

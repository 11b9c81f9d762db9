package dev.yardstick.core.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Copy-on-write helpers for the immutable maps of this package. */
final class Maps2 {

  private Maps2() {}

  static <K, V> Map<K, V> plus(Map<K, V> map, K key, V value) {
    Map<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }
}

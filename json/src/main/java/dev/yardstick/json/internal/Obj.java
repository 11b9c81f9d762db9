package dev.yardstick.json.internal;

import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object of the document whose property names have been checked: required properties fail
 * with their path when missing or {@code null}; optional ones read as {@code null} or a default.
 */
public final class Obj {

  private final ObjectNode node;
  private final In self;

  Obj(ObjectNode node, In self) {
    this.node = node;
    this.self = self;
  }

  /** The object itself, for its path and for {@link In#construct}. */
  public In self() {
    return self;
  }

  /** A required property. */
  public In get(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw self.fail("missing required property '" + name + "'");
    }
    String path = JsonPaths.property(self.path(), name);
    if (value.isNull()) {
      throw new In(value, path, self.reading(), false).fail("must not be null");
    }
    return new In(value, path, self.reading(), false);
  }

  /** An optional property: {@code null} when absent or {@code null}. */
  public @Nullable In opt(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return new In(value, JsonPaths.property(self.path(), name), self.reading(), false);
  }

  /** Whether the property is present (even as {@code null}). */
  public boolean has(String name) {
    return node.has(name);
  }

  /** A required string. */
  public String string(String name) {
    return get(name).string();
  }

  /** An optional string. */
  public @Nullable String optString(String name) {
    In in = opt(name);
    return in == null ? null : in.string();
  }

  /** A required double. */
  public double number(String name) {
    return get(name).number();
  }

  /** A required decimal. */
  public BigDecimal decimal(String name) {
    return get(name).decimal();
  }

  /** An optional decimal. */
  public @Nullable BigDecimal optDecimal(String name) {
    In in = opt(name);
    return in == null ? null : in.decimal();
  }

  /** A required int. */
  public int integer(String name) {
    return get(name).integer();
  }

  /** A required boolean. */
  public boolean bool(String name) {
    return get(name).bool();
  }

  /** A required enum constant. */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return get(name).enumValue(type);
  }

  /** A required period. */
  public Period period(String name) {
    return get(name).period();
  }

  /** An optional period. */
  public @Nullable Period optPeriod(String name) {
    In in = opt(name);
    return in == null ? null : in.period();
  }

  /** A required array. */
  public <T> List<T> list(String name, Function<In, T> element) {
    return get(name).list(element);
  }

  /** A required array of strings. */
  public List<String> strings(String name) {
    return list(name, In::string);
  }

  /** A map of strings, empty when absent. */
  public Map<String, String> stringMap(String name) {
    In in = opt(name);
    return in == null ? Map.of() : in.map(In::string);
  }

  /** A map of decimals, empty when absent. */
  public Map<String, BigDecimal> decimalMap(String name) {
    In in = opt(name);
    return in == null ? Map.of() : in.map(In::decimal);
  }

  /** A required object read by {@code reader}. */
  public <T> T read(String name, Function<In, T> reader) {
    return reader.apply(get(name));
  }

  /** An optional object read by {@code reader}, {@code null} when absent or {@code null}. */
  public <T> @Nullable T optRead(String name, Function<In, T> reader) {
    In in = opt(name);
    return in == null ? null : reader.apply(in);
  }
}

package dev.yardstick.json.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.core.JsonGenerator;

/**
 * Writes properties in the order the codecs call them, numbers through {@link Numbers}, enums by
 * their JSON names. A {@code null} optional value is left out.
 */
public final class Out {

  private final JsonGenerator g;

  Out(JsonGenerator g) {
    this.g = g;
  }

  /** Starts an object value. */
  public Out startObject() {
    g.writeStartObject();
    return this;
  }

  /** Starts an object property. */
  public Out startObject(String name) {
    g.writeName(name);
    g.writeStartObject();
    return this;
  }

  /** Ends an object. */
  public Out endObject() {
    g.writeEndObject();
    return this;
  }

  /** Starts an array property. */
  public Out startArray(String name) {
    g.writeName(name);
    g.writeStartArray();
    return this;
  }

  /** Ends an array. */
  public Out endArray() {
    g.writeEndArray();
    return this;
  }

  /** Writes a property name; the value follows. */
  public Out name(String name) {
    g.writeName(name);
    return this;
  }

  /** A string property. */
  public Out string(String name, String value) {
    g.writeName(name);
    g.writeString(value);
    return this;
  }

  /** A {@code null} property. */
  public Out nullValue(String name) {
    g.writeName(name);
    g.writeNull();
    return this;
  }

  /** A string property, left out when {@code null}. */
  public Out optString(String name, @Nullable String value) {
    return value == null ? this : string(name, value);
  }

  /** A string array element. */
  public Out stringValue(String value) {
    g.writeString(value);
    return this;
  }

  /** A number property from a finite double. */
  public Out number(String name, double value) {
    g.writeName(name);
    return numberValue(value);
  }

  /** A number array element from a finite double. */
  public Out numberValue(double value) {
    g.writeNumber(Numbers.format(value));
    return this;
  }

  /** A number property from a decimal, in plain notation with its scale. */
  public Out decimal(String name, BigDecimal value) {
    g.writeName(name);
    g.writeNumber(Numbers.format(value));
    return this;
  }

  /** A decimal property, left out when {@code null}. */
  public Out optDecimal(String name, @Nullable BigDecimal value) {
    return value == null ? this : decimal(name, value);
  }

  /** An integer property. */
  public Out integer(String name, int value) {
    g.writeName(name);
    g.writeNumber(value);
    return this;
  }

  /** A boolean property. */
  public Out bool(String name, boolean value) {
    g.writeName(name);
    g.writeBoolean(value);
    return this;
  }

  /** An enum property by its JSON name. */
  public Out enumValue(String name, Enum<?> value) {
    return string(name, Names.of(value));
  }

  /** An array of enum JSON names, in the collection's order. */
  public Out enums(String name, Collection<? extends Enum<?>> values) {
    startArray(name);
    for (Enum<?> value : values) {
      g.writeString(Names.of(value));
    }
    return endArray();
  }

  /** An array of strings. */
  public Out strings(String name, Collection<String> values) {
    startArray(name);
    for (String value : values) {
      g.writeString(value);
    }
    return endArray();
  }

  /** An object of strings, in the map's order. */
  public Out stringMap(String name, Map<String, String> values) {
    startObject(name);
    values.forEach(this::string);
    return endObject();
  }

  /** An object of decimals, in the map's order. */
  public Out decimalMap(String name, Map<String, BigDecimal> values) {
    startObject(name);
    values.forEach(this::decimal);
    return endObject();
  }

  /** The properties of an object node, in its order, into the object being written. */
  public Out fields(JsonNode object) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      g.writeName(e.getKey());
      tree(e.getValue());
    }
    return this;
  }

  /**
   * A tree (a strategy's parameters as Jackson sees them), written with the same number rules as
   * everything else.
   *
   * @throws IllegalArgumentException for a NaN or infinite number or a node that is not JSON data
   */
  public Out tree(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeName(e.getKey());
          tree(e.getValue());
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (JsonNode element : node) {
          tree(element);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(node.stringValue());
        break;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        break;
      case NULL:
        g.writeNull();
        break;
      case NUMBER:
        if (node.isIntegralNumber()) {
          g.writeNumber(node.bigIntegerValue().toString());
        } else if (node.isBigDecimal()) {
          g.writeNumber(Numbers.format(node.decimalValue()));
        } else {
          g.writeNumber(Numbers.format(node.doubleValue()));
        }
        break;
      default:
        throw new IllegalArgumentException(
            "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + " value cannot be written as JSON data");
    }
    return this;
  }
}

package dev.yardstick.json.internal;

import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value of the document with its JSONPath: typed accessors that fail with the path and a plain
 * description of what was expected and what was found.
 */
public final class In {

  private final JsonNode node;
  private final String path;
  private final Reading reading;
  private final boolean envelope;

  In(JsonNode node, String path, Reading reading, boolean envelope) {
    this.node = node;
    this.path = path;
    this.reading = reading;
    this.envelope = envelope;
  }

  /** The JSONPath of this value. */
  public String path() {
    return path;
  }

  /** The node. */
  public JsonNode node() {
    return node;
  }

  /** What the read is done with: strategies, mapper, tree. */
  public Reading reading() {
    return reading;
  }

  /** An exception at this value's path. */
  public DocumentException fail(String problem) {
    return new DocumentException(path, problem);
  }

  /**
   * This value as an object with exactly these known properties; any other property fails at
   * once, naming it and the known ones. The document's root also allows {@code format} and {@code
   * type}.
   */
  public Obj object(String... properties) {
    if (!node.isObject()) {
      throw fail("expected an object, got " + describe(node));
    }
    List<String> known = new ArrayList<>(properties.length + 2);
    if (envelope) {
      known.add("format");
      known.add("type");
    }
    Collections.addAll(known, properties);
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw new DocumentException(
            JsonPaths.property(path, name),
            "unknown property '" + name + "'" + Names.suggestion(name, known)
                + "; known properties: " + String.join(", ", known));
      }
    }
    return new Obj((ObjectNode) node, this);
  }

  /** A string. */
  public String string() {
    if (!node.isString()) {
      throw fail("expected a string, got " + describe(node));
    }
    return node.stringValue();
  }

  /** A finite number as a double; {@code -0.0} stays negative zero. */
  public double number() {
    if (!node.isNumber()) {
      throw fail("expected a number, got " + describe(node));
    }
    if (reading.tree().isNegativeZero(node)) {
      return -0.0;
    }
    double value = node.isIntegralNumber() ? node.bigIntegerValue().doubleValue() : node.decimalValue().doubleValue();
    if (!Double.isFinite(value)) {
      throw fail("the number " + node.asString() + " is out of range for a double");
    }
    return value;
  }

  /** A number as an exact decimal, keeping its scale ({@code 92.60} stays {@code 92.60}). */
  public BigDecimal decimal() {
    if (!node.isNumber()) {
      throw fail("expected a number, got " + describe(node));
    }
    return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
  }

  /** A whole number that fits an int. */
  public int integer() {
    if (!node.isIntegralNumber()) {
      throw fail("expected a whole number, got " + describe(node));
    }
    if (!node.canConvertToInt()) {
      throw fail("the number " + node.asString() + " is out of range for an integer");
    }
    return node.intValue();
  }

  /** {@code true} or {@code false}. */
  public boolean bool() {
    if (!node.isBoolean()) {
      throw fail("expected true or false, got " + describe(node));
    }
    return node.booleanValue();
  }

  /** An enum constant by its JSON name ({@code "higher-is-better"}). */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String name = string();
    E value = Names.parse(type, name);
    if (value == null) {
      throw fail("unknown value '" + name + "'; expected one of: " + String.join(", ", Names.all(type)));
    }
    return value;
  }

  /** A period in its canonical form ({@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2}, {@code 2026}). */
  public Period period() {
    String text = string();
    return construct(() -> Period.parse(text));
  }

  /** An array, each element read by {@code element}. */
  public <T> List<T> list(Function<In, T> element) {
    if (!node.isArray()) {
      throw fail("expected an array, got " + describe(node));
    }
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(element.apply(new In(node.get(i), JsonPaths.index(path, i), reading, false)));
    }
    return values;
  }

  /** The elements of an array, each with its path. */
  public List<In> elements() {
    return list(element -> element);
  }

  /** An object used as a map, each value read by {@code value}, in document order. */
  public <T> Map<String, T> map(Function<In, T> value) {
    if (!node.isObject()) {
      throw fail("expected an object, got " + describe(node));
    }
    Map<String, T> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      values.put(e.getKey(), value.apply(new In(e.getValue(), JsonPaths.property(path, e.getKey()), reading, false)));
    }
    return values;
  }

  /**
   * Runs a core constructor or factory, turning its validation error into an exception at this
   * path that keeps the core's message (which names the field and the value).
   */
  public <T> T construct(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (DocumentException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = e.getMessage();
      if (e instanceof NullPointerException) {
        message = "missing value" + (message == null ? "" : " for " + message);
      }
      throw new DocumentException(path, "invalid value: " + message, e);
    }
  }

  /** How a node is named in messages: {@code a string ("60")}, {@code a number (92.6)}, {@code an object}. */
  public static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string (\"" + Tree.abbreviate(node.stringValue()) + "\")";
      case NUMBER:
        return "a number (" + Tree.abbreviate(node.asString()) + ")";
      case BOOLEAN:
        return "a boolean (" + node.booleanValue() + ")";
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}

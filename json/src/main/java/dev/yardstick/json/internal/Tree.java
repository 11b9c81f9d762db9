package dev.yardstick.json.internal;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed document: its tree, built by our own loop over Jackson's parser so that every error
 * carries the JSONPath where it happened, numbers keep their exact decimal value and scale, and
 * negative zero is not lost.
 *
 * <p>The parser does the safety work: it rejects duplicate keys ({@code
 * STRICT_DUPLICATE_DETECTION}) and enforces the {@code StreamReadConstraints} of the library's own
 * factory (nesting depth, string, name and number length, document size), which also bounds the
 * recursion here.
 */
public final class Tree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Set<JsonNode> negativeZeros;

  private Tree(JsonNode root, Set<JsonNode> negativeZeros) {
    this.root = root;
    this.negativeZeros = negativeZeros;
  }

  /** The root node. */
  public JsonNode root() {
    return root;
  }

  /** Whether {@code node} was written {@code -0.0} (or {@code -0}). */
  public boolean isNegativeZero(JsonNode node) {
    return negativeZeros.contains(node);
  }

  /**
   * Reads one JSON value, which must be the whole input.
   *
   * @throws DocumentException with the path for malformed JSON, a duplicate key, a limit
   *     exceeded or content after the value
   * @throws UncheckedIOException when the input cannot be read
   */
  public static Tree read(JsonParser parser) {
    Builder builder = new Builder(parser);
    JsonToken first = builder.next(JsonPaths.ROOT);
    if (first == null) {
      throw new DocumentException(JsonPaths.ROOT, "the document is empty: expected a JSON object");
    }
    JsonNode root = builder.value(first, JsonPaths.ROOT);
    JsonToken after = builder.next(JsonPaths.ROOT);
    if (after != null) {
      throw new DocumentException(
          JsonPaths.ROOT,
          "unexpected content after the end of the document" + at(parser.currentTokenLocation()));
    }
    return new Tree(root, builder.negativeZeros);
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static final class Builder {
    private final JsonParser parser;
    private final Set<JsonNode> negativeZeros = Collections.newSetFromMap(new IdentityHashMap<>());

    Builder(JsonParser parser) {
      this.parser = parser;
    }

    JsonToken next(String path) {
      try {
        return parser.nextToken();
      } catch (JacksonIOException e) {
        Throwable cause = e.getCause();
        throw new UncheckedIOException(
            "cannot read the JSON input", cause instanceof IOException ? (IOException) cause : new IOException(e));
      } catch (StreamConstraintsException e) {
        throw new DocumentException(path, "the document exceeds a limit: " + e.getOriginalMessage(), e);
      } catch (JacksonException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate Object property")) {
          String name = parser.currentName();
          String where = name == null ? path : JsonPaths.property(path, name);
          throw new DocumentException(
              where, "duplicate key '" + (name == null ? "?" : name) + "'" + at(e.getLocation()), e);
        }
        // the path of the object or array being read; line and column point at the character
        throw new DocumentException(path, "malformed JSON" + at(e.getLocation()) + ": " + clean(message), e);
      }
    }

    JsonNode value(JsonToken token, String path) {
      switch (token) {
        case START_OBJECT:
          return object(path);
        case START_ARRAY:
          return array(path);
        case VALUE_STRING:
          return NODES.stringNode(guarded(path, () -> parser.getString()));
        case VALUE_NUMBER_INT:
          return integer(path);
        case VALUE_NUMBER_FLOAT:
          return decimal(path);
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new DocumentException(path, "unexpected JSON token " + token);
      }
    }

    private ObjectNode object(String path) {
      ObjectNode node = NODES.objectNode();
      for (JsonToken t = next(path); t != JsonToken.END_OBJECT; t = next(path)) {
        String name = parser.currentName();
        String child = JsonPaths.property(path, name);
        node.set(name, value(next(child), child));
      }
      return node;
    }

    private ArrayNode array(String path) {
      ArrayNode node = NODES.arrayNode();
      for (JsonToken t = next(JsonPaths.index(path, 0)); t != JsonToken.END_ARRAY;
          t = next(JsonPaths.index(path, node.size()))) {
        node.add(value(t, JsonPaths.index(path, node.size())));
      }
      return node;
    }

    private JsonNode integer(String path) {
      Number n = guarded(path, () -> parser.getNumberValue());
      JsonNode node;
      if (n instanceof Integer) {
        node = NODES.numberNode((int) (Integer) n);
      } else if (n instanceof Long) {
        node = NODES.numberNode((long) (Long) n);
      } else {
        node = NODES.numberNode((java.math.BigInteger) n);
      }
      boolean zero = n instanceof java.math.BigInteger ? ((java.math.BigInteger) n).signum() == 0 : n.longValue() == 0;
      if (zero && guarded(path, () -> parser.getString()).startsWith("-")) {
        negativeZeros.add(node);
      }
      return node;
    }

    private JsonNode decimal(String path) {
      String text = guarded(path, () -> parser.getString());
      BigDecimal value;
      try {
        value = guarded(path, () -> parser.getDecimalValue());
      } catch (NumberFormatException e) {
        // Jackson refuses an exponent beyond an int's range with a plain NumberFormatException
        throw new DocumentException(
            path, "the number " + abbreviate(text) + " is out of range: its exponent exceeds " + Numbers.MAX_SCALE, e);
      }
      if (!Numbers.inRange(value)) {
        throw new DocumentException(
            path, "the number " + abbreviate(text) + " is out of range: its exponent exceeds " + Numbers.MAX_SCALE);
      }
      JsonNode node = NODES.numberNode(value);
      if (value.signum() == 0 && text.startsWith("-")) {
        negativeZeros.add(node);
      }
      return node;
    }

    private <T> T guarded(String path, java.util.function.Supplier<T> read) {
      try {
        return read.get();
      } catch (StreamConstraintsException e) {
        throw new DocumentException(path, "the document exceeds a limit: " + e.getOriginalMessage(), e);
      } catch (JacksonException e) {
        throw new DocumentException(
            path, "malformed JSON" + at(e.getLocation()) + ": " + clean(e.getOriginalMessage()), e);
      }
    }
  }

  /** Jackson's message without its source references, which say nothing here. */
  static String clean(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    return message.replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
        .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
        .replaceAll("[:;]? ?\\(?enable `[A-Za-z_.]+` to allow\\)?", "")
        .trim();
  }

  /** The first 40 characters of {@code text}, with an ellipsis when cut. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}

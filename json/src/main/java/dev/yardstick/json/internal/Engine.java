package dev.yardstick.json.internal;

import dev.yardstick.core.scoring.StrategyRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/** What {@code YardstickJson} does: the envelope, the factory with its limits, parsing and writing. */
public final class Engine {

  /** The format marker of every document this version writes and the only one it reads. */
  public static final String FORMAT = "yardstick/1";

  private final StrategyRegistry strategies;
  private final Parameters parameters;
  private final ObjectWriter writer;
  private final boolean pretty;
  private final long maxDocumentLength;

  /**
   * An engine.
   *
   * @param strategies the strategies whose parameters scorecards carry
   * @param pretty indented output (else one line)
   * @param maxDocumentLength the most characters (or bytes) a document may have
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string value
   */
  public Engine(
      StrategyRegistry strategies,
      boolean pretty,
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength) {
    this.strategies = Objects.requireNonNull(strategies, "strategies");
    this.pretty = pretty;
    this.maxDocumentLength = maxDocumentLength;
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(Math.min(maxStringLength, 1_000))
            .maxNumberLength(1_000)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    this.parameters = new Parameters(factory);
    ObjectWriter base = parameters.mapper().writer();
    this.writer = pretty ? base.with(new StablePrettyPrinter()) : base;
  }

  /** The strategies. */
  public StrategyRegistry strategies() {
    return strategies;
  }

  /** Whether output is indented. */
  public boolean pretty() {
    return pretty;
  }

  // ---------------------------------------------------------------- writing

  /** The document of {@code value} as a string. */
  public String write(Object value) {
    Documents.Type<?> type = typeOf(value);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = writer.createGenerator(out)) {
      write(type, value, g);
    }
    return out.toString();
  }

  /** The document of type {@code typeName} (a list type, so that an empty list has its type). */
  public String writeAs(String typeName, List<?> values) {
    Documents.Type<?> type = Objects.requireNonNull(Documents.named(typeName), typeName);
    Class<?> element = Objects.requireNonNull(type.element(), typeName);
    for (Object value : values) {
      if (!element.isInstance(value)) {
        throw new IllegalArgumentException("a " + typeName + " document holds only "
            + element.getSimpleName() + "s, got a " + value.getClass().getName());
      }
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = writer.createGenerator(out)) {
      write(type, values, g);
    }
    return out.toString();
  }

  /** Writes the document of {@code value} to {@code out}, which stays open. */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(out, "out");
    Documents.Type<?> type = typeOf(value);
    io(() -> {
      try (JsonGenerator g = writer.createGenerator(out)) {
        write(type, value, g);
      }
      return null;
    });
  }

  /** Writes the document of {@code value} to {@code out} in UTF-8; the stream stays open. */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Documents.Type<?> type = typeOf(value);
    io(() -> {
      try (JsonGenerator g = writer.createGenerator(out, JsonEncoding.UTF8)) {
        write(type, value, g);
      }
      return null;
    });
  }

  private static Documents.Type<?> typeOf(Object value) {
    Objects.requireNonNull(value, "value");
    Documents.Type<?> type = Documents.of(value);
    if (type == null) {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + ": not a Yardstick document type; known types: "
              + String.join(", ", Documents.names()));
    }
    return type;
  }

  private void write(Documents.Type<?> type, Object value, JsonGenerator g) {
    Out out = new Out(g);
    out.startObject().string("format", FORMAT).string("type", type.name());
    type.writeValue(value, out, parameters);
    out.endObject();
    if (pretty) {
      g.writeRaw('\n');
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads a document of a type assignable to {@code expected} from a string. */
  public <T> T read(String json, Class<T> expected) {
    Objects.requireNonNull(json, "json");
    checkReadable(expected);
    if (json.length() > maxDocumentLength) {
      throw new DocumentException(
          JsonPaths.ROOT,
          "the document exceeds a limit: " + json.length() + " characters, more than the maximum "
              + maxDocumentLength);
    }
    return read(() -> parameters.mapper().createParser(json), expected, null);
  }

  /** Reads a list document of type {@code typeName} from a string. */
  public List<?> readList(String json, String typeName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(Documents.named(typeName), typeName);
    if (json.length() > maxDocumentLength) {
      return read(json, List.class); // fails with the length
    }
    return read(() -> parameters.mapper().createParser(json), List.class, typeName);
  }

  /** Reads a document from {@code in}, which stays open. */
  public <T> T read(Reader in, Class<T> expected) {
    Objects.requireNonNull(in, "in");
    checkReadable(expected);
    return read(() -> parameters.mapper().createParser(in), expected, null);
  }

  /** Reads a document from {@code in} (UTF-8, UTF-16 or UTF-32, detected), which stays open. */
  public <T> T read(InputStream in, Class<T> expected) {
    Objects.requireNonNull(in, "in");
    checkReadable(expected);
    return read(() -> parameters.mapper().createParser(in), expected, null);
  }

  private static void checkReadable(Class<?> expected) {
    Objects.requireNonNull(expected, "expected");
    if (Documents.namesFor(expected).isEmpty()) {
      throw new IllegalArgumentException(
          "cannot read a " + expected.getName() + ": not a Yardstick document type; known types: "
              + String.join(", ", Documents.names()));
    }
  }

  private <T> T read(Supplier<JsonParser> source, Class<T> expected, @Nullable String typeName) {
    Tree tree = io(() -> {
      try (JsonParser parser = source.get()) {
        return Tree.read(parser);
      }
    });
    Reading reading = new Reading(tree, strategies, parameters);
    In root = reading.root();
    JsonNode node = root.node();
    if (!node.isObject()) {
      throw root.fail(
          "expected a Yardstick document, a JSON object starting with \"format\": \"" + FORMAT
              + "\", got " + In.describe(node));
    }
    JsonNode format = node.get("format");
    if (format == null) {
      throw root.fail(
          "missing required property 'format': a Yardstick document starts with \"format\": \""
              + FORMAT + "\"");
    }
    String formatPath = JsonPaths.property(JsonPaths.ROOT, "format");
    if (!format.isString() || !format.stringValue().equals(FORMAT)) {
      throw new DocumentException(
          formatPath,
          "unsupported format " + (format.isString() ? "'" + format.stringValue() + "'" : In.describe(format))
              + "; this version reads \"" + FORMAT + "\"");
    }
    JsonNode typeNode = node.get("type");
    if (typeNode == null) {
      throw root.fail(
          "missing required property 'type'; known types: " + String.join(", ", Documents.names()));
    }
    String typePath = JsonPaths.property(JsonPaths.ROOT, "type");
    Documents.Type<?> type = typeNode.isString() ? Documents.named(typeNode.stringValue()) : null;
    if (type == null) {
      throw new DocumentException(
          typePath,
          "unknown document type " + (typeNode.isString() ? "'" + typeNode.stringValue() + "'" : In.describe(typeNode))
              + "; known types: " + String.join(", ", Documents.names()));
    }
    if (!expected.isAssignableFrom(type.type()) || (typeName != null && !typeName.equals(type.name()))) {
      List<String> wanted = typeName != null ? List.of(typeName) : Documents.namesFor(expected);
      throw new DocumentException(
          typePath,
          "expected a document of type " + (wanted.size() == 1 ? "'" + wanted.get(0) + "'" : "one of " + wanted)
              + ", got '" + type.name() + "'");
    }
    return expected.cast(type.reader().apply(root));
  }

  private static <T> T io(Supplier<T> action) {
    try {
      return action.get();
    } catch (JacksonIOException e) {
      Throwable cause = e.getCause();
      throw new UncheckedIOException(
          "cannot read or write the JSON document", cause instanceof IOException ? (IOException) cause : new IOException(e));
    }
  }
}

package dev.yardstick.json.internal;

import dev.yardstick.core.domain.Period;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds a strategy's parameters (normally a record, declared by {@code parametersType()}) with
 * the library's own, strict {@link JsonMapper}, so that a strategy from any module serialises
 * without this module knowing it.
 *
 * <p>The mapper: no default typing and a polymorphic type validator that allows no class at all
 * (so a {@code @JsonTypeInfo(use = CLASS)} cannot bring class names in); record components in
 * declaration order; every component present ({@code FAIL_ON_MISSING_CREATOR_PROPERTIES}); no
 * unknown properties; no {@code null} for primitives; no coercion of scalars (the string {@code
 * "1"} is not a number); no float truncated to an int; decimals as {@code BigDecimal}; periods as
 * their canonical string; dates only as ISO-8601 {@code "2026-06-29"} (not Jackson's lenient
 * arrays or date-times). Jackson's global defaults are never touched.
 */
public final class Parameters {

  private final JsonMapper mapper;

  /** The mapper over the library's own factory (which holds the read limits). */
  public Parameters(JsonFactory factory) {
    SimpleModule periods = new SimpleModule("yardstick-periods");
    periods.addSerializer(Period.class, new PeriodSerializer());
    periods.addDeserializer(Period.class, new PeriodDeserializer());
    periods.addSerializer(LocalDate.class, new DateSerializer());
    periods.addDeserializer(LocalDate.class, new DateDeserializer());
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(periods)
            .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enumNamingStrategy(EnumNamingStrategies.KEBAB_CASE)
            .build();
  }

  /** The mapper, whose factory creates every parser and generator of the library. */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * The parameters as a tree, to be written with the library's number rules.
   *
   * @throws IllegalArgumentException naming the strategy when Jackson cannot serialise them
   */
  public JsonNode toTree(String what, Object value) {
    try {
      return mapper.valueToTree(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + what + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The parameters of a strategy, named in messages. */
  public static String parametersOf(String strategyId) {
    return "the parameters of strategy '" + strategyId + "'";
  }

  /**
   * Reads a whole document of a record type (from another Yardstick module) by its components,
   * without the envelope's {@code format} and {@code type}.
   */
  public <T> T readDocument(In root, Class<T> type) {
    return readDocument(root, type, new String[0]);
  }

  /**
   * Reads a whole document of a record type like {@link #readDocument(In, Class)}; the properties
   * {@code added} (components added to the record later) are {@code null} when a document lacks
   * them.
   */
  public <T> T readDocument(In root, Class<T> type, String... added) {
    tools.jackson.databind.node.ObjectNode body = ((tools.jackson.databind.node.ObjectNode) root.node()).deepCopy();
    body.remove("format");
    body.remove("type");
    for (String name : added) {
      if (!body.has(name)) {
        body.putNull(name);
      }
    }
    return read(new In(body, root.path(), root.reading(), false), type, null);
  }

  /**
   * Reads parameters of {@code type} from the value at {@code in}, failing at the exact path
   * inside the parameters.
   */
  public <P> P read(In in, Class<P> type, @Nullable String what) {
    try {
      return mapper.treeToValue(in.node(), type);
    } catch (DatabindException e) {
      throw failure(in, misspelt(in, type, e), what);
    } catch (JacksonException e) {
      throw new DocumentException(
          in.path(), "invalid " + (what == null ? "value" : what.replaceFirst("^the ", "")) + ": "
              + e.getOriginalMessage(), e);
    }
  }

  /**
   * The unknown property behind a missing one, if any. Jackson checks a record's creator
   * properties before the names it did not know, so a misspelt {@code "factr"} first shows as a
   * missing {@code "factor"}; binding again with missing properties allowed finds the misspelt
   * name, which is the mistake to report.
   */
  private DatabindException misspelt(In in, Class<?> type, DatabindException e) {
    if (!MISSING.matcher(String.valueOf(e.getOriginalMessage())).find()) {
      return e;
    }
    try {
      mapper.readerFor(type)
          .without(
              DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
              DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .readValue(in.node());
    } catch (UnrecognizedPropertyException unknown) {
      return unknown;
    } catch (RuntimeException other) {
      // the missing property is the first mistake after all
    }
    return e;
  }

  private static DocumentException failure(In in, DatabindException e, @Nullable String what) {
    String path = in.path();
    @Nullable JsonNode at = in.node();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path = JsonPaths.property(path, ref.getPropertyName());
        at = at == null ? null : at.get(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path = JsonPaths.index(path, ref.getIndex());
        at = at == null ? null : at.get(ref.getIndex());
      }
    }
    Matcher missing = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
    if (missing.find() && !path.endsWith("." + missing.group(2))) {
      path = JsonPaths.property(path, missing.group(2));
    }
    return new DocumentException(path, problem(e, at, what), e);
  }

  private static final Pattern MISSING = Pattern.compile("Missing (required )?creator property '([^']*)'");

  private static String problem(DatabindException e, @Nullable JsonNode at, @Nullable String what) {
    String of = what == null ? "" : " in " + what;
    String invalid = "invalid " + (what == null ? "value" : what.replaceFirst("^the ", "")) + ": ";
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      List<String> known = new ArrayList<>();
      for (Object id : u.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      return "unknown property '" + u.getPropertyName() + "'" + of
          + Names.suggestion(u.getPropertyName(), known) + "; known properties: "
          + String.join(", ", known);
    }
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause != null) {
      return invalid + cause.getMessage();
    }
    String message = String.valueOf(e.getOriginalMessage());
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      return "missing required property '" + missing.group(2) + "'" + of;
    }
    if (e instanceof MismatchedInputException && !(e instanceof InvalidFormatException) && at != null) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      @Nullable String expected = target == null ? null : expected(target);
      if (expected != null) {
        return "expected " + expected + ", got " + In.describe(at) + of;
      }
    }
    return invalid + message;
  }

  /** How a Java type is named in messages, or {@code null} when plain words do not fit. */
  private static @Nullable String expected(Class<?> type) {
    if (type == double.class || type == Double.class || type == float.class || type == Float.class
        || type == BigDecimal.class) {
      return "a number";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Period.class) {
      return "a period such as \"2026-Q3\"";
    }
    if (type == LocalDate.class) {
      return "a date such as \"2026-06-29\"";
    }
    if (type.isEnum()) {
      return "a string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isRecord() || Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return null;
  }

  private static final class PeriodSerializer extends StdSerializer<Period> {
    PeriodSerializer() {
      super(Period.class);
    }

    @Override
    public void serialize(Period value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.toString());
    }
  }

  private static final class PeriodDeserializer extends StdDeserializer<Period> {
    PeriodDeserializer() {
      super(Period.class);
    }

    @Override
    public Period deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            Period.class, "expected a period such as \"2026-Q3\", got %s", p.currentToken());
      }
      String text = p.getString();
      try {
        return Period.parse(text);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(text, Period.class, e.getMessage());
      }
    }
  }

  private static final class DateSerializer extends StdSerializer<LocalDate> {
    DateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
  }

  /** Only {@code yyyy-MM-dd}: a date written another way is a mistake, not something to guess. */
  private static final class DateDeserializer extends StdDeserializer<LocalDate> {
    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            LocalDate.class, "expected a date such as \"2026-06-29\", got %s", p.currentToken());
      }
      String text = p.getString();
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        throw ctxt.weirdStringException(text, LocalDate.class, "expected a date such as \"2026-06-29\"");
      }
    }
  }
}

package dev.yardstick.json.csv;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.json.internal.CsvTokenizer;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Imports measurements from CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a
 * byte-order mark at the start), as back offices export them from BI tools.
 *
 * <p>The first line is the header. Columns are found by name ({@link CsvColumn}: {@code subject},
 * {@code indicator}, {@code period}, {@code value}, and optionally {@code numerator} and {@code
 * denominator}), in any order, case-insensitive; other names can be mapped, and columns the
 * import does not use must be declared ignored. Periods are {@code 2026-07}, {@code 2026-Q3},
 * {@code 2026-H2} or {@code 2026}. Decimals use '.' and nothing else: {@code 1,5} and {@code
 * 1,250,000} are rejected rather than guessed. Fields are trimmed. A row with numerator and
 * denominator and no value gets the ratio as its value.
 *
 * <pre>{@code
 * MeasurementCsv csv = MeasurementCsv.builder()
 *     .header("员工编号", CsvColumn.SUBJECT)
 *     .header("指标", CsvColumn.INDICATOR)
 *     .ignore("员工姓名")
 *     .build();
 *
 * CsvImport result = csv.read(reader, ErrorPolicy.COLLECT);   // accepted + rejected rows
 * try (Stream<Measurement> rows = csv.stream(reader)) {        // a million rows, constant memory
 *   rows.forEach(store::add);                                 // fails fast with line and column
 * }
 * csv.stream(reader, rejected::add).forEach(store::add);      // streams, reporting bad rows
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call reads its own {@link Reader}, which it does not close.
 * A bad row never disappears: it either stops the import with a {@link CsvImportException} or is
 * handed back as a {@link RejectedRow}, both with the line number and the column's header.
 */
public final class MeasurementCsv {

  /** Default for {@link Builder#maxRecordLength(int)}: 64 Ki characters. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 64 * 1024;

  private static final int MAX_DECIMAL_LENGTH = 100;

  private final Map<String, CsvColumn> headers;
  private final Set<String> ignored;
  private final boolean ignoreUnknownColumns;
  private final char delimiter;
  private final int maxRecordLength;

  private MeasurementCsv(Builder b) {
    Map<String, CsvColumn> map = new LinkedHashMap<>();
    for (CsvColumn column : CsvColumn.values()) {
      map.put(column.header(), column);
    }
    map.putAll(b.headers);
    this.headers = Collections.unmodifiableMap(map);
    this.ignored = Collections.unmodifiableSet(new LinkedHashSet<>(b.ignored));
    this.ignoreUnknownColumns = b.ignoreUnknownColumns;
    this.delimiter = b.delimiter;
    this.maxRecordLength = b.maxRecordLength;
  }

  /** The default headers, ',' as delimiter, no other columns allowed. */
  public static MeasurementCsv standard() {
    return builder().build();
  }

  /** Starts a configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every row into memory.
   *
   * @param in the CSV; not closed
   * @param policy stop at the first bad row, or collect the bad rows
   * @throws CsvImportException for a bad header, unreadable input, or (under {@link
   *     ErrorPolicy#FAIL_FAST}) the first bad row
   * @throws java.io.UncheckedIOException if reading fails
   */
  public CsvImport read(Reader in, ErrorPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<RejectedRow> rejected = new ArrayList<>();
    Consumer<RejectedRow> onReject = policy == ErrorPolicy.FAIL_FAST ? MeasurementCsv::fail : rejected::add;
    List<Measurement> accepted = new ArrayList<>();
    try (Stream<Measurement> rows = stream(in, onReject)) {
      rows.forEach(accepted::add);
    }
    return new CsvImport(accepted, rejected);
  }

  /**
   * The measurements, read lazily as the stream is consumed, in constant memory; the first bad
   * row ends the stream with a {@link CsvImportException}.
   *
   * @param in the CSV; not closed
   */
  public Stream<Measurement> stream(Reader in) {
    return stream(in, MeasurementCsv::fail);
  }

  /**
   * The measurements of the good rows, read lazily in constant memory; each bad row goes to
   * {@code rejected} as it is met, in file order, and the stream goes on (unless {@code rejected}
   * throws).
   *
   * @param in the CSV; not closed
   * @param rejected receives each bad row
   */
  public Stream<Measurement> stream(Reader in, Consumer<? super RejectedRow> rejected) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(rejected, "rejected");
    Session session = new Session(new CsvTokenizer(in, delimiter, maxRecordLength), rejected);
    Spliterator<Measurement> rows =
        new Spliterators.AbstractSpliterator<Measurement>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
          @Override
          public boolean tryAdvance(Consumer<? super Measurement> action) {
            Measurement next = session.next();
            if (next == null) {
              return false;
            }
            action.accept(next);
            return true;
          }
        };
    return StreamSupport.stream(rows, false);
  }

  private static void fail(RejectedRow row) {
    throw new CsvImportException(row.line(), row.column(), row.reason());
  }

  /** One pass over one input. */
  private final class Session {
    private final CsvTokenizer tokenizer;
    private final Consumer<? super RejectedRow> rejected;
    private final Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
    private List<String> header = List.of();
    private boolean started;

    Session(CsvTokenizer tokenizer, Consumer<? super RejectedRow> rejected) {
      this.tokenizer = tokenizer;
      this.rejected = rejected;
    }

    @Nullable Measurement next() {
      if (!started) {
        started = true;
        readHeader();
      }
      while (true) {
        CsvTokenizer.Record record = record();
        if (record == null) {
          return null;
        }
        if (record.isBlank()) {
          continue;
        }
        try {
          return measurement(record);
        } catch (Rejection r) {
          rejected.accept(new RejectedRow(record.line(), r.column, r.reason, record.fields()));
        }
      }
    }

    private CsvTokenizer.@Nullable Record record() {
      try {
        return tokenizer.next();
      } catch (CsvTokenizer.FatalException e) {
        throw new CsvImportException(e.line(), null, e.reason());
      }
    }

    private void readHeader() {
      CsvTokenizer.Record record = record();
      if (record == null || record.isBlank()) {
        throw new CsvImportException(1, null,
            "the input has no header line; expected columns such as subject, indicator, period, value");
      }
      if (record.malformed() != null) {
        throw new CsvImportException(record.line(), null, "the header is malformed: " + record.malformed());
      }
      header = record.fields();
      Map<CsvColumn, String> seen = new EnumMap<>(CsvColumn.class);
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        String key = normalise(name);
        CsvColumn column = headers.get(key);
        if (column == null) {
          if (!ignoreUnknownColumns && !ignored.contains(key)) {
            unknown.add(name);
          }
          continue;
        }
        String previous = seen.put(column, name);
        if (previous != null) {
          throw new CsvImportException(record.line(), name,
              "column " + column.header() + " appears twice in the header, as '" + previous
                  + "' and '" + name + "'");
        }
        index.put(column, i);
      }
      if (!unknown.isEmpty()) {
        throw new CsvImportException(record.line(), unknown.get(0),
            "unknown column" + (unknown.size() > 1 ? "s " + quoted(unknown) : "")
                + "; known headers: " + quoted(new ArrayList<>(headers.keySet()))
                + (ignored.isEmpty() ? "" : ", ignored: " + quoted(new ArrayList<>(ignored)))
                + " (map other names with header(name, column) or skip them with ignore(name))");
      }
      for (CsvColumn required : List.of(CsvColumn.SUBJECT, CsvColumn.INDICATOR, CsvColumn.PERIOD)) {
        if (!index.containsKey(required)) {
          throw new CsvImportException(record.line(), null, "the header has no " + required.header()
              + " column; headers found: " + quoted(header));
        }
      }
      boolean numerator = index.containsKey(CsvColumn.NUMERATOR);
      boolean denominator = index.containsKey(CsvColumn.DENOMINATOR);
      if (numerator != denominator) {
        throw new CsvImportException(record.line(), null, "the header has a "
            + (numerator ? "numerator column but no denominator" : "denominator column but no numerator")
            + " column: a ratio needs both");
      }
      if (!index.containsKey(CsvColumn.VALUE) && !numerator) {
        throw new CsvImportException(record.line(), null,
            "the header has no value column (nor numerator and denominator); headers found: "
                + quoted(header));
      }
    }

    private Measurement measurement(CsvTokenizer.Record record) {
      if (record.malformed() != null) {
        throw new Rejection(headerAt(record.malformedAt()), record.malformed());
      }
      List<String> fields = record.fields();
      if (fields.size() != header.size()) {
        throw new Rejection(null, "the row has " + fields.size() + " fields but the header has "
            + header.size() + " (a decimal comma or an unquoted delimiter?)");
      }
      String subject = id(fields, CsvColumn.SUBJECT);
      String indicator = id(fields, CsvColumn.INDICATOR);
      Period period = period(fields);
      BigDecimal value = decimal(fields, CsvColumn.VALUE);
      BigDecimal numerator = decimal(fields, CsvColumn.NUMERATOR);
      BigDecimal denominator = decimal(fields, CsvColumn.DENOMINATOR);
      if ((numerator == null) != (denominator == null)) {
        CsvColumn missing = numerator == null ? CsvColumn.NUMERATOR : CsvColumn.DENOMINATOR;
        throw new Rejection(headerOf(missing),
            "is empty: a ratio needs both numerator and denominator");
      }
      if (value == null && numerator == null) {
        throw new Rejection(headerOf(index.containsKey(CsvColumn.VALUE) ? CsvColumn.VALUE : CsvColumn.NUMERATOR),
            "is empty: a row needs a value, or a numerator and a denominator");
      }
      try {
        if (value == null) {
          // the checks above reject a row with no value unless both numerator and denominator are set
          return Measurement.ratio(subject, indicator, period,
              Objects.requireNonNull(numerator, "numerator of a row without value"),
              Objects.requireNonNull(denominator, "denominator of a row without value"));
        }
        return new Measurement(subject, indicator, period, value, numerator, denominator, Map.of());
      } catch (InvalidInputException e) {
        throw new Rejection(columnOfField(e.field()), messageOf(e));
      } catch (IllegalArgumentException e) {
        throw new Rejection(null, messageOf(e));
      }
    }

    private @Nullable String columnOfField(String field) {
      for (CsvColumn column : CsvColumn.values()) {
        if (column.header().equals(field) && index.containsKey(column)) {
          return headerOf(column);
        }
      }
      return null;
    }

    private @Nullable String headerAt(int i) {
      return i >= 0 && i < header.size() ? header.get(i) : null;
    }

    /** Only for columns known to be in the header (required, or checked with containsKey). */
    private String headerOf(CsvColumn column) {
      return header.get(Objects.requireNonNull(index.get(column), "index of a column in the header"));
    }

    private String field(List<String> fields, CsvColumn column) {
      Integer i = index.get(column);
      return i == null ? "" : fields.get(i).strip();
    }

    private String id(List<String> fields, CsvColumn column) {
      String text = field(fields, column);
      if (text.isEmpty()) {
        throw new Rejection(headerOf(column), "is empty: every row needs a " + column.header());
      }
      if (!isId(text)) {
        throw new Rejection(headerOf(column), "'" + abbreviate(text) + "' is not a valid "
            + column.header() + " id: use 1 to 128 letters, digits, '.', '_' or '-', starting with a"
            + " letter or digit");
      }
      return text;
    }

    private Period period(List<String> fields) {
      String text = field(fields, CsvColumn.PERIOD);
      if (text.isEmpty()) {
        throw new Rejection(headerOf(CsvColumn.PERIOD), "is empty: every row needs a period");
      }
      try {
        return Period.parse(text);
      } catch (IllegalArgumentException e) {
        throw new Rejection(headerOf(CsvColumn.PERIOD), messageOf(e));
      }
    }

    private @Nullable BigDecimal decimal(List<String> fields, CsvColumn column) {
      if (!index.containsKey(column)) {
        return null;
      }
      String text = field(fields, column);
      if (text.isEmpty()) {
        return null;
      }
      String problem = decimalProblem(text);
      if (problem != null) {
        throw new Rejection(headerOf(column), "'" + abbreviate(text) + "' " + problem);
      }
      return new BigDecimal(text);
    }
  }

  /** The message of a core validation exception; core always builds one. */
  private static String messageOf(IllegalArgumentException e) {
    return Objects.requireNonNull(e.getMessage(), "message of a validation exception");
  }

  /** Why {@code text} is not a plain decimal such as {@code -1250000.50}, or {@code null}. */
  static @Nullable String decimalProblem(String text) {
    if (text.length() > MAX_DECIMAL_LENGTH) {
      return "is longer than " + MAX_DECIMAL_LENGTH + " characters";
    }
    if (text.indexOf(',') >= 0) {
      return "is not a decimal number: use '.' for decimals and no thousands separators"
          + " (1250000.5, not 1,250,000.5 or 1250000,5)";
    }
    int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    int digits = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits > 0 && i < text.length() && text.charAt(i) == '.') {
      i++;
      int decimals = 0;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
        decimals++;
      }
      if (decimals == 0) {
        i = -1;
      }
    }
    if (digits > 0 && i == text.length()) {
      return null;
    }
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return "is not a plain decimal number: write 1250000 rather than 1.25E6";
    }
    return "is not a decimal number such as 1250000.50 or -3.5";
  }

  /** The core model's id rule: 1 to 128 of [A-Za-z0-9._-], starting with a letter or digit. */
  static boolean isId(String text) {
    if (text.length() > 128) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  private static String quoted(List<String> names) {
    List<String> q = new ArrayList<>(names.size());
    for (String n : names) {
      q.add("'" + n + "'");
    }
    return String.join(", ", q);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** A rejected row, cheap to throw: no stack trace. */
  private static final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient @Nullable String column;
    final String reason;

    Rejection(@Nullable String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
      this.reason = reason;
    }
  }

  /** Configures a {@link MeasurementCsv}. */
  public static final class Builder {
    private final Map<String, CsvColumn> headers = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private boolean ignoreUnknownColumns;
    private char delimiter = ',';
    private int maxRecordLength = DEFAULT_MAX_RECORD_LENGTH;

    private Builder() {}

    /**
     * Another header name for a column, for example {@code header("员工编号", CsvColumn.SUBJECT)};
     * matched ignoring case and surrounding blanks. The default name keeps working.
     *
     * @throws IllegalArgumentException if the name is blank or already names another column
     */
    public Builder header(String name, CsvColumn column) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(column, "column");
      String key = normalise(name);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("header name must not be blank, got '" + name + "'");
      }
      CsvColumn previous = headers.get(key);
      if ((previous != null && previous != column) || ignored.contains(key)) {
        throw new IllegalArgumentException(
            "header '" + name + "' already " + (previous != null ? "names column " + previous.header() : "is ignored"));
      }
      headers.put(key, column);
      return this;
    }

    /**
     * A column the import skips, for example the employee's name.
     *
     * @throws IllegalArgumentException if the name is blank or names a column
     */
    public Builder ignore(String name) {
      Objects.requireNonNull(name, "name");
      String key = normalise(name);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("ignored header must not be blank, got '" + name + "'");
      }
      CsvColumn column = headers.get(key);
      if (column == null) {
        for (CsvColumn c : CsvColumn.values()) {
          if (c.header().equals(key)) {
            column = c;
          }
        }
      }
      if (column != null) {
        throw new IllegalArgumentException("header '" + name + "' names column " + column.header()
            + " and cannot be ignored");
      }
      ignored.add(key);
      return this;
    }

    /** Skips every column that is not mapped, instead of rejecting the header (off by default). */
    public Builder ignoreUnknownColumns() {
      this.ignoreUnknownColumns = true;
      return this;
    }

    /** The field separator; ',' by default ({@code ';'} and tab are common too). */
    public Builder delimiter(char delimiter) {
      if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '.'
          || delimiter == '-' || Character.isLetterOrDigit(delimiter)) {
        throw new IllegalArgumentException("delimiter cannot be '" + delimiter + "'");
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * The most characters one record may have, so that an unbalanced quote cannot swallow the
     * file into memory; default 64 Ki.
     */
    public Builder maxRecordLength(int maxRecordLength) {
      if (maxRecordLength < 16) {
        throw new IllegalArgumentException("maxRecordLength must be 16 or more, got " + maxRecordLength);
      }
      this.maxRecordLength = maxRecordLength;
      return this;
    }

    /** The configuration. */
    public MeasurementCsv build() {
      return new MeasurementCsv(this);
    }
  }
}

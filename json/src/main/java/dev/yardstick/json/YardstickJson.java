package dev.yardstick.json;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.StrategyRegistry;
import dev.yardstick.json.internal.DocumentException;
import dev.yardstick.json.internal.Engine;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.tracking.warning.Warning;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Yardstick documents: JSON with a format marker, a logical type and the value's
 * properties in a fixed order.
 *
 * <pre>{@code
 * YardstickJson json = YardstickJson.standard();            // strategies found by ServiceLoader
 * String text = json.write(scorecard);                      // {"format": "yardstick/1", "type": "scorecard", ...}
 * Scorecard same = json.readScorecard(text);                // equals(scorecard)
 * Evaluation e = json.read(reader, Evaluation.class);
 *
 * YardstickJson compact = YardstickJson.builder()
 *     .strategies(StrategyRegistry.discover().with(new AcmeBonusStrategy()))
 *     .pretty(false)
 *     .maxDocumentLength(8_000_000)
 *     .build();
 * }</pre>
 *
 * <p>Document types ({@code "type"}): {@code functional-module}, {@code role}, {@code indicator},
 * {@code period}, {@code target}, {@code measurement}, {@code measurements}, {@code subject},
 * {@code scorecard}, {@code evaluation}, {@code outcome}, {@code batch-result} (core); {@code
 * warning}, {@code warnings}, {@code aggregate}, {@code aggregation-result}, {@code
 * annual-review}, {@code detection}, {@code ab-result} (tracking); {@code grade}, {@code
 * grade-scale}, {@code calibration}, {@code interview-sheet}, {@code pay-proposal}, {@code
 * promotion-decision}, {@code training-plan}, {@code placement}, {@code what-if-result} (review).
 * A detection reads as {@code Detection.class} (its kind decides the record). See the package
 * documentation for the envelope, the strictness rules, the number format and how each result is
 * read (a calibration is run again from its inputs and must match).
 *
 * <p>Immutable and thread-safe: build one and share it. Reading fails with a {@link
 * YardstickJsonException} that names the JSONPath of the problem; I/O failures surface as {@link
 * java.io.UncheckedIOException}. Streams and readers passed in are never closed.
 */
public final class YardstickJson {

  /** The format marker of every document: {@value}. */
  public static final String FORMAT = Engine.FORMAT;

  /** Default for {@link Builder#maxDocumentLength(long)}: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Default for {@link Builder#maxNestingDepth(int)}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default for {@link Builder#maxStringLength(int)}: 1 MiB. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  private final Engine engine;

  private YardstickJson(Engine engine) {
    this.engine = engine;
  }

  /**
   * Pretty output, the default limits, and the strategies that {@link StrategyRegistry#discover()}
   * finds on the class or module path.
   */
  public static YardstickJson standard() {
    return builder().build();
  }

  /** Starts a configuration; see the class documentation for an example. */
  public static Builder builder() {
    return new Builder();
  }

  /** The strategies whose parameters this instance reads. */
  public StrategyRegistry strategies() {
    return engine.strategies();
  }

  /** Whether output is indented (else one line). */
  public boolean isPretty() {
    return engine.pretty();
  }

  // ---------------------------------------------------------------- writing

  /**
   * The document of {@code value}: a role, functional module, indicator, period, target,
   * measurement, non-empty list of measurements, subject, scorecard, evaluation, outcome, batch
   * result; a warning, non-empty list of warnings, aggregate, aggregation result, annual review,
   * detection, A/B result; a grade, grade scale, calibration result, interview sheet, pay
   * proposal, promotion decision, training plan, 9-box placement or what-if result.
   *
   * @throws IllegalArgumentException if {@code value} is of no document type, or a strategy's
   *     parameters cannot be written
   */
  public String write(Object value) {
    return engine.write(value);
  }

  /** A {@code measurements} document (also for an empty collection). */
  public String writeMeasurements(Collection<Measurement> measurements) {
    return engine.writeAs("measurements", List.copyOf(measurements));
  }

  /** A {@code warnings} document (also for an empty collection). */
  public String writeWarnings(Collection<Warning> warnings) {
    return engine.writeAs("warnings", List.copyOf(warnings));
  }

  /**
   * Writes the document of {@code value} to {@code out}, which is flushed but not closed.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeTo(Object value, Writer out) {
    engine.write(value, out);
  }

  /**
   * Writes the document of {@code value} to {@code out} in UTF-8; the stream is flushed but not
   * closed.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeTo(Object value, OutputStream out) {
    engine.write(value, out);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a document whose type is {@code type} or a subtype of it ({@code Object.class} reads any
   * document; a {@code measurements} document reads as a {@code List}).
   *
   * @throws YardstickJsonException naming the path when the document is malformed, of another
   *     format or type, or invalid
   * @throws IllegalArgumentException if {@code type} is no document type
   */
  public <T> T read(String json, Class<T> type) {
    return reading(() -> engine.read(json, type));
  }

  /** Reads a document from {@code in}, which is not closed; see {@link #read(String, Class)}. */
  public <T> T read(Reader in, Class<T> type) {
    return reading(() -> engine.read(in, type));
  }

  /**
   * Reads a document from {@code in} (UTF-8, or UTF-16/32 detected), which is not closed; see
   * {@link #read(String, Class)}.
   */
  public <T> T read(InputStream in, Class<T> type) {
    return reading(() -> engine.read(in, type));
  }

  /** Reads a {@code scorecard} document; its rules' strategies must be known to this instance. */
  public Scorecard readScorecard(String json) {
    return read(json, Scorecard.class);
  }

  /** Reads an {@code evaluation} document. */
  public Evaluation readEvaluation(String json) {
    return read(json, Evaluation.class);
  }

  /** Reads a {@code batch-result} document. */
  public BatchResult readBatchResult(String json) {
    return read(json, BatchResult.class);
  }

  /**
   * Reads a {@code calibration} document by running the calibration again from its scale, quota,
   * candidates and overrides.
   *
   * <pre>{@code
   * CalibrationResult result = json.readCalibration(text);   // the entries, overrides, trail written
   * }</pre>
   *
   * @throws YardstickJsonException naming the path of the first output (a rank, a grade, an entry
   *     of the change trail, a count) that does not match the recomputed calibration, or of an
   *     invalid input
   */
  public CalibrationResult readCalibration(String json) {
    return read(json, CalibrationResult.class);
  }

  /** Reads a {@code measurements} document. */
  public List<Measurement> readMeasurements(String json) {
    return readList(json, "measurements", Measurement.class);
  }

  /** Reads a {@code warnings} document. */
  public List<Warning> readWarnings(String json) {
    return readList(json, "warnings", Warning.class);
  }

  private <E> List<E> readList(String json, String typeName, Class<E> element) {
    return reading(() -> engine.readList(json, typeName)).stream().map(element::cast).toList();
  }

  /**
   * Runs a read, turning the engine's problem into the public exception. The engine reports with
   * its own exception so that it never depends on this package; the public one keeps the engine's
   * stack trace, which shows where the problem was found.
   */
  private static <T> T reading(Supplier<T> read) {
    try {
      return read.get();
    } catch (DocumentException e) {
      YardstickJsonException published = new YardstickJsonException(e.path(), e.problem(), e.getCause());
      published.setStackTrace(e.getStackTrace());
      throw published;
    }
  }

  @Override
  public String toString() {
    return "YardstickJson[" + FORMAT + ", " + (isPretty() ? "pretty" : "compact") + ", "
        + strategies() + "]";
  }

  /** Configures a {@link YardstickJson}. Not thread-safe; the instance it builds is. */
  public static final class Builder {
    private @Nullable StrategyRegistry strategies;
    private boolean pretty = true;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * The strategies that scorecards may name; defaults to {@link StrategyRegistry#discover()}
     * when the instance is built.
     */
    public Builder strategies(StrategyRegistry strategies) {
      this.strategies = Objects.requireNonNull(strategies, "strategies");
      return this;
    }

    /** Indented output with {@code \n} line ends (the default), or one line. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** The most characters (or bytes, for a stream) a document may have; default 64 MiB. */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException("maxDocumentLength must be 1 or more, got " + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /** The deepest nesting of objects and arrays; default 64. */
    public Builder maxNestingDepth(int maxNestingDepth) {
      if (maxNestingDepth < 4) {
        throw new IllegalArgumentException("maxNestingDepth must be 4 or more, got " + maxNestingDepth);
      }
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /** The longest string value, in characters; default 1 MiB. */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength < 64) {
        throw new IllegalArgumentException("maxStringLength must be 64 or more, got " + maxStringLength);
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /** The instance. */
    public YardstickJson build() {
      StrategyRegistry registry = strategies != null ? strategies : StrategyRegistry.discover();
      return new YardstickJson(
          new Engine(registry, pretty, maxDocumentLength, maxNestingDepth, maxStringLength));
    }
  }
}

package dev.yardstick.json.internal;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeBand;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.versioning.ItemShift;
import dev.yardstick.review.versioning.Rescore;
import dev.yardstick.review.versioning.WhatIfResult;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.annual.AnnualMethod;
import dev.yardstick.tracking.annual.AnnualReview;
import dev.yardstick.tracking.annual.Trend;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.warning.Warning;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result types of {@code yardstick-tracking} and {@code yardstick-review}.
 *
 * <p>Their records are bound by their components through the library's strict mapper (the same
 * rules as a strategy's parameters: every component present, {@code null} written as {@code
 * null}, enums in lower case with '-', periods as strings, decimals exact), so that a component
 * added in those modules serialises without a change here. {@link GradeScale}, a class built by a
 * validating builder, has a codec of its own; so have the values that hold core types, which keep
 * the core's own forms ({@link AnnualReview} with its subject and evaluation, {@link WhatIfResult}
 * with its evaluations), and {@link Detection}, whose two kinds are told apart by a logical {@code
 * "kind"}.
 */
public final class ModuleCodecs {

  private ModuleCodecs() {}

  /** Writes a record's components as the document's properties. */
  public static void writeRecord(Object value, Out out, Parameters parameters) {
    out.fields(parameters.toTree("a " + value.getClass().getSimpleName(), value));
  }

  /** Writes a list of warnings. */
  public static void writeWarnings(List<?> warnings, Out out, Parameters parameters) {
    out.startArray("warnings");
    for (Object warning : warnings) {
      out.startObject();
      writeRecord(warning, out, parameters);
      out.endObject();
    }
    out.endArray();
  }

  /** Reads a list of warnings. */
  public static List<Warning> warnings(In in) {
    return List.copyOf(in.object("warnings").list(
        "warnings", w -> in.reading().parameters().read(w, Warning.class, null)));
  }

  /** Writes a grade scale: its range and its bands from the lowest. */
  public static void write(GradeScale scale, Out out, Parameters parameters) {
    out.decimal("min", scale.min()).decimal("max", scale.max()).startArray("bands");
    for (GradeBand band : scale.bands()) {
      out.startObject().startObject("grade");
      writeRecord(band.grade(), out, parameters);
      out.endObject().decimal("lower", band.lower()).decimal("upper", band.upper()).endObject();
    }
    out.endArray();
  }

  /** Reads a grade scale through its builder, which checks that the bands cover the range. */
  public static GradeScale gradeScale(In in) {
    Obj o = in.object("min", "max", "bands");
    BigDecimal min = o.decimal("min");
    BigDecimal max = o.decimal("max");
    GradeScale.Builder builder = in.construct(() -> GradeScale.builder(min, max));
    for (In bandIn : o.get("bands").elements()) {
      Obj band = bandIn.object("grade", "lower", "upper");
      In gradeIn = band.get("grade");
      Grade grade = in.reading().parameters().read(gradeIn, Grade.class, null);
      BigDecimal lower = band.decimal("lower");
      BigDecimal upper = band.decimal("upper");
      bandIn.construct(() -> builder.band(grade, lower, upper));
    }
    return in.construct(builder::build);
  }

  /** Reads a record of another module from a nested value, by its components. */
  private static <T> T bound(In in, Class<T> type) {
    return in.reading().parameters().read(in, type, null);
  }

  /** Writes a record of another module as the value of property {@code name}. */
  private static void bound(String name, Object value, Out out, Parameters parameters) {
    out.startObject(name);
    writeRecord(value, out, parameters);
    out.endObject();
  }

  // ---------------------------------------------------------------- detection

  private static final String CHECKED = "checked";
  private static final String INSUFFICIENT = "insufficient-history";

  /** Writes a detection: its {@code kind}, then its record's components. */
  public static void write(Detection detection, Out out, Parameters parameters) {
    out.string("kind", detection instanceof Detection.Checked ? CHECKED : INSUFFICIENT);
    writeRecord(detection, out, parameters);
  }

  /** Reads a detection of kind {@code checked} or {@code insufficient-history}. */
  public static Detection detection(In in) {
    Obj o = in.object("kind", "method", "points", "alerts", "needed", "available");
    In kindIn = o.get("kind");
    String kind = kindIn.string();
    Class<? extends Detection> type;
    switch (kind) {
      case CHECKED:
        type = Detection.Checked.class;
        break;
      case INSUFFICIENT:
        type = Detection.InsufficientHistory.class;
        break;
      default:
        throw kindIn.fail("unknown detection kind '" + kind + "'; expected one of: " + CHECKED + ", "
            + INSUFFICIENT);
    }
    ObjectNode body = ((ObjectNode) in.node()).deepCopy();
    body.remove(List.of("format", "type", "kind"));
    return bound(new In(body, in.path(), in.reading(), false), type);
  }

  // ---------------------------------------------------------------- annual review

  /**
   * Writes an annual review: the subject and the annual evaluation in their core forms, quarter
   * totals and weights as objects keyed by quarter ({@code "2026-Q1"}), the annual aggregates and
   * the trend bound by their components; an absent annual evaluation or aggregates is left out.
   */
  public static void write(AnnualReview r, Out out, Parameters parameters) {
    out.startObject("subject");
    Codecs.write(r.subject(), out);
    out.endObject()
        .string("year", r.year().toString())
        .enumValue("method", r.method())
        .decimal("total", r.total());
    periodMap("quarterTotals", r.quarterTotals(), out);
    periodMap("weights", r.weights(), out);
    out.startArray("missingQuarters");
    for (Period q : r.missingQuarters()) {
      out.stringValue(q.toString());
    }
    out.endArray();
    Evaluation annual = r.annualEvaluation();
    if (annual != null) {
      out.startObject("annualEvaluation");
      Codecs.write(annual, out);
      out.endObject();
    }
    AggregationResult aggregates = r.aggregates();
    if (aggregates != null) {
      bound("aggregates", aggregates, out, parameters);
    }
    bound("trend", r.trend(), out, parameters);
  }

  private static void periodMap(String name, Map<Period, BigDecimal> values, Out out) {
    out.startObject(name);
    values.forEach((period, value) -> out.decimal(period.toString(), value));
    out.endObject();
  }

  /** Reads an annual review. */
  public static AnnualReview annualReview(In in) {
    Obj o = in.object("subject", "year", "method", "total", "quarterTotals", "weights",
        "missingQuarters", "annualEvaluation", "aggregates", "trend");
    Subject subject = o.read("subject", Codecs::subject);
    Period year = o.period("year");
    AnnualMethod method = o.enumValue("method", AnnualMethod.class);
    BigDecimal total = o.decimal("total");
    Map<Period, BigDecimal> quarterTotals = periodMap(o.get("quarterTotals"));
    Map<Period, BigDecimal> weights = periodMap(o.get("weights"));
    List<Period> missing = o.list("missingQuarters", In::period);
    @Nullable Evaluation annual = o.optRead("annualEvaluation", Codecs::evaluation);
    @Nullable AggregationResult aggregates = o.optRead("aggregates", a -> bound(a, AggregationResult.class));
    Trend trend = o.read("trend", t -> bound(t, Trend.class));
    return in.construct(() -> new AnnualReview(
        subject, year, method, total, quarterTotals, weights, missing, annual, aggregates, trend));
  }

  private static Map<Period, BigDecimal> periodMap(In in) {
    if (!in.node().isObject()) {
      throw in.fail("expected an object, got " + In.describe(in.node()));
    }
    Map<Period, BigDecimal> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : in.node().properties()) {
      In valueIn = new In(e.getValue(), JsonPaths.property(in.path(), e.getKey()), in.reading(), false);
      Period period = valueIn.construct(() -> Period.parse(e.getKey()));
      values.put(period, valueIn.decimal());
    }
    return values;
  }

  // ---------------------------------------------------------------- what-if

  /**
   * Writes a what-if result: each re-score with its two evaluations in the core form, its grades
   * and movers bound by their components; each failure as its subject, error type and reason.
   */
  public static void write(WhatIfResult r, Out out, Parameters parameters) {
    out.startArray("rescores");
    for (Rescore rescore : r.rescores()) {
      out.startObject().startObject("original");
      Codecs.write(rescore.original(), out);
      out.endObject().startObject("rescored");
      Codecs.write(rescore.rescored(), out);
      out.endObject();
      bound("oldGrade", rescore.oldGrade(), out, parameters);
      bound("newGrade", rescore.newGrade(), out, parameters);
      out.startArray("movers");
      for (ItemShift shift : rescore.movers()) {
        out.startObject();
        writeRecord(shift, out, parameters);
        out.endObject();
      }
      out.endArray().endObject();
    }
    out.endArray().startArray("failures");
    for (Outcome.Failed failed : r.failures()) {
      out.startObject().startObject("subject");
      Codecs.write(failed.subject(), out);
      out.endObject().string("errorType", failed.errorType()).string("reason", failed.reason()).endObject();
    }
    out.endArray();
  }

  /** Reads a what-if result. */
  public static WhatIfResult whatIfResult(In in) {
    Obj o = in.object("rescores", "failures");
    List<Rescore> rescores = o.list("rescores", ModuleCodecs::rescore);
    List<Outcome.Failed> failures = o.list("failures", ModuleCodecs::failed);
    return in.construct(() -> new WhatIfResult(rescores, failures));
  }

  private static Rescore rescore(In in) {
    Obj o = in.object("original", "rescored", "oldGrade", "newGrade", "movers");
    Evaluation original = o.read("original", Codecs::evaluation);
    Evaluation rescored = o.read("rescored", Codecs::evaluation);
    Grade oldGrade = o.read("oldGrade", g -> bound(g, Grade.class));
    Grade newGrade = o.read("newGrade", g -> bound(g, Grade.class));
    List<ItemShift> movers = o.list("movers", m -> bound(m, ItemShift.class));
    return in.construct(() -> new Rescore(original, rescored, oldGrade, newGrade, movers));
  }

  private static Outcome.Failed failed(In in) {
    Obj o = in.object("subject", "errorType", "reason");
    Subject subject = o.read("subject", Codecs::subject);
    String errorType = o.string("errorType");
    String reason = o.string("reason");
    return in.construct(() -> new Outcome.Failed(subject, errorType, reason));
  }
}

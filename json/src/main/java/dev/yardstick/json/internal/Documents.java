package dev.yardstick.json.internal;

import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.application.PayProposal;
import dev.yardstick.review.application.PromotionDecision;
import dev.yardstick.review.application.TrainingPlan;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.interview.InterviewSheet;
import dev.yardstick.review.talent.Placement;
import dev.yardstick.review.versioning.WhatIfResult;
import dev.yardstick.tracking.abtest.AbResult;
import dev.yardstick.tracking.aggregation.Aggregate;
import dev.yardstick.tracking.aggregation.AggregationResult;
import dev.yardstick.tracking.annual.AnnualReview;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.warning.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The document types: each one's logical name (the {@code "type"} of the envelope), its Java
 * type, how its properties are written and how it is read.
 */
public final class Documents {

  /** Writes a value's properties into the envelope's object. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes {@code value}'s properties. */
    void write(T value, Out out, Parameters parameters);
  }

  /**
   * A document type.
   *
   * @param name the logical name, for example {@code "scorecard"}
   * @param type the Java type
   * @param element for a list document, the type of its elements; otherwise {@code null}
   * @param writer writes the properties
   * @param reader reads the document's root object
   * @param <T> the Java type
   */
  public record Type<T>(
      String name, Class<T> type, @Nullable Class<?> element, Writer<T> writer, Function<In, T> reader) {

    /** Writes {@code value}, which must be of this type. */
    public void writeValue(Object value, Out out, Parameters parameters) {
      writer.write(type.cast(value), out, parameters);
    }
  }

  private static final List<Type<?>> TYPES = List.of(
      type("functional-module", FunctionalModule.class, (v, o, p) -> Codecs.write(v, o), Codecs::module),
      type("role", Role.class, (v, o, p) -> Codecs.write(v, o), Codecs::role),
      type("indicator", Indicator.class, (v, o, p) -> Codecs.write(v, o), Codecs::indicator),
      type("period", Period.class, (v, o, p) -> Codecs.write(v, o), Codecs::period),
      type("target", Target.class, (v, o, p) -> Codecs.write(v, o), Codecs::target),
      type("measurement", Measurement.class, (v, o, p) -> Codecs.write(v, o), Codecs::measurement),
      list("measurements", Measurement.class, (v, o, p) -> Codecs.writeMeasurements(v, o), Codecs::measurements),
      type("subject", Subject.class, (v, o, p) -> Codecs.write(v, o), Codecs::subject),
      type("scorecard", Scorecard.class, (v, o, p) -> Codecs.write(v, p, o), Codecs::scorecard),
      type("evaluation", Evaluation.class, (v, o, p) -> Codecs.write(v, o), Codecs::evaluation),
      type("outcome", Outcome.class, (v, o, p) -> Codecs.write(v, o), Codecs::outcome),
      type("batch-result", BatchResult.class, (v, o, p) -> Codecs.write(v, o), Codecs::batchResult),
      bound("warning", Warning.class),
      list("warnings", Warning.class, ModuleCodecs::writeWarnings, ModuleCodecs::warnings),
      bound("aggregate", Aggregate.class),
      bound("aggregation-result", AggregationResult.class),
      type("annual-review", AnnualReview.class, ModuleCodecs::write, ModuleCodecs::annualReview),
      type("detection", Detection.class, ModuleCodecs::write, ModuleCodecs::detection),
      bound("ab-result", AbResult.class),
      bound("grade", Grade.class),
      type("grade-scale", GradeScale.class, ModuleCodecs::write, ModuleCodecs::gradeScale),
      type("calibration", CalibrationResult.class, CalibrationCodec::write, CalibrationCodec::read),
      bound("interview-sheet", InterviewSheet.class, "finalGrade"),
      bound("pay-proposal", PayProposal.class, "finalGrade"),
      bound("promotion-decision", PromotionDecision.class, "finalGrade"),
      bound("training-plan", TrainingPlan.class),
      bound("placement", Placement.class),
      type("what-if-result", WhatIfResult.class, ModuleCodecs::write, ModuleCodecs::whatIfResult));

  private Documents() {}

  private static <T> Type<T> type(String name, Class<T> type, Writer<T> writer, Function<In, T> reader) {
    return new Type<>(name, type, null, writer, reader);
  }

  private static Type<List<?>> list(
      String name, Class<?> element, Writer<List<?>> writer, Function<In, List<?>> reader) {
    return new Type<>(name, listClass(), element, writer, reader);
  }

  /** A record of another module, bound by its components. */
  private static <T extends Record> Type<T> bound(String name, Class<T> type) {
    return new Type<>(name, type, null, ModuleCodecs::writeRecord,
        in -> in.reading().parameters().readDocument(in, type));
  }

  /**
   * A record of another module, bound by its components, of which {@code added} were added later
   * and are {@code null} in the older documents that lack them (for example the {@code
   * "finalGrade"} of an interview sheet, pay proposal or promotion decision).
   */
  private static <T extends Record> Type<T> bound(String name, Class<T> type, String... added) {
    return new Type<>(name, type, null, ModuleCodecs::writeRecord,
        in -> in.reading().parameters().readDocument(in, type, added));
  }

  @SuppressWarnings("unchecked") // List<?> has no class literal of its own
  private static Class<List<?>> listClass() {
    return (Class<List<?>>) (Class<?>) List.class;
  }

  /** All document types, in a fixed order. */
  public static List<Type<?>> all() {
    return TYPES;
  }

  /** The names of all document types. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Type<?> t : TYPES) {
      names.add(t.name());
    }
    return names;
  }

  /** The type named {@code name}, or {@code null}. */
  public static @Nullable Type<?> named(String name) {
    for (Type<?> t : TYPES) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The type that writes {@code value}, or {@code null}. A non-empty list is a list document when
   * every element is of that document's element type.
   */
  public static @Nullable Type<?> of(Object value) {
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (Type<?> t : TYPES) {
        Class<?> element = t.element();
        if (element != null && !list.isEmpty() && list.stream().allMatch(element::isInstance)) {
          return t;
        }
      }
      return null;
    }
    for (Type<?> t : TYPES) {
      if (t.element() == null && t.type().isInstance(value)) {
        return t;
      }
    }
    return null;
  }

  /** The names of the types whose values are instances of {@code expected}. */
  public static List<String> namesFor(Class<?> expected) {
    List<String> names = new ArrayList<>();
    for (Type<?> t : TYPES) {
      if (expected.isAssignableFrom(t.type())) {
        names.add(t.name());
      }
    }
    return names;
  }
}

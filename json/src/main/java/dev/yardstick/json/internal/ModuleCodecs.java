package dev.yardstick.json.internal;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeBand;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.tracking.warning.Warning;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result types of {@code yardstick-tracking} and {@code yardstick-review}.
 *
 * <p>Their records are bound by their components through the library's strict mapper (the same
 * rules as a strategy's parameters: every component present, {@code null} written as {@code
 * null}, enums in lower case with '-', periods as strings, decimals exact), so that a component
 * added in those modules serialises without a change here. {@link GradeScale}, a class built by a
 * validating builder, has a codec of its own.
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
}

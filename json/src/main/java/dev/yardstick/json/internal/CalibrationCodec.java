package dev.yardstick.json.internal;

import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationEntry;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.Distribution;
import dev.yardstick.review.calibration.GradeChange;
import dev.yardstick.review.calibration.GradeOverride;
import dev.yardstick.review.calibration.GroupAllocation;
import dev.yardstick.review.calibration.GroupTally;
import dev.yardstick.review.calibration.GuardRailHold;
import dev.yardstick.review.calibration.GuardRails;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.calibration.QuotaBound;
import dev.yardstick.review.calibration.QuotaGroup;
import dev.yardstick.review.calibration.TieSplit;
import dev.yardstick.review.calibration.Violation;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A {@link CalibrationResult}: written in full, read by running the calibration again.
 *
 * <p>The result has no public constructor, and its outputs (ranks, proposed grades, the change
 * trail) are only trustworthy as the calibration's own work. So the document's <em>inputs</em> are
 * read (the scale, the quota, each entry's candidate in rank order, the overrides in the order
 * they were applied), {@code Calibration.of(scale, quota).calibrate(candidates)} and {@code
 * withOverride} are run again (the calibration is deterministic), and the recomputed result,
 * written as this codec writes it, must equal the document property by property (numbers by
 * value). The first difference, in the order the properties are written, fails with its path, so
 * that neither a hand-edited grade nor a document from a library version that calibrates
 * differently passes silently.
 *
 * <p>The quota's guard rails ({@code "guardRails"}: most steps up and down, {@code null} for no
 * limit, and the floor), the people each violation concerns ({@code "subjects"}) and the people
 * the rails held ({@code "held"}) were added later: a document without them is an older one, read
 * as calibrated without guard rails.
 */
public final class CalibrationCodec {

  private static final String MISMATCH =
      "does not match the calibration recomputed from the document's scale, quota, candidates"
          + " and overrides: ";

  private static final String[] PROPERTIES = {
    "scale", "quota", "allocation", "entries", "tieSplits", "overrides", "changes",
    "distributions", "violations", "held"
  };

  /**
   * Properties added after the first documents were written: a document without them (written
   * before guard rails existed) is read with {@link GuardRails#NONE} and compared without them.
   */
  private static final Set<String> ADDED = Set.of("guardRails", "subjects", "held");

  private CalibrationCodec() {}

  // ---------------------------------------------------------------- writing

  /**
   * Writes a calibration: scale, quota, allocation, entries in rank order, tie splits, overrides,
   * the change trail, the natural, proposed and final distributions and the final violations.
   * Grades are written as their codes on the document's own scale.
   */
  public static void write(CalibrationResult r, Out out, Parameters parameters) {
    out.startObject("scale");
    ModuleCodecs.write(r.scale(), out, parameters);
    out.endObject();
    out.startObject("quota").startArray("groups");
    for (QuotaGroup g : r.quota().groups()) {
      out.startObject()
          .string("name", g.name())
          .strings("grades", g.grades())
          .decimal("percent", g.percent())
          .enumValue("bound", g.bound())
          .endObject();
    }
    GuardRails rails = r.quota().guardRails();
    out.endArray().startObject("guardRails");
    steps("maxStepsUp", rails.maxStepsUp(), out);
    steps("maxStepsDown", rails.maxStepsDown(), out);
    String floor = rails.floor();
    (floor == null ? out.nullValue("floor") : out.string("floor", floor)).endObject().endObject();
    out.startArray("allocation");
    for (GroupAllocation a : r.allocation()) {
      out.startObject()
          .string("group", a.group().name())
          .decimal("exactShare", a.exactShare())
          .integer("floor", a.floor())
          .decimal("remainder", a.remainder())
          .integer("count", a.count())
          .endObject();
    }
    out.endArray().startArray("entries");
    for (CalibrationEntry e : r.entries()) {
      Candidate c = e.candidate();
      out.startObject()
          .integer("position", e.position())
          .integer("rank", e.rank())
          .startObject("candidate")
          .string("subjectId", c.subjectId())
          .decimal("total", c.total())
          .string("tieKey", c.tieKey())
          .endObject()
          .string("naturalGrade", e.naturalGrade().code())
          .string("proposedGrade", e.proposedGrade().code())
          .string("finalGrade", e.finalGrade().code())
          .endObject();
    }
    out.endArray().startArray("tieSplits");
    for (TieSplit s : r.tieSplits()) {
      out.startObject()
          .decimal("total", s.total())
          .string("group", s.group())
          .strings("kept", s.kept())
          .strings("moved", s.moved())
          .endObject();
    }
    out.endArray().startArray("overrides");
    for (GradeOverride o : r.overrides()) {
      out.startObject()
          .string("subjectId", o.subjectId())
          .string("grade", o.grade().code())
          .string("by", o.by())
          .string("at", o.at().toString())
          .string("reason", o.reason())
          .endObject();
    }
    out.endArray().startArray("changes");
    for (GradeChange c : r.changes()) {
      Instant at = c.at();
      out.startObject()
          .string("subjectId", c.subjectId())
          .string("from", c.from().code())
          .string("to", c.to().code())
          .enumValue("source", c.source())
          .string("by", c.by())
          .optString("at", at == null ? null : at.toString())
          .string("reason", c.reason())
          .endObject();
    }
    out.endArray().startObject("distributions");
    write("natural", r.naturalDistribution(), out);
    write("proposed", r.proposedDistribution(), out);
    write("final", r.finalDistribution(), out);
    out.endObject().startArray("violations");
    for (Violation v : r.violations()) {
      out.startObject()
          .string("group", v.group())
          .enumValue("bound", v.bound())
          .integer("allocated", v.allocated())
          .integer("actual", v.actual())
          .string("message", v.message())
          .strings("subjects", v.subjects())
          .endObject();
    }
    out.endArray().startArray("held");
    for (GuardRailHold h : r.held()) {
      out.startObject()
          .string("subjectId", h.subjectId())
          .string("naturalGrade", h.naturalGrade().code())
          .string("quotaGrade", h.quotaGrade().code())
          .string("proposedGrade", h.proposedGrade().code())
          .string("reason", h.reason())
          .endObject();
    }
    out.endArray();
  }

  private static void steps(String name, int steps, Out out) {
    if (steps == GuardRails.UNLIMITED) {
      out.nullValue(name);
    } else {
      out.integer(name, steps);
    }
  }

  private static void write(String name, Distribution d, Out out) {
    out.startObject(name).startObject("gradeCounts");
    for (Map.Entry<String, Integer> e : d.gradeCounts().entrySet()) {
      out.integer(e.getKey(), e.getValue());
    }
    out.endObject().startArray("groups");
    for (GroupTally t : d.groups()) {
      out.startObject()
          .string("group", t.group())
          .integer("allocated", t.allocated())
          .integer("actual", t.actual())
          .endObject();
    }
    out.endArray().endObject();
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a calibration by running it again from the document's inputs and checking that every
   * output of the document matches the recomputed one.
   */
  public static CalibrationResult read(In in) {
    Obj o = in.object(PROPERTIES);
    GradeScale scale = o.read("scale", ModuleCodecs::gradeScale);
    In quotaIn = o.get("quota");
    Quota quota = quota(quotaIn);
    Calibration calibration = quotaIn.construct(() -> Calibration.of(scale, quota));
    In entriesIn = o.get("entries");
    List<Candidate> candidates = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (In entryIn : entriesIn.elements()) {
      Obj entry = entryIn.object(
          "position", "rank", "candidate", "naturalGrade", "proposedGrade", "finalGrade");
      In candidateIn = entry.get("candidate");
      Obj c = candidateIn.object("subjectId", "total", "tieKey");
      In idIn = c.get("subjectId");
      String id = idIn.string();
      In totalIn = c.get("total");
      BigDecimal total = totalIn.decimal();
      String tieKey = c.string("tieKey");
      Candidate candidate = candidateIn.construct(() -> new Candidate(id, total, tieKey));
      if (!ids.add(id)) {
        throw idIn.fail("subject '" + id + "' appears twice in the population");
      }
      totalIn.construct(() -> scale.grade(total));
      candidates.add(candidate);
    }
    CalibrationResult result = entriesIn.construct(() -> calibration.calibrate(candidates));
    for (In overrideIn : o.get("overrides").elements()) {
      GradeOverride override = override(overrideIn, scale);
      CalibrationResult before = result;
      result = overrideIn.construct(() -> before.withOverride(override));
    }
    compare(recomputed(result, in.reading().parameters()), in.node(), in.path(), true);
    return result;
  }

  private static Quota quota(In in) {
    Obj o = in.object("groups", "guardRails");
    List<QuotaGroup> groups = o.list("groups", CalibrationCodec::group);
    @Nullable GuardRails rails = o.optRead("guardRails", CalibrationCodec::guardRails);
    return in.construct(() -> Quota.of(groups, rails == null ? GuardRails.NONE : rails));
  }

  private static GuardRails guardRails(In in) {
    Obj o = in.object("maxStepsUp", "maxStepsDown", "floor");
    int up = steps(o.opt("maxStepsUp"));
    int down = steps(o.opt("maxStepsDown"));
    In floorIn = o.opt("floor");
    @Nullable String floor = floorIn == null ? null : floorIn.string();
    return in.construct(() -> new GuardRails(up, down, floor));
  }

  /** A number of steps; {@code null} (or absent) for no limit. */
  private static int steps(@Nullable In in) {
    return in == null ? GuardRails.UNLIMITED : in.integer();
  }

  private static QuotaGroup group(In in) {
    Obj o = in.object("name", "grades", "percent", "bound");
    String name = o.string("name");
    List<String> grades = o.strings("grades");
    BigDecimal percent = o.decimal("percent");
    QuotaBound bound = o.enumValue("bound", QuotaBound.class);
    return in.construct(() -> new QuotaGroup(name, grades, percent, bound));
  }

  private static GradeOverride override(In in, GradeScale scale) {
    Obj o = in.object("subjectId", "grade", "by", "at", "reason");
    String subjectId = o.string("subjectId");
    In gradeIn = o.get("grade");
    String code = gradeIn.string();
    Grade grade = scale.find(code).orElseThrow(
        () -> gradeIn.fail("grade '" + code + "' is not on the scale " + scale.codes()));
    String by = o.string("by");
    Instant at = instant(o.get("at"));
    String reason = o.string("reason");
    return in.construct(() -> new GradeOverride(subjectId, grade, by, at, reason));
  }

  private static Instant instant(In in) {
    String text = in.string();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw in.fail("expected an instant such as \"2026-10-12T09:30:00Z\", got "
          + In.describe(in.node()));
    }
  }

  /** The recomputed result as this codec writes it, parsed like any document. */
  private static JsonNode recomputed(CalibrationResult result, Parameters parameters) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = parameters.mapper().createGenerator(text)) {
      Out out = new Out(g);
      out.startObject();
      write(result, out, parameters);
      out.endObject();
    }
    try (JsonParser parser = parameters.mapper().createParser(text.toString())) {
      return Tree.read(parser).root();
    }
  }

  /**
   * Compares the document with the recomputed result in the recomputed result's order, failing
   * at the first difference; numbers are compared by value ({@code 1.40} equals {@code 1.4}).
   */
  private static void compare(JsonNode expected, JsonNode actual, String path, boolean root) {
    if (!actual.isNull() && expected.getNodeType() != actual.getNodeType()) {
      throw new DocumentException(path, "expected " + kind(expected) + ", got " + In.describe(actual));
    }
    if (expected.isObject()) {
      List<String> known = new ArrayList<>();
      if (root) {
        known.add("format");
        known.add("type");
      }
      known.addAll(expected.propertyNames());
      for (String name : actual.propertyNames()) {
        if (!known.contains(name)) {
          throw new DocumentException(JsonPaths.property(path, name),
              "unknown property '" + name + "'" + Names.suggestion(name, known)
                  + "; known properties: " + String.join(", ", known));
        }
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        JsonNode value = actual.get(e.getKey());
        if (value == null && ADDED.contains(e.getKey())) {
          continue; // an older document, from before the property existed
        }
        if (value == null) {
          throw new DocumentException(path, "missing required property '" + e.getKey() + "'");
        }
        compare(e.getValue(), value, JsonPaths.property(path, e.getKey()), false);
      }
    } else if (expected.isArray()) {
      int common = Math.min(expected.size(), actual.size());
      for (int i = 0; i < common; i++) {
        compare(expected.get(i), actual.get(i), JsonPaths.index(path, i), false);
      }
      if (actual.size() > common) {
        throw new DocumentException(JsonPaths.index(path, common), MISMATCH
            + "unexpected element: the recomputed calibration has " + expected.size()
            + " here, the document " + actual.size());
      }
      if (expected.size() > common) {
        throw new DocumentException(JsonPaths.index(path, common), MISMATCH
            + "missing element: the recomputed calibration has " + expected.size()
            + " here, the document " + actual.size());
      }
    } else if (actual.isNull() && !expected.isNull()) {
      throw new DocumentException(path, "must not be null");
    } else if (expected.isNumber()) {
      if (expected.isIntegralNumber() && !actual.isIntegralNumber()) {
        throw new DocumentException(path, "expected a whole number, got " + In.describe(actual));
      }
      if (decimal(expected).compareTo(decimal(actual)) != 0) {
        throw mismatch(path, expected, actual);
      }
    } else if (!expected.equals(actual)) {
      throw mismatch(path, expected, actual);
    }
  }

  private static DocumentException mismatch(String path, JsonNode expected, JsonNode actual) {
    return new DocumentException(path, MISMATCH + "expected " + show(expected) + ", got " + show(actual));
  }

  private static BigDecimal decimal(JsonNode number) {
    return number.isIntegralNumber() ? new BigDecimal(number.bigIntegerValue()) : number.decimalValue();
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return node.isIntegralNumber() ? "a whole number" : "a number";
      case BOOLEAN:
        return "true or false";
      default:
        return In.describe(node);
    }
  }

  private static String show(JsonNode node) {
    if (node.isString()) {
      return "\"" + Tree.abbreviate(node.stringValue()) + "\"";
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asString();
    }
    return In.describe(node);
  }
}

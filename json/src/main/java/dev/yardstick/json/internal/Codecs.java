package dev.yardstick.json.internal;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.FunctionalModule;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Level;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Nature;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Role;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Tier;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.evaluation.SectionResult;
import dev.yardstick.core.evaluation.TeamAdjustment;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.core.scoring.ScoringStrategy;
import dev.yardstick.core.scoring.TargetUse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of every core type: one {@code write} that emits the properties in a fixed order
 * (the declaration order of the record components, or of the constructor for {@link Scorecard})
 * and one {@code read} that checks the property names, reads each value at its path and builds the
 * value through the core's own validating constructors.
 *
 * <p>Optional (nullable) properties are left out when {@code null} and read as {@code null} when
 * absent or {@code null}. Polymorphic values ({@link TeamLink}, {@link Outcome}) carry a logical
 * {@code "kind"}, never a class name.
 */
public final class Codecs {

  private Codecs() {}

  // ---------------------------------------------------------------- domain

  /** Writes a functional module's properties. */
  public static void write(FunctionalModule m, Out out) {
    out.string("id", m.id()).string("name", m.name()).stringMap("translations", m.translations());
  }

  /** Reads a functional module. */
  public static FunctionalModule module(In in) {
    Obj o = in.object("id", "name", "translations");
    String id = o.string("id");
    String name = o.string("name");
    var translations = o.stringMap("translations");
    return in.construct(() -> new FunctionalModule(id, name, translations));
  }

  /** Writes a role's properties. */
  public static void write(Role r, Out out) {
    out.string("id", r.id()).string("name", r.name()).stringMap("translations", r.translations());
    out.startObject("module");
    write(r.module(), out);
    out.endObject();
    out.enumValue("level", r.level()).strings("responsibilities", r.responsibilities());
  }

  /** Reads a role. */
  public static Role role(In in) {
    Obj o = in.object("id", "name", "translations", "module", "level", "responsibilities");
    String id = o.string("id");
    String name = o.string("name");
    var translations = o.stringMap("translations");
    FunctionalModule module = o.read("module", Codecs::module);
    Level level = o.enumValue("level", Level.class);
    List<String> responsibilities = o.strings("responsibilities");
    return in.construct(() -> new Role(id, name, translations, module, level, responsibilities));
  }

  /** Writes an indicator's properties. */
  public static void write(Indicator i, Out out) {
    out.string("id", i.id())
        .string("name", i.name())
        .stringMap("translations", i.translations())
        .enumValue("unit", i.unit())
        .enumValue("direction", i.direction())
        .enumValue("tier", i.tier())
        .enumValue("nature", i.nature())
        .enumValue("aggregation", i.aggregation())
        .string("definition", i.definition());
  }

  /** Reads an indicator; {@code translations} and {@code definition} may be left out. */
  public static Indicator indicator(In in) {
    Obj o = in.object(
        "id", "name", "translations", "unit", "direction", "tier", "nature", "aggregation", "definition");
    String id = o.string("id");
    String name = o.string("name");
    var translations = o.stringMap("translations");
    Unit unit = o.enumValue("unit", Unit.class);
    Direction direction = o.enumValue("direction", Direction.class);
    Tier tier = o.enumValue("tier", Tier.class);
    Nature nature = o.enumValue("nature", Nature.class);
    Aggregation aggregation = o.enumValue("aggregation", Aggregation.class);
    String definition = o.has("definition") ? o.string("definition") : "";
    return in.construct(
        () -> new Indicator(id, name, translations, unit, direction, tier, nature, aggregation, definition));
  }

  /** Writes a target's properties. */
  public static void write(Target t, Out out) {
    out.number("threshold", t.threshold()).number("target", t.target()).number("stretch", t.stretch());
  }

  /** Reads a target. */
  public static Target target(In in) {
    Obj o = in.object("threshold", "target", "stretch");
    double threshold = o.number("threshold");
    double target = o.number("target");
    double stretch = o.number("stretch");
    return in.construct(() -> new Target(threshold, target, stretch));
  }

  /** Writes a period document's property. */
  public static void write(Period p, Out out) {
    out.string("period", p.toString());
  }

  /** Reads a period document. */
  public static Period period(In in) {
    return in.object("period").period("period");
  }

  /** Writes a measurement's properties. */
  public static void write(Measurement m, Out out) {
    out.string("subjectId", m.subjectId())
        .string("indicatorId", m.indicatorId())
        .string("period", m.period().toString())
        .decimal("value", m.value())
        .optDecimal("numerator", m.numerator())
        .optDecimal("denominator", m.denominator())
        .decimalMap("parts", m.parts());
  }

  /** Reads a measurement; {@code numerator}, {@code denominator} and {@code parts} may be left out. */
  public static Measurement measurement(In in) {
    Obj o = in.object("subjectId", "indicatorId", "period", "value", "numerator", "denominator", "parts");
    String subjectId = o.string("subjectId");
    String indicatorId = o.string("indicatorId");
    Period period = o.period("period");
    BigDecimal value = o.decimal("value");
    @Nullable BigDecimal numerator = o.optDecimal("numerator");
    @Nullable BigDecimal denominator = o.optDecimal("denominator");
    var parts = o.decimalMap("parts");
    return in.construct(
        () -> new Measurement(subjectId, indicatorId, period, value, numerator, denominator, parts));
  }

  /** Writes a subject's properties. */
  public static void write(Subject s, Out out) {
    out.string("id", s.id())
        .string("name", s.name())
        .enumValue("kind", s.kind())
        .optString("roleId", s.roleId())
        .optString("teamId", s.teamId());
  }

  /** Reads a subject. */
  public static Subject subject(In in) {
    Obj o = in.object("id", "name", "kind", "roleId", "teamId");
    String id = o.string("id");
    String name = o.string("name");
    Subject.Kind kind = o.enumValue("kind", Subject.Kind.class);
    @Nullable String roleId = o.optString("roleId");
    @Nullable String teamId = o.optString("teamId");
    return in.construct(() -> new Subject(id, name, kind, roleId, teamId));
  }

  // ---------------------------------------------------------------- scorecards

  /** Writes a scorecard's properties. */
  public static void write(Scorecard c, Parameters parameters, Out out) {
    out.string("id", c.id()).string("name", c.name()).integer("version", c.version());
    out.string("validFrom", c.validFrom().toString());
    c.validUntil().ifPresent(until -> out.string("validUntil", until.toString()));
    out.startArray("sections");
    for (Section section : c.sections()) {
      out.startObject().string("name", section.name()).number("weight", section.weight());
      out.startArray("items");
      for (Item item : section.items()) {
        out.startObject().startObject("indicator");
        write(item.indicator(), out);
        out.endObject().number("weight", item.weight());
        out.startObject("rule");
        write(item.rule(), parameters, out);
        out.endObject();
        if (item.target() != null) {
          out.startObject("target");
          write(item.target(), out);
          out.endObject();
        }
        out.endObject();
      }
      out.endArray().endObject();
    }
    out.endArray();
    out.enumValue("missingData", c.missingData());
    out.startObject("rounding")
        .integer("scale", c.rounding().scale())
        .enumValue("mode", c.rounding().mode())
        .endObject();
    out.startObject("teamLink");
    write(c.teamLink(), out);
    out.endObject();
  }

  private static void write(ScoringRule<?> rule, Parameters parameters, Out out) {
    out.string("strategy", rule.strategyId());
    out.name("parameters").tree(parameters.toTree(Parameters.parametersOf(rule.strategyId()), rule.parameters()));
  }

  private static void write(TeamLink link, Out out) {
    if (link instanceof TeamLink.Blend) {
      TeamLink.Blend blend = (TeamLink.Blend) link;
      out.string("kind", "blend")
          .number("individualWeight", blend.individualWeight())
          .number("teamWeight", blend.teamWeight());
    } else if (link instanceof TeamLink.Coefficient) {
      out.string("kind", "coefficient").startArray("bands");
      for (TeamLink.Band band : ((TeamLink.Coefficient) link).bands()) {
        out.startObject()
            .number("minTeamScore", band.minTeamScore())
            .number("coefficient", band.coefficient())
            .endObject();
      }
      out.endArray();
    } else {
      out.string("kind", "none");
    }
  }

  /**
   * Reads a scorecard. Each item's rule is {@code {"strategy": id, "parameters": {...}}}; the
   * parameters are bound to the type that the strategy of that id declares. An optional {@code
   * "normaliseWeights": true} scales the weights to 100 (the builder's {@code normaliseWeights()});
   * it is never written, as written weights already sum to 100. The mistakes a builder would
   * catch in {@code build()} are reported here at their path, in the words of the document.
   */
  public static Scorecard scorecard(In in) {
    Obj o = in.object(
        "id", "name", "version", "validFrom", "validUntil", "sections", "missingData", "rounding",
        "teamLink", "normaliseWeights");
    In idIn = o.get("id");
    String id = idIn.string();
    ScorecardBuilder builder = idIn.construct(() -> Scorecard.builder(id));
    In nameIn = o.get("name");
    String name = nameIn.string();
    nameIn.construct(() -> builder.name(name));
    In versionIn = o.get("version");
    int version = versionIn.integer();
    versionIn.construct(() -> builder.version(version));
    builder.validFrom(o.period("validFrom"));
    @Nullable Period until = o.optPeriod("validUntil");
    if (until != null) {
      builder.validUntil(until);
    }
    builder.missingData(o.enumValue("missingData", MissingDataPolicy.class));
    In roundingIn = o.get("rounding");
    Obj rounding = roundingIn.object("scale", "mode");
    int scale = rounding.integer("scale");
    RoundingMode mode = rounding.enumValue("mode", RoundingMode.class);
    roundingIn.construct(() -> builder.rounding(scale, mode));
    builder.teamLink(o.read("teamLink", Codecs::teamLink));
    In normaliseIn = o.opt("normaliseWeights");
    boolean normalise = normaliseIn != null && normaliseIn.bool();
    if (normalise) {
      builder.normaliseWeights();
    }
    In sectionsIn = o.get("sections");
    List<In> sectionIns = sectionsIn.elements();
    if (sectionIns.isEmpty()) {
      throw sectionsIn.fail("a scorecard needs at least one section");
    }
    double sectionSum = 0;
    for (In sectionIn : sectionIns) {
      ReadSection section = section(sectionIn, normalise);
      sectionSum += section.weight();
      sectionIn.construct(() -> builder.section(section.name(), section.weight()));
      for (Item item : section.items()) {
        builder.item(item.indicator()).weight(item.weight()).scoredBy(item.rule());
        if (item.target() != null) {
          builder.target(item.target());
        }
      }
    }
    if (!normalise && Math.abs(sectionSum - 100) > Section.WEIGHT_TOLERANCE) {
      throw sectionsIn.fail(
          "section weights of scorecard '" + id + "' must sum to 100, got " + Numbers.format(sectionSum)
              + NORMALISE_HINT);
    }
    return in.construct(builder::build);
  }

  /** How a document scales weights that do not sum to 100: the property, not a Java method. */
  private static final String NORMALISE_HINT = " (set \"normaliseWeights\": true to scale them)";

  /** A section as written: its item weights sum to 100 unless they are to be normalised. */
  private record ReadSection(String name, double weight, List<Item> items) {}

  private static ReadSection section(In in, boolean normalise) {
    Obj o = in.object("name", "weight", "items");
    String name = o.string("name");
    double weight = o.number("weight");
    In itemsIn = o.get("items");
    List<Item> items = itemsIn.list(itemIn -> item(itemIn, name));
    double sum = 0;
    for (Item item : items) {
      sum += item.weight();
    }
    List<Item> checked = items;
    if (!items.isEmpty() && Math.abs(sum - 100) > Section.WEIGHT_TOLERANCE) {
      if (!normalise) {
        throw itemsIn.fail(
            "item weights of section '" + name + "' must sum to 100, got " + Numbers.format(sum)
                + NORMALISE_HINT);
      }
      // checked as the builder will build it; the builder scales the weights as written
      List<Item> scaled = new ArrayList<>();
      for (Item item : items) {
        scaled.add(new Item(item.indicator(), item.weight() * 100 / sum, item.rule(), item.target()));
      }
      checked = scaled;
    }
    List<Item> built = checked;
    in.construct(() -> new Section(name, weight, built));
    return new ReadSection(name, weight, items);
  }

  private static Item item(In in, String sectionName) {
    Obj o = in.object("indicator", "weight", "rule", "target");
    Indicator indicator = o.read("indicator", Codecs::indicator);
    In weightIn = o.get("weight");
    double weight = weightIn.number();
    if (!(weight > 0)) {
      throw weightIn.fail("the weight of item '" + indicator.id() + "' must be greater than 0, got "
          + Numbers.format(weight));
    }
    ScoringRule<?> rule = o.read("rule", Codecs::rule);
    In targetIn = o.opt("target");
    @Nullable Target target = null;
    if (targetIn != null) {
      Target t = target(targetIn);
      targetIn.construct(
          () -> {
            Item.checkTarget(indicator, t);
            return t;
          });
      target = t;
    }
    @Nullable Target itemTarget = target;
    In at = targetIn != null && rule.targetUse() == TargetUse.IGNORED ? targetIn : in;
    try {
      Item.checkTargetUse(
          "item '" + indicator.id() + "' of section '" + sectionName + "'", rule, itemTarget);
    } catch (IllegalArgumentException e) {
      throw at.fail(String.valueOf(e.getMessage()));
    }
    return in.construct(() -> new Item(indicator, weight, rule, itemTarget));
  }

  private static ScoringRule<?> rule(In in) {
    Obj o = in.object("strategy", "parameters");
    In strategyIn = o.get("strategy");
    String id = strategyIn.string();
    ScoringStrategy<?> strategy = in.reading().strategies().find(id).orElse(null);
    if (strategy == null) {
      List<String> known = in.reading().strategies().ids();
      throw strategyIn.fail(
          "unknown strategy id '" + id + "'; known ids: "
              + (known.isEmpty() ? "none (register strategies with YardstickJson.builder().strategies(...))"
                  : String.join(", ", known)));
    }
    In parametersIn = o.get("parameters");
    Object parameters =
        in.reading().parameters().read(parametersIn, strategy.parametersType(), Parameters.parametersOf(id));
    return parametersIn.construct(() -> ScoringRule.ofUnchecked(strategy, parameters));
  }

  private static TeamLink teamLink(In in) {
    In kindIn = in.object("kind", "individualWeight", "teamWeight", "bands").get("kind");
    String kind = kindIn.string();
    switch (kind) {
      case "none":
        in.object("kind");
        return TeamLink.none();
      case "blend":
        {
          Obj o = in.object("kind", "individualWeight", "teamWeight");
          double individual = o.number("individualWeight");
          double team = o.number("teamWeight");
          return in.construct(() -> TeamLink.blend(individual, team));
        }
      case "coefficient":
        {
          Obj o = in.object("kind", "bands");
          List<TeamLink.Band> bands = o.list("bands", Codecs::band);
          return in.construct(() -> TeamLink.coefficient(bands));
        }
      default:
        throw kindIn.fail("unknown team link kind '" + kind + "'; expected one of: none, blend, coefficient");
    }
  }

  private static TeamLink.Band band(In in) {
    Obj o = in.object("minTeamScore", "coefficient");
    double min = o.number("minTeamScore");
    double coefficient = o.number("coefficient");
    return in.construct(() -> new TeamLink.Band(min, coefficient));
  }

  // ---------------------------------------------------------------- evaluations

  /** Writes an explanation's properties: its text for people, its template and arguments for machines. */
  public static void write(Explanation e, Out out) {
    out.string("text", text(e)).string("template", e.template()).startArray("arguments");
    for (double argument : e.arguments()) {
      if (Double.isFinite(argument)) {
        out.numberValue(argument);
      } else {
        out.stringValue(Double.isNaN(argument) ? "NaN" : argument > 0 ? "Infinity" : "-Infinity");
      }
    }
    out.endArray();
  }

  /**
   * The explanation's text; the core cannot format NaN or infinite arguments, so those are
   * written here as {@code NaN}, {@code Infinity} and {@code -Infinity}.
   */
  private static String text(Explanation e) {
    double[] arguments = e.arguments();
    for (double argument : arguments) {
      if (!Double.isFinite(argument)) {
        StringBuilder sb = new StringBuilder();
        String template = e.template();
        int from = 0;
        for (double a : arguments) {
          int at = template.indexOf("{}", from);
          String number = Double.isNaN(a) ? "NaN" : Double.isInfinite(a) ? (a > 0 ? "Infinity" : "-Infinity")
              : Explanation.of("{}", a).text();
          sb.append(template, from, at).append(number);
          from = at + 2;
        }
        return sb.append(template, from, template.length()).toString();
      }
    }
    return e.text();
  }

  /**
   * Reads an explanation from its template and arguments; the text, derived from them, is
   * optional and not trusted (it is formatted anew).
   */
  public static Explanation explanation(In in) {
    Obj o = in.object("text", "template", "arguments");
    if (o.opt("text") != null) {
      o.string("text");
    }
    String template = o.string("template");
    List<Double> arguments = o.list("arguments", Codecs::argument);
    double[] values = new double[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = arguments.get(i);
    }
    return in.construct(() -> Explanation.of(template, values));
  }

  private static double argument(In in) {
    if (in.node().isString()) {
      switch (in.node().stringValue()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          throw in.fail("expected a number, \"NaN\", \"Infinity\" or \"-Infinity\", got "
              + In.describe(in.node()));
      }
    }
    return in.number();
  }

  /** Writes an item result's properties. */
  public static void write(ItemResult r, Out out) {
    out.string("indicatorId", r.indicatorId()).optDecimal("actual", r.actual());
    if (r.target() != null) {
      out.startObject("target");
      write(r.target(), out);
      out.endObject();
    }
    out.number("weight", r.weight())
        .number("effectiveWeight", r.effectiveWeight())
        .number("rawScore", r.rawScore())
        .decimal("score", r.score())
        .number("contribution", r.contribution())
        .string("strategyId", r.strategyId());
    out.startObject("explanation");
    write(r.explanation(), out);
    out.endObject();
    out.enums("flags", r.flags());
  }

  private static ItemResult itemResult(In in) {
    Obj o = in.object(
        "indicatorId", "actual", "target", "weight", "effectiveWeight", "rawScore", "score",
        "contribution", "strategyId", "explanation", "flags");
    String indicatorId = o.string("indicatorId");
    @Nullable BigDecimal actual = o.optDecimal("actual");
    @Nullable Target target = o.optRead("target", Codecs::target);
    double weight = o.number("weight");
    double effectiveWeight = o.number("effectiveWeight");
    double rawScore = o.number("rawScore");
    BigDecimal score = o.decimal("score");
    double contribution = o.number("contribution");
    String strategyId = o.string("strategyId");
    Explanation explanation = o.read("explanation", Codecs::explanation);
    List<ItemFlag> flags = o.list("flags", e -> e.enumValue(ItemFlag.class));
    return in.construct(
        () -> new ItemResult(indicatorId, actual, target, weight, effectiveWeight, rawScore, score,
            contribution, strategyId, explanation, enumSet(flags, ItemFlag.class)));
  }

  private static void write(SectionResult r, Out out) {
    out.string("name", r.name())
        .number("weight", r.weight())
        .number("effectiveWeight", r.effectiveWeight())
        .number("rawSubtotal", r.rawSubtotal())
        .decimal("subtotal", r.subtotal())
        .bool("excluded", r.excluded())
        .startArray("items");
    for (ItemResult item : r.items()) {
      out.startObject();
      write(item, out);
      out.endObject();
    }
    out.endArray();
  }

  private static SectionResult sectionResult(In in) {
    Obj o = in.object("name", "weight", "effectiveWeight", "rawSubtotal", "subtotal", "excluded", "items");
    String name = o.string("name");
    double weight = o.number("weight");
    double effectiveWeight = o.number("effectiveWeight");
    double rawSubtotal = o.number("rawSubtotal");
    BigDecimal subtotal = o.decimal("subtotal");
    boolean excluded = o.bool("excluded");
    List<ItemResult> items = o.list("items", Codecs::itemResult);
    return in.construct(
        () -> new SectionResult(name, weight, effectiveWeight, rawSubtotal, subtotal, excluded, items));
  }

  private static void write(TeamAdjustment t, Out out) {
    out.string("kind", t.kind())
        .number("individualTotal", t.individualTotal())
        .number("teamScore", t.teamScore())
        .number("factor", t.factor())
        .number("linkedTotal", t.linkedTotal());
  }

  private static TeamAdjustment teamAdjustment(In in) {
    Obj o = in.object("kind", "individualTotal", "teamScore", "factor", "linkedTotal");
    String kind = o.string("kind");
    double individual = o.number("individualTotal");
    double team = o.number("teamScore");
    double factor = o.number("factor");
    double linked = o.number("linkedTotal");
    return in.construct(() -> new TeamAdjustment(kind, individual, team, factor, linked));
  }

  /** Writes an evaluation's properties. */
  public static void write(Evaluation e, Out out) {
    out.startObject("subject");
    write(e.subject(), out);
    out.endObject();
    out.string("period", e.period().toString())
        .string("scorecardId", e.scorecardId())
        .integer("scorecardVersion", e.scorecardVersion())
        .startArray("sections");
    for (SectionResult section : e.sections()) {
      out.startObject();
      write(section, out);
      out.endObject();
    }
    out.endArray();
    if (e.team() != null) {
      out.startObject("team");
      write(e.team(), out);
      out.endObject();
    }
    out.number("rawTotal", e.rawTotal()).decimal("total", e.total()).enums("flags", e.flags());
  }

  /** Reads an evaluation. */
  public static Evaluation evaluation(In in) {
    Obj o = in.object(
        "subject", "period", "scorecardId", "scorecardVersion", "sections", "team", "rawTotal",
        "total", "flags");
    Subject subject = o.read("subject", Codecs::subject);
    Period period = o.period("period");
    String scorecardId = o.string("scorecardId");
    int scorecardVersion = o.integer("scorecardVersion");
    List<SectionResult> sections = o.list("sections", Codecs::sectionResult);
    @Nullable TeamAdjustment team = o.optRead("team", Codecs::teamAdjustment);
    double rawTotal = o.number("rawTotal");
    BigDecimal total = o.decimal("total");
    List<EvaluationFlag> flags = o.list("flags", f -> f.enumValue(EvaluationFlag.class));
    return in.construct(
        () -> new Evaluation(subject, period, scorecardId, scorecardVersion, sections, team, rawTotal,
            total, enumSet(flags, EvaluationFlag.class)));
  }

  /** Writes an outcome's properties: {@code "kind": "evaluated"} or {@code "failed"}. */
  public static void write(Outcome outcome, Out out) {
    if (outcome instanceof Outcome.Evaluated) {
      out.string("kind", "evaluated").startObject("evaluation");
      write(((Outcome.Evaluated) outcome).evaluation(), out);
      out.endObject();
    } else {
      Outcome.Failed failed = (Outcome.Failed) outcome;
      out.string("kind", "failed").startObject("subject");
      write(failed.subject(), out);
      out.endObject().string("errorType", failed.errorType()).string("reason", failed.reason());
    }
  }

  /** Reads an outcome. */
  public static Outcome outcome(In in) {
    In kindIn = in.object("kind", "evaluation", "subject", "errorType", "reason").get("kind");
    String kind = kindIn.string();
    switch (kind) {
      case "evaluated":
        {
          Evaluation evaluation = in.object("kind", "evaluation").read("evaluation", Codecs::evaluation);
          return in.construct(() -> new Outcome.Evaluated(evaluation));
        }
      case "failed":
        {
          Obj o = in.object("kind", "subject", "errorType", "reason");
          Subject subject = o.read("subject", Codecs::subject);
          String errorType = o.string("errorType");
          String reason = o.string("reason");
          return in.construct(() -> new Outcome.Failed(subject, errorType, reason));
        }
      default:
        throw kindIn.fail("unknown outcome kind '" + kind + "'; expected one of: evaluated, failed");
    }
  }

  /** Writes a batch result's properties. */
  public static void write(BatchResult b, Out out) {
    out.string("period", b.period().toString()).startArray("outcomes");
    for (Outcome outcome : b.outcomes()) {
      out.startObject();
      write(outcome, out);
      out.endObject();
    }
    out.endArray();
  }

  /** Reads a batch result. */
  public static BatchResult batchResult(In in) {
    Obj o = in.object("period", "outcomes");
    Period period = o.period("period");
    List<Outcome> outcomes = o.list("outcomes", Codecs::outcome);
    return in.construct(() -> new BatchResult(period, outcomes));
  }

  /** Writes a list of measurements. */
  public static void writeMeasurements(List<?> measurements, Out out) {
    out.startArray("measurements");
    for (Object m : measurements) {
      out.startObject();
      write((Measurement) m, out);
      out.endObject();
    }
    out.endArray();
  }

  /** Reads a list of measurements. */
  public static List<Measurement> measurements(In in) {
    return List.copyOf(in.object("measurements").list("measurements", Codecs::measurement));
  }

  private static <E extends Enum<E>> EnumSet<E> enumSet(List<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E value : values) {
      set.add(value);
    }
    return set;
  }
}

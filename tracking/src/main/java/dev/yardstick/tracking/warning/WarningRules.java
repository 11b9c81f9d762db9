package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Target;
import dev.yardstick.tracking.internal.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a company's early warnings: limits (ceilings, floors), pace rules and the
 * subjects' targets for the running periods.
 *
 * <pre>{@code
 * WarningRules rules = WarningRules.builder()
 *     .ceiling(CAC, 80, 100)                               // amber above 80, red above 100
 *     .floor(CONVERSION_RATE, 0.03, 0.025)
 *     .pace(STORE_GMV, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT)
 *     .target("emp-17", "store-gmv", Target.levels(2_400_000, 3_000_000, 3_600_000))
 *     .build();
 * }</pre>
 *
 * @param limits ceilings and floors, at most one of each per indicator
 * @param paceRules at most one per indicator
 * @param targets subject id → indicator id → target for the running period of the indicator's
 *     pace rule; every indicator named has a pace rule
 */
public record WarningRules(
    List<Limit> limits, List<PaceRule> paceRules, Map<String, Map<String, Target>> targets) {

  /** Validates and copies. */
  public WarningRules {
    limits = List.copyOf(limits);
    paceRules = List.copyOf(paceRules);
    Set<String> seenLimits = new HashSet<>();
    for (Limit limit : limits) {
      if (!seenLimits.add(limit.kind() + " " + limit.indicator().id())) {
        throw new IllegalArgumentException(
            "indicator '" + limit.indicator().id() + "' has two "
                + (limit.kind() == WarningKind.CEILING_BREACH ? "ceilings" : "floors"));
      }
    }
    Map<String, PaceRule> paced = new HashMap<>();
    for (PaceRule rule : paceRules) {
      if (paced.put(rule.indicator().id(), rule) != null) {
        throw new IllegalArgumentException(
            "indicator '" + rule.indicator().id() + "' has two pace rules");
      }
    }
    Map<String, Map<String, Target>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends Map<String, Target>> e : targets.entrySet()) {
      String subjectId = Objects.requireNonNull(e.getKey(), "subject id");
      for (Map.Entry<String, Target> t : e.getValue().entrySet()) {
        PaceRule rule = paced.get(t.getKey());
        if (rule == null) {
          throw new IllegalArgumentException(
              "target of subject '" + subjectId + "' for '" + t.getKey()
                  + "' has no pace rule for that indicator");
        }
        PaceRule.checkGoal(
            rule.indicator(),
            Objects.requireNonNull(t.getValue(), "target"),
            "target of subject '" + subjectId + "'");
      }
      copy.put(subjectId, Map.copyOf(e.getValue()));
    }
    targets = Map.copyOf(copy);
  }

  /** Starts an empty configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** The target of a subject's indicator: its own, else the pace rule's default, else null. */
  @Nullable Target targetOf(String subjectId, PaceRule rule) {
    Map<String, Target> own = targets.get(subjectId);
    Target target = own == null ? null : own.get(rule.indicator().id());
    return target != null ? target : rule.defaultTarget();
  }

  /** A builder; {@link #build()} validates. */
  public static final class Builder {
    private final List<Limit> limits = new ArrayList<>();
    private final List<PaceRule> paceRules = new ArrayList<>();
    private final Map<String, Map<String, Target>> targets = new LinkedHashMap<>();

    private Builder() {}

    /** A ceiling with one level: any value above it is a red breach. */
    public Builder ceiling(Indicator indicator, double level) {
      return ceiling(indicator, level, level);
    }

    /** A ceiling: amber above {@code amber}, red above {@code red}. */
    public Builder ceiling(Indicator indicator, double amber, double red) {
      limits.add(
          Limit.ceiling(
              indicator,
              Numbers.decimal(amber, "ceiling amber level"),
              Numbers.decimal(red, "ceiling red level")));
      return this;
    }

    /** A floor with one level: any value below it is a red breach. */
    public Builder floor(Indicator indicator, double level) {
      return floor(indicator, level, level);
    }

    /** A floor: amber below {@code amber}, red below {@code red}. */
    public Builder floor(Indicator indicator, double amber, double red) {
      limits.add(
          Limit.floor(
              indicator,
              Numbers.decimal(amber, "floor amber level"),
              Numbers.decimal(red, "floor red level")));
      return this;
    }

    /** A limit. */
    public Builder limit(Limit limit) {
      limits.add(Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /** A pace rule whose subjects each need a target. */
    public Builder pace(Indicator indicator, PeriodType over, PaceProfile profile, PaceBands bands) {
      paceRules.add(new PaceRule(indicator, over, profile, bands, null));
      return this;
    }

    /** A pace rule with a default target for subjects without their own. */
    public Builder pace(
        Indicator indicator,
        PeriodType over,
        PaceProfile profile,
        PaceBands bands,
        Target defaultTarget) {
      paceRules.add(
          new PaceRule(
              indicator, over, profile, bands, Objects.requireNonNull(defaultTarget, "target")));
      return this;
    }

    /** A subject's target for a paced indicator's running period. */
    public Builder target(String subjectId, String indicatorId, Target target) {
      Objects.requireNonNull(subjectId, "subjectId");
      Objects.requireNonNull(indicatorId, "indicatorId");
      Objects.requireNonNull(target, "target");
      targets.computeIfAbsent(subjectId, s -> new LinkedHashMap<>()).put(indicatorId, target);
      return this;
    }

    /** Many targets: subject id → indicator id → target. */
    public Builder targets(Map<String, ? extends Map<String, Target>> targetsBySubject) {
      Objects.requireNonNull(targetsBySubject, "targetsBySubject");
      targetsBySubject.forEach(
          (subject, byIndicator) -> byIndicator.forEach((indicator, t) -> target(subject, indicator, t)));
      return this;
    }

    /** The validated configuration. */
    public WarningRules build() {
      return new WarningRules(limits, paceRules, new LinkedHashMap<>(targets));
    }
  }
}

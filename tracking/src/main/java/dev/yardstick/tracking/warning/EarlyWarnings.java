package dev.yardstick.tracking.warning;

import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Target;
import dev.yardstick.tracking.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A whole company's early warnings for a month (or a day within it) from one call.
 *
 * <p>What is checked, on the day {@code asOf} of month {@code M}:
 *
 * <ul>
 *   <li>every {@link Limit}, on each subject's measurement of month {@code M} (month-to-date when
 *       {@code asOf} is not the month's last day);
 *   <li>every {@link PaceRule}, on the running period of its type containing {@code asOf}: the
 *       subject's monthly values of that period up to {@code M} are summed and paced with {@link
 *       Pacer}; amber and red statuses become {@link WarningKind#PACE} warnings. A subject is paced
 *       when it has a measurement of the indicator in the period or a target of its own; if a month
 *       up to {@code M} is not reported, the pace is not judged (a missing month would look like a
 *       shortfall) and an amber {@link WarningKind#MISSING_DATA} warning names the month.
 * </ul>
 *
 * <p>Measurements of months after {@code M}, and of months that no rule reads, are ignored, so the
 * whole year's data can be passed. The warnings are sorted by {@link Warning#ORDER}: the same
 * input gives the same list.
 *
 * <pre>{@code
 * List<Warning> warnings = EarlyWarnings.check(rules, Period.parse("2026-08"), allMeasurements);
 * }</pre>
 */
public final class EarlyWarnings {

  private EarlyWarnings() {}

  /**
   * The warnings at the end of a month.
   *
   * @throws IllegalArgumentException if {@code month} is not a month
   * @throws InvalidInputException as {@link #check(WarningRules, LocalDate, Collection)} does
   */
  public static List<Warning> check(
      WarningRules rules, Period month, Collection<? extends Measurement> measurements) {
    Objects.requireNonNull(month, "month");
    if (month.type() != PeriodType.MONTH) {
      throw new IllegalArgumentException("early warnings are checked for a month, got " + month);
    }
    return check(rules, month.end(), measurements);
  }

  /**
   * The warnings on a day; the measurements of its month are month-to-date values.
   *
   * @throws InvalidInputException naming subject, indicator, field and value for a measurement
   *     that is not monthly, a month measured twice, or a paced subject without a target
   */
  public static List<Warning> check(
      WarningRules rules, LocalDate asOf, Collection<? extends Measurement> measurements) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(measurements, "measurements");
    Period month = Period.of(PeriodType.MONTH, asOf);
    Map<String, List<Limit>> limits = new HashMap<>();
    for (Limit limit : rules.limits()) {
      limits.computeIfAbsent(limit.indicator().id(), k -> new ArrayList<>()).add(limit);
    }
    Map<String, PaceRule> paces = new HashMap<>();
    Map<String, Period> windows = new HashMap<>();
    for (PaceRule rule : rules.paceRules()) {
      paces.put(rule.indicator().id(), rule);
      windows.put(rule.indicator().id(), Period.of(rule.over(), asOf));
    }

    List<Warning> warnings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // indicator id -> subject id -> (sum, months)
    Map<String, Map<String, Running>> running = new HashMap<>();
    for (Measurement m : measurements) {
      Objects.requireNonNull(m, "measurement");
      Period p = m.period();
      if (p.type() != PeriodType.MONTH) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "period", p.toString(),
            "is not a month: early warnings read monthly measurements");
      }
      if (p.compareTo(month) > 0) {
        continue;
      }
      List<Limit> own = p.equals(month) ? limits.get(m.indicatorId()) : null;
      Period window = windows.get(m.indicatorId());
      boolean paced = window != null && window.contains(p);
      if (own == null && !paced) {
        continue;
      }
      if (!seen.add(m.subjectId() + '\u0000' + m.indicatorId() + '\u0000' + p)) {
        throw new InvalidInputException(
            m.subjectId(), m.indicatorId(), "period", p.toString(), "has two measurements");
      }
      if (own != null) {
        for (Limit limit : own) {
          Severity severity = limit.severityOf(m.value());
          if (severity != null) {
            warnings.add(breach(m, limit, severity));
          }
        }
      }
      if (paced) {
        running
            .computeIfAbsent(m.indicatorId(), k -> new HashMap<>())
            .computeIfAbsent(m.subjectId(), k -> new Running())
            .add(p, m.value());
      }
    }

    for (PaceRule rule : rules.paceRules()) {
      String indicatorId = rule.indicator().id();
      // every pace rule put its window above
      Period window = Objects.requireNonNull(windows.get(indicatorId), indicatorId);
      Map<String, Running> bySubject = running.getOrDefault(indicatorId, Map.of());
      Set<String> subjects = new TreeSet<>(bySubject.keySet());
      rules.targets().forEach(
          (subjectId, targets) -> {
            if (targets.containsKey(indicatorId)) {
              subjects.add(subjectId);
            }
          });
      List<Period> due = new ArrayList<>();
      for (Period m : window.months()) {
        if (m.compareTo(month) <= 0) {
          due.add(m);
        }
      }
      for (String subjectId : subjects) {
        Running r = bySubject.getOrDefault(subjectId, new Running());
        List<Period> missing = new ArrayList<>();
        for (Period m : due) {
          if (!r.months.contains(m)) {
            missing.add(m);
          }
        }
        if (!missing.isEmpty()) {
          warnings.add(missing(subjectId, rule, window, asOf, r.sum, missing));
          continue;
        }
        Target target = rules.targetOf(subjectId, rule);
        if (target == null) {
          throw new InvalidInputException(
              subjectId, indicatorId, "target", "none",
              "is missing: the pace rule over " + rule.over() + " needs a target for " + window);
        }
        Pace pace =
            Pacer.of(rule.profile()).bands(rule.bands()).pace(rule.indicator(), window, target, asOf, r.sum);
        if (pace.status() != PaceStatus.GREEN) {
          warnings.add(pace(subjectId, rule, pace));
        }
      }
    }
    warnings.sort(Warning.ORDER);
    return List.copyOf(warnings);
  }

  private static Warning breach(Measurement m, Limit limit, Severity severity) {
    boolean ceiling = limit.kind() == WarningKind.CEILING_BREACH;
    BigDecimal level = severity == Severity.RED ? limit.red() : limit.amber();
    String message =
        "'" + m.indicatorId() + "' of '" + m.subjectId() + "' in " + m.period() + " is "
            + Numbers.plain(m.value()) + ", " + (ceiling ? "above" : "below") + " its "
            + (severity == Severity.RED ? "red " : "amber ") + (ceiling ? "ceiling " : "floor ")
            + Numbers.plain(level);
    return new Warning(
        m.subjectId(), m.indicatorId(), m.period(), limit.kind(), severity, level, m.value(), null,
        message);
  }

  private static Warning pace(String subjectId, PaceRule rule, Pace pace) {
    Indicator indicator = rule.indicator();
    String message =
        "'" + indicator.id() + "' of '" + subjectId + "' is " + pace.status() + " for "
            + pace.period() + " on " + pace.asOf() + ": " + Numbers.plain(pace.actual())
            + " to date against " + Numbers.plain(pace.expected()) + " expected ("
            + Numbers.percent(pace.attainment()) + " of pace; the " + rule.profile().description()
            + " profile expects " + Numbers.percent(pace.expectedShare()) + " of the goal by now);"
            + " projected " + Numbers.plain(pace.projected()) + " against the goal "
            + Numbers.plain(pace.goal())
            + (indicator.direction() == Direction.LOWER_IS_BETTER
                ? " (lower is better: running ahead of pace is adverse)"
                : "");
    return new Warning(
        subjectId,
        indicator.id(),
        pace.period(),
        WarningKind.PACE,
        pace.status() == PaceStatus.RED ? Severity.RED : Severity.AMBER,
        pace.expected(),
        pace.actual(),
        pace.projected(),
        message);
  }

  private static Warning missing(
      String subjectId,
      PaceRule rule,
      Period window,
      LocalDate asOf,
      BigDecimal sumSoFar,
      List<Period> missing) {
    String message =
        "'" + rule.indicator().id() + "' of '" + subjectId + "' has no measurement for "
            + Numbers.join(missing) + ": the pace for " + window + " on " + asOf
            + " cannot be judged";
    return new Warning(
        subjectId,
        rule.indicator().id(),
        window,
        WarningKind.MISSING_DATA,
        Severity.AMBER,
        null,
        Numbers.normalise(sumSoFar),
        null,
        message);
  }

  /** A subject's running sum and the months it has. */
  private static final class Running {
    private BigDecimal sum = BigDecimal.ZERO;
    private final Set<Period> months = new HashSet<>();

    void add(Period month, BigDecimal value) {
      months.add(month);
      sum = sum.add(value);
    }
  }
}

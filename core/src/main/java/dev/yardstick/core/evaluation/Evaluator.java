package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.internal.Decimals;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Rounding;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.Explanation;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The evaluation engine: a pure function of its arguments. */
final class Evaluator {

  private static final Explanation MISSING_ZERO =
      Explanation.of("no measurement; scored 0 under the SCORE_ZERO missing-data policy");
  private static final Explanation MISSING_EXCLUDED =
      Explanation.of("no measurement; left out under the EXCLUDE_AND_RENORMALISE policy");

  /**
   * Flag sets handed to {@link ItemResult}, which copies them; never modified. Sharing them saves
   * building a set per item in the usual cases.
   */
  private static final Set<ItemFlag> NO_FLAGS = EnumSet.noneOf(ItemFlag.class);
  private static final Set<ItemFlag> CAPPED = EnumSet.of(ItemFlag.CAPPED);
  private static final Set<ItemFlag> FLOORED = EnumSet.of(ItemFlag.FLOORED);

  private Evaluator() {}

  /**
   * Rounded values shared between evaluations, by scale (0 to 6) and unscaled value: scores and
   * totals mostly lie in 0 to 200 with two decimals, so a million evaluations hold a few thousand
   * distinct decimals. BigDecimal is immutable; a racing thread at worst creates an equal one.
   */
  private static final BigDecimal[][] SHARED = new BigDecimal[7][];

  private static final int SHARED_SIZE = 1 << 16;

  static BigDecimal decimal(long unscaled, int scale) {
    if (unscaled < 0 || unscaled >= SHARED_SIZE || scale >= SHARED.length) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    BigDecimal[] byValue = SHARED[scale];
    if (byValue == null) {
      byValue = new BigDecimal[SHARED_SIZE];
      SHARED[scale] = byValue;
    }
    BigDecimal d = byValue[(int) unscaled];
    if (d == null) {
      d = BigDecimal.valueOf(unscaled, scale);
      byValue[(int) unscaled] = d;
    }
    return d;
  }

  /**
   * {@code rounding.round(value)}, without its search for the shortest decimal when the result
   * cannot depend on it: a double lies within 2⁻⁵³ (relative) of its shortest decimal, so that
   * {@link Exact#roundFast} with a bound of 2⁻⁵² (relative) decides it whenever it is not near a
   * rounding boundary. The same BigDecimal (value and scale) as {@link Rounding#round}.
   */
  static BigDecimal round(Rounding rounding, double value) {
    BigDecimal fast = Exact.roundFast(rounding, value, Math.abs(value) * 0x1p-52);
    if (fast != null) {
      return fast;
    }
    return rounding.round(value);
  }

  static Evaluation evaluate(
      Subject subject,
      Period period,
      Scorecard card,
      Iterable<? extends Measurement> measurements,
      Map<String, Target> targetOverrides,
      @Nullable Double teamScore) {
    List<Measurement> list = new ArrayList<>();
    for (Measurement m : measurements) {
      list.add(m);
    }
    Measurement[] array = list.toArray(new Measurement[0]);
    return evaluate(subject, period, card, array, 0, array.length, targetOverrides, teamScore);
  }

  /** Evaluates with the measurements {@code measurements[from]} to {@code measurements[to - 1]}. */
  static Evaluation evaluate(
      Subject subject,
      Period period,
      Scorecard card,
      @Nullable Measurement[] measurements,
      int from,
      int to,
      Map<String, Target> targetOverrides,
      @Nullable Double teamScore) {
    if (!card.isValidFor(period)) {
      throw new InvalidInputException(
          subject.id(),
          null,
          "period",
          period.toString(),
          "is outside the validity of scorecard '"
              + card.id()
              + "' version "
              + card.version()
              + " ("
              + card.validFrom()
              + " to "
              + card.validUntil().map(Period::toString).orElse("open end")
              + ")");
    }
    List<Item> items = card.items();
    int n = items.size();
    Measurement[] aligned = align(subject, period, card, measurements, from, to);
    Target[] overrides =
        targetOverrides.isEmpty() ? new Target[n] : overrides(subject, card, targetOverrides);

    MissingDataPolicy policy = card.missingData();
    @Nullable Score[] scores = new Score[n];
    EnumSet<EvaluationFlag> flags = EnumSet.noneOf(EvaluationFlag.class);
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      Measurement m = aligned[i];
      if (m == null) {
        flags.add(EvaluationFlag.MISSING_DATA);
        if (policy == MissingDataPolicy.FAIL) {
          throw new InvalidInputException(
              subject.id(),
              item.indicatorId(),
              "measurement",
              "none",
              "is missing for " + period + " (scorecard '" + card.id() + "' requires every item)");
        }
        // excluded items keep a null score
        scores[i] =
            policy == MissingDataPolicy.SCORE_ZERO ? new Score(0, Score.Bound.NONE, MISSING_ZERO) : null;
        continue;
      }
      Target target = overrides[i] != null ? overrides[i] : item.target();
      Score score =
          item.rule().score(new ScoringInput(subject, period, item.indicator(), target, m));
      if (score == null) {
        throw new IllegalStateException(
            "strategy '" + item.rule().strategyId() + "' returned no score for item '"
                + item.indicatorId() + "'");
      }
      scores[i] = score;
      if (score.bound() == Score.Bound.CAPPED) {
        flags.add(EvaluationFlag.CAPPED);
      } else if (score.bound() == Score.Bound.FLOORED) {
        flags.add(EvaluationFlag.FLOORED);
      }
    }
    return total(subject, period, card, aligned, overrides, scores, flags, teamScore);
  }

  private static Measurement[] align(
      Subject subject,
      Period period,
      Scorecard card,
      @Nullable Measurement[] measurements,
      int from,
      int to) {
    List<Item> items = card.items();
    Measurement[] aligned = new Measurement[items.size()];
    String subjectId = subject.id();
    for (int k = from; k < to; k++) {
      Measurement m = measurements[k];
      if (m == null) {
        throw new NullPointerException("measurement of subject '" + subject.id() + "'");
      }
      if (!m.subjectId().equals(subjectId)) {
        throw new InvalidInputException(
            subject.id(), m.indicatorId(), "subjectId", m.subjectId(), "belongs to another subject");
      }
      if (m.period() != period && !m.period().equals(period)) {
        throw new InvalidInputException(
            subject.id(),
            m.indicatorId(),
            "period",
            m.period().toString(),
            "does not match the evaluation period " + period);
      }
      // measurements usually come in scorecard order: try that position before the index
      int guess = k - from;
      int i =
          guess < aligned.length && items.get(guess).indicatorId().equals(m.indicatorId())
              ? guess
              : card.indexOf(m.indicatorId());
      if (i < 0) {
        throw new InvalidInputException(
            subject.id(),
            m.indicatorId(),
            "indicatorId",
            m.indicatorId(),
            "is not on scorecard '" + card.id() + "' version " + card.version());
      }
      if (aligned[i] != null) {
        throw new InvalidInputException(
            subject.id(),
            m.indicatorId(),
            "measurement",
            Decimals.plain(m.value()),
            "is a second measurement for " + period + " (the first was "
                + Decimals.plain(aligned[i].value()) + ")");
      }
      aligned[i] = m;
    }
    return aligned;
  }

  private static Target[] overrides(Subject subject, Scorecard card, Map<String, Target> given) {
    Target[] overrides = new Target[card.items().size()];
    for (Map.Entry<String, Target> e : given.entrySet()) {
      int i = card.indexOf(e.getKey());
      if (i < 0) {
        throw new InvalidInputException(
            subject.id(),
            e.getKey(),
            "target",
            String.valueOf(e.getValue()),
            "is for an indicator that is not on scorecard '" + card.id() + "'");
      }
      Item item = card.items().get(i);
      try {
        Item.checkTarget(item.indicator(), e.getValue());
        // an own target for a strategy that ignores targets would be silently ignored
        Item.checkTargetUse("the own target of item '" + item.indicatorId() + "'", item.rule(),
            e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(
            subject.id(),
            e.getKey(),
            "target",
            e.getValue().toString(),
            String.valueOf(ex.getMessage()));
      }
      overrides[i] = e.getValue();
    }
    return overrides;
  }

  private static Evaluation total(
      Subject subject,
      Period period,
      Scorecard card,
      Measurement[] aligned,
      Target[] overrides,
      @Nullable Score[] scores,
      EnumSet<EvaluationFlag> flags,
      @Nullable Double teamScore) {
    List<Section> sections = card.sections();
    List<Item> items = card.items();
    Rounding rounding = card.rounding();
    int sectionCount = sections.size();

    // pass 1: each section's subtotal over the items that count, and the same mean of the scores'
    // magnitudes, which bounds the error of the doubles (Exact.errorBound)
    double[] subtotal = new double[sectionCount];
    double[] magnitude = new double[sectionCount];
    double[] itemWeightSum = new double[sectionCount];
    double sectionWeightSum = 0;
    int first = 0;
    for (int s = 0; s < sectionCount; s++) {
      Section section = sections.get(s);
      int size = section.items().size();
      double weighted = 0;
      double weightedMagnitude = 0;
      double weights = 0;
      for (int i = first; i < first + size; i++) {
        if (scores[i] != null) {
          double w = items.get(i).weight();
          double v = scores[i].value();
          weighted += w * v;
          weightedMagnitude += w * Math.abs(v);
          weights += w;
        }
      }
      if (weights > 0) {
        subtotal[s] = weighted / weights;
        magnitude[s] = weightedMagnitude / weights;
        itemWeightSum[s] = weights;
        sectionWeightSum += section.weight();
        if (weights < 100 - Section.WEIGHT_TOLERANCE) {
          flags.add(EvaluationFlag.RENORMALISED);
        }
      } else {
        flags.add(EvaluationFlag.RENORMALISED);
      }
      first += size;
    }
    if (sectionWeightSum == 0) {
      throw new InvalidInputException(
          subject.id(), null, "measurements", "none", "every item is missing: nothing to evaluate");
    }

    // pass 2: item results, effective weights, the individual total, rounded subtotals
    ItemResult[][] itemResults = new ItemResult[sectionCount][];
    @Nullable BigDecimal[] rounded = new BigDecimal[sectionCount];
    double[] share = new double[sectionCount];
    boolean exactNeeded = false;
    double individual = 0;
    double individualMagnitude = 0;
    first = 0;
    for (int s = 0; s < sectionCount; s++) {
      Section section = sections.get(s);
      boolean excluded = itemWeightSum[s] == 0;
      double sectionShare = excluded ? 0 : section.weight() / sectionWeightSum;
      share[s] = sectionShare;
      int size = section.items().size();
      ItemResult[] results = new ItemResult[size];
      for (int i = first; i < first + size; i++) {
        results[i - first] = itemResult(items.get(i), aligned[i], overrides[i], scores[i],
            excluded ? 0 : sectionShare / itemWeightSum[s], rounding);
      }
      itemResults[s] = results;
      individual += sectionShare * subtotal[s];
      individualMagnitude += sectionShare * magnitude[s];
      rounded[s] = excluded
          ? round(rounding, 0)
          : Exact.roundFast(rounding, subtotal[s], Exact.errorBound(size, 1, magnitude[s]));
      exactNeeded |= rounded[s] == null;
      first += size;
    }

    TeamAdjustment team = link(subject, card, individual, teamScore);
    double total = individual;
    if (team != null) {
      flags.add(EvaluationFlag.TEAM_LINKED);
      total = team.linkedTotal();
    }
    @Nullable BigDecimal roundedTotal =
        Exact.roundFast(
            rounding,
            total,
            totalError(card, items.size(), sectionCount, team, individualMagnitude));
    if (roundedTotal == null || exactNeeded) {
      // a tie or a near-boundary value: round from the exact decimal arithmetic
      Exact.@Nullable Fraction[] fractions = subtotals(card, scores);
      for (int s = 0; s < sectionCount; s++) {
        Exact.Fraction f = fractions[s];
        if (rounded[s] == null && f != null) {
          rounded[s] = f.round(rounding);
        }
      }
      roundedTotal = exactTotal(card, fractions, team).round(rounding);
    }

    SectionResult[] sectionResults = new SectionResult[sectionCount];
    for (int s = 0; s < sectionCount; s++) {
      Section section = sections.get(s);
      sectionResults[s] =
          new SectionResult(
              section.name(),
              section.weight(),
              share[s],
              subtotal[s],
              java.util.Objects.requireNonNull(rounded[s], "subtotal"),
              itemWeightSum[s] == 0,
              List.of(itemResults[s]));
    }
    return new Evaluation(
        subject,
        period,
        card.id(),
        card.version(),
        List.of(sectionResults),
        team,
        total,
        roundedTotal,
        flags);
  }

  /**
   * The bound on the error of a total computed in doubles (see {@link Exact#errorBound}), with
   * the team link: a blend adds the team's score in proportion and the difference between the
   * individual weight and {@code 100 − team weight}, which the exact arithmetic uses.
   */
  static double totalError(
      Scorecard card,
      int items,
      int sections,
      @Nullable TeamAdjustment team,
      double individualMagnitude) {
    if (team == null) {
      return Exact.errorBound(items, sections, individualMagnitude);
    }
    TeamLink link = card.teamLink();
    if (link instanceof TeamLink.Blend) {
      TeamLink.Blend blend = (TeamLink.Blend) link;
      double iw = blend.individualWeight();
      double tw = blend.teamWeight();
      double magnitude = (iw * individualMagnitude + tw * Math.abs(team.teamScore())) / 100;
      double complement = Math.abs(iw - (100 - tw)) + 1e-13;
      return Exact.errorBound(items, sections, magnitude)
          + complement * individualMagnitude / 100;
    }
    return Exact.errorBound(items, sections, individualMagnitude * team.factor());
  }

  /** Each section's exact subtotal, {@code null} for a section left out. */
  private static Exact.@Nullable Fraction[] subtotals(Scorecard card, @Nullable Score[] scores) {
    List<Item> items = card.items();
    int n = items.size();
    double[] weights = new double[n];
    double[] values = new double[n];
    boolean[] counted = new boolean[n];
    for (int i = 0; i < n; i++) {
      weights[i] = items.get(i).weight();
      Score score = scores[i];
      counted[i] = score != null;
      values[i] = score == null ? 0 : score.value();
    }
    List<Section> sections = card.sections();
    Exact.@Nullable Fraction[] fractions = new Exact.Fraction[sections.size()];
    int first = 0;
    for (int s = 0; s < fractions.length; s++) {
      int size = sections.get(s).items().size();
      fractions[s] = Exact.subtotal(weights, values, counted, first, first + size);
      first += size;
    }
    return fractions;
  }

  /** The exact total from the exact subtotals and the team link applied. */
  private static Exact.Fraction exactTotal(
      Scorecard card, Exact.@Nullable Fraction[] subtotals, @Nullable TeamAdjustment team) {
    List<Section> sections = card.sections();
    double[] weights = new double[sections.size()];
    for (int s = 0; s < weights.length; s++) {
      weights[s] = sections.get(s).weight();
    }
    return Exact.linked(Exact.individual(weights, subtotals), team);
  }

  private static ItemResult itemResult(
      Item item,
      @Nullable Measurement m,
      @Nullable Target override,
      @Nullable Score score,
      double shareOfWeight,
      Rounding rounding) {
    if (override == null && m != null && score != null) {
      // the usual case: no set to build, the result copies one of the constants
      Set<ItemFlag> flags =
          score.bound() == Score.Bound.CAPPED
              ? CAPPED
              : score.bound() == Score.Bound.FLOORED ? FLOORED : NO_FLAGS;
      double effectiveWeight = shareOfWeight * item.weight();
      return new ItemResult(
          item.indicatorId(),
          m.value(),
          item.target(),
          item.weight(),
          effectiveWeight,
          score.value(),
          round(rounding, score.value()),
          effectiveWeight * score.value(),
          item.rule().strategyId(),
          score.explanation(),
          flags);
    }
    EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    if (override != null) {
      flags.add(ItemFlag.TARGET_OVERRIDDEN);
    }
    if (score == null) {
      flags.add(ItemFlag.MISSING_EXCLUDED);
      return new ItemResult(item.indicatorId(), null, override != null ? override : item.target(),
          item.weight(), 0, 0, round(rounding, 0), 0, item.rule().strategyId(), MISSING_EXCLUDED,
          flags);
    }
    if (m == null) {
      flags.add(ItemFlag.MISSING_SCORED_ZERO);
    }
    if (score.bound() == Score.Bound.CAPPED) {
      flags.add(ItemFlag.CAPPED);
    } else if (score.bound() == Score.Bound.FLOORED) {
      flags.add(ItemFlag.FLOORED);
    }
    double effectiveWeight = shareOfWeight * item.weight();
    return new ItemResult(
        item.indicatorId(),
        m == null ? null : m.value(),
        override != null ? override : item.target(),
        item.weight(),
        effectiveWeight,
        score.value(),
        round(rounding, score.value()),
        effectiveWeight * score.value(),
        item.rule().strategyId(),
        score.explanation(),
        flags);
  }

  static @Nullable TeamAdjustment link(
      Subject subject, Scorecard card, double individual, @Nullable Double teamScore) {
    TeamLink link = card.teamLink();
    if (!link.needsTeamScore()) {
      return null;
    }
    if (teamScore == null) {
      throw new InvalidInputException(
          subject.id(),
          null,
          "teamScore",
          "none",
          "is required: scorecard '" + card.id() + "' links the total to the team's result");
    }
    double team = teamScore;
    if (link instanceof TeamLink.Blend) {
      TeamLink.Blend blend = (TeamLink.Blend) link;
      double linked = (blend.individualWeight() * individual + blend.teamWeight() * team) / 100;
      return new TeamAdjustment(TeamAdjustment.BLEND, individual, team, blend.teamWeight(), linked);
    }
    TeamLink.Coefficient table = (TeamLink.Coefficient) link;
    double coefficient = table.coefficientFor(team);
    if (coefficient < 0) {
      throw new InvalidInputException(
          subject.id(),
          null,
          "teamScore",
          Decimals.plain(team),
          "is below the lowest team coefficient band ("
              + Decimals.plain(table.bands().get(0).minTeamScore())
              + ")");
    }
    return new TeamAdjustment(TeamAdjustment.COEFFICIENT, individual, team, coefficient, individual * coefficient);
  }
}

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The evaluation engine: a pure function of its arguments. */
final class Evaluator {

  private static final Explanation MISSING_ZERO =
      Explanation.of("no measurement; scored 0 under the SCORE_ZERO missing-data policy");
  private static final Explanation MISSING_EXCLUDED =
      Explanation.of("no measurement; left out under the EXCLUDE_AND_RENORMALISE policy");

  private Evaluator() {}

  static Evaluation evaluate(
      Subject subject,
      Period period,
      Scorecard card,
      Iterable<? extends Measurement> measurements,
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
    Measurement[] aligned = align(subject, period, card, measurements);
    Target[] overrides = overrides(subject, card, targetOverrides);

    MissingDataPolicy policy = card.missingData();
    Score[] scores = new Score[n];
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
      Subject subject, Period period, Scorecard card, Iterable<? extends Measurement> measurements) {
    Measurement[] aligned = new Measurement[card.items().size()];
    for (Measurement m : measurements) {
      if (m == null) {
        throw new NullPointerException("measurement of subject '" + subject.id() + "'");
      }
      if (!m.subjectId().equals(subject.id())) {
        throw new InvalidInputException(
            subject.id(), m.indicatorId(), "subjectId", m.subjectId(), "belongs to another subject");
      }
      if (!m.period().equals(period)) {
        throw new InvalidInputException(
            subject.id(),
            m.indicatorId(),
            "period",
            m.period().toString(),
            "does not match the evaluation period " + period);
      }
      int i = card.indexOf(m.indicatorId());
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
      try {
        Item.checkTarget(card.items().get(i).indicator(), e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(
            subject.id(), e.getKey(), "target", e.getValue().toString(), ex.getMessage());
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
      Score[] scores,
      EnumSet<EvaluationFlag> flags,
      @Nullable Double teamScore) {
    List<Section> sections = card.sections();
    List<Item> items = card.items();
    Rounding rounding = card.rounding();
    int sectionCount = sections.size();

    // pass 1: each section's subtotal over the items that count
    double[] subtotal = new double[sectionCount];
    double[] itemWeightSum = new double[sectionCount];
    double sectionWeightSum = 0;
    int first = 0;
    for (int s = 0; s < sectionCount; s++) {
      Section section = sections.get(s);
      int size = section.items().size();
      double weighted = 0;
      double weights = 0;
      for (int i = first; i < first + size; i++) {
        if (scores[i] != null) {
          weighted += items.get(i).weight() * scores[i].value();
          weights += items.get(i).weight();
        }
      }
      if (weights > 0) {
        subtotal[s] = weighted / weights;
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

    // pass 2: results, effective weights and the total
    List<SectionResult> sectionResults = new ArrayList<>(sectionCount);
    double individual = 0;
    first = 0;
    for (int s = 0; s < sectionCount; s++) {
      Section section = sections.get(s);
      boolean excluded = itemWeightSum[s] == 0;
      double sectionShare = excluded ? 0 : section.weight() / sectionWeightSum;
      int size = section.items().size();
      List<ItemResult> itemResults = new ArrayList<>(size);
      for (int i = first; i < first + size; i++) {
        itemResults.add(itemResult(items.get(i), aligned[i], overrides[i], scores[i],
            excluded ? 0 : sectionShare / itemWeightSum[s], rounding));
      }
      individual += sectionShare * subtotal[s];
      sectionResults.add(
          new SectionResult(
              section.name(),
              section.weight(),
              sectionShare,
              subtotal[s],
              rounding.round(subtotal[s]),
              excluded,
              itemResults));
      first += size;
    }

    TeamAdjustment team = link(subject, card, individual, teamScore);
    double total = individual;
    if (team != null) {
      flags.add(EvaluationFlag.TEAM_LINKED);
      total = team.linkedTotal();
    }
    return new Evaluation(
        subject,
        period,
        card.id(),
        card.version(),
        sectionResults,
        team,
        total,
        rounding.round(total),
        flags);
  }

  private static ItemResult itemResult(
      Item item,
      @Nullable Measurement m,
      @Nullable Target override,
      @Nullable Score score,
      double shareOfWeight,
      Rounding rounding) {
    EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    if (override != null) {
      flags.add(ItemFlag.TARGET_OVERRIDDEN);
    }
    if (score == null) {
      flags.add(ItemFlag.MISSING_EXCLUDED);
      return new ItemResult(item.indicatorId(), null, override != null ? override : item.target(),
          item.weight(), 0, 0, rounding.round(0), 0, item.rule().strategyId(), MISSING_EXCLUDED,
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
        rounding.round(score.value()),
        effectiveWeight * score.value(),
        item.rule().strategyId(),
        score.explanation(),
        flags);
  }

  private static @Nullable TeamAdjustment link(
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
      return new TeamAdjustment("blend", individual, team, blend.teamWeight(), linked);
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
    return new TeamAdjustment("coefficient", individual, team, coefficient, individual * coefficient);
  }
}

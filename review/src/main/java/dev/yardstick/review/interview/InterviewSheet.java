package dev.yardstick.review.interview;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.Assessment;
import dev.yardstick.review.ItemAssessment;
import dev.yardstick.review.application.GoalPolicy;
import dev.yardstick.review.application.ImprovementGoal;
import dev.yardstick.review.application.TrainingCatalog;
import dev.yardstick.review.calibration.FinalGrade;
import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.review.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A performance interview sheet (绩效面谈表) for one person and period: the evaluate → feedback →
 * improve loop on one page.
 *
 * <p>Strengths and weaknesses are the items furthest above and below target as defined by {@link
 * Assessment} (score against par 100, so the indicator's direction is respected); the trend
 * compares the total and each indicator's score present in both periods; improvement directions
 * are the weaknesses with the training the catalog assigns them; next-period goals come from a
 * {@link GoalPolicy} (half the gap by default). The manager's and employee's comments start empty:
 * the sheet leaves room for them and {@link #withManagerComments(String)} fills them in.
 *
 * <p>Texts come from resource bundles: English (the default, also for every language without a
 * bundle) and Simplified Chinese ({@code zh}, {@code zh-CN}; other Chinese locales get it too).
 * Indicator names come from the scorecard's indicators ({@code Indicator.name(locale)}).
 *
 * <p>Actuals, targets and goals are printed in their indicator's unit, half up and the same
 * whatever the JVM's default locale: a ratio as a percentage with two decimals ({@code 0.8178}
 * → {@code 81.78%}), a percentage with two decimals, money with two decimals and comma thousands
 * separators ({@code 1,250,000.00}), a count as an integer when integral, a duration with its
 * unit ({@code 1.5 h}, {@code 1.5 小时}), scores and other numbers with up to two decimals.
 * Without a scorecard the units are unknown and values show up to four decimals.
 *
 * <pre>{@code
 * InterviewSheet sheet = InterviewSheet.builder(q3Evaluation)
 *     .scorecard(card)                 // indicator names
 *     .previous(q2Evaluation)          // trend
 *     .grades(GradeScale.defaultScale())
 *     .training(catalog)
 *     .build();
 * String md = sheet.toMarkdown(Locale.SIMPLIFIED_CHINESE);
 * String txt = sheet.toPlainText(Locale.ENGLISH);
 * }</pre>
 *
 * <p><b>The final grade.</b> The sheet's headline grade is the person's {@link FinalGrade} when
 * one is given ({@link Builder#finalGrade(FinalGrade)}), the same value pay and promotion read;
 * when calibration or an override changed it, the sheet also shows the grade of the total and
 * each change with its reason (the quota's arithmetic; who, when and why for an override).
 * Without a final grade the headline is the scale's grade of the total.
 *
 * <pre>{@code
 * InterviewSheet sheet = InterviewSheet.builder(q3Evaluation).grades(scale)
 *     .finalGrade(calibration.finalGradeOf("emp-7"))   // "Grade: B", "Grade by the total: C", why
 *     .build();
 * }</pre>
 *
 * @param subject who is interviewed
 * @param period the period reviewed
 * @param scorecardId the scorecard of the evaluation
 * @param scorecardVersion its version
 * @param total the (rounded) total
 * @param grade the headline grade: the final grade when one was given, otherwise the scale's
 *     grade of the total when a scale was given
 * @param previous the previous period's result, when given
 * @param strengths items furthest above target, furthest first
 * @param weaknesses items furthest below target, furthest first
 * @param trends each indicator's score against the previous period, in scorecard order
 * @param directions what to improve, weakest first
 * @param goals next-period goals, in scorecard order
 * @param indicators the scorecard's indicators by id, for their names and units (may be empty)
 * @param managerComments the manager's comments; empty until written
 * @param employeeComments the employee's comments; empty until written
 * @param finalGrade the person's final grade with the grade of the total and the reasons, when
 *     given; then {@code grade} is its grade
 */
public record InterviewSheet(
    Subject subject,
    Period period,
    String scorecardId,
    int scorecardVersion,
    BigDecimal total,
    @Nullable Grade grade,
    @Nullable PreviousResult previous,
    List<ItemAssessment> strengths,
    List<ItemAssessment> weaknesses,
    List<ItemTrend> trends,
    List<ImprovementDirection> directions,
    List<ImprovementGoal> goals,
    Map<String, Indicator> indicators,
    String managerComments,
    String employeeComments,
    @Nullable FinalGrade finalGrade) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the final grade is of another subject, of another total,
   *     or is not the headline grade
   */
  public InterviewSheet {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(scorecardId, "scorecardId");
    Objects.requireNonNull(total, "total");
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
    trends = List.copyOf(trends);
    directions = List.copyOf(directions);
    goals = List.copyOf(goals);
    indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    Objects.requireNonNull(managerComments, "managerComments");
    Objects.requireNonNull(employeeComments, "employeeComments");
    if (finalGrade != null) {
      checkFinalGrade(finalGrade, subject.id(), total);
      if (grade == null || !grade.code().equals(finalGrade.grade().code())) {
        throw new IllegalArgumentException(
            "interview sheet of '" + subject.id() + "' heads with grade "
                + (grade == null ? "none" : grade.code()) + ", but the final grade is "
                + finalGrade.grade().code());
      }
    }
  }

  /**
   * A sheet without a final grade, as before final grades existed.
   *
   * @deprecated give the final grade: {@link Builder#finalGrade(FinalGrade)}
   */
  @Deprecated
  public InterviewSheet(
      Subject subject,
      Period period,
      String scorecardId,
      int scorecardVersion,
      BigDecimal total,
      @Nullable Grade grade,
      @Nullable PreviousResult previous,
      List<ItemAssessment> strengths,
      List<ItemAssessment> weaknesses,
      List<ItemTrend> trends,
      List<ImprovementDirection> directions,
      List<ImprovementGoal> goals,
      Map<String, Indicator> indicators,
      String managerComments,
      String employeeComments) {
    this(subject, period, scorecardId, scorecardVersion, total, grade, previous, strengths,
        weaknesses, trends, directions, goals, indicators, managerComments, employeeComments,
        null);
  }

  private static void checkFinalGrade(FinalGrade finalGrade, String subjectId, BigDecimal total) {
    if (!finalGrade.subjectId().equals(subjectId)) {
      throw new IllegalArgumentException(
          "final grade of '" + finalGrade.subjectId() + "' given for the sheet of '" + subjectId
              + "'");
    }
    if (finalGrade.total().compareTo(total) != 0) {
      throw new IllegalArgumentException(
          "final grade of '" + subjectId + "' is for total " + finalGrade.total().toPlainString()
              + ", but the evaluation's total is " + total.toPlainString());
    }
  }

  /** Starts a sheet from the evaluation of the period reviewed. */
  public static Builder builder(Evaluation evaluation) {
    return new Builder(evaluation);
  }

  /** A copy with the manager's comments. */
  public InterviewSheet withManagerComments(String comments) {
    return new InterviewSheet(subject, period, scorecardId, scorecardVersion, total, grade,
        previous, strengths, weaknesses, trends, directions, goals, indicators,
        Objects.requireNonNull(comments, "comments"), employeeComments, finalGrade);
  }

  /** A copy with the employee's comments. */
  public InterviewSheet withEmployeeComments(String comments) {
    return new InterviewSheet(subject, period, scorecardId, scorecardVersion, total, grade,
        previous, strengths, weaknesses, trends, directions, goals, indicators, managerComments,
        Objects.requireNonNull(comments, "comments"), finalGrade);
  }

  /** The indicator's name in {@code locale}, or its id when the sheet does not know it. */
  public String indicatorName(String indicatorId, Locale locale) {
    Indicator indicator = indicators.get(indicatorId);
    return indicator == null ? indicatorId : indicator.name(locale);
  }

  /** The sheet as Markdown, in the language of {@code locale} (English when there is no bundle). */
  public String toMarkdown(Locale locale) {
    return SheetRenderer.render(this, locale, true);
  }

  /** The sheet as plain text, in the language of {@code locale}. */
  public String toPlainText(Locale locale) {
    return SheetRenderer.render(this, locale, false);
  }

  /** Collects what the sheet is made of. Not thread-safe. */
  public static final class Builder {
    private final Evaluation current;
    private @Nullable Evaluation previous;
    private @Nullable Scorecard scorecard;
    private @Nullable GradeScale scale;
    private @Nullable TrainingCatalog training;
    private @Nullable FinalGrade finalGrade;
    private GoalPolicy goals = GoalPolicy.halfway();
    private int limit = 3;
    private BigDecimal par = Assessment.DEFAULT_PAR;

    private Builder(Evaluation current) {
      this.current = Objects.requireNonNull(current, "evaluation");
    }

    /**
     * The previous period's evaluation of the same person, for the trend.
     *
     * @throws IllegalArgumentException if it is of another person or not of an earlier period
     */
    public Builder previous(Evaluation evaluation) {
      Objects.requireNonNull(evaluation, "evaluation");
      if (!evaluation.subject().id().equals(current.subject().id())) {
        throw new IllegalArgumentException(
            "previous evaluation is of subject '" + evaluation.subject().id() + "', not '"
                + current.subject().id() + "'");
      }
      if (!evaluation.period().end().isBefore(current.period().start())) {
        throw new IllegalArgumentException(
            "previous evaluation's period " + evaluation.period() + " does not end before "
                + current.period());
      }
      this.previous = evaluation;
      return this;
    }

    /**
     * The scorecard, for the indicators' names and units.
     *
     * @throws IllegalArgumentException if its id is not the evaluation's scorecard id
     */
    public Builder scorecard(Scorecard card) {
      Objects.requireNonNull(card, "card");
      if (!card.id().equals(current.scorecardId())) {
        throw new IllegalArgumentException(
            "scorecard '" + card.id() + "' is not the evaluation's scorecard '"
                + current.scorecardId() + "'");
      }
      this.scorecard = card;
      return this;
    }

    /**
     * The grade scale, to show the grades (the previous period's, and this period's by the total
     * unless a {@link #finalGrade(FinalGrade) final grade} is given).
     */
    public Builder grades(GradeScale gradeScale) {
      this.scale = Objects.requireNonNull(gradeScale, "gradeScale");
      return this;
    }

    /**
     * The person's final grade (after calibration and overrides), which the sheet heads with; when
     * it differs from the grade of the total the sheet shows both and why.
     *
     * <pre>{@code
     * InterviewSheet.builder(evaluation).finalGrade(calibration.finalGradeOf(id)).build();
     * }</pre>
     *
     * @throws IllegalArgumentException if it is of another person or another total than the
     *     evaluation's
     */
    public Builder finalGrade(FinalGrade grade) {
      Objects.requireNonNull(grade, "grade");
      checkFinalGrade(grade, current.subject().id(), current.total());
      this.finalGrade = grade;
      return this;
    }

    /** The training catalog, for the improvement directions. */
    public Builder training(TrainingCatalog catalog) {
      this.training = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** How next-period goals are set; defaults to {@link GoalPolicy#halfway()}. */
    public Builder goals(GoalPolicy policy) {
      this.goals = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** How many strengths and weaknesses to list at most; defaults to 3. */
    public Builder limit(int max) {
      this.limit = Args.atLeast(max, 1, "limit");
      return this;
    }

    /** The score that means "on target"; defaults to 100. */
    public Builder par(BigDecimal score) {
      this.par = Objects.requireNonNull(score, "score");
      return this;
    }

    /** The sheet. */
    public InterviewSheet build() {
      Assessment assessment = Assessment.of(current, par);
      GradeScale gradeScale = scale;
      Evaluation before = previous;
      PreviousResult previousResult = null;
      List<ItemTrend> trends = new ArrayList<>();
      if (before != null) {
        previousResult =
            new PreviousResult(
                before.period(),
                before.total(),
                gradeScale == null ? null : gradeScale.grade(before),
                current.total().subtract(before.total()));
        for (ItemResult now : current.items()) {
          Optional<ItemResult> then = before.item(now.indicatorId());
          if (!now.isExcluded() && then.isPresent() && !then.get().isExcluded()) {
            trends.add(new ItemTrend(now.indicatorId(), then.get().score(), now.score()));
          }
        }
      }
      List<ItemAssessment> weaknesses = assessment.weaknesses(limit);
      List<ImprovementDirection> directions = new ArrayList<>();
      for (ItemAssessment weak : weaknesses) {
        TrainingCatalog catalog = training;
        directions.add(
            new ImprovementDirection(
                weak.indicatorId(),
                weak.gap(),
                catalog == null ? null : catalog.topicFor(weak.indicatorId()).orElse(null)));
      }
      Map<String, Indicator> indicators = new LinkedHashMap<>();
      Scorecard card = scorecard;
      if (card != null) {
        for (Item item : card.items()) {
          indicators.put(item.indicatorId(), item.indicator());
        }
      }
      return new InterviewSheet(
          current.subject(),
          current.period(),
          current.scorecardId(),
          current.scorecardVersion(),
          current.total(),
          headline(gradeScale),
          previousResult,
          assessment.strengths(limit),
          weaknesses,
          trends,
          directions,
          goals.propose(assessment),
          indicators,
          "",
          "",
          finalGrade);
    }

    private @Nullable Grade headline(@Nullable GradeScale gradeScale) {
      FinalGrade given = finalGrade;
      if (given != null) {
        return gradeScale != null && gradeScale.contains(given.grade())
            ? gradeScale.canonical(given.grade())
            : given.grade();
      }
      return gradeScale == null ? null : gradeScale.grade(current);
    }
  }
}

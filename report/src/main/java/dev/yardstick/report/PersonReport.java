package dev.yardstick.report;

import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.report.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One person's part of the report: total, grade, the score of every indicator against its target
 * score and the interview highlights.
 *
 * <p>Build it straight from a core evaluation, then add what the calibration and the interview
 * decided:
 *
 * <pre>{@code
 * PersonReport li = PersonReport.from(evaluation, scorecard, Locale.SIMPLIFIED_CHINESE)
 *     .withGrade("A")
 *     .withFinalGrade("B", "C", "C → B by the quota: position 4 of 10 …")   // when it differs
 *     .withHighlights(new Highlights(List.of("..."), List.of("..."), List.of("...")));
 * }</pre>
 *
 * @param subjectId the person's id, shown in data attributes
 * @param name the person's name
 * @param teamId the id of the person's team, or {@code null}; the report shows the name of the
 *     {@link TeamReport} with this id, or the id itself when there is none
 * @param total the total score as the scorecard rounded it
 * @param grade the grade after calibration (for example "A"), or {@code null} when not graded
 * @param items one line per indicator, in the order to show; no indicator twice
 * @param highlights the interview highlights, {@link Highlights#none()} when there was none
 * @param gradeByTotal the grade of the total when calibration or an override changed it (the
 *     report then shows both), otherwise {@code null}
 * @param gradeReason why the grade differs from {@code gradeByTotal} (the quota's arithmetic,
 *     who overrode when and why); {@code null} exactly when {@code gradeByTotal} is
 */
public record PersonReport(
    String subjectId,
    String name,
    @Nullable String teamId,
    BigDecimal total,
    @Nullable String grade,
    List<ItemScore> items,
    Highlights highlights,
    @Nullable String gradeByTotal,
    @Nullable String gradeReason) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a text is blank, an indicator is there twice, or the grade
   *     by the total comes without a grade or without its reason
   */
  public PersonReport {
    Args.text(subjectId, "person subjectId");
    Args.text(name, "person '" + subjectId + "' name");
    Args.optionalText(teamId, "person '" + subjectId + "' teamId");
    Objects.requireNonNull(total, "total");
    Args.optionalText(grade, "person '" + subjectId + "' grade");
    items = List.copyOf(items);
    Set<String> seen = new HashSet<>();
    for (ItemScore item : items) {
      if (!seen.add(item.indicatorId())) {
        throw new IllegalArgumentException(
            "person '" + subjectId + "' has indicator '" + item.indicatorId() + "' twice");
      }
    }
    Objects.requireNonNull(highlights, "highlights");
    Args.optionalText(gradeByTotal, "person '" + subjectId + "' gradeByTotal");
    Args.optionalText(gradeReason, "person '" + subjectId + "' gradeReason");
    if ((gradeByTotal == null) != (gradeReason == null)) {
      throw new IllegalArgumentException(
          "person '" + subjectId + "' needs both the grade by the total and its reason, got "
              + gradeByTotal + " and " + gradeReason);
    }
    if (gradeByTotal != null && grade == null) {
      throw new IllegalArgumentException(
          "person '" + subjectId + "' has a grade by the total (" + gradeByTotal
              + ") but no grade");
    }
  }

  /** A person without a grade by the total: the grade, if any, is the grade of the total. */
  public PersonReport(
      String subjectId,
      String name,
      @Nullable String teamId,
      BigDecimal total,
      @Nullable String grade,
      List<ItemScore> items,
      Highlights highlights) {
    this(subjectId, name, teamId, total, grade, items, highlights, null, null);
  }

  /**
   * The person's part of an evaluation: subject, total and every item, with the indicator names
   * of the scorecard in {@code locale}; no grade and no highlights yet.
   *
   * @param evaluation the evaluation of an employee
   * @param scorecard the scorecard version the evaluation was made with
   * @param locale the language of the indicator names (usually the report's)
   * @throws IllegalArgumentException if the scorecard's id or version is not the evaluation's
   */
  public static PersonReport from(Evaluation evaluation, Scorecard scorecard, Locale locale) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(locale, "locale");
    if (!evaluation.scorecardId().equals(scorecard.id())
        || evaluation.scorecardVersion() != scorecard.version()) {
      throw new IllegalArgumentException(
          "evaluation of '" + evaluation.subject().id() + "' was made with scorecard '"
              + evaluation.scorecardId() + "' version " + evaluation.scorecardVersion()
              + ", got scorecard '" + scorecard.id() + "' version " + scorecard.version());
    }
    List<ItemScore> items = new ArrayList<>();
    for (ItemResult result : evaluation.items()) {
      Item item =
          scorecard
              .item(result.indicatorId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "evaluation of '" + evaluation.subject().id() + "' has indicator '"
                              + result.indicatorId() + "', which is not on scorecard '"
                              + scorecard.id() + "'"));
      items.add(ItemScore.from(result, item.indicator().name(locale)));
    }
    return new PersonReport(
        evaluation.subject().id(),
        evaluation.subject().name(),
        evaluation.subject().teamId(),
        evaluation.total(),
        null,
        items,
        Highlights.none());
  }

  /** A copy with the grade (and no grade by the total), or without one for {@code null}. */
  public PersonReport withGrade(@Nullable String grade) {
    return new PersonReport(subjectId, name, teamId, total, grade, items, highlights);
  }

  /**
   * A copy with the final grade that calibration or an override made of the grade of the total,
   * and why; the report shows all three.
   *
   * <pre>{@code
   * person.withFinalGrade("B", "D", "D → C by the quota: …; then C → B by Wang Fang at …: why");
   * }</pre>
   */
  public PersonReport withFinalGrade(String grade, String byTotal, String reason) {
    return new PersonReport(subjectId, name, teamId, total, grade, items, highlights, byTotal,
        reason);
  }

  /** A copy with the interview highlights. */
  public PersonReport withHighlights(Highlights highlights) {
    return new PersonReport(subjectId, name, teamId, total, grade, items, highlights,
        gradeByTotal, gradeReason);
  }
}

package dev.yardstick.review.calibration;

import dev.yardstick.review.grade.Grade;
import dev.yardstick.review.grade.GradeScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A calibration, auditable end to end: the allocation of the quota, every person's rank with
 * natural, proposed and final grade, the overrides with who, when and why, the trail of every
 * change, the distributions before and after, and the quota violations that remain after the
 * overrides.
 *
 * <pre>{@code
 * CalibrationResult result = calibration.calibrate(candidates)
 *     .withOverride(new GradeOverride("emp-4", scale.require("A"), "Wang Fang (HRBP)", at, why));
 * result.finalGrades();                   // subject id → grade, in rank order
 * result.finalGradeOf("emp-4");           // grade by the total, final grade and why
 * result.held();                          // what the guard rails kept the quota from doing
 * result.finalDistribution().groups();    // allocated vs actual per group
 * result.violations();                    // e.g. "group 'top' must have exactly 1, has 2"
 * result.changes();                       // the audit trail
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #withOverride(GradeOverride)} returns a new result.
 */
public final class CalibrationResult {

  private final GradeScale scale;
  private final Quota quota;
  private final List<GroupAllocation> allocation;
  private final List<CalibrationEntry> entries;
  private final List<TieSplit> tieSplits;
  private final List<GradeOverride> overrides;
  private final List<GradeChange> changes;
  private final List<GuardRailHold> held;

  CalibrationResult(
      GradeScale scale,
      Quota quota,
      List<GroupAllocation> allocation,
      List<CalibrationEntry> entries,
      List<TieSplit> tieSplits,
      List<GradeOverride> overrides,
      List<GradeChange> changes,
      List<GuardRailHold> held) {
    this.scale = scale;
    this.quota = quota;
    this.allocation = List.copyOf(allocation);
    this.entries = List.copyOf(entries);
    this.tieSplits = List.copyOf(tieSplits);
    this.overrides = List.copyOf(overrides);
    this.changes = List.copyOf(changes);
    this.held = List.copyOf(held);
  }

  /**
   * This result with one more override applied on top of the current final grades. The grade is
   * recorded as the scale's own grade of that code.
   *
   * @throws IllegalArgumentException if the subject is not in the population, the grade is not on
   *     the scale, or the grade is already the subject's final grade (an override that changes
   *     nothing would clutter the audit trail)
   */
  public CalibrationResult withOverride(GradeOverride given) {
    Objects.requireNonNull(given, "override");
    if (!scale.contains(given.grade())) {
      throw new IllegalArgumentException(
          "override of '" + given.subjectId() + "': grade '" + given.grade().code()
              + "' is not on the scale " + scale.codes());
    }
    GradeOverride override =
        new GradeOverride(
            given.subjectId(), scale.canonical(given.grade()), given.by(), given.at(),
            given.reason());
    List<CalibrationEntry> updated = new ArrayList<>(entries);
    for (int i = 0; i < updated.size(); i++) {
      CalibrationEntry e = updated.get(i);
      if (e.subjectId().equals(override.subjectId())) {
        if (e.finalGrade().equals(override.grade())) {
          throw new IllegalArgumentException(
              "override of '" + override.subjectId() + "' to " + override.grade().code()
                  + " changes nothing: it is already the final grade");
        }
        updated.set(i, e.withFinalGrade(override.grade()));
        List<GradeOverride> moreOverrides = new ArrayList<>(overrides);
        moreOverrides.add(override);
        List<GradeChange> moreChanges = new ArrayList<>(changes);
        moreChanges.add(
            new GradeChange(
                override.subjectId(),
                e.finalGrade(),
                override.grade(),
                GradeChange.Source.OVERRIDE,
                override.by(),
                override.at(),
                override.reason()));
        return new CalibrationResult(
            scale, quota, allocation, updated, tieSplits, moreOverrides, moreChanges, held);
      }
    }
    throw new IllegalArgumentException(
        "override of '" + override.subjectId() + "': the subject is not in the population");
  }

  /** This result with the overrides applied in order. */
  public CalibrationResult withOverrides(List<GradeOverride> more) {
    CalibrationResult result = this;
    for (GradeOverride o : more) {
      result = result.withOverride(o);
    }
    return result;
  }

  /** The scale. */
  public GradeScale scale() {
    return scale;
  }

  /** The quota. */
  public Quota quota() {
    return quota;
  }

  /** The quota's head counts for this population, with the largest-remainder arithmetic. */
  public List<GroupAllocation> allocation() {
    return allocation;
  }

  /** Every person, in rank order. */
  public List<CalibrationEntry> entries() {
    return entries;
  }

  /** The entry of a subject. */
  public Optional<CalibrationEntry> entry(String subjectId) {
    for (CalibrationEntry e : entries) {
      if (e.subjectId().equals(subjectId)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The final grade of a subject.
   *
   * @throws IllegalArgumentException if the subject is not in the population
   */
  public Grade finalGrade(String subjectId) {
    return entry(subjectId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "subject '" + subjectId + "' is not in the population"))
        .finalGrade();
  }

  /**
   * The final grade of a subject as the one value pay, promotion, the interview sheet and the
   * documents read: the grade of the total, the final grade, and every change between them (the
   * quota's with its arithmetic, each override with who, when and why).
   *
   * <pre>{@code
   * FinalGrade g = result.finalGradeOf("emp-4");
   * g.byTotal(); g.grade(); g.reason();
   * }</pre>
   *
   * @throws IllegalArgumentException if the subject is not in the population
   */
  public FinalGrade finalGradeOf(String subjectId) {
    CalibrationEntry e =
        entry(subjectId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "subject '" + subjectId + "' is not in the population"));
    List<GradeChange> own = new ArrayList<>();
    for (GradeChange c : changes) {
      if (c.subjectId().equals(subjectId)) {
        own.add(c);
      }
    }
    return new FinalGrade(
        subjectId, e.candidate().total(), e.naturalGrade(), e.finalGrade(), own);
  }

  /** Every person's {@link FinalGrade}, in rank order. */
  public List<FinalGrade> finalGradeDetails() {
    List<FinalGrade> all = new ArrayList<>();
    for (CalibrationEntry e : entries) {
      all.add(finalGradeOf(e.subjectId()));
    }
    return List.copyOf(all);
  }

  /**
   * The people whose proposed grade is not the one the quota alone wanted, because of the
   * quota's {@link GuardRails}, in rank order; empty when the rails changed nothing.
   */
  public List<GuardRailHold> held() {
    return held;
  }

  /** Subject id → final grade, in rank order. */
  public Map<String, Grade> finalGrades() {
    Map<String, Grade> grades = new LinkedHashMap<>();
    for (CalibrationEntry e : entries) {
      grades.put(e.subjectId(), e.finalGrade());
    }
    return Collections.unmodifiableMap(grades);
  }

  /** Ties that a quota boundary split by tie key. */
  public List<TieSplit> tieSplits() {
    return tieSplits;
  }

  /** The overrides, in the order they were applied. */
  public List<GradeOverride> overrides() {
    return overrides;
  }

  /** The audit trail: the proposal's changes (rank order), then the overrides' (in order). */
  public List<GradeChange> changes() {
    return changes;
  }

  /** The distribution of the natural grades (the scale alone, before calibration). */
  public Distribution naturalDistribution() {
    List<Grade> grades = new ArrayList<>();
    for (CalibrationEntry e : entries) {
      grades.add(e.naturalGrade());
    }
    return Calibration.distribution(scale, quota, allocation, grades);
  }

  /** The distribution of the proposed grades. */
  public Distribution proposedDistribution() {
    List<Grade> grades = new ArrayList<>();
    for (CalibrationEntry e : entries) {
      grades.add(e.proposedGrade());
    }
    return Calibration.distribution(scale, quota, allocation, grades);
  }

  /** The distribution of the final grades. */
  public Distribution finalDistribution() {
    List<Grade> grades = new ArrayList<>();
    for (CalibrationEntry e : entries) {
      grades.add(e.finalGrade());
    }
    return Calibration.distribution(scale, quota, allocation, grades);
  }

  /**
   * The quota violations of the final grades (after overrides); empty when the quota holds. Each
   * names the people concerned: those whose final grade is not in the group the quota alone
   * wanted them in (held by the guard rails, or moved by an override), when either group is the
   * violated one.
   */
  public List<Violation> violations() {
    Map<String, Grade> wanted = new HashMap<>();
    for (GuardRailHold h : held) {
      wanted.put(h.subjectId(), h.quotaGrade());
    }
    List<Violation> violations = new ArrayList<>();
    for (Violation v : finalDistribution().violations()) {
      List<String> subjects = new ArrayList<>();
      for (CalibrationEntry e : entries) {
        int from = quota.groupIndexOf(wanted.getOrDefault(e.subjectId(), e.proposedGrade()).code());
        int to = quota.groupIndexOf(e.finalGrade().code());
        String fromName = quota.groups().get(from).name();
        String toName = quota.groups().get(to).name();
        if (from != to && (fromName.equals(v.group()) || toName.equals(v.group()))) {
          subjects.add(e.subjectId());
        }
      }
      violations.add(new Violation(v.group(), v.bound(), v.allocated(), v.actual(), subjects));
    }
    return List.copyOf(violations);
  }
}

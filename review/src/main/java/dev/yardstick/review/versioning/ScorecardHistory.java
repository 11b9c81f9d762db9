package dev.yardstick.review.versioning;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one scorecard, each valid for its own span of periods, never overlapping.
 * Evaluations keep the version they were made with ({@link Evaluation#scorecardVersion()}), so
 * {@link #versionOf(Evaluation)} finds the exact card behind any past result.
 *
 * <p>{@link #revise(Scorecard, Period)} is the half-yearly review (每半年调整权重与维度): the new
 * version starts at the given period with the next version number, and the previous version's
 * validity is closed at the period just before.
 *
 * <pre>{@code
 * ScorecardHistory history = ScorecardHistory.of(v1);                     // valid from 2026-H1
 * history = history.revise(v1.toBuilder()...build(), Period.parse("2026-H2"));
 * history.inForce(Period.parse("2026-Q2")).orElseThrow().version();      // 1
 * history.inForce(Period.parse("2026-Q3")).orElseThrow().version();      // 2
 * ScorecardDiff diff = history.diff(1, 2);
 * }</pre>
 *
 * <p>Gaps between versions are allowed (no version is in force there); overlaps are not.
 * Immutable and thread-safe.
 */
public final class ScorecardHistory {

  private final List<Scorecard> versions;

  private ScorecardHistory(List<Scorecard> versions) {
    this.versions = List.copyOf(versions);
  }

  /** A history of one version. */
  public static ScorecardHistory of(Scorecard first) {
    return of(List.of(first));
  }

  /**
   * A history of these versions, in any order.
   *
   * @throws IllegalArgumentException if there is none, ids differ, a version number repeats, or
   *     validities overlap or run backwards
   */
  public static ScorecardHistory of(List<Scorecard> versions) {
    List<Scorecard> sorted = new ArrayList<>(versions);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("scorecard history has no versions");
    }
    sorted.sort(Comparator.comparingInt(Scorecard::version));
    String id = sorted.get(0).id();
    for (int i = 0; i < sorted.size(); i++) {
      Scorecard card = Objects.requireNonNull(sorted.get(i), "version");
      if (!card.id().equals(id)) {
        throw new IllegalArgumentException(
            "scorecard history of '" + id + "' cannot hold scorecard '" + card.id() + "'");
      }
      if (i == 0) {
        continue;
      }
      Scorecard previous = sorted.get(i - 1);
      if (previous.version() == card.version()) {
        throw new IllegalArgumentException(
            "scorecard '" + id + "' has version " + card.version() + " twice");
      }
      Optional<Period> until = previous.validUntil();
      if (until.isEmpty() || !until.get().end().isBefore(card.validFrom().start())) {
        throw new IllegalArgumentException(
            "scorecard '" + id + "' version " + previous.version() + " (" + span(previous)
                + ") overlaps version " + card.version() + " (" + span(card) + ")");
      }
    }
    return new ScorecardHistory(sorted);
  }

  private static String span(Scorecard card) {
    return card.validFrom() + " to " + card.validUntil().map(Period::toString).orElse("open end");
  }

  /** The scorecard's id. */
  public String id() {
    return versions.get(0).id();
  }

  /** The versions, oldest first. */
  public List<Scorecard> versions() {
    return versions;
  }

  /** The newest version. */
  public Scorecard latest() {
    return versions.get(versions.size() - 1);
  }

  /** The version with this number, if any. */
  public Optional<Scorecard> version(int number) {
    for (Scorecard card : versions) {
      if (card.version() == number) {
        return Optional.of(card);
      }
    }
    return Optional.empty();
  }

  /**
   * The version in force for a whole period, if one version's validity contains it (a year
   * spanning two versions has none).
   */
  public Optional<Scorecard> inForce(Period period) {
    Objects.requireNonNull(period, "period");
    for (Scorecard card : versions) {
      if (card.isValidFor(period)) {
        return Optional.of(card);
      }
    }
    return Optional.empty();
  }

  /**
   * The version an evaluation was made with.
   *
   * @throws IllegalArgumentException if the evaluation is of another scorecard or of a version
   *     this history does not hold
   */
  public Scorecard versionOf(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    if (!evaluation.scorecardId().equals(id())) {
      throw new IllegalArgumentException(
          "evaluation of '" + evaluation.subject().id() + "' is on scorecard '"
              + evaluation.scorecardId() + "', not '" + id() + "'");
    }
    return version(evaluation.scorecardVersion())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "scorecard '" + id() + "' has no version " + evaluation.scorecardVersion()));
  }

  /**
   * A new history with {@code proposed} as the next version, valid from {@code effectiveFrom}
   * (its own end of validity, if any, is kept); the latest version's validity is closed at the
   * period before {@code effectiveFrom} if it ran longer.
   *
   * @throws IllegalArgumentException if {@code proposed} has another id, or {@code effectiveFrom}
   *     does not start after the latest version's start
   */
  public ScorecardHistory revise(Scorecard proposed, Period effectiveFrom) {
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (!proposed.id().equals(id())) {
      throw new IllegalArgumentException(
          "a revision of scorecard '" + id() + "' cannot be scorecard '" + proposed.id() + "'");
    }
    Scorecard latest = latest();
    if (!latest.validFrom().start().isBefore(effectiveFrom.start())) {
      throw new IllegalArgumentException(
          "revision of scorecard '" + id() + "' must start after version " + latest.version()
              + " starts (" + latest.validFrom() + "), got " + effectiveFrom);
    }
    Period closeAt = effectiveFrom.previous();
    Scorecard closed = latest;
    if (latest.validUntil().isEmpty()
        || !latest.validUntil().get().end().isBefore(effectiveFrom.start())) {
      closed = latest.toBuilder().validUntil(closeAt).build();
    }
    Scorecard next =
        proposed.toBuilder().version(latest.version() + 1).validFrom(effectiveFrom).build();
    List<Scorecard> all = new ArrayList<>(versions.subList(0, versions.size() - 1));
    all.add(closed);
    all.add(next);
    return of(all);
  }

  /**
   * The diff between two versions.
   *
   * @throws IllegalArgumentException if a version is not in the history
   */
  public ScorecardDiff diff(int fromVersion, int toVersion) {
    return ScorecardDiff.between(require(fromVersion), require(toVersion));
  }

  private Scorecard require(int number) {
    return version(number)
        .orElseThrow(
            () -> new IllegalArgumentException("scorecard '" + id() + "' has no version " + number));
  }

  @Override
  public String toString() {
    List<String> spans = new ArrayList<>();
    for (Scorecard card : versions) {
      spans.add("v" + card.version() + " " + span(card));
    }
    return "ScorecardHistory[" + id() + ": " + String.join(", ", spans) + "]";
  }
}

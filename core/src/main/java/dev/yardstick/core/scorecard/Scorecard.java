package dev.yardstick.core.scorecard;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Decimals;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.ScoringRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A role's evaluation template: weighted sections of weighted items, each scored by a rule
 * against a target; an id, a version and the periods in which the version is valid.
 *
 * <p>Build one with {@link #builder(String)} (or {@code Yardstick.scorecard(id)}):
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder("store-ops-manager")
 *     .name("Store operations manager").version(1).validFrom(Period.parse("2026-H1"))
 *     .section("KPI", 70)
 *         .item(STORE_GMV).weight(60).target(Target.levels(800_000, 1_000_000, 1_200_000))
 *             .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
 *         .item(CONVERSION_RATE).weight(40).target(Target.of(0.035)).scoredBy(Kpi.ratioToTarget(0, 120))
 *     .section("OKR", 30)
 *         .item(OKR).weight(100).scoredBy(Okr.committed())
 *     .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Two scorecards are equal when all their parts are.
 */
public final class Scorecard {

  private final String id;
  private final String name;
  private final int version;
  private final Period validFrom;
  private final @Nullable Period validUntil;
  private final List<Section> sections;
  private final MissingDataPolicy missingData;
  private final Rounding rounding;
  private final TeamLink teamLink;

  // derived, for evaluation: items in section order, and indicator id -> position
  private final List<Item> items;
  private final int[] sectionOfItem;
  private final Map<String, Integer> indexById;
  /**
   * The items' column scorers, created on first use. Scorers are immutable and pure, so a race
   * at worst creates equal ones twice; the field does not take part in equality.
   */
  private volatile @Nullable List<Optional<ColumnScorer>> columnScorers;

  Scorecard(
      String id,
      String name,
      int version,
      Period validFrom,
      @Nullable Period validUntil,
      List<Section> sections,
      MissingDataPolicy missingData,
      Rounding rounding,
      TeamLink teamLink) {
    this.id = Checks.id(id, "scorecard id");
    this.name = Checks.text(name, "scorecard '" + id + "' name");
    if (version < 1) {
      throw new IllegalArgumentException(
          "scorecard '" + id + "' version must be 1 or more, got " + version);
    }
    this.version = version;
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    if (validUntil != null && validUntil.end().isBefore(validFrom.start())) {
      throw new IllegalArgumentException(
          "scorecard '" + id + "' is valid until " + validUntil + ", before it starts in " + validFrom);
    }
    this.validUntil = validUntil;
    this.sections = List.copyOf(sections);
    if (this.sections.isEmpty()) {
      throw new IllegalArgumentException("scorecard '" + id + "' has no sections");
    }
    this.missingData = Objects.requireNonNull(missingData, "missingData");
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    this.teamLink = Objects.requireNonNull(teamLink, "teamLink");

    double sum = 0;
    List<Item> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> sectionNames = new HashMap<>();
    for (int s = 0; s < this.sections.size(); s++) {
      Section section = this.sections.get(s);
      if (sectionNames.put(section.name(), section.name()) != null) {
        throw new IllegalArgumentException(
            "scorecard '" + id + "' has section '" + section.name() + "' twice");
      }
      sum += section.weight();
      for (Item item : section.items()) {
        Integer previous = index.put(item.indicatorId(), all.size());
        if (previous != null) {
          throw new IllegalArgumentException(
              "scorecard '" + id + "' has indicator '" + item.indicatorId() + "' twice");
        }
        all.add(item);
        owners.add(s);
      }
    }
    if (Math.abs(sum - 100) > Section.WEIGHT_TOLERANCE) {
      throw new IllegalArgumentException(
          "section weights of scorecard '"
              + id
              + "' must sum to 100, got "
              + Decimals.plain(sum)
              + " (call normaliseWeights() to scale them)");
    }
    this.items = List.copyOf(all);
    this.sectionOfItem = owners.stream().mapToInt(Integer::intValue).toArray();
    this.indexById = Map.copyOf(index);
  }

  /** Starts a scorecard; see the class documentation for an example. */
  public static ScorecardBuilder builder(String id) {
    return new ScorecardBuilder(id);
  }

  /** A builder holding a copy of this scorecard, for a new version or a variant. */
  public ScorecardBuilder toBuilder() {
    return ScorecardBuilder.from(this);
  }

  /** The id, shared by all versions. */
  public String id() {
    return id;
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** The version, 1 or more. */
  public int version() {
    return version;
  }

  /** The first period this version is valid for. */
  public Period validFrom() {
    return validFrom;
  }

  /** The last period this version is valid for, if it ends. */
  public Optional<Period> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** Whether {@code period} lies entirely within this version's validity. */
  public boolean isValidFor(Period period) {
    Objects.requireNonNull(period, "period");
    return !period.start().isBefore(validFrom.start())
        && (validUntil == null || !period.end().isAfter(validUntil.end()));
  }

  /** The sections, in order. */
  public List<Section> sections() {
    return sections;
  }

  /** All items, section by section. */
  public List<Item> items() {
    return items;
  }

  /** The item for an indicator. */
  public Optional<Item> item(String indicatorId) {
    Integer i = indexById.get(indicatorId);
    return i == null ? Optional.empty() : Optional.of(items.get(i));
  }

  /** The position of an indicator's item in {@link #items()}, or -1. */
  public int indexOf(String indicatorId) {
    Integer i = indexById.get(indicatorId);
    return i == null ? -1 : i;
  }

  /** The position in {@link #sections()} of the section of item {@code itemIndex}. */
  public int sectionIndexOf(int itemIndex) {
    return sectionOfItem[itemIndex];
  }

  /**
   * Each item's {@link ColumnScorer} (from {@link ScoringRule#columnScorer}), in item order,
   * empty for an item whose strategy has none (or whose strategy failed to create one): what
   * table evaluation scores columns with. Created once per scorecard and kept, since a scorer
   * may prepare tables of constants.
   *
   * <pre>{@code
   * boolean fast = card.columnScorers().stream().allMatch(Optional::isPresent);
   * }</pre>
   */
  public List<Optional<ColumnScorer>> columnScorers() {
    List<Optional<ColumnScorer>> scorers = columnScorers;
    if (scorers == null) {
      List<Optional<ColumnScorer>> list = new ArrayList<>(items.size());
      for (Item item : items) {
        ColumnScorer scorer;
        try {
          scorer = item.rule().columnScorer(item.indicator(), item.target());
        } catch (RuntimeException e) {
          scorer = null; // no fast path: every value goes through the strategy's score method
        }
        list.add(Optional.ofNullable(scorer));
      }
      scorers = List.copyOf(list);
      columnScorers = scorers;
    }
    return scorers;
  }

  /** What happens when an item has no measurement. */
  public MissingDataPolicy missingData() {
    return missingData;
  }

  /** How scores and totals are rounded. */
  public Rounding rounding() {
    return rounding;
  }

  /** How the individual's result is linked to the team's. */
  public TeamLink teamLink() {
    return teamLink;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Scorecard)) {
      return false;
    }
    Scorecard other = (Scorecard) o;
    return id.equals(other.id)
        && name.equals(other.name)
        && version == other.version
        && validFrom.equals(other.validFrom)
        && Objects.equals(validUntil, other.validUntil)
        && sections.equals(other.sections)
        && missingData == other.missingData
        && rounding.equals(other.rounding)
        && teamLink.equals(other.teamLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, name, version, validFrom, validUntil, sections, missingData, rounding, teamLink);
  }

  @Override
  public String toString() {
    return "Scorecard[" + id + " v" + version + ", " + sections.size() + " sections, "
        + items.size() + " items]";
  }
}

package dev.yardstick.core.scorecard;

import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.scoring.ScoringRule;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Scorecard} in the order a policy is written: sections, then their items, each
 * item with its weight, target and rule. Every setter validates its argument at once; the
 * cross-checks (weights summing to 100, no indicator twice, a target for every strategy that
 * scores against one and none for a strategy that ignores it) run in {@link #build()}.
 *
 * <pre>{@code
 * Scorecard card = Yardstick.scorecard("cs-specialist")
 *     .section("core", 80)
 *         .item(CSAT).weight(50).target(Target.of(0.9)).scoredBy(Kpi.ratioToTarget(0, 110))
 *         .item(FCR).weight(50).target(Target.of(0.8)).scoredBy(Kpi.ratioToTarget(0, 110))
 *     .section("auxiliary", 20)
 *         .item(COMPLAINT_RATE).weight(100).target(Target.of(0.01)).scoredBy(Kpi.ratioToTarget(0, 110))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; the scorecard it builds is.
 */
public final class ScorecardBuilder {

  private final String id;
  private String name;
  private int version = 1;
  private Period validFrom = Period.year(1);
  private @Nullable Period validUntil;
  private MissingDataPolicy missingData = MissingDataPolicy.FAIL;
  private Rounding rounding = Rounding.DEFAULT;
  private TeamLink teamLink = TeamLink.none();
  private boolean normalise;

  private final List<PendingSection> sections = new ArrayList<>();
  private @Nullable PendingItem item;

  ScorecardBuilder(String id) {
    this.id = Checks.id(id, "scorecard id");
    this.name = id;
  }

  static ScorecardBuilder from(Scorecard card) {
    ScorecardBuilder b = new ScorecardBuilder(card.id());
    b.name = card.name();
    b.version = card.version();
    b.validFrom = card.validFrom();
    b.validUntil = card.validUntil().orElse(null);
    b.missingData = card.missingData();
    b.rounding = card.rounding();
    b.teamLink = card.teamLink();
    for (Section section : card.sections()) {
      b.section(section.name(), section.weight());
      for (Item i : section.items()) {
        b.item(i.indicator()).weight(i.weight()).scoredBy(i.rule());
        if (i.target() != null) {
          b.target(i.target());
        }
      }
    }
    b.completeItem();
    return b;
  }

  /** The display name; defaults to the id. */
  public ScorecardBuilder name(String name) {
    this.name = Checks.text(name, "scorecard '" + id + "' name");
    return this;
  }

  /** The version, 1 or more; defaults to 1. */
  public ScorecardBuilder version(int version) {
    if (version < 1) {
      throw new IllegalArgumentException(
          "scorecard '" + id + "' version must be 1 or more, got " + version);
    }
    this.version = version;
    return this;
  }

  /** The first period of validity; defaults to always. */
  public ScorecardBuilder validFrom(Period from) {
    this.validFrom = Objects.requireNonNull(from, "from");
    return this;
  }

  /** The last period of validity; defaults to open-ended. */
  public ScorecardBuilder validUntil(Period until) {
    this.validUntil = Objects.requireNonNull(until, "until");
    return this;
  }

  /** The missing-data policy; defaults to {@link MissingDataPolicy#FAIL}. */
  public ScorecardBuilder missingData(MissingDataPolicy policy) {
    this.missingData = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** The rounding; defaults to {@link Rounding#DEFAULT} (2 decimals, half up). */
  public ScorecardBuilder rounding(int scale, RoundingMode mode) {
    this.rounding = new Rounding(scale, mode);
    return this;
  }

  /** The link to the team's result; defaults to {@link TeamLink#none()}. */
  public ScorecardBuilder teamLink(TeamLink link) {
    this.teamLink = Objects.requireNonNull(link, "link");
    return this;
  }

  /**
   * Scales the weights of each section's items, and of the sections, so that they sum to 100
   * instead of rejecting sums that do not. Off by default: a typo in a weight should fail, not be
   * absorbed.
   */
  public ScorecardBuilder normaliseWeights() {
    this.normalise = true;
    return this;
  }

  /** Starts a section with its weight in percent of the scorecard. */
  public ScorecardBuilder section(String sectionName, double weight) {
    completeItem();
    Checks.text(sectionName, "section name");
    Checks.positive(weight, "weight of section '" + sectionName + "'");
    for (PendingSection s : sections) {
      if (s.name.equals(sectionName)) {
        throw new IllegalArgumentException(
            "scorecard '" + id + "' has section '" + sectionName + "' twice");
      }
    }
    sections.add(new PendingSection(sectionName, weight));
    return this;
  }

  /** Starts an item of the current section; follow with weight, target and scoredBy. */
  public ScorecardBuilder item(Indicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    completeItem();
    if (sections.isEmpty()) {
      throw new IllegalStateException(
          "item '" + indicator.id() + "' comes before any section: call section(name, weight) first");
    }
    item = new PendingItem(indicator);
    return this;
  }

  /** The current item's weight in percent of its section. */
  public ScorecardBuilder weight(double weight) {
    PendingItem current = current("weight");
    current.weight = Checks.positive(weight, "weight of item '" + current.indicator.id() + "'");
    return this;
  }

  /** The current item's default target. */
  public ScorecardBuilder target(Target target) {
    PendingItem current = current("target");
    Item.checkTarget(current.indicator, target);
    current.target = target;
    return this;
  }

  /** The current item's scoring rule. */
  public ScorecardBuilder scoredBy(ScoringRule<?> rule) {
    current("scoredBy").rule = Objects.requireNonNull(rule, "rule");
    return this;
  }

  private PendingItem current(String setter) {
    if (item == null) {
      throw new IllegalStateException(setter + "(...) needs an item: call item(indicator) first");
    }
    return item;
  }

  private void completeItem() {
    PendingItem current = item;
    if (current == null) {
      return;
    }
    String where = "item '" + current.indicator.id() + "' of scorecard '" + id + "'";
    if (Double.isNaN(current.weight)) {
      throw new IllegalStateException(where + " has no weight: call weight(percent)");
    }
    if (current.rule == null) {
      throw new IllegalStateException(where + " has no scoring rule: call scoredBy(rule)");
    }
    sections
        .get(sections.size() - 1)
        .items
        .add(new Item(current.indicator, current.weight, current.rule, current.target));
    item = null;
  }

  /**
   * Builds the scorecard.
   *
   * @throws IllegalStateException if an item lacks its weight or rule
   * @throws IllegalArgumentException if weights do not sum to 100, an indicator appears twice, or
   *     an item's target does not suit its strategy's {@link
   *     dev.yardstick.core.scoring.TargetUse} (an item without a target whose strategy requires
   *     one, or with a target whose strategy ignores it), naming the section, item and strategy
   */
  public Scorecard build() {
    completeItem();
    double sectionSum = 0;
    for (PendingSection s : sections) {
      sectionSum += s.weight;
    }
    List<Section> built = new ArrayList<>();
    for (PendingSection s : sections) {
      List<Item> items = s.items;
      double weight = s.weight;
      if (normalise) {
        double itemSum = 0;
        for (Item i : items) {
          itemSum += i.weight();
        }
        List<Item> scaled = new ArrayList<>();
        for (Item i : items) {
          scaled.add(new Item(i.indicator(), i.weight() * 100 / itemSum, i.rule(), i.target()));
        }
        items = scaled;
        weight = weight * 100 / sectionSum;
      }
      built.add(new Section(s.name, weight, items));
    }
    Scorecard card =
        new Scorecard(
            id, name, version, validFrom, validUntil, built, missingData, rounding, teamLink);
    for (Section s : built) {
      for (Item i : s.items()) {
        Item.checkTargetUse(
            "item '" + i.indicatorId() + "' of section '" + s.name() + "' of scorecard '" + id + "'",
            i.rule(),
            i.target());
      }
    }
    return card;
  }

  private static final class PendingSection {
    final String name;
    final double weight;
    final List<Item> items = new ArrayList<>();

    PendingSection(String name, double weight) {
      this.name = name;
      this.weight = weight;
    }
  }

  private static final class PendingItem {
    final Indicator indicator;
    double weight = Double.NaN;
    @Nullable ScoringRule<?> rule;
    @Nullable Target target;

    PendingItem(Indicator indicator) {
      this.indicator = indicator;
    }
  }
}

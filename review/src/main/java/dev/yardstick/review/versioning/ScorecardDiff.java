package dev.yardstick.review.versioning;

import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Rounding;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.review.internal.Numbers;
import dev.yardstick.review.versioning.ScorecardChange.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one scorecard version to another: sections and items added or removed,
 * section and item weights, targets, scoring rules, and the scorecard's team link, missing-data
 * policy and rounding.
 *
 * <p>Order: removed sections (old order); then section by section in the new order, added or
 * re-weighted; then removed items (old order), added items (new order), then item by item in the
 * new order: moved, weight, target, rule; then the settings. Weights print as plain decimals, so
 * {@code 40 → 50}. Items are matched by indicator id.
 *
 * <pre>{@code
 * ScorecardDiff diff = ScorecardDiff.between(v1, v2);
 * diff.changes();                          // [SECTION_WEIGHT_CHANGED KPI: 70 → 60, ...]
 * diff.of(ScorecardChange.Kind.ITEM_ADDED);
 * }</pre>
 *
 * @param scorecardId the id of the newer scorecard
 * @param fromVersion the older version
 * @param toVersion the newer version
 * @param changes the differences, empty when the versions score alike
 */
public record ScorecardDiff(
    String scorecardId, int fromVersion, int toVersion, List<ScorecardChange> changes) {

  /** Validates and copies. */
  public ScorecardDiff {
    Objects.requireNonNull(scorecardId, "scorecardId");
    changes = List.copyOf(changes);
  }

  /** The differences from {@code from} to {@code to}. */
  public static ScorecardDiff between(Scorecard from, Scorecard to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<ScorecardChange> changes = new ArrayList<>();

    Map<String, Section> oldSections = sections(from);
    Map<String, Section> newSections = sections(to);
    for (Section s : from.sections()) {
      if (!newSections.containsKey(s.name())) {
        changes.add(new ScorecardChange(Kind.SECTION_REMOVED, s.name(), null,
            Numbers.plain(s.weight()), null));
      }
    }
    for (Section s : to.sections()) {
      Section old = oldSections.get(s.name());
      if (old == null) {
        changes.add(new ScorecardChange(Kind.SECTION_ADDED, s.name(), null, null,
            Numbers.plain(s.weight())));
      } else if (Double.compare(old.weight(), s.weight()) != 0) {
        changes.add(new ScorecardChange(Kind.SECTION_WEIGHT_CHANGED, s.name(), null,
            Numbers.plain(old.weight()), Numbers.plain(s.weight())));
      }
    }

    Map<String, String> oldSectionOf = sectionOfItems(from);
    Map<String, String> newSectionOf = sectionOfItems(to);
    for (Item item : from.items()) {
      if (to.item(item.indicatorId()).isEmpty()) {
        changes.add(new ScorecardChange(Kind.ITEM_REMOVED, oldSectionOf.get(item.indicatorId()),
            item.indicatorId(), Numbers.plain(item.weight()), null));
      }
    }
    for (Item item : to.items()) {
      if (from.item(item.indicatorId()).isEmpty()) {
        changes.add(new ScorecardChange(Kind.ITEM_ADDED, newSectionOf.get(item.indicatorId()),
            item.indicatorId(), null, Numbers.plain(item.weight())));
      }
    }
    for (Item item : to.items()) {
      String id = item.indicatorId();
      Item old = from.item(id).orElse(null);
      if (old == null) {
        continue;
      }
      String section = newSectionOf.get(id);
      String oldSection = oldSectionOf.get(id);
      if (!Objects.equals(oldSection, section)) {
        changes.add(new ScorecardChange(Kind.ITEM_MOVED, section, id, oldSection, section));
      }
      if (Double.compare(old.weight(), item.weight()) != 0) {
        changes.add(new ScorecardChange(Kind.ITEM_WEIGHT_CHANGED, section, id,
            Numbers.plain(old.weight()), Numbers.plain(item.weight())));
      }
      if (!Objects.equals(old.target(), item.target())) {
        changes.add(new ScorecardChange(Kind.TARGET_CHANGED, section, id,
            String.valueOf(old.target()), String.valueOf(item.target())));
      }
      if (!old.rule().equals(item.rule())) {
        changes.add(new ScorecardChange(Kind.RULE_CHANGED, section, id,
            old.rule().toString(), item.rule().toString()));
      }
    }

    if (!from.teamLink().equals(to.teamLink())) {
      changes.add(new ScorecardChange(Kind.TEAM_LINK_CHANGED, null, null,
          text(from.teamLink()), text(to.teamLink())));
    }
    if (from.missingData() != to.missingData()) {
      changes.add(new ScorecardChange(Kind.MISSING_DATA_CHANGED, null, null,
          from.missingData().name(), to.missingData().name()));
    }
    if (!from.rounding().equals(to.rounding())) {
      changes.add(new ScorecardChange(Kind.ROUNDING_CHANGED, null, null,
          text(from.rounding()), text(to.rounding())));
    }
    return new ScorecardDiff(to.id(), from.version(), to.version(), changes);
  }

  /** The changes of one kind, in order. */
  public List<ScorecardChange> of(Kind kind) {
    List<ScorecardChange> list = new ArrayList<>();
    for (ScorecardChange c : changes) {
      if (c.kind() == kind) {
        list.add(c);
      }
    }
    return List.copyOf(list);
  }

  /** Whether the versions differ in anything that affects scoring. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  private static String text(TeamLink link) {
    if (link instanceof TeamLink.Blend) {
      TeamLink.Blend b = (TeamLink.Blend) link;
      return "blend " + Numbers.plain(b.individualWeight()) + "/" + Numbers.plain(b.teamWeight());
    }
    if (link instanceof TeamLink.Coefficient) {
      List<String> bands = new ArrayList<>();
      for (TeamLink.Band band : ((TeamLink.Coefficient) link).bands()) {
        bands.add(Numbers.plain(band.minTeamScore()) + "→" + Numbers.plain(band.coefficient()));
      }
      return "coefficient " + bands;
    }
    return "none";
  }

  private static String text(Rounding rounding) {
    return rounding.scale() + " decimals " + rounding.mode();
  }

  private static Map<String, Section> sections(Scorecard card) {
    Map<String, Section> map = new LinkedHashMap<>();
    for (Section s : card.sections()) {
      map.put(s.name(), s);
    }
    return map;
  }

  private static Map<String, String> sectionOfItems(Scorecard card) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Section s : card.sections()) {
      for (Item item : s.items()) {
        map.put(item.indicatorId(), s.name());
      }
    }
    return map;
  }
}

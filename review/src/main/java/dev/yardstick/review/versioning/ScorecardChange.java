package dev.yardstick.review.versioning;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a scorecard.
 *
 * @param kind what changed
 * @param section the section concerned (for an item, its section in the newer version, or in the
 *     older one when it was removed); {@code null} for a scorecard setting
 * @param indicatorId the item's indicator; {@code null} for a section or setting
 * @param before the old value as text ({@code null} when added)
 * @param after the new value as text ({@code null} when removed)
 */
public record ScorecardChange(
    Kind kind,
    @Nullable String section,
    @Nullable String indicatorId,
    @Nullable String before,
    @Nullable String after) {

  /** The kinds of change. */
  public enum Kind {
    /** A section appeared; {@code after} is its weight. */
    SECTION_ADDED,
    /** A section disappeared; {@code before} is its weight. */
    SECTION_REMOVED,
    /** A section's weight changed. */
    SECTION_WEIGHT_CHANGED,
    /** An item appeared; {@code after} is its weight within the section. */
    ITEM_ADDED,
    /** An item disappeared; {@code before} is its weight within the section. */
    ITEM_REMOVED,
    /** An item moved to another section; before and after are the section names. */
    ITEM_MOVED,
    /** An item's weight within its section changed. */
    ITEM_WEIGHT_CHANGED,
    /** An item's default target changed. */
    TARGET_CHANGED,
    /** An item's scoring rule (strategy or parameters) changed. */
    RULE_CHANGED,
    /** The link to the team's result changed. */
    TEAM_LINK_CHANGED,
    /** The missing-data policy changed. */
    MISSING_DATA_CHANGED,
    /** The rounding changed. */
    ROUNDING_CHANGED
  }

  /** Validates. */
  public ScorecardChange {
    Objects.requireNonNull(kind, "kind");
  }

  /** {@code ITEM_WEIGHT_CHANGED KPI/conversion-rate: 40 → 50}. */
  public String text() {
    String where =
        section == null
            ? ""
            : indicatorId == null ? " " + section : " " + section + "/" + indicatorId;
    return kind + where + ": " + (before == null ? "—" : before) + " → "
        + (after == null ? "—" : after);
  }

  @Override
  public String toString() {
    return text();
  }
}

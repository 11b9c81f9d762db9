package dev.yardstick.core.domain;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Translations;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Something measured about a subject: GMV, conversion rate, CSAT, report timeliness.
 *
 * <pre>{@code
 * Indicator cac = Indicator.builder("cac")
 *     .name("Customer acquisition cost").translation("zh", "獲客成本")
 *     .unit(Unit.CURRENCY).direction(Direction.LOWER_IS_BETTER)
 *     .tier(Tier.CORE).nature(Nature.RESULT).aggregation(Aggregation.RATIO_OF_SUMS)
 *     .build();
 * }</pre>
 *
 * @param id stable identifier, unique within a scorecard
 * @param name display name in the default language
 * @param translations names in other languages by language tag
 * @param unit what the values are measured in
 * @param direction which way the indicator improves
 * @param tier core or auxiliary
 * @param nature result or process
 * @param aggregation how monthly values combine into longer periods
 * @param definition how the value is computed, in one or two sentences (may be empty)
 */
public record Indicator(
    String id,
    String name,
    Map<String, String> translations,
    Unit unit,
    Direction direction,
    Tier tier,
    Nature nature,
    Aggregation aggregation,
    String definition) {

  /** Validates and copies. */
  public Indicator {
    Checks.id(id, "indicator id");
    Checks.text(name, "indicator '" + id + "' name");
    translations = Translations.copy(translations, "indicator '" + id + "'");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(definition, "definition");
  }

  /** Starts an indicator; only the unit is required besides the id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The name in {@code locale}, or the default name when there is no translation. */
  public String name(Locale locale) {
    return Translations.lookup(translations, name, locale);
  }

  /** SUM for currency and counts, RATIO_OF_SUMS for ratios, MEAN otherwise. */
  private static Aggregation defaultAggregation(Unit unit) {
    switch (unit) {
      case CURRENCY:
      case COUNT:
        return Aggregation.SUM;
      case RATIO:
        return Aggregation.RATIO_OF_SUMS;
      default:
        return Aggregation.MEAN;
    }
  }

  /** A builder with validating setters and documented defaults. */
  public static final class Builder {
    private final String id;
    private String name;
    private final Map<String, String> translations = new LinkedHashMap<>();
    private Unit unit = Unit.NUMBER;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Tier tier = Tier.CORE;
    private Nature nature = Nature.RESULT;
    private Aggregation aggregation = Aggregation.SUM;
    private boolean aggregationSet;
    private String definition = "";

    private Builder(String id) {
      this.id = Checks.id(id, "indicator id");
      this.name = id;
    }

    /** The display name; defaults to the id. */
    public Builder name(String name) {
      this.name = Checks.text(name, "indicator '" + id + "' name");
      return this;
    }

    /** A translated name, for example {@code translation("zh", "轉化率")}. */
    public Builder translation(String languageTag, String translatedName) {
      translations.put(Objects.requireNonNull(languageTag, "languageTag"), translatedName);
      Translations.copy(translations, "indicator '" + id + "'");
      return this;
    }

    /** The unit; defaults to {@link Unit#NUMBER}. */
    public Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /** The direction; defaults to {@link Direction#HIGHER_IS_BETTER}. */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /** Core or auxiliary; defaults to {@link Tier#CORE}. */
    public Builder tier(Tier tier) {
      this.tier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    /** Result or process; defaults to {@link Nature#RESULT}. */
    public Builder nature(Nature nature) {
      this.nature = Objects.requireNonNull(nature, "nature");
      return this;
    }

    /**
     * How values combine over periods. Without a call the default follows the unit: {@link
     * Aggregation#SUM} for {@link Unit#CURRENCY} and {@link Unit#COUNT}, {@link
     * Aggregation#RATIO_OF_SUMS} for {@link Unit#RATIO} (a quarter's rate is Σ numerators ÷ Σ
     * denominators, so the months must carry them: {@code Measurement.ratio}), and {@link
     * Aggregation#MEAN} otherwise. A ratio given as a plain value with no numerator and
     * denominator must therefore say how it combines, for example {@code
     * aggregation(Aggregation.LAST)} for a score already computed for the whole period.
     *
     * <pre>{@code
     * Indicator.builder("conversion-rate").unit(Unit.RATIO).build().aggregation(); // RATIO_OF_SUMS
     * Indicator.builder("csat").unit(Unit.SCORE).build().aggregation();            // MEAN
     * }</pre>
     */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
      this.aggregationSet = true;
      return this;
    }

    /** How the value is computed. */
    public Builder definition(String definition) {
      this.definition = Objects.requireNonNull(definition, "definition");
      return this;
    }

    /** The indicator. */
    public Indicator build() {
      Aggregation effective = aggregation;
      if (!aggregationSet) {
        effective = defaultAggregation(unit);
      }
      return new Indicator(
          id, name, translations, unit, direction, tier, nature, effective, definition);
    }
  }
}

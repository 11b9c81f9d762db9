package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.MissingDataPolicy;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.ScorecardBuilder;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.core.scorecard.TeamLink;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.rules.kpi.catalog.EcommerceIndicators;
import dev.yardstick.rules.kpi.catalog.EcommerceScorecards;
import dev.yardstick.rules.okr.Okr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample company's scorecards: the catalog's default scorecard of each role, adapted where the
 * company's policy says so.
 *
 * <ul>
 *   <li>Store operations manager: the default KPIs take 70% and an OKR section 30% (committed OKR,
 *       {@code Okr.committed()}); each KPI keeps its share of the KPI part: an item that weighed
 *       35% of the 70% core section weighs 24.5% of the KPI section.
 *   <li>Marketing manager: the same KPI 70 / OKR 30 split, with an aspirational OKR ({@code
 *       Okr.aspirational()}: 0.7 is full marks).
 *   <li>Merchandise specialist: linked to the store team, {@code TeamLink.blend(80, 20)}.
 *   <li>Customer-service specialist: multiplied by a coefficient from the service team's result
 *       ({@code TeamLink.coefficient}: below 80 → 0.95, 80–95 → 1.00, 95 or more → 1.05).
 *   <li>New-media specialist: {@code EXCLUDE_AND_RENORMALISE}: a month on leave leaves the sums
 *       that would be understated out and scales the remaining weights back to 100%, rather than
 *       failing the evaluation (the default) or scoring zero.
 *   <li>The other roles use the catalog's default as it is.
 * </ul>
 *
 * <pre>{@code
 * Scorecard card = SampleScorecards.forRoleId("store-ops-manager");
 * }</pre>
 */
public final class SampleScorecards {

  /** The KPI part of a KPI + OKR scorecard, in percent. */
  public static final double KPI_WEIGHT = 70;

  /** The OKR part of a KPI + OKR scorecard, in percent. */
  public static final double OKR_WEIGHT = 30;

  /** The coefficient bands of the service team link. */
  public static final List<TeamLink.Band> SERVICE_BANDS =
      List.of(new TeamLink.Band(0, 0.95), new TeamLink.Band(80, 1.0), new TeamLink.Band(95, 1.05));

  /** The scorecard of the store teams, for the team link of the merchandise specialists. */
  public static final Scorecard STORE_TEAM =
      Scorecard.builder("store-team")
          .name("Store team")
          .section("team", 100)
              .item(EcommerceIndicators.STORE_GMV).weight(50)
                  .target(Target.levels(4_000_000, 5_000_000, 6_000_000))
                  .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
              .item(EcommerceIndicators.CONVERSION_RATE).weight(25).target(Target.of(0.035))
                  .scoredBy(Kpi.ratioToTarget(0, 120))
              .item(EcommerceIndicators.REVENUE_PER_BUYER).weight(25).target(Target.of(200))
                  .scoredBy(Kpi.ratioToTarget(0, 120))
          .build();

  /** The scorecard of the service team, for the coefficient of the service specialists. */
  public static final Scorecard SERVICE_TEAM =
      Scorecard.builder("service-team")
          .name("Customer service team")
          .section("team", 100)
              .item(EcommerceIndicators.CSAT).weight(35).target(Target.levels(0.8, 0.9, 0.95))
                  .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
              .item(EcommerceIndicators.FCR).weight(35).target(Target.levels(0.7, 0.8, 0.9))
                  .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
              .item(EcommerceIndicators.FIRST_RESPONSE_TIME).weight(15)
                  .target(Target.levels(60, 30, 15)).scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
              .item(EcommerceIndicators.COMPLAINT_RATE).weight(15)
                  .target(Target.levels(0.01, 0.005, 0.002))
                  .scoredBy(Kpi.thresholdTargetStretch(60, 100, 120))
          .build();

  private static final Map<String, Scorecard> BY_ROLE = build();

  private SampleScorecards() {}

  private static Map<String, Scorecard> build() {
    java.util.LinkedHashMap<String, Scorecard> map = new java.util.LinkedHashMap<>();
    for (Scorecard card : EcommerceScorecards.all()) {
      Scorecard adapted =
          switch (card.id()) {
            case "store-ops-manager" -> withOkr(card, Okr.committed(), "committed");
            case "marketing-manager" -> withOkr(card, Okr.aspirational(), "aspirational");
            case "merchandise-specialist" ->
                card.toBuilder().version(2).name("Merchandise specialist (sample: team blend 80/20)")
                    .teamLink(TeamLink.blend(80, 20)).build();
            case "cs-specialist" ->
                card.toBuilder().version(2)
                    .name("Customer-service specialist (sample: team coefficient)")
                    .teamLink(TeamLink.coefficient(SERVICE_BANDS)).build();
            case "new-media-specialist" ->
                card.toBuilder().version(2)
                    .name("New-media operations specialist (sample: exclude missing, renormalise)")
                    .missingData(MissingDataPolicy.EXCLUDE_AND_RENORMALISE).build();
            default -> card;
          };
      map.put(card.id(), adapted);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * A copy of {@code card} whose items form one KPI section of {@value #KPI_WEIGHT}% (each item
   * keeping its share: section weight × item weight ÷ 100) next to an OKR section of {@value
   * #OKR_WEIGHT}% scored by {@code okrRule}.
   */
  public static Scorecard withOkr(Scorecard card, ScoringRule<?> okrRule, String kind) {
    ScorecardBuilder b =
        Scorecard.builder(card.id())
            .name(card.name().replace("(default)", "(sample: KPI 70 / " + kind + " OKR 30)"))
            .version(card.version() + 1)
            .validFrom(card.validFrom())
            .missingData(card.missingData())
            .rounding(card.rounding().scale(), card.rounding().mode())
            .teamLink(card.teamLink())
            .section("KPI", KPI_WEIGHT);
    for (Section section : card.sections()) {
      for (Item item : section.items()) {
        b.item(item.indicator()).weight(section.weight() * item.weight() / 100).scoredBy(item.rule());
        if (item.target() != null) {
          b.target(item.target());
        }
      }
    }
    return b.section("OKR", OKR_WEIGHT).item(Okr.OKR_SCORE).weight(100).scoredBy(okrRule).build();
  }

  /** The sample's scorecard of a role. */
  public static Optional<Scorecard> find(String roleId) {
    return Optional.ofNullable(BY_ROLE.get(roleId));
  }

  /**
   * The sample's scorecard of a role.
   *
   * @throws IllegalArgumentException naming the role when the sample has none
   */
  public static Scorecard forRoleId(String roleId) {
    return find(roleId).orElseThrow(() ->
        new IllegalArgumentException("no sample scorecard for role '" + roleId + "'"));
  }

  /** Every role's scorecard, in catalog order. */
  public static List<Scorecard> all() {
    return new ArrayList<>(BY_ROLE.values());
  }
}

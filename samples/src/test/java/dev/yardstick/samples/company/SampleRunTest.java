package dev.yardstick.samples.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.EvaluationFlag;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.GuardRailHold;
import dev.yardstick.review.calibration.Violation;
import dev.yardstick.rules.kpi.catalog.EcommerceRoles;
import dev.yardstick.rules.kpi.metrics.AdSpend;
import dev.yardstick.rules.kpi.metrics.Order;
import dev.yardstick.samples.SampleRuns;
import dev.yardstick.samples.company.CompanyFacts.CategoryMonth;
import dev.yardstick.samples.company.CompanyFacts.ChannelMonth;
import dev.yardstick.tracking.abtest.Verdict;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SampleRunTest {

  private static final SampleRun RUN = SampleRuns.DEFAULT;
  private static final Period JULY = Period.parse("2026-07");
  private static final Period AUGUST = Period.parse("2026-08");

  private static Evaluation evaluation(String id) {
    return ((Outcome.Evaluated) RUN.batch().outcome(id).orElseThrow()).evaluation();
  }

  @Test
  void every_employee_gets_exactly_one_outcome_evaluated_or_failed_with_a_reason() {
    // GIVEN the 40 employees of the roster WHEN the quarter ran
    List<String> roster = Roster.employees().stream().map(Employee::id).toList();

    // THEN the batch has one outcome per employee, in roster order, and a failure has a reason
    assertThat(roster).hasSize(40);
    assertThat(RUN.batch().outcomes()).extracting(o -> o.subject().id()).containsExactlyElementsOf(roster);
    assertThat(RUN.batch().evaluations().size() + RUN.batch().failures().size()).isEqualTo(40);
    assertThat(RUN.batch().failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    // every evaluated person is graded, paid, assessed for promotion and gets a sheet
    assertThat(RUN.review().finalGrades()).hasSize(RUN.batch().evaluations().size());
    assertThat(RUN.review().interviews()).hasSize(RUN.batch().evaluations().size());
  }

  @Test
  void the_roster_covers_the_five_modules_and_the_eight_roles_of_the_catalog() {
    // GIVEN / WHEN the roster THEN every catalog role has people, in six teams
    assertThat(Roster.employees()).extracting(Employee::roleId).containsOnly(
        "marketing-manager", "new-media-specialist", "store-ops-manager", "merchandise-specialist",
        "cs-supervisor", "cs-specialist", "content-specialist", "data-analyst");
    assertThat(Roster.employees().stream().map(Employee::roleId).distinct()).hasSize(8);
    assertThat(Roster.employees().stream()
            .map(e -> EcommerceRoles.byId(e.roleId()).orElseThrow().module().id()).distinct())
        .hasSize(5);
    assertThat(Roster.teams()).hasSize(6);
  }

  @Test
  void a_merchandise_specialists_effective_gmv_is_paid_minus_refunds_minus_brushed_orders() {
    // GIVEN Wang Fang's apparel orders of the three months, regenerated from the same seed
    CompanyFacts facts = FactsGenerator.generate(FactsGenerator.DEFAULT_SEED);
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal refunds = BigDecimal.ZERO;
    BigDecimal brushed = BigDecimal.ZERO;
    int refunded = 0;
    int fakes = 0;
    for (Period month : facts.months()) {
      CategoryMonth c = facts.category("tmall/apparel", month).orElseThrow();
      for (Order o : c.orders()) {
        if (o.status() != Order.Status.PAID) {
          continue; // unpaid and cancelled orders count nowhere
        }
        paid = paid.add(o.amount());
        if (o.brushed()) {
          brushed = brushed.add(o.amount());
          fakes++;
        } else if (o.refunded().signum() > 0) {
          refunds = refunds.add(o.refunded());
          refunded++;
        }
      }
    }

    // WHEN the quarter was evaluated
    ItemResult gmv = evaluation("emp-02").item("store-gmv").orElseThrow();

    // THEN the measured GMV is Σ paid − Σ refunds − Σ brushed, to the cent, and both quirks are there
    assertThat(refunded).isGreaterThan(100);
    assertThat(fakes).isGreaterThan(0);
    assertThat(gmv.actual()).isEqualByComparingTo(paid.subtract(refunds).subtract(brushed));
    assertThat(gmv.actual()).isLessThan(paid);
  }

  @Test
  void the_brushing_incident_shows_in_douyin_snacks_in_july() {
    // GIVEN the snacks orders of July and August
    long julyFakes = brushedOrders("douyin/snacks", JULY);
    long augustFakes = brushedOrders("douyin/snacks", AUGUST);

    // THEN July, the month of the incident (6% of paid orders), has several times August's (0.4%)
    assertThat(julyFakes).isGreaterThan(5 * augustFakes);
  }

  private static long brushedOrders(String unit, Period month) {
    return RUN.facts().category(unit, month).orElseThrow().orders().stream().filter(Order::brushed).count();
  }

  @Test
  void the_august_cac_spike_raises_ceiling_warnings_in_august_and_none_in_july() {
    // GIVEN Xiao Yu's Douyin ads of August, computed by hand: CAC = spend ÷ new customers
    ChannelMonth august = RUN.facts().channel("douyin", AUGUST).orElseThrow();
    BigDecimal spend = august.ads().stream().map(AdSpend::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
    double cac = spend.doubleValue() / august.newCustomers();

    // WHEN the month's warnings were checked
    List<Warning> cacInAugust = Objects.requireNonNull(RUN.warnings().get(AUGUST), "august").stream()
        .filter(w -> w.indicatorId().equals("cac")).toList();
    List<Warning> cacInJuly = Objects.requireNonNull(RUN.warnings().get(JULY), "july").stream()
        .filter(w -> w.indicatorId().equals("cac")).toList();

    // THEN the bidding war took her CAC over the red ceiling of 85, and the company's over 65
    assertThat(cac).isGreaterThan(85);
    assertThat(cacInAugust).anySatisfy(w -> {
      assertThat(w.subjectId()).isEqualTo("emp-32");
      assertThat(w.kind()).isEqualTo(WarningKind.CEILING_BREACH);
      assertThat(w.severity().name()).isEqualTo("RED");
      assertThat(w.actual().doubleValue()).isCloseTo(cac, within(1e-9));
    });
    assertThat(cacInAugust).anySatisfy(w -> assertThat(w.subjectId()).isEqualTo("emp-29"));
    assertThat(cacInJuly).isEmpty();
  }

  @Test
  void the_missing_month_is_left_out_renormalised_and_reported() {
    // GIVEN Tian Mei (emp-33), on leave in August: her channel has no facts for it
    assertThat(RUN.facts().channel("xiaohongshu", AUGUST)).isEmpty();
    assertThat(RUN.monthly()).noneMatch(m -> m.subjectId().equals("emp-33") && m.period().equals(AUGUST));

    // WHEN the quarter was aggregated and evaluated
    DataNote note = RUN.dataNotes().stream().filter(n -> n.subjectId().equals("emp-33")).findFirst().orElseThrow();
    Evaluation e = evaluation("emp-33");

    // THEN the sums of two months are left out, the rates kept, the weights renormalised
    assertThat(note.missingMonths()).containsExactly(AUGUST);
    assertThat(note.excluded()).containsExactlyInAnyOrder("new-users", "content-impressions");
    assertThat(note.kept()).contains("cac", "channel-conversion-rate");
    assertThat(e.flags()).contains(EvaluationFlag.MISSING_DATA, EvaluationFlag.RENORMALISED);
    assertThat(e.item("new-users").orElseThrow().isExcluded()).isTrue();
    // core 70 = new users 35 + conversion 25 + CAC 20 + cost ratio 20; without new users the
    // three left share 70 × (25, 20, 20) ÷ 65: conversion weighs 0.7 × 25 ÷ 65 of the total
    assertThat(e.item("channel-conversion-rate").orElseThrow().effectiveWeight())
        .isCloseTo(0.7 * 25 / 65, within(1e-12));
    // and the monthly pacing cannot be judged for August
    assertThat(RUN.warnings().get(AUGUST)).anySatisfy(w -> {
      assertThat(w.subjectId()).isEqualTo("emp-33");
      assertThat(w.kind()).isEqualTo(WarningKind.MISSING_DATA);
    });
  }

  @Test
  void the_tmall_traffic_drop_is_flagged_as_an_anomaly_and_douyin_has_none() {
    // GIVEN / WHEN the anomaly check on daily visitors
    // THEN the first day of the drop (14 August) is an alert below the trailing mean
    var tmall = Objects.requireNonNull(RUN.trafficChecks().get("tmall"), "tmall check");
    var douyin = Objects.requireNonNull(RUN.trafficChecks().get("douyin"), "douyin check");
    assertThat(tmall.alerts()).anySatisfy(a -> {
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 8, 14));
      assertThat(a.isAbove()).isFalse();
    });
    assertThat(tmall.alerts())
        .allSatisfy(a -> assertThat(a.date()).isBetween(FactsGenerator.DROP_FROM, FactsGenerator.DROP_TO));
    assertThat(douyin.alerts()).isEmpty();
  }

  @Test
  void the_ab_test_names_variant_b_the_winner_with_enough_visitors() {
    // GIVEN the arms: B converts 3.6% against 3.0% planned, on more visitors than the plan needs
    var ab = RUN.abTest();

    // THEN B's rate is its conversions ÷ visitors, it is higher, and the verdict names it
    assertThat(ab.variantRate()).isEqualTo((double) ab.variant().conversions() / ab.variant().visitors());
    assertThat(ab.variantRate()).isGreaterThan(ab.controlRate());
    assertThat(ab.control().visitors()).isGreaterThanOrEqualTo(ab.requiredPerArm());
    assertThat(ab.verdict()).isEqualTo(Verdict.WINNER);
    assertThat(ab.winner()).isEqualTo("B");
  }

  @Test
  void the_store_managers_card_weighs_kpi_70_and_okr_30_with_each_kpi_keeping_its_share() {
    // GIVEN the sample's store operations manager card
    Scorecard card = SampleScorecards.forRoleId("store-ops-manager");

    // THEN KPI 70 / OKR 30, and GMV (35% of the 70% core) weighs 24.5% of the KPI section
    assertThat(card.sections()).extracting(Section::name, Section::weight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("KPI", 70.0), org.assertj.core.groups.Tuple.tuple("OKR", 30.0));
    assertThat(card.item("store-gmv").orElseThrow().weight()).isEqualTo(24.5);
    assertThat(card.item("okr-score").orElseThrow().weight()).isEqualTo(100.0);
  }

  @Test
  void li_weis_okr_item_is_the_mean_progress_of_her_key_results_from_the_facts() {
    // GIVEN the pet category's facts: products launched, and September's buyer conversion
    int launched = 0;
    CategoryMonth september = null;
    for (Period month : RUN.facts().months()) {
      CategoryMonth c = RUN.facts().category("tmall/pet", month).orElseThrow();
      launched += c.launchedProducts();
      september = c;
    }
    Objects.requireNonNull(september, "the quarter has months");
    double cvr = Math.round((double) september.buyers() / september.visitors() * 10_000) / 10_000.0;
    // progress: launches (launched − 0) ÷ 12, conversion (cvr − 2.0%) ÷ (3.5% − 2.0%), weights 50/50
    double expected = (Math.min(launched, 12) / 12.0 + Math.max(0, (cvr - 0.020) / 0.015)) / 2;

    // WHEN evaluated: the committed OKR scores 100 × score
    ItemResult okr = evaluation("emp-01").item("okr-score").orElseThrow();

    // THEN
    assertThat(Objects.requireNonNull(okr.actual(), "okr actual").doubleValue()).isCloseTo(expected, within(1e-9));
    assertThat(okr.rawScore()).isCloseTo(100 * expected, within(1e-9));
  }

  @Test
  void a_merchandise_specialist_blends_80_percent_own_with_20_percent_team() {
    // GIVEN Wang Fang's own total and the Tmall team's total
    Evaluation e = evaluation("emp-02");
    double team = Objects.requireNonNull(RUN.teamScores().get("team-tmall"), "team-tmall");

    // THEN total = 0.8 × own + 0.2 × team
    var link = Objects.requireNonNull(e.team(), "team link");
    assertThat(link.teamScore()).isEqualTo(team);
    assertThat(e.rawTotal()).isCloseTo(0.8 * link.individualTotal() + 0.2 * team, within(1e-9));
  }

  @Test
  void a_service_specialist_is_multiplied_by_the_service_teams_coefficient() {
    // GIVEN the service team's total (99.27: in the band from 95, coefficient 1.05)
    double team = Objects.requireNonNull(RUN.teamScores().get("team-service"), "team-service");
    double coefficient = team >= 95 ? 1.05 : team >= 80 ? 1.0 : 0.95;
    Evaluation e = evaluation("emp-12");

    // THEN total = own × coefficient
    var link = Objects.requireNonNull(e.team(), "team link");
    assertThat(link.factor()).isEqualTo(coefficient);
    assertThat(e.rawTotal()).isCloseTo(link.individualTotal() * coefficient, within(1e-9));
  }

  @Test
  void every_team_meets_the_quota_but_customer_service_whose_s_grades_the_guard_rails_keep() {
    // GIVEN / WHEN the calibration of each team (the quota's default guard rails: one step)
    assertThat(RUN.review().calibrations()).hasSize(6);
    // THEN five teams meet the quota
    RUN.review().calibrations().forEach((team, r) -> {
      if (!team.equals("team-service")) {
        assertThat(r.violations()).as(team).isEmpty();
      }
    });
    // AND customer service (12 people: top S/A at most 20% = 2.4, largest remainder → 3) has
    // 5 S and 4 A by the total; the quota would move emp-15 (112.71) and emp-13 (111.51) from S
    // out of top to B, two grades; the rails allow one, so they keep S and the quota is reported
    // broken, naming them (without rails, that is forced ranking: both were paid as B)
    CalibrationResult service = RUN.review().calibrations().get("team-service");
    assertThat(service.violations()).extracting(Violation::toString)
        .containsExactly("group 'top' must have at most 3, has 5; concerns emp-15, emp-13");
    assertThat(service.held()).extracting(GuardRailHold::toString).containsExactly(
        "emp-15: the quota wanted S → B, 2 steps down; the guard rails allow at most 1: proposed S",
        "emp-13: the quota wanted S → B, 2 steps down; the guard rails allow at most 1: proposed S");
    assertThat(RUN.review().finalGrades().get("emp-15").grade().code()).isEqualTo("S");
    assertThat(RUN.review().pay().get("emp-13").grade().code()).isEqualTo("S");
    // AND the four A's (103.57 … 100.35) still go one step down to B
    assertThat(List.of("emp-16", "emp-12", "emp-17", "emp-11"))
        .allSatisfy(id -> assertThat(RUN.review().finalGrades().get(id))
            .extracting(g -> g.byTotal().code() + "→" + g.grade().code()).isEqualTo("A→B"));
  }

  @Test
  void the_same_seed_gives_the_same_facts_and_another_seed_other_facts() {
    // GIVEN a new generation of the default seed, the run's, and one of another seed
    CompanyFacts a = FactsGenerator.generate(FactsGenerator.DEFAULT_SEED);
    CompanyFacts b = RUN.facts();
    CompanyFacts c = FactsGenerator.generate(FactsGenerator.DEFAULT_SEED + 1);

    // THEN the same seed repeats itself exactly
    assertThat(a).isEqualTo(b);
    assertThat(a.categories().get(0).orders()).isNotEqualTo(c.categories().get(0).orders());
  }
}

package dev.yardstick.assertj;

import static dev.yardstick.assertj.YardstickAssertions.assertThat;
import static dev.yardstick.assertj.YardstickAssertions.assertThatWarnings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.assertj.fixtures.YardstickFixtures;
import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.review.calibration.Calibration;
import dev.yardstick.review.calibration.CalibrationResult;
import dev.yardstick.review.calibration.Candidate;
import dev.yardstick.review.calibration.GuardRails;
import dev.yardstick.review.calibration.Quota;
import dev.yardstick.review.grade.GradeScale;
import dev.yardstick.rules.kpi.catalog.EcommerceRoles;
import dev.yardstick.rules.okr.Colour;
import dev.yardstick.rules.okr.KeyResult;
import dev.yardstick.rules.okr.Objective;
import dev.yardstick.tracking.warning.Severity;
import dev.yardstick.tracking.warning.Warning;
import dev.yardstick.tracking.warning.WarningKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesAndDomainAssertionsTest {

  static final Period Q3 = Period.parse("2026-Q3");

  @Test
  void the_same_seed_gives_the_same_data() {
    YardstickFixtures a = YardstickFixtures.seed(42);
    YardstickFixtures b = YardstickFixtures.seed(42);
    Subject sa = a.employee("store-ops-manager");
    Subject sb = b.employee("store-ops-manager");
    assertThat(sa).isEqualTo(sb);
    assertThat(a.measurements(sa, a.scorecard("store-ops-manager"), Q3))
        .isEqualTo(b.measurements(sb, b.scorecard("store-ops-manager"), Q3));
    assertThat(YardstickFixtures.seed(43).measurements(sa, a.scorecard("store-ops-manager"), Q3))
        .isNotEqualTo(a.measurements(sa, a.scorecard("store-ops-manager"), Q3));
  }

  @Test
  void every_catalog_role_evaluates_from_fixture_data_and_scores_100_on_target() {
    YardstickFixtures data = YardstickFixtures.seed(7);
    List<Subject> staff = new ArrayList<>();
    List<Measurement> drawn = new ArrayList<>();
    List<Measurement> onTarget = new ArrayList<>();
    for (var role : EcommerceRoles.all()) {
      Subject s = data.employee(role.id());
      staff.add(s);
      drawn.addAll(data.measurements(s, data.scorecard(role.id()), Q3));
      onTarget.addAll(data.onTarget(s, data.scorecard(role.id()), Q3));
    }
    BatchResult random = Yardstick.evaluateAll(staff).in(Q3).against(s -> data.scorecard(s.roleId())).with(drawn);
    BatchResult exact = Yardstick.evaluateAll(staff).in(Q3).against(s -> data.scorecard(s.roleId())).with(onTarget);
    assertThat(random).hasNoFailures().hasEvaluated(staff.size());
    assertThat(exact).hasNoFailures();
    for (Subject s : staff) {
      assertThat(exact).hasEvaluationFor(s.id()).hasTotal(100);
    }
  }

  @Test
  void monthly_fixtures_cover_each_month_of_the_quarter() {
    YardstickFixtures data = YardstickFixtures.seed(1);
    Subject s = data.employee("cs-specialist");
    Scorecard card = data.scorecard("cs-specialist");
    List<Measurement> months = data.monthly(s, card, Q3);
    assertThat(months).hasSize(3 * card.items().size());
    assertThat(months).extracting(Measurement::period).containsOnly(Period.parse("2026-07"),
        Period.parse("2026-08"), Period.parse("2026-09"));
    assertThatThrownBy(() -> data.employee("astronaut")).hasMessage("no catalog role 'astronaut'");
  }

  @Test
  void warning_assertions_find_breaches_by_indicator_subject_and_severity() {
    Period aug = Period.parse("2026-08");
    List<Warning> warnings = List.of(
        new Warning("emp-17", "cac", aug, WarningKind.CEILING_BREACH, Severity.RED, new BigDecimal("80"),
            new BigDecimal("96.5"), null, "CAC 96.5 is above its ceiling 80"),
        new Warning("emp-3", "store-gmv", aug, WarningKind.PACE, Severity.AMBER, new BigDecimal("2000000"),
            new BigDecimal("1800000"), new BigDecimal("2700000"), "GMV behind pace"));
    assertThatWarnings(warnings).containsBreachOf("cac").forSubject("emp-17").withSeverity(Severity.RED);
    assertThatWarnings(warnings).contains(WarningKind.PACE, "store-gmv").forSubject("emp-3");
    assertThatWarnings(warnings).hasNoneFor("emp-9");
    assertThatThrownBy(() -> assertThatWarnings(warnings).containsBreachOf("store-gmv"))
        .hasMessageContaining("Expected a ceiling or floor breach of 'store-gmv' but the warnings were:")
        .hasMessageContaining("RED CEILING_BREACH emp-17 cac 2026-08: CAC 96.5 is above its ceiling 80");
    assertThatThrownBy(() -> assertThatWarnings(warnings).containsBreachOf("cac").forSubject("emp-3"))
        .hasMessageContaining("for subject emp-3 but it was raised for:");
    assertThatThrownBy(() -> assertThatWarnings(warnings).containsBreachOf("cac").withSeverity(Severity.AMBER))
        .hasMessageContaining("with severity AMBER");
    assertThatThrownBy(() -> assertThatWarnings(warnings).hasNoneFor("emp-3"))
        .hasMessageContaining("Expected no warning for emp-3 but found:");
  }

  @Test
  void okr_assertions_check_scores_colours_and_key_results() {
    // launch 9 of 12 products: 0.75; conversion 2.0% → 3.5%, now 2.9%: 0.9 / 1.5 = 0.6; mean 0.675
    Objective objective = Objective.builder("o-new", "Raise the new category's share of GMV")
        .owner("emp-17").period("2026-Q3").committed()
        .keyResult(KeyResult.metric("kr-launch", "Launch 12 new products", 50, 0, 12)
            .checkIn(LocalDate.of(2026, 9, 30), 9, 0.8, dev.yardstick.rules.okr.ConfidenceScale.ZERO_TO_ONE))
        .keyResult(KeyResult.metric("kr-cvr", "New-product conversion 3.5%", 50, 0.020, 0.035)
            .checkIn(LocalDate.of(2026, 9, 30), 0.029, 0.7, dev.yardstick.rules.okr.ConfidenceScale.ZERO_TO_ONE))
        .build();
    assertThat(objective).hasScore(0.675).isGraded(Colour.YELLOW).keyResult("kr-launch").hasProgress(0.75);
    assertThatThrownBy(() -> assertThat(objective).hasScore(0.7))
        .hasMessageContaining("Expected objective 'o-new' to score 0.7 but it scored 0.675")
        .hasMessageContaining("kr-cvr");
    assertThatThrownBy(() -> assertThat(objective).keyResult("kr-x"))
        .hasMessageContaining("to have key result 'kr-x' but it has [kr-launch, kr-cvr]");
  }

  @Test
  void calibration_assertions_check_final_grades_and_quota() {
    GradeScale scale = GradeScale.defaultScale();
    // forced ranking (no guard rails): emp-2 (91, S) may fall two grades to B
    Quota quota = Quota.builder().group("top", 20, "S", "A").group("middle", 70, "B").group("bottom", 10, "C", "D")
        .guardRails(GuardRails.NONE).build();
    List<Candidate> people = new ArrayList<>();
    double[] totals = {95, 91, 88, 79, 75, 72, 58};
    for (int i = 0; i < totals.length; i++) {
      people.add(Candidate.of("emp-" + (i + 1), BigDecimal.valueOf(totals[i])));
    }
    CalibrationResult result = Calibration.of(scale, quota).calibrate(people);
    // 7 people, 20/70/10 → 1 / 5 / 1 by largest remainder: only emp-1 keeps a top grade
    assertThat(result).hasFinalGrade("emp-1", "S").hasFinalCount("top", 1).hasFinalCount("middle", 5)
        .hasNoViolations();
    assertThatThrownBy(() -> assertThat(result).hasFinalGrade("emp-2", "S"))
        .hasMessageContaining("Expected emp-2 to end with grade S but got");
    assertThatThrownBy(() -> assertThat(result).hasFinalGrade("emp-99", "S"))
        .hasMessageContaining("Expected emp-99 in the calibration");
  }
}

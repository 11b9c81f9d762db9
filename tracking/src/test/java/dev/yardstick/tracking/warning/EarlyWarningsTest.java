package dev.yardstick.tracking.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.Aggregation;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.tracking.anomaly.Detection;
import dev.yardstick.tracking.anomaly.ZScoreDetector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarlyWarningsTest {

  static final Indicator GMV = Indicator.builder("gmv").unit(Unit.CURRENCY).build();
  static final Indicator SPEND =
      Indicator.builder("spend").unit(Unit.CURRENCY).direction(Direction.LOWER_IS_BETTER).build();
  static final Indicator CAC =
      Indicator.builder("cac").unit(Unit.CURRENCY).direction(Direction.LOWER_IS_BETTER)
          .aggregation(Aggregation.RATIO_OF_SUMS).build();
  static final Indicator CVR =
      Indicator.builder("cvr").unit(Unit.RATIO).aggregation(Aggregation.RATIO_OF_SUMS).build();

  static final Period JUL = Period.parse("2026-07");
  static final Period AUG = Period.parse("2026-08");
  static final Period SEP = Period.parse("2026-09");
  static final Period Q3 = Period.parse("2026-Q3");

  static final WarningRules RULES =
      WarningRules.builder()
          .ceiling(CAC, 80, 100)
          .floor(CVR, 0.03)
          .pace(GMV, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT)
          .pace(SPEND, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT)
          .target("emp-1", "gmv", Target.levels(2_400_000, 3_000_000, 3_600_000))
          .target("emp-2", "gmv", Target.of(3_000_000))
          .target("emp-3", "gmv", Target.of(3_000_000))
          .target("emp-1", "spend", Target.levels(1_000_000, 900_000, 800_000))
          .build();

  static Measurement m(String subject, String indicator, Period month, double value) {
    return Measurement.of(subject, indicator, month, value);
  }

  static List<Measurement> company() {
    List<Measurement> list = new ArrayList<>();
    // emp-1: GMV 1 000 000 + 1 000 000; spend 350 000 + 330 000; CAC 92.5 in August; CVR fine
    list.add(m("emp-1", "gmv", JUL, 1_000_000));
    list.add(m("emp-1", "gmv", AUG, 1_000_000));
    list.add(m("emp-1", "spend", JUL, 350_000));
    list.add(m("emp-1", "spend", AUG, 330_000));
    list.add(m("emp-1", "cac", JUL, 150)); // July's breach is not August's concern
    list.add(m("emp-1", "cac", AUG, 92.5));
    list.add(m("emp-1", "cvr", AUG, 0.035));
    // emp-2: GMV 600 000 + 700 000; CAC 120; CVR 0.025
    list.add(m("emp-2", "gmv", JUL, 600_000));
    list.add(m("emp-2", "gmv", AUG, 700_000));
    list.add(m("emp-2", "cac", AUG, 120));
    list.add(m("emp-2", "cvr", AUG, 0.025));
    // emp-3: only July's GMV reported
    list.add(m("emp-3", "gmv", JUL, 900_000));
    // emp-4: exactly on the ceiling and the floor: no breach
    list.add(m("emp-4", "cac", AUG, 80));
    list.add(m("emp-4", "cvr", AUG, 0.03));
    // September (after the month checked) and an untracked indicator are ignored
    list.add(m("emp-2", "gmv", SEP, 5_000_000));
    list.add(m("emp-2", "orders", AUG, 12));
    return list;
  }

  @Test
  void a_whole_companys_warnings_for_a_month_come_from_one_call_sorted_most_severe_first() {
    // GIVEN the company's measurements; WHEN checked at the end of August
    List<Warning> warnings = EarlyWarnings.check(RULES, AUG, company());

    // THEN (Q3 share by 31 August = 62/92):
    //  emp-2 cac 120 > red 100 → RED ceiling; cvr 0.025 < 0.03 → RED floor;
    //  emp-2 gmv 1 300 000 / (3 000 000 × 62/92) = 119 600 000 / 186 000 000 = 0.6430 → RED pace;
    //  emp-1 cac 92.5 > amber 80 → AMBER ceiling;
    //  emp-1 spend 680 000 / (900 000 × 62/92) = 62 560 000 / 55 800 000 = 1.1211 → 12% over a
    //    lower-is-better budget → AMBER pace;
    //  emp-1 gmv 2 000 000 / 2 021 739.13 = 0.9892 → GREEN, no warning;
    //  emp-3 has no August GMV → AMBER missing data; emp-4 sits exactly on its limits → nothing
    assertThat(warnings)
        .extracting(w -> w.severity() + " " + w.subjectId() + " " + w.indicatorId() + " " + w.kind())
        .containsExactly(
            "RED emp-2 cac CEILING_BREACH",
            "RED emp-2 cvr FLOOR_BREACH",
            "RED emp-2 gmv PACE",
            "AMBER emp-1 cac CEILING_BREACH",
            "AMBER emp-1 spend PACE",
            "AMBER emp-3 gmv MISSING_DATA");
  }

  @Test
  void a_pace_warning_carries_expected_actual_projected_and_explains_them() {
    Warning w = EarlyWarnings.check(RULES, AUG, company()).get(2);
    // expected 3 000 000 × 0.6739130434782609 = 2 021 739.13; projected 1 300 000 / (62/92)
    //   = 1 929 032.258… → 1 929 032.26; attainment 0.6430107526881720 → 64.3%
    assertThat(w.period()).isEqualTo(Q3);
    assertThat(w.expected()).isEqualByComparingTo("2021739.13");
    assertThat(w.actual()).isEqualByComparingTo("1300000");
    assertThat(w.projected()).isEqualByComparingTo("1929032.26");
    assertThat(w.message())
        .isEqualTo(
            "'gmv' of 'emp-2' is RED for 2026-Q3 on 2026-08-31: 1300000 to date against 2021739.13"
                + " expected (64.3% of pace; the linear profile expects 67.39% of the goal by now);"
                + " projected 1929032.26 against the goal 3000000");
  }

  @Test
  void a_lower_is_better_pace_warning_says_running_ahead_is_adverse() {
    Warning w = EarlyWarnings.check(RULES, AUG, company()).get(4);
    // expected 900 000 × 62/92 = 606 521.74; 680 000 / 606 521.739… = 1.1211 → 112.11%
    assertThat(w.message())
        .isEqualTo(
            "'spend' of 'emp-1' is AMBER for 2026-Q3 on 2026-08-31: 680000 to date against"
                + " 606521.74 expected (112.11% of pace; the linear profile expects 67.39% of the"
                + " goal by now); projected 1009032.26 against the goal 900000 (lower is better:"
                + " running ahead of pace is adverse)");
  }

  @Test
  void breach_and_missing_data_warnings_name_the_level_and_the_month() {
    List<Warning> warnings = EarlyWarnings.check(RULES, AUG, company());
    Warning red = warnings.get(0);
    assertThat(red.expected()).isEqualByComparingTo("100");
    assertThat(red.actual()).isEqualByComparingTo("120");
    assertThat(red.projected()).isNull();
    assertThat(red.period()).isEqualTo(AUG);
    assertThat(red.message()).isEqualTo("'cac' of 'emp-2' in 2026-08 is 120, above its red ceiling 100");
    assertThat(warnings.get(1).message())
        .isEqualTo("'cvr' of 'emp-2' in 2026-08 is 0.025, below its red floor 0.03");
    assertThat(warnings.get(3).message())
        .isEqualTo("'cac' of 'emp-1' in 2026-08 is 92.5, above its amber ceiling 80");
    Warning missing = warnings.get(5);
    assertThat(missing.expected()).isNull();
    assertThat(missing.actual()).isEqualByComparingTo("900000");
    assertThat(missing.message())
        .isEqualTo(
            "'gmv' of 'emp-3' has no measurement for 2026-08: the pace for 2026-Q3 on 2026-08-31"
                + " cannot be judged");
  }

  @Test
  void a_mid_month_check_reads_month_to_date_values() {
    // GIVEN 15 August, the day 46 of 92 (share 0.5), and emp-1's GMV of 1 000 000 + 400 000 to date
    List<Measurement> list =
        List.of(m("emp-1", "gmv", JUL, 1_000_000), m("emp-1", "gmv", AUG, 400_000));
    WarningRules rules =
        WarningRules.builder()
            .pace(GMV, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT)
            .target("emp-1", "gmv", Target.of(3_000_000))
            .build();
    List<Warning> warnings = EarlyWarnings.check(rules, LocalDate.of(2026, 8, 15), list);
    // THEN 1 400 000 / 1 500 000 = 0.9333 → AMBER
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(WarningKind.PACE);
      assertThat(w.severity()).isEqualTo(Severity.AMBER);
      assertThat(w.expected()).isEqualByComparingTo("1500000.00");
      assertThat(w.projected()).isEqualByComparingTo("2800000.00");
    });
  }

  @Test
  void a_default_target_covers_subjects_without_their_own() {
    WarningRules rules =
        WarningRules.builder()
            .pace(GMV, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT, Target.of(1_000_000))
            .build();
    // GIVEN emp-9 with 100 000 in July: 100 000 / (1 000 000 × 31/92) = 0.2968 → RED
    List<Warning> warnings = EarlyWarnings.check(rules, JUL, List.of(m("emp-9", "gmv", JUL, 100_000)));
    assertThat(warnings).extracting(Warning::severity).containsExactly(Severity.RED);
  }

  @Test
  void the_input_order_does_not_change_the_output() {
    List<Measurement> reversed = new ArrayList<>(company());
    java.util.Collections.reverse(reversed);
    assertThat(EarlyWarnings.check(RULES, AUG, reversed)).isEqualTo(EarlyWarnings.check(RULES, AUG, company()));
  }

  @Test
  void bad_input_to_a_check_names_subject_indicator_field_and_value() {
    assertThatThrownBy(() -> EarlyWarnings.check(RULES, Q3, company()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("early warnings are checked for a month, got 2026-Q3");
    assertThatThrownBy(() -> EarlyWarnings.check(RULES, AUG, List.of(m("emp-1", "gmv", Q3, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "subject 'emp-1', indicator 'gmv', field 'period': 2026-Q3 is not a month: early"
                + " warnings read monthly measurements");
    assertThatThrownBy(
            () -> EarlyWarnings.check(RULES, AUG, List.of(m("emp-1", "cac", AUG, 1), m("emp-1", "cac", AUG, 2))))
        .hasMessage("subject 'emp-1', indicator 'cac', field 'period': 2026-08 has two measurements");
    assertThatThrownBy(
            () -> EarlyWarnings.check(RULES, AUG, List.of(m("emp-8", "gmv", JUL, 1), m("emp-8", "gmv", AUG, 1))))
        .hasMessage(
            "subject 'emp-8', indicator 'gmv', field 'target' is missing: the pace rule over"
                + " QUARTER needs a target for 2026-Q3");
  }

  @Test
  void inconsistent_rules_are_rejected() {
    assertThatThrownBy(() -> WarningRules.builder().ceiling(CAC, 80).ceiling(CAC, 90).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator 'cac' has two ceilings");
    assertThatThrownBy(() -> WarningRules.builder().floor(CVR, 0.03).floor(CVR, 0.02).build())
        .hasMessage("indicator 'cvr' has two floors");
    assertThatThrownBy(
            () -> WarningRules.builder()
                .pace(GMV, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT)
                .pace(GMV, PeriodType.YEAR, PaceProfile.linear(), PaceBands.DEFAULT).build())
        .hasMessage("indicator 'gmv' has two pace rules");
    assertThatThrownBy(() -> WarningRules.builder().target("emp-1", "cac", Target.of(60)).build())
        .hasMessage("target of subject 'emp-1' for 'cac' has no pace rule for that indicator");
    assertThatThrownBy(
            () -> WarningRules.builder()
                .pace(GMV, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT)
                .target("emp-1", "gmv", Target.of(0)).build())
        .hasMessage("target of subject 'emp-1' of 'gmv' must have a target level greater than 0, got 0");
    assertThatThrownBy(
            () -> WarningRules.builder().pace(CVR, PeriodType.QUARTER, PaceProfile.linear(), PaceBands.DEFAULT))
        .hasMessage(
            "pace needs a cumulative (SUM) indicator, but 'cvr' aggregates as RATIO_OF_SUMS:"
                + " watch it with a ceiling or floor instead");
    assertThatThrownBy(() -> WarningRules.builder().ceiling(CAC, 100, 80))
        .hasMessage("ceiling of 'cac': red level 80 must not be below the amber level 100");
    assertThatThrownBy(() -> WarningRules.builder().floor(CVR, 0.02, 0.03))
        .hasMessage("floor of 'cvr': red level 0.03 must not be above the amber level 0.02");
    assertThatThrownBy(() -> WarningRules.builder().ceiling(CAC, Double.POSITIVE_INFINITY))
        .hasMessage("ceiling amber level must be a finite number, got Infinity");
    assertThatThrownBy(() -> new Limit(CAC, WarningKind.PACE, BigDecimal.ONE, BigDecimal.ONE))
        .hasMessage("limit of 'cac' must be a CEILING_BREACH or FLOOR_BREACH, got PACE");
  }

  @Test
  void an_anomaly_alert_becomes_a_routable_warning() {
    // GIVEN 9, 10, 11 then 13.5 (z = 3.5 against mean 10, σ 1)
    Map<LocalDate, Double> series =
        Map.of(
            LocalDate.of(2026, 8, 1), 9.0, LocalDate.of(2026, 8, 2), 10.0,
            LocalDate.of(2026, 8, 3), 11.0, LocalDate.of(2026, 8, 4), 13.5);
    Detection d = ZScoreDetector.trailing(3).detect(series);
    // WHEN turned into a warning
    Warning w = Warning.ofAnomaly("emp-5", "visitors", d.alerts().get(0), Severity.AMBER);
    // THEN it is an ANOMALY of August with expected 10 and actual 13.5
    assertThat(w.kind()).isEqualTo(WarningKind.ANOMALY);
    assertThat(w.period()).isEqualTo(AUG);
    assertThat(w.expected()).isEqualByComparingTo("10");
    assertThat(w.actual()).isEqualByComparingTo("13.5");
    assertThat(w.message()).startsWith("'visitors' of 'emp-5': 2026-08-04: 13.5 is 3.50σ above");
  }
}

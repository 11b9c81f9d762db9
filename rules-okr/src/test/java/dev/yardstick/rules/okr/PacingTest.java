package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.core.domain.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingTest {

  static final ConfidenceScale TEN = ConfidenceScale.ZERO_TO_TEN;
  static final Period Q3 = Period.parse("2026-Q3");
  static final LocalDate AUG_14 = LocalDate.of(2026, 8, 14);
  static final LocalDate AUG_15 = LocalDate.of(2026, 8, 15);

  @Test
  void linear_pacing_expects_the_share_of_days_elapsed_including_the_date() {
    // GIVEN Q3 2026: July 31 + August 31 + September 30 = 92 days
    PaceProfile linear = PaceProfile.linear();

    // WHEN / THEN end of 15 Aug: (31 + 15) ÷ 92 = 0.5; end of 1 July: 1 ÷ 92; end of 30 Sep: 1
    assertThat(linear.isLinear()).isTrue();
    assertThat(linear.expected(Q3, AUG_15)).isEqualTo(0.5);
    assertThat(linear.expected(Q3, LocalDate.of(2026, 7, 1))).isCloseTo(1.0 / 92, within(1e-15));
    assertThat(linear.expected(Q3, LocalDate.of(2026, 9, 30))).isEqualTo(1.0);
  }

  @Test
  void before_the_period_nothing_is_expected_and_after_it_everything() {
    assertThat(PaceProfile.linear().expected(Q3, LocalDate.of(2026, 6, 30))).isZero();
    assertThat(PaceProfile.linear().expected(Q3, LocalDate.of(2026, 10, 1))).isEqualTo(1.0);
    assertThat(PaceProfile.cumulative(0.2, 0.5, 1).expected(Q3, LocalDate.of(2026, 6, 30)))
        .isZero();
  }

  @Test
  void a_cumulative_profile_expects_its_fraction_at_each_month_end_and_interpolates_by_day() {
    // GIVEN 20% due by end of July, 50% by end of August, all by end of September
    PaceProfile profile = PaceProfile.cumulative(0.2, 0.5, 1.0);

    // WHEN / THEN month ends: 0.2 and 0.5; 15 Sep: 0.5 + (1 − 0.5) × 15 ÷ 30 = 0.75;
    //             10 July: 0 + 0.2 × 10 ÷ 31 = 2 ÷ 31
    assertThat(profile.isLinear()).isFalse();
    assertThat(profile.expected(Q3, LocalDate.of(2026, 7, 31))).isEqualTo(0.2);
    assertThat(profile.expected(Q3, LocalDate.of(2026, 8, 31))).isEqualTo(0.5);
    assertThat(profile.expected(Q3, LocalDate.of(2026, 9, 15))).isEqualTo(0.75);
    assertThat(profile.expected(Q3, LocalDate.of(2026, 7, 10))).isCloseTo(2.0 / 31, within(1e-15));
  }

  @Test
  void monthly_weights_become_cumulative_fractions() {
    // GIVEN weights 1, 1, 2: a quarter, a quarter, a half
    // WHEN / THEN 1 ÷ 4 = 0.25, 2 ÷ 4 = 0.5, 4 ÷ 4 = 1
    assertThat(PaceProfile.monthlyWeights(1, 1, 2)).isEqualTo(PaceProfile.cumulative(0.25, 0.5, 1));
    assertThat(PaceProfile.monthlyWeights(0, 3).monthEnds()).containsExactly(0.0, 1.0);
  }

  @Test
  void a_profile_must_have_one_fraction_per_month_of_the_period() {
    assertThatThrownBy(() -> PaceProfile.cumulative(0.5, 1).expected(Q3, AUG_15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pace profile has 2 months but period 2026-Q3 has 3");
  }

  @Test
  void invalid_profiles_are_rejected_naming_month_and_value() {
    assertThatThrownBy(() -> PaceProfile.cumulative(0.5, 0.4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pace profile fractions must not decrease, got 0.4 for month 2 after 0.5");
    assertThatThrownBy(() -> PaceProfile.cumulative(0.3, 0.6, 0.9))
        .hasMessage("pace profile must reach 1 by its last month, got 0.9");
    assertThatThrownBy(() -> PaceProfile.cumulative(1.2, 1))
        .hasMessage("pace profile fraction of month 1 must be 0 to 1, got 1.2");
    assertThatThrownBy(() -> PaceProfile.cumulative())
        .hasMessage("pace profile needs a fraction for at least one month");
    assertThatThrownBy(() -> PaceProfile.monthlyWeights())
        .hasMessage("pace profile needs a weight for at least one month");
    assertThatThrownBy(() -> PaceProfile.monthlyWeights(1, -1, 2))
        .hasMessage("pace profile weight of month 2 must be 0 or more, got -1");
    assertThatThrownBy(() -> PaceProfile.monthlyWeights(0, 0))
        .hasMessage("pace profile weights must not all be 0");
    assertThatThrownBy(() -> PaceProfile.monthlyWeights(1, Double.NaN))
        .hasMessage("pace profile weight of month 2 must be a finite number, got NaN");
  }

  /** Launch 12 products (4 done by 14 Aug) and reach 10 (at 4 by 14 Aug), both in Q3. */
  static Objective objective() {
    return Objective.builder("o-new-category", "Grow the new category")
        .owner("emp-17")
        .period(Q3)
        .keyResult(
            KeyResult.metric("kr-launch", "Launch 12 new products", 1, 0, 12)
                .checkIn(AUG_14, 4, 6, TEN))
        .keyResult(KeyResult.metric("kr-ten", "Reach 10", 1, 0, 10).checkIn(AUG_14, 4, 6, TEN))
        .keyResult(KeyResult.metric("kr-old", "Archived", 1, 0, 10).archive())
        .build();
  }

  @Test
  void a_key_result_short_of_plan_by_more_than_the_tolerance_is_behind() {
    // GIVEN linear pacing with a tolerance of 0.1
    Pacing pacing = Pacing.linear(0.1);

    // WHEN on 15 August (expected 0.5)
    Pace launch = pacing.pace(objective(), "kr-launch", AUG_15);

    // THEN actual 4 ÷ 12 = 1/3, gap 1/3 − 0.5 = −1/6 < −0.1: behind
    assertThat(launch.objectiveId()).isEqualTo("o-new-category");
    assertThat(launch.keyResultId()).isEqualTo("kr-launch");
    assertThat(launch.asOf()).isEqualTo(AUG_15);
    assertThat(launch.expected()).isEqualTo(0.5);
    assertThat(launch.actual()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(launch.gap()).isCloseTo(-1.0 / 6, within(1e-15));
    assertThat(launch.behind()).isTrue();
  }

  @Test
  void a_shortfall_of_exactly_the_tolerance_is_not_behind() {
    // GIVEN linear pacing with a tolerance of 0.1
    // WHEN on 15 August: actual 4 ÷ 10 = 0.4, expected 0.5
    Pace ten = Pacing.linear(0.1).pace(objective(), "kr-ten", AUG_15);

    // THEN gap 0.4 − 0.5 = −0.1, not below −0.1: not behind; with no tolerance it is
    assertThat(ten.gap()).isEqualTo(-0.1);
    assertThat(ten.behind()).isFalse();
    assertThat(Pacing.linear(0).pace(objective(), "kr-ten", AUG_15).behind()).isTrue();
  }

  @Test
  void behind_lists_the_active_key_results_behind_plan() {
    // GIVEN linear pacing with a tolerance of 0.1, on 15 August
    // WHEN
    List<Pace> all = Pacing.linear(0.1).paces(objective(), AUG_15);
    List<Pace> late = Pacing.linear(0.1).behind(objective(), AUG_15);

    // THEN the archived key result is not paced; only kr-launch (gap −1/6) is behind
    assertThat(all).extracting(Pace::keyResultId).containsExactly("kr-launch", "kr-ten");
    assertThat(late).extracting(Pace::keyResultId).containsExactly("kr-launch");
  }

  @Test
  void a_back_loaded_profile_puts_the_same_progress_on_plan() {
    // GIVEN 10% due by end of July, 30% by end of August (the launches come in September)
    Pacing pacing = new Pacing(PaceProfile.cumulative(0.1, 0.3, 1), 0.1);

    // WHEN on 15 August
    Pace launch = pacing.pace(objective(), "kr-launch", AUG_15);

    // THEN expected 0.1 + (0.3 − 0.1) × 15 ÷ 31 = 0.1 + 3 ÷ 31; actual 1/3 is ahead
    assertThat(launch.expected()).isCloseTo(0.1 + 3.0 / 31, within(1e-15));
    assertThat(launch.gap()).isPositive();
    assertThat(launch.behind()).isFalse();
  }

  @Test
  void pacing_ignores_check_ins_after_the_date() {
    // GIVEN kr-launch reaches 12 on 1 September
    Objective o =
        objective().checkIn("kr-launch", CheckIn.of(LocalDate.of(2026, 9, 1), 12, 9, TEN));

    // WHEN / THEN on 15 August it is still 4 ÷ 12
    assertThat(Pacing.linear(0.1).pace(o, "kr-launch", AUG_15).actual())
        .isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void pacing_an_unknown_key_result_or_with_a_bad_tolerance_is_rejected() {
    assertThatThrownBy(() -> Pacing.linear(0.1).pace(objective(), "nope", AUG_15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective 'o-new-category' has no key result 'nope'");
    assertThatThrownBy(() -> Pacing.linear(1.5))
        .hasMessage("pacing tolerance must be 0 to 1, got 1.5");
    assertThatThrownBy(() -> Pacing.linear(-0.1))
        .hasMessage("pacing tolerance must be 0 to 1, got -0.1");
  }

  @Test
  void a_pace_must_hold_progress_of_zero_to_one_and_a_finite_gap() {
    assertThatThrownBy(() -> new Pace("o", "k", AUG_15, 1.2, 0.5, -0.7, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected progress must be 0 to 1, got 1.2");
    assertThatThrownBy(() -> new Pace("o", "k", AUG_15, 0.5, -0.1, -0.6, true))
        .hasMessage("actual progress must be 0 to 1, got -0.1");
    assertThatThrownBy(() -> new Pace("o", "k", AUG_15, 0.5, 0.5, Double.NaN, false))
        .hasMessage("gap must be a finite number, got NaN");
  }
}

package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 14);

  @Test
  void a_confidence_of_seven_out_of_ten_is_stored_as_seven_tenths_with_its_scale() {
    // GIVEN / WHEN a check-in with confidence 7 on the 0–10 scale
    CheckIn c = CheckIn.of(DAY, 4, 7, ConfidenceScale.ZERO_TO_TEN, "two launches slipped");

    // THEN 7 ÷ 10 = 0.7, the scale recorded, and 7 back on the scale
    assertThat(c.confidence()).isEqualTo(0.7);
    assertThat(c.scale()).isEqualTo(ConfidenceScale.ZERO_TO_TEN);
    assertThat(c.confidenceOnScale()).isEqualTo(7);
    assertThat(c.note()).isEqualTo("two launches slipped");
  }

  @Test
  void a_confidence_on_the_zero_to_one_scale_is_kept_as_given() {
    // GIVEN / WHEN 0.7 on the 0–1 scale
    CheckIn c = CheckIn.of(DAY, 4, 0.7, ConfidenceScale.ZERO_TO_ONE);

    // THEN 0.7 ÷ 1 = 0.7, equal to 7 of 10 in normalised form
    assertThat(c.confidence()).isEqualTo(0.7);
    assertThat(c.confidenceOnScale()).isEqualTo(0.7);
    assertThat(c.note()).isEmpty();
    assertThat(c.confidence())
        .isEqualTo(CheckIn.of(DAY, 4, 7, ConfidenceScale.ZERO_TO_TEN).confidence());
  }

  @Test
  void the_ends_of_each_scale_are_accepted() {
    assertThat(CheckIn.of(DAY, 1, 0, ConfidenceScale.ZERO_TO_TEN).confidence()).isZero();
    assertThat(CheckIn.of(DAY, 1, 10, ConfidenceScale.ZERO_TO_TEN).confidence()).isEqualTo(1.0);
    assertThat(CheckIn.of(DAY, 1, 1, ConfidenceScale.ZERO_TO_ONE).confidence()).isEqualTo(1.0);
  }

  @Test
  void a_confidence_off_its_scale_is_rejected_naming_the_scale_and_value() {
    assertThatThrownBy(() -> CheckIn.of(DAY, 4, 11, ConfidenceScale.ZERO_TO_TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence on the 0 to 10 scale must be 0 to 10, got 11");
    assertThatThrownBy(() -> CheckIn.of(DAY, 4, 7, ConfidenceScale.ZERO_TO_ONE))
        .hasMessage("confidence on the 0 to 1 scale must be 0 to 1, got 7");
    assertThatThrownBy(() -> CheckIn.of(DAY, 4, -0.5, ConfidenceScale.ZERO_TO_ONE))
        .hasMessage("confidence on the 0 to 1 scale must be 0 to 1, got -0.5");
    assertThatThrownBy(() -> CheckIn.of(DAY, 4, Double.NaN, ConfidenceScale.ZERO_TO_TEN))
        .hasMessage("confidence must be a finite number, got NaN");
  }

  @Test
  void a_non_finite_value_or_a_normalised_confidence_above_one_is_rejected() {
    assertThatThrownBy(() -> CheckIn.of(DAY, Double.NaN, 7, ConfidenceScale.ZERO_TO_TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in value must be a finite number, got NaN");
    assertThatThrownBy(() -> new CheckIn(DAY, 4, 1.2, ConfidenceScale.ZERO_TO_ONE, ""))
        .hasMessage("check-in confidence (normalised) must be 0 to 1, got 1.2");
  }

  @Test
  void a_normalised_confidence_goes_back_on_its_scale_and_must_be_a_fraction() {
    // GIVEN / WHEN / THEN 0.65 on 0–10 is 6.5
    assertThat(ConfidenceScale.ZERO_TO_TEN.denormalise(0.65)).isEqualTo(6.5);
    assertThat(ConfidenceScale.ZERO_TO_TEN.max()).isEqualTo(10);
    assertThatThrownBy(() -> ConfidenceScale.ZERO_TO_TEN.denormalise(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("normalised confidence must be 0 to 1, got 1.5");
  }
}

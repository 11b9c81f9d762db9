package dev.yardstick.rules.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, RED",
    "0.3, RED",
    "0.35, RED",
    "0.3999, RED",
    "0.4, YELLOW",
    "0.6, YELLOW",
    "0.65, YELLOW",
    "0.6999, YELLOW",
    "0.7, GREEN",
    "1.0, GREEN",
    "1.25, GREEN"
  })
  void the_default_bands_are_red_below_point_four_yellow_below_point_seven_and_green_from_it(
      double score, Colour colour) {
    assertThat(ColourBands.DEFAULT.colour(score)).isEqualTo(colour);
  }

  @Test
  void each_google_band_read_in_tenths_keeps_its_colour() {
    // GIVEN Google's 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green, scored in tenths
    // WHEN / THEN every tenth falls in its band
    for (int tenth = 0; tenth <= 10; tenth++) {
      Colour expected = tenth <= 3 ? Colour.RED : tenth <= 6 ? Colour.YELLOW : Colour.GREEN;
      assertThat(ColourBands.DEFAULT.colour(tenth / 10.0))
          .as("%d tenths", tenth)
          .isEqualTo(expected);
    }
  }

  @Test
  void bands_are_configurable() {
    // GIVEN a stricter company: yellow from 0.5, green from 0.8
    ColourBands strict = new ColourBands(0.5, 0.8);

    // WHEN / THEN the lower bound of each band is inside it
    assertThat(strict.colour(0.49)).isEqualTo(Colour.RED);
    assertThat(strict.colour(0.5)).isEqualTo(Colour.YELLOW);
    assertThat(strict.colour(0.75)).isEqualTo(Colour.YELLOW);
    assertThat(strict.colour(0.8)).isEqualTo(Colour.GREEN);
    assertThat(new ColourBands(0.4, 1).colour(0.99)).isEqualTo(Colour.YELLOW);
  }

  @Test
  void bands_out_of_order_or_off_the_scale_are_rejected() {
    assertThatThrownBy(() -> new ColourBands(0.7, 0.4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "colour bands need 0 < yellowFrom < greenFrom ≤ 1, got yellowFrom=0.7 and"
                + " greenFrom=0.4");
    assertThatThrownBy(() -> new ColourBands(0, 0.7))
        .hasMessage(
            "colour bands need 0 < yellowFrom < greenFrom ≤ 1, got yellowFrom=0 and greenFrom=0.7");
    assertThatThrownBy(() -> new ColourBands(0.4, 1.1))
        .hasMessage(
            "colour bands need 0 < yellowFrom < greenFrom ≤ 1, got yellowFrom=0.4 and"
                + " greenFrom=1.1");
    assertThatThrownBy(() -> new ColourBands(0.5, 0.5))
        .hasMessage(
            "colour bands need 0 < yellowFrom < greenFrom ≤ 1, got yellowFrom=0.5 and"
                + " greenFrom=0.5");
    assertThatThrownBy(() -> new ColourBands(Double.NaN, 0.7))
        .hasMessage("colour bands yellowFrom must be a finite number, got NaN");
  }

  @Test
  void a_negative_or_non_finite_score_cannot_be_graded() {
    assertThatThrownBy(() -> ColourBands.DEFAULT.colour(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score to grade must be 0 or more, got -0.1");
    assertThatThrownBy(() -> ColourBands.DEFAULT.colour(Double.NaN))
        .hasMessage("score to grade must be a finite number, got NaN");
    assertThatThrownBy(() -> ZoneModel.DEFAULT.zone(-1))
        .hasMessage("score to grade must be 0 or more, got -1");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, FAIL",
    "0.2999, FAIL",
    "0.3, COMMIT",
    "0.6999, COMMIT",
    "0.7, TARGET",
    "0.9999, TARGET",
    "1, STRETCH",
    "1.3, STRETCH"
  })
  void the_default_zones_open_at_point_three_point_seven_and_one(double progress, Zone zone) {
    assertThat(ZoneModel.DEFAULT.zone(progress)).isEqualTo(zone);
  }

  @Test
  void the_zone_levels_of_an_increasing_metric_sit_at_three_and_seven_tenths_of_the_way() {
    // GIVEN launch from 0 to a stretch of 20 products
    ZoneModel.Levels levels = ZoneModel.DEFAULT.levels(0, 20);

    // WHEN / THEN commit 0 + 0.3 × 20 = 6, target 0 + 0.7 × 20 = 14
    assertThat(levels).isEqualTo(new ZoneModel.Levels(0, 6, 14, 20));
  }

  @Test
  void the_zone_levels_of_a_decreasing_metric_decrease() {
    // GIVEN returns from 8% to a stretch of 5%
    ZoneModel.Levels levels = ZoneModel.DEFAULT.levels(new Measure.Metric(0.08, 0.05));

    // WHEN / THEN commit 0.08 + 0.3 × (−0.03) = 0.071, target 0.08 + 0.7 × (−0.03) = 0.059
    assertThat(levels).isEqualTo(new ZoneModel.Levels(0.08, 0.071, 0.059, 0.05));
  }

  @Test
  void a_decreasing_key_result_exactly_on_its_commit_level_is_in_the_commit_zone() {
    // GIVEN returns from 8% to 5%, now exactly at the commit level of 7.1%
    KeyResult kr =
        KeyResult.metric("kr-returns", "Returns to 5%", 1, 0.08, 0.05)
            .checkIn(LocalDate.of(2026, 9, 30), 0.071, 5, ConfidenceScale.ZERO_TO_TEN);

    // WHEN / THEN (0.071 − 0.08) ÷ (0.05 − 0.08) = 0.3: COMMIT
    assertThat(kr.progress()).isEqualTo(0.3);
    assertThat(ZoneModel.DEFAULT.zone(kr)).isEqualTo(Zone.COMMIT);
  }

  @Test
  void a_key_result_past_its_stretch_is_in_the_stretch_zone_whatever_the_overshoot_policy() {
    KeyResult kr =
        KeyResult.metric("kr", "Launch 20", 1, 0, 20)
            .checkIn(LocalDate.of(2026, 9, 30), 25, 5, ConfidenceScale.ZERO_TO_TEN);
    assertThat(ZoneModel.DEFAULT.zone(kr)).isEqualTo(Zone.STRETCH);
    assertThat(ZoneModel.DEFAULT.zone(kr.progress())).isEqualTo(Zone.STRETCH);
  }

  @Test
  void the_zone_shares_are_configurable() {
    // GIVEN commit at 0.4, target at 0.8
    ZoneModel model = new ZoneModel(0.4, 0.8);

    // WHEN / THEN
    assertThat(model.zone(0.39)).isEqualTo(Zone.FAIL);
    assertThat(model.zone(0.4)).isEqualTo(Zone.COMMIT);
    assertThat(model.zone(0.8)).isEqualTo(Zone.TARGET);
    assertThat(model.levels(100, 200)).isEqualTo(new ZoneModel.Levels(100, 140, 180, 200));
  }

  @Test
  void zone_shares_out_of_order_or_off_the_scale_are_rejected() {
    assertThatThrownBy(() -> new ZoneModel(0.7, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "zone model needs 0 < commitAt < targetAt < 1, got commitAt=0.7 and targetAt=0.3");
    assertThatThrownBy(() -> new ZoneModel(0, 0.7))
        .hasMessage(
            "zone model needs 0 < commitAt < targetAt < 1, got commitAt=0 and targetAt=0.7");
    assertThatThrownBy(() -> new ZoneModel(0.3, 1))
        .hasMessage(
            "zone model needs 0 < commitAt < targetAt < 1, got commitAt=0.3 and targetAt=1");
    assertThatThrownBy(() -> new ZoneModel(0.3, Double.POSITIVE_INFINITY))
        .hasMessage("zone model targetAt must be a finite number, got Infinity");
    assertThatThrownBy(() -> ZoneModel.DEFAULT.levels(Double.NaN, 1))
        .hasMessage("zone baseline must be a finite number, got NaN");
  }
}

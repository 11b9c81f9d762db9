package dev.yardstick.review.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.review.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NineBoxTest {

  final NineBox grid = NineBox.defaultGrid();

  @ParameterizedTest(name = "total {0} is {1}")
  @CsvSource({"0, LOW", "69.99, LOW", "70, MEDIUM", "79.99, MEDIUM", "80, HIGH", "200, HIGH"})
  void performance_cut_offs_are_inclusive_lower_bounds(String total, Level level) {
    // GIVEN the default grid (performance 70 / 80)
    // WHEN a total is placed on the performance axis
    // THEN a total on a cut-off gets the higher level
    // default cut-offs 70 / 80
    assertThat(grid.performanceLevel(new BigDecimal(total))).isEqualTo(level);
  }

  @ParameterizedTest(name = "rating {0} is {1}")
  @CsvSource({"1, LOW", "2.99, LOW", "3, MEDIUM", "3.99, MEDIUM", "4, HIGH", "5, HIGH"})
  void potential_ratings_are_cut_at_3_and_4_by_default(double rating, Level level) {
    // GIVEN the default grid (potential 3 / 4)
    // WHEN a rating is cut
    // THEN a rating on a cut-off gets the higher level
    assertThat(grid.potentialLevel(rating)).isEqualTo(level);
  }

  @Test
  void the_nine_boxes_cover_every_pair_of_levels() {
    // GIVEN the nine boxes
    // WHEN each pair of levels is looked up
    // THEN each pair has its own box
    assertThat(Box.of(Level.LOW, Level.LOW)).isEqualTo(Box.TALENT_RISK);
    assertThat(Box.of(Level.LOW, Level.HIGH)).isEqualTo(Box.POTENTIAL_GEM);
    assertThat(Box.of(Level.MEDIUM, Level.MEDIUM)).isEqualTo(Box.CORE_PLAYER);
    assertThat(Box.of(Level.MEDIUM, Level.HIGH)).isEqualTo(Box.HIGH_POTENTIAL);
    assertThat(Box.of(Level.HIGH, Level.LOW)).isEqualTo(Box.SOLID_PERFORMER);
    assertThat(Box.of(Level.HIGH, Level.HIGH)).isEqualTo(Box.STAR);
    for (Box box : Box.values()) {
      assertThat(Box.of(box.performance(), box.potential())).isEqualTo(box);
    }
  }

  @Test
  void box_names_are_in_english_and_chinese() {
    // GIVEN the boxes
    // WHEN their labels are read in several locales
    // THEN Chinese locales get Chinese names, others English
    assertThat(Box.STAR.label(Locale.ENGLISH)).isEqualTo("Star");
    assertThat(Box.STAR.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("明星员工");
    assertThat(Box.TALENT_RISK.label(Locale.CHINESE)).isEqualTo("人才风险");
    assertThat(Box.CORE_PLAYER.label(Locale.FRENCH)).isEqualTo("Core player");
    assertThat(Box.HIGH_POTENTIAL.label(Locale.TRADITIONAL_CHINESE)).isEqualTo("高潜人才");
  }

  @Test
  void evaluated_people_are_placed_by_total_and_given_potential() {
    // GIVEN totals 80 (HIGH) and 75 (MEDIUM); potentials HIGH and LOW
    List<Placement> placements =
        grid.placeAll(
            List.of(Fixtures.withTotal("emp-1", 80), Fixtures.withTotal("emp-2", 75)),
            Map.of("emp-1", Level.HIGH, "emp-2", Level.LOW));
    // WHEN they are placed
    // THEN emp-1 is a star, emp-2 an average performer
    assertThat(placements).extracting(Placement::subjectId, Placement::box)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("emp-1", Box.STAR),
            org.assertj.core.groups.Tuple.tuple("emp-2", Box.AVERAGE_PERFORMER));
  }

  @Test
  void custom_cut_offs_and_a_numeric_potential() {
    // GIVEN performance cut-offs 70 / 85 and potential 60 / 80
    // WHEN people are placed by total and potential score
    // THEN 84.99 is medium, 85 high; 80 is high potential, 59.9 low
    NineBox custom = NineBox.builder().performanceCutoffs(70, 85).potentialCutoffs(60, 80).build();
    // 84.99 < 85 → MEDIUM performance; potential 80 → HIGH
    assertThat(custom.placeRated("emp-3", new BigDecimal("84.99"), 80).box())
        .isEqualTo(Box.HIGH_POTENTIAL);
    assertThat(custom.placeRated("emp-3", new BigDecimal("85"), 59.9).box())
        .isEqualTo(Box.SOLID_PERFORMER);
  }

  @Test
  void invalid_cut_offs_and_missing_potentials_are_rejected() {
    // GIVEN inverted and NaN cut-offs, an infinite rating, a missing potential, a mismatched box
    // WHEN they are given
    // THEN each message names the value
    assertThatThrownBy(() -> NineBox.builder().performanceCutoffs(85, 70))
        .hasMessage("performance cut-offs must have medium ≤ high, got medium=85, high=70");
    assertThatThrownBy(() -> NineBox.builder().potentialCutoffs(Double.NaN, 4))
        .hasMessage("potential medium cut-off must be a finite number, got NaN");
    assertThatThrownBy(() -> grid.potentialLevel(Double.POSITIVE_INFINITY))
        .hasMessage("potential rating must be a finite number, got Infinity");
    assertThatThrownBy(() -> grid.placeAll(List.of(Fixtures.withTotal("emp-1", 80)), Map.of()))
        .hasMessage("subject 'emp-1' has no potential level");
    assertThatThrownBy(() -> new Placement("emp-1", BigDecimal.TEN, Level.LOW, Level.LOW, Box.STAR))
        .hasMessage("box STAR does not match performance LOW and potential LOW");
  }
}

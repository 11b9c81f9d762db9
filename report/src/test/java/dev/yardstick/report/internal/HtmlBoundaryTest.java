package dev.yardstick.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlBoundaryTest {

  @Test
  void the_first_and_last_code_point_of_every_wide_range_is_wide() {
    // GIVEN the inclusive ends of the eight East Asian wide ranges
    int[] ends = {
      0x1100, 0x115F, 0x2E80, 0xA4CF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF,
      0xFE30, 0xFE4F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x20000, 0x3FFFD
    };
    // WHEN / THEN each end is inside its range, so it counts as wide
    for (int cp : ends) {
      assertThat(Html.isWide(cp)).as("U+%X", cp).isTrue();
    }
  }

  @Test
  void the_code_points_just_outside_every_wide_range_are_narrow() {
    // GIVEN one below each range start and one above each range end
    int[] outside = {
      0x10FF, 0x1160, 0x2E7F, 0xA4D0, 0xABFF, 0xD7A4, 0xF8FF, 0xFB00,
      0xFE2F, 0xFE50, 0xFEFF, 0xFF61, 0xFFDF, 0xFFE7, 0x1FFFF, 0x3FFFE
    };
    // WHEN / THEN none of them counts as wide
    for (int cp : outside) {
      assertThat(Html.isWide(cp)).as("U+%X", cp).isFalse();
    }
  }

  @Test
  void the_c1_control_range_is_replaced_from_7f_to_9f_inclusive_and_its_neighbours_are_kept() {
    // GIVEN U+007E (tilde), U+007F (DEL), U+009F (last C1 control), U+00A0 (no-break space)
    String text = "\u007e\u007f\u009f\u00a0";

    // WHEN escaped
    String escaped = Html.escape(text);

    // THEN only the two controls become U+FFFD
    assertThat(escaped).isEqualTo("\u007e\ufffd\ufffd\u00a0");
  }

  @Test
  void a_high_surrogate_at_the_very_end_is_unpaired_and_replaced() {
    // GIVEN "a" followed by a lone high surrogate as the last char
    // WHEN escaped THEN the surrogate becomes U+FFFD and "a" stays
    assertThat(Html.escape("a\uD83D")).isEqualTo("a\ufffd");
  }

  @Test
  void a_pair_after_another_character_is_kept_but_a_lone_low_surrogate_at_the_start_is_replaced() {
    // GIVEN "a" + U+1F600 as a surrogate pair, and a low surrogate at index 0
    // WHEN escaped
    // THEN the pair is untouched and the leading low surrogate becomes U+FFFD
    assertThat(Html.escape("a\uD83D\uDE00")).isEqualTo("a\uD83D\uDE00");
    assertThat(Html.escape("\uDE00b")).isEqualTo("\ufffdb");
  }

  @Test
  void fit_cuts_exactly_when_the_width_exceeds_the_budget() {
    // GIVEN a budget of 4 units
    // WHEN the text is exactly 4 narrow chars THEN it is kept whole
    assertThat(Html.fit("abcd", 4)).isEqualTo("abcd");
    // WHEN it is 5 chars THEN units exceed 4 at "e"; the cut is where units first exceeded
    // 4 - 1 = 3, i.e. at "d" (index 3), so "abc" + ellipsis (3 + 1 = 4 units)
    assertThat(Html.fit("abcde", 4)).isEqualTo("abc…");
  }
}

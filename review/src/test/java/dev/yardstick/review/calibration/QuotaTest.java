package dev.yardstick.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.review.grade.GradeScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaTest {

  static Quota twentySeventyTen() {
    return Quota.builder()
        .group("top", 20, "S", "A")
        .group("middle", 70, "B")
        .group("bottom", 10, "C", "D")
        .build();
  }

  @Test
  void twenty_seventy_ten_of_7_people_is_1_5_1_by_largest_remainder() {
    // GIVEN 20 / 70 / 10 and a team of 7
    // WHEN allocated
    List<GroupAllocation> a = twentySeventyTen().allocate(7);
    // THEN exact shares 7 × 20% = 1.4, 7 × 70% = 4.9, 7 × 10% = 0.7
    assertThat(a).extracting(GroupAllocation::exactShare)
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal("1.4"), new java.math.BigDecimal("4.9"),
            new java.math.BigDecimal("0.7"));
    // whole parts 1 + 4 + 0 = 5; the 2 seats left go to the largest remainders .9 (middle), .7 (bottom)
    assertThat(a).extracting(GroupAllocation::floor).containsExactly(1, 4, 0);
    assertThat(a).extracting(GroupAllocation::count).containsExactly(1, 5, 1);
    assertThat(a.get(0)).hasToString("top: 20% = 1.4 → 1");
  }

  @Test
  void thirty_sixty_ten_of_7_people_is_2_4_1() {
    // GIVEN 30 / 60 / 10 of 7: exact 2.1, 4.2, 0.7; whole parts 2 + 4 + 0 = 6; 1 left → remainder .7
    Quota quota =
        Quota.builder().group("top", 30, "S", "A").group("middle", 60, "B")
            .group("bottom", 10, "C", "D").build();
    // WHEN allocated
    // THEN 2 / 4 / 1
    assertThat(quota.allocate(7)).extracting(GroupAllocation::count).containsExactly(2, 4, 1);
  }

  @Test
  void equal_remainders_go_to_the_group_declared_first() {
    // GIVEN 20 / 70 / 10 of 5: exact 1, 3.5, 0.5; whole parts 1 + 3 + 0 = 4; 1 seat left,
    // remainders .5 (middle) and .5 (bottom) tie
    // WHEN allocated
    // THEN the better group, declared first, gets it: 1 / 4 / 0
    assertThat(twentySeventyTen().allocate(5))
        .extracting(GroupAllocation::count)
        .containsExactly(1, 4, 0);
  }

  @Test
  void counts_always_sum_to_the_population() {
    // GIVEN 20 / 70 / 10
    // WHEN 10, 0 and 1 people are allocated
    // THEN the counts sum to the population
    // 10 people: 2 / 7 / 1 exactly; 0 people: nobody anywhere; 1 person: exact .2 .7 .1 → middle
    assertThat(twentySeventyTen().allocate(10)).extracting(GroupAllocation::count)
        .containsExactly(2, 7, 1);
    assertThat(twentySeventyTen().allocate(0)).extracting(GroupAllocation::count)
        .containsExactly(0, 0, 0);
    assertThat(twentySeventyTen().allocate(1)).extracting(GroupAllocation::count)
        .containsExactly(0, 1, 0);
  }

  @Test
  void percents_must_sum_to_100() {
    // GIVEN groups of 20% and 70%
    // WHEN the quota is built
    // THEN the sum, 90, is named
    assertThatThrownBy(
            () -> Quota.builder().group("top", 20, "A").group("rest", 70, "B").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quota percents must sum to 100, got 90");
  }

  @Test
  void invalid_groups_are_rejected_naming_them() {
    // GIVEN duplicate groups and grades, a negative percent, an empty group, a negative population
    // WHEN they are given
    // THEN each message names the group or value
    assertThatThrownBy(
            () -> Quota.builder().group("top", 50, "A").group("top", 50, "B").build())
        .hasMessage("quota has group 'top' twice");
    assertThatThrownBy(
            () -> Quota.builder().group("top", 50, "A").group("rest", 50, "A", "B").build())
        .hasMessage("grade 'A' is in quota groups 'top' and 'rest'");
    assertThatThrownBy(() -> Quota.builder().group("top", -10, "A"))
        .hasMessage("quota group 'top' percent must be 0 to 100, got -10");
    assertThatThrownBy(() -> Quota.builder().group("top", 100))
        .hasMessage("quota group 'top' has no grades");
    assertThatThrownBy(() -> twentySeventyTen().allocate(-1))
        .hasMessage("population must be 0 or more, got -1");
  }

  @Test
  void a_quota_must_fit_the_scale() {
    // GIVEN quotas missing D, naming X, or declared worst first
    // WHEN they are checked against the default scale
    // THEN each message names the grade or groups
    GradeScale scale = GradeScale.defaultScale();
    assertThatThrownBy(
            () -> Quota.builder().group("top", 20, "S", "A").group("rest", 80, "B", "C").build()
                .checkAgainst(scale))
        .hasMessage("grade 'D' of the scale is in no quota group [top, rest]");
    assertThatThrownBy(
            () -> Quota.builder().group("top", 20, "S", "A", "X").group("rest", 80, "B", "C", "D")
                .build().checkAgainst(scale))
        .hasMessage(
            "quota group 'top' has grade 'X', which is not on the scale [S, A, B, C, D]");
    assertThatThrownBy(
            () -> Quota.builder().group("low", 10, "C", "D").group("high", 90, "S", "A", "B")
                .build().checkAgainst(scale))
        .hasMessage(
            "quota group 'high' has a grade better than a grade of the group before it, 'low':"
                + " declare groups best first");
  }
}

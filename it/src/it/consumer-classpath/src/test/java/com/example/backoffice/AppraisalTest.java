package com.example.backoffice;

import static dev.yardstick.assertj.YardstickAssertions.assertThat;

import dev.yardstick.core.Yardstick;
import org.junit.jupiter.api.Test;

class AppraisalTest {

  @Test
  void the_library_works_on_the_class_path() {
    assertThat(AppraisalTest.class.getModule().isNamed()).isFalse();
    // every item on target scores 100, so the total is 100
    assertThat(Appraisal.onTarget("emp-1")).hasTotal(100).hasNoFlags();
  }

  @Test
  void strategies_are_discovered_through_meta_inf_services() {
    assertThat(Yardstick.strategies().ids())
        .contains("threshold-target-stretch", "ratio-to-target", "closer-to-target", "banded",
            "milestone", "deduction", "ratings", "okr-committed", "okr-aspirational");
  }
}

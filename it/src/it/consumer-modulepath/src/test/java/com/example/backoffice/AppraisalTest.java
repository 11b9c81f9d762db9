package com.example.backoffice;

import static dev.yardstick.assertj.YardstickAssertions.assertThat;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.scoring.ScoringStrategy;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AppraisalTest {

  @Test
  void the_library_works_on_the_module_path() {
    assertThat(ScoringStrategy.class.getModule().getName()).isEqualTo("dev.yardstick.core");
    assertThat(Appraisal.class.getModule().getName()).isEqualTo("com.example.backoffice");
    assertThat(Appraisal.onTarget("emp-1")).hasTotal(100).hasNoFlags();
  }

  @Test
  void strategies_are_discovered_through_module_provides() {
    ModuleLayer layer = ScoringStrategy.class.getModule().getLayer();
    Set<String> providers = layer.modules().stream()
        .flatMap(m -> m.getDescriptor().provides().stream())
        .filter(p -> p.service().equals(ScoringStrategy.class.getName()))
        .flatMap(p -> p.providers().stream())
        .collect(Collectors.toSet());
    assertThat(providers).contains("dev.yardstick.rules.kpi.RatioToTarget", "dev.yardstick.rules.okr.OkrCommittedStrategy");
    assertThat(Yardstick.strategies().ids())
        .contains("threshold-target-stretch", "ratio-to-target", "okr-committed", "okr-aspirational");
  }

  @Test
  void no_internal_or_test_package_is_exported() {
    for (String name : new String[] {"dev.yardstick.core", "dev.yardstick.rules.kpi", "dev.yardstick.rules.okr"}) {
      Module module = ScoringStrategy.class.getModule().getLayer().findModule(name).orElseThrow();
      Set<String> exported = module.getDescriptor().exports().stream()
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      assertThat(exported).as(name).allSatisfy(p -> assertThat(p).doesNotContain("internal").doesNotContain("test"));
      assertThat(module.getPackages()).as(name).noneMatch(p -> p.contains("testing"));
    }
  }
}

package dev.yardstick.core.domain;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every public constructor and factory of the value types rejects null where it is not allowed. */
class NullRejectionTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(Period.class, Period.parse("2026-Q3"))
          .setDefault(BigDecimal.class, BigDecimal.ONE)
          .setDefault(String.class, "x")
          .setDefault(PeriodType.class, PeriodType.MONTH)
          .setDefault(FunctionalModule.class, FunctionalModule.of("m", "M"))
          .setDefault(Level.class, Level.SPECIALIST)
          .setDefault(Unit.class, Unit.COUNT)
          .setDefault(Subject.Kind.class, Subject.Kind.TEAM);

  @Test
  void value_types_reject_nulls() {
    tester.testAllPublicStaticMethods(Period.class);
    tester.testAllPublicInstanceMethods(Period.parse("2026-Q3"));
    tester.testAllPublicStaticMethods(Measurement.class);
    tester.testAllPublicStaticMethods(FunctionalModule.class);
    tester.testAllPublicStaticMethods(Role.class);
    tester.testAllPublicStaticMethods(Subject.class);
    tester.testAllPublicStaticMethods(Indicator.class);
    tester.testAllPublicInstanceMethods(Indicator.builder("x"));
    tester.testAllPublicConstructors(Role.class);
    tester.testAllPublicConstructors(FunctionalModule.class);
  }
}

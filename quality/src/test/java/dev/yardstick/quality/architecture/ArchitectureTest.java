package dev.yardstick.quality.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Architecture rules over the library modules on the test class path (their jars, not their
 * tests), checked as well by each module's {@code module-info}:
 *
 * <ul>
 *   <li>core depends on no other Yardstick module, and the rule and tracking modules on core only;
 *   <li>no package cycle within a module;
 *   <li>an {@code internal} package is used only inside its own module;
 *   <li>no public signature of an exported package exposes a Guava type, and only JDK and
 *       Yardstick types appear in them (the AssertJ module, whose API is AssertJ assertions by
 *       design, may also expose AssertJ types).
 * </ul>
 */
@AnalyzeClasses(
    packages = "dev.yardstick",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotQuality.class})
class ArchitectureTest {

  /** The root package of each library module. */
  static final List<String> MODULE_ROOTS =
      List.of(
          "dev.yardstick.core",
          "dev.yardstick.rules.kpi",
          "dev.yardstick.rules.okr",
          "dev.yardstick.tracking",
          "dev.yardstick.review",
          "dev.yardstick.json",
          "dev.yardstick.report",
          "dev.yardstick.assertj");

  /** Leaves this module's own classes out, should a build put them on the path. */
  static final class NotQuality implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("/dev/yardstick/quality/");
    }
  }

  @ArchTest
  static final ArchRule core_depends_on_no_other_yardstick_module =
      noClasses()
          .that()
          .resideInAPackage("dev.yardstick.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.yardstick.rules..",
              "dev.yardstick.tracking..",
              "dev.yardstick.review..",
              "dev.yardstick.json..",
              "dev.yardstick.report..",
              "dev.yardstick.assertj..",
              "dev.yardstick.samples..");

  @ArchTest
  static final ArchRule the_rule_and_tracking_modules_depend_on_core_only =
      classes()
          .that()
          .resideInAnyPackage(
              "dev.yardstick.rules.kpi..", "dev.yardstick.rules.okr..", "dev.yardstick.tracking..")
          .should(
              new ArchCondition<JavaClass>("depend on no Yardstick module but core and their own") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                  String own = moduleOf(item.getPackageName());
                  item.getDirectDependenciesFromSelf()
                      .forEach(
                          d -> {
                            String to = moduleOf(d.getTargetClass().getPackageName());
                            if (to != null && !to.equals(own) && !to.equals("dev.yardstick.core")) {
                              events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                          });
                }
              });

  /**
   * Enforced plainly, with no frozen exceptions: any cycle between two packages of a module fails.
   * A facade package may use its {@code internal} package, never the other way round (json's
   * engine reports with its own exception, report's page and charts live beside the records they
   * read).
   */
  @ArchTest
  static final ArchRule no_module_has_a_package_cycle = packageCycles();

  static ArchRule packageCycles() {
    return slices()
          .assignedFrom(
              new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                  String module = moduleOf(javaClass.getPackageName());
                  return module == null
                      ? SliceIdentifier.ignore()
                      : SliceIdentifier.of(javaClass.getPackageName());
                }

                @Override
                public String getDescription() {
                  return "the packages of each Yardstick module";
                }
              })
          .should()
          .beFreeOfCycles();
  }

  @ArchTest
  static void an_internal_package_is_used_only_inside_its_own_module(
      com.tngtech.archunit.core.domain.JavaClasses classes) {
    for (String root : MODULE_ROOTS) {
      noClasses()
          .that()
          .resideOutsideOfPackage(root + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(root + ".internal..")
          .allowEmptyShould(true)
          .as("classes outside " + root + " should not use " + root + ".internal")
          .check(classes);
    }
  }

  @ArchTest
  static final ArchRule no_public_signature_exposes_a_guava_type =
      classes()
          .that(PublicApi.EXPORTED_AND_PUBLIC)
          .should(exposeOnly("expose no Guava type", type -> !type.startsWith("com.google.common.")));

  @ArchTest
  static final ArchRule public_signatures_expose_only_jdk_and_yardstick_types =
      classes()
          .that(PublicApi.EXPORTED_AND_PUBLIC)
          .and()
          .resideOutsideOfPackage("dev.yardstick.assertj..")
          .should(
              exposeOnly(
                  "expose only JDK and Yardstick types",
                  type -> type.startsWith("java.") || type.startsWith("dev.yardstick.")));

  /** The module root of a package, or null when it is not a library module's. */
  static String moduleOf(String packageName) {
    for (String root : MODULE_ROOTS) {
      if (packageName.equals(root) || packageName.startsWith(root + ".")) {
        return root;
      }
    }
    return null;
  }

  /** Every type of a public or protected signature of the class must satisfy {@code allowed}. */
  static ArchCondition<JavaClass> exposeOnly(String description, Predicate<String> allowed) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (String violation : violations(item, allowed)) {
          events.add(SimpleConditionEvent.violated(item, item.getName() + ": " + violation));
        }
      }
    };
  }

  static List<String> violations(JavaClass c, Predicate<String> allowed) {
    List<String> found = new ArrayList<>();
    c.getRawSuperclass()
        .ifPresent(s -> check(found, allowed, "extends", involved(c.getSuperclass().orElseThrow())));
    for (JavaType i : c.getInterfaces()) {
      check(found, allowed, "implements", involved(i));
    }
    for (JavaField f : c.getFields()) {
      if (visible(f.getModifiers())) {
        check(found, allowed, "field " + f.getName(), involved(f.getType()));
      }
    }
    for (JavaCodeUnit m : c.getCodeUnits()) {
      if (!visible(m.getModifiers()) || m.getName().equals("<clinit>")) {
        continue;
      }
      String where = m.getName().equals("<init>") ? "constructor" : "method " + m.getName();
      check(found, allowed, where + " returns", involved(m.getReturnType()));
      for (JavaType p : m.getParameterTypes()) {
        check(found, allowed, where + " parameter", involved(p));
      }
      m.getThrowsClause().getTypes().forEach(t -> check(found, allowed, where + " throws", Set.of(t)));
    }
    return found;
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static Set<JavaClass> involved(JavaType type) {
    return new LinkedHashSet<>(type.getAllInvolvedRawTypes());
  }

  private static void check(
      List<String> found, Predicate<String> allowed, String where, Set<JavaClass> types) {
    for (JavaClass t : types) {
      JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
      if (base.isPrimitive()) {
        continue;
      }
      if (!allowed.test(base.getName())) {
        found.add(where + " exposes " + base.getName());
      }
    }
  }
}

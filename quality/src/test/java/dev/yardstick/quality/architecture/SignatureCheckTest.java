package dev.yardstick.quality.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.yardstick.core.evaluation.BatchRequest;
import dev.yardstick.core.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** The signature check of {@link ArchitectureTest} sees what a public signature exposes. */
class SignatureCheckTest {

  @Test
  void a_type_argument_of_a_public_return_type_is_seen() {
    // GIVEN Scorecard, whose sections() returns List<Section>
    JavaClass card = new ClassFileImporter().importClass(Scorecard.class);

    // WHEN Section is the forbidden type
    var found =
        ArchitectureTest.violations(card, type -> !type.equals("dev.yardstick.core.scorecard.Section"));

    // THEN the method is reported
    assertThat(found).contains("method sections returns exposes dev.yardstick.core.scorecard.Section");
  }

  @Test
  void a_nested_wildcard_bound_of_a_public_parameter_is_seen() {
    // GIVEN BatchRequest.targets(Map<String, ? extends Map<String, Target>>)
    JavaClass batch = new ClassFileImporter().importClass(BatchRequest.class);

    // WHEN Target is the forbidden type
    var found = ArchitectureTest.violations(batch, type -> !type.equals("dev.yardstick.core.domain.Target"));

    // THEN the parameter is reported
    assertThat(found).contains("method targets parameter exposes dev.yardstick.core.domain.Target");
  }

  @Test
  void a_private_member_is_not_part_of_the_signature() {
    // GIVEN Scorecard, whose private field indexById is a Map<String, Integer>
    JavaClass card = new ClassFileImporter().importClass(Scorecard.class);

    // WHEN Integer is forbidden
    var found = ArchitectureTest.violations(card, type -> !type.equals("java.lang.Integer"));

    // THEN nothing public exposes it
    assertThat(found).isEmpty();
  }
}

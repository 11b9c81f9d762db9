package dev.yardstick.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleCompanyTest {

  @Test
  void the_output_folder_is_the_first_argument_else_the_property_else_the_default() {
    // GIVEN no argument and no property THEN the documented default
    String saved = System.getProperty("yardstick.output");
    try {
      System.clearProperty("yardstick.output");
      assertThat(SampleCompany.outputFolder(new String[0])).isEqualTo(Path.of("yardstick-output"));
      // GIVEN the property THEN the property
      System.setProperty("yardstick.output", "/tmp/elsewhere");
      assertThat(SampleCompany.outputFolder(new String[0])).isEqualTo(Path.of("/tmp/elsewhere"));
      // GIVEN an argument THEN the argument, whatever the property says
      assertThat(SampleCompany.outputFolder(new String[] {"out/q3"})).isEqualTo(Path.of("out/q3"));
    } finally {
      if (saved == null) {
        System.clearProperty("yardstick.output");
      } else {
        System.setProperty("yardstick.output", saved);
      }
    }
  }
}

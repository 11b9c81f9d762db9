package dev.yardstick.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.evaluation.Evaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void the_quickstart_evaluates_as_its_comments_say() {
    // GIVEN / WHEN the quickstart runs
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    Evaluation e;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      e = Quickstart.run();
    } finally {
      System.setOut(original);
    }

    // THEN GMV 1100000 lies halfway from target 1000000 (100) to stretch 1200000 (120): 110;
    // conversion 3150/100000 = 0.0315 is 90% of 0.035: 90; total 0.6×110 + 0.4×90 = 102
    assertThat(e.item("store-gmv").orElseThrow().score()).isEqualByComparingTo("110");
    assertThat(e.item("conversion-rate").orElseThrow().score()).isEqualByComparingTo("90");
    assertThat(e.total().toPlainString()).isEqualTo("102.00");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("total 102.00");
  }

  @Test
  void the_readme_shows_exactly_the_quickstart_code() throws IOException {
    // GIVEN the quickstart's source and the README
    List<String> source = between(Files.readAllLines(Path.of("src/main/java/dev/yardstick/samples/Quickstart.java")),
        "// quickstart:start", "// quickstart:end");
    List<String> readme = between(Files.readAllLines(Path.of("../README.md")),
        "<!-- quickstart:start -->", "<!-- quickstart:end -->");

    // THEN the README's java block is the same code, indentation aside
    assertThat(readme).first().isEqualTo("```java");
    assertThat(readme).last().isEqualTo("```");
    assertThat(strip(readme.subList(1, readme.size() - 1))).isEqualTo(strip(source));
  }

  @Test
  void the_table_example_evaluates_as_its_comments_say() {
    // GIVEN / WHEN the README's table example runs
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    dev.yardstick.core.evaluation.TableResult result;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      result = TableQuickstart.run();
    } finally {
      System.setOut(original);
    }

    // THEN emp-17 is the quickstart's 102 (0.6 × 110 + 0.4 × 90); emp-18 is on stretch (120) and
    // on target (0.035 ÷ 0.035 = 100): 0.6 × 120 + 0.4 × 100 = 112; emp-19 has no GMV and fails
    assertThat(result.total(0).toPlainString()).isEqualTo("102.00");
    assertThat(result.total(1).toPlainString()).isEqualTo("112.00");
    assertThat(result.isEvaluated(2)).isFalse();
    assertThat(result.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("emp-19", "store-gmv", "missing"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("emp-17 102.00" + System.lineSeparator() + "emp-18 112.00");
  }

  @Test
  void the_readme_shows_exactly_the_table_example_code() throws IOException {
    // GIVEN the example's source and the README
    List<String> source = between(Files.readAllLines(Path.of("src/main/java/dev/yardstick/samples/TableQuickstart.java")),
        "// tables:start", "// tables:end");
    List<String> readme = between(Files.readAllLines(Path.of("../README.md")),
        "<!-- tables:start -->", "<!-- tables:end -->");

    // THEN the README's java block is the same code, indentation aside
    assertThat(readme).first().isEqualTo("```java");
    assertThat(readme).last().isEqualTo("```");
    assertThat(strip(readme.subList(1, readme.size() - 1))).isEqualTo(strip(source));
  }

  private static List<String> between(List<String> lines, String start, String end) {
    int from = lines.indexOf(lines.stream().filter(l -> l.trim().equals(start)).findFirst().orElseThrow());
    int to = lines.indexOf(lines.stream().filter(l -> l.trim().equals(end)).findFirst().orElseThrow());
    return lines.subList(from + 1, to);
  }

  private static String strip(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}

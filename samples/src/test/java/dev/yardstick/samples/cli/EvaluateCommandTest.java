package dev.yardstick.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.json.YardstickJson;
import dev.yardstick.rules.kpi.catalog.EcommerceScorecards;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

  private static final Path EXAMPLES = Path.of("src/main/resources/examples");
  private static final Path CARD = EXAMPLES.resolve("store-ops-manager.json");
  private static final Path CSV = EXAMPLES.resolve("measurements.csv");

  /** The result of one run of the command. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvaluateCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void the_readme_invocation_evaluates_the_shipped_examples_and_writes_the_report(@TempDir Path tmp)
      throws IOException {
    // GIVEN the exact -Dexec.args of the CLI command in the samples README, whose paths are
    // relative to the repository root (where ./mvnw runs) and whose report goes to tmp here
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("-Dexec\\.mainClass=dev\\.yardstick\\.samples\\.cli\\.EvaluateCommand"
        + " -Dexec\\.args=\"([^\"]+)\"").matcher(readme);
    assertThat(m.find()).as("the README shows the CLI command").isTrue();
    List<String> args = new ArrayList<>();
    for (String arg : m.group(1).split(" ")) {
      args.add(arg.startsWith("samples/") ? Path.of("..").resolve(arg).toString()
          : arg.endsWith(".html") ? tmp.resolve("report.html").toString() : arg);
    }

    // WHEN the command runs as main() runs it
    Run r = run(args.toArray(String[]::new));

    // THEN every subject is evaluated, the table printed and the report written
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(EvaluateCommand.OK);
    assertThat(r.out()).contains("store-ops-manager v1", "3 of 3 subjects evaluated", "li-wei", "yang-lei", "zhou-min");
    assertThat(Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8)).contains("<svg", "li-wei");
  }

  @Test
  void the_example_scorecard_is_the_catalog_card_as_the_json_module_writes_it() throws IOException {
    // GIVEN / WHEN the shipped example THEN it is exactly the json module's document of the card
    assertThat(Files.readString(CARD, StandardCharsets.UTF_8))
        .isEqualTo(YardstickJson.standard().write(EcommerceScorecards.STORE_OPS_MANAGER));
  }

  @Test
  void quarter_rows_are_used_as_they_are_and_monthly_rows_are_rolled_up() {
    // GIVEN li-wei's quarterly GMV 5,230,000 and zhou-min's monthly 1,650,000 + 1,580,000 +
    // 1,920,000 = 5,150,000, on threshold 4M (60) / target 5M (100) / stretch 6M (120)
    // WHEN evaluated
    Run r = run("--scorecard", CARD.toString(), "--measurements", CSV.toString(), "--period", "2026-Q3");

    // THEN li-wei scores 100 + 20 × 0.23 = 104.60 and zhou-min 100 + 20 × 0.15 = 103.00
    assertThat(r.code()).isZero();
    assertThat(row(r.out(), "li-wei")).contains("104.60");
    assertThat(row(r.out(), "zhou-min")).contains("103.00");
  }

  private static String row(String out, String subject) {
    return out.lines().filter(l -> l.startsWith(subject + " ")).findFirst().orElseThrow();
  }

  @Test
  void a_missing_option_is_a_usage_error() {
    // GIVEN no --measurements WHEN run THEN exit 2 naming the option
    Run r = run("--scorecard", CARD.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.USAGE).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--measurements=data.csv'");
  }

  @Test
  void a_period_that_does_not_parse_is_a_usage_error_naming_the_value() {
    // GIVEN --period 2026-Q5 WHEN run THEN exit 2 naming the value
    Run r = run("--scorecard", CARD.toString(), "--measurements", CSV.toString(), "--period", "2026-Q5");
    assertThat(r.code()).isEqualTo(EvaluateCommand.USAGE);
    assertThat(r.err()).contains("Invalid value for option '--period'", "'2026-Q5' is not a period");
  }

  @Test
  void an_unknown_report_language_is_a_usage_error() {
    // GIVEN --lang fr WHEN run THEN exit 2 naming the value
    Run r = run("--scorecard", CARD.toString(), "--measurements", CSV.toString(), "--period", "2026-Q3",
        "--lang", "fr");
    assertThat(r.code()).isEqualTo(EvaluateCommand.USAGE);
    assertThat(r.err()).contains("'--lang': 'fr'");
  }

  @Test
  void a_scorecard_file_that_does_not_exist_is_bad_input_naming_the_file(@TempDir Path tmp) {
    // GIVEN a path with no file WHEN run THEN exit 3 naming the file
    Path missing = tmp.resolve("nope.json");
    Run r = run("--scorecard", missing.toString(), "--measurements", CSV.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT).isEqualTo(3);
    assertThat(r.err()).contains(missing + ": no such file");
  }

  @Test
  void an_invalid_scorecard_is_bad_input_naming_the_json_path(@TempDir Path tmp) throws IOException {
    // GIVEN the example with the first item's weight as a string
    String json = Files.readString(CARD, StandardCharsets.UTF_8).replaceFirst("\"weight\": 35", "\"weight\": \"heavy\"");
    Path bad = Files.writeString(tmp.resolve("card.json"), json, StandardCharsets.UTF_8);

    // WHEN run THEN exit 3 with the JSON path of the weight
    Run r = run("--scorecard", bad.toString(), "--measurements", CSV.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT);
    assertThat(r.err()).contains(bad + ": invalid scorecard at JSON path $.sections[0].items[0].weight");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_bad_decimal_in_the_csv_is_bad_input_naming_its_line_and_column(@TempDir Path tmp)
      throws IOException {
    // GIVEN line 3 (li-wei's conversion rate) with the numerator 10.4.50
    Path bad = csvWithLine3(tmp, l -> l.replace("10450", "10.4.50"));

    // WHEN run THEN exit 3 naming line 3 and the numerator column
    Run r = run("--scorecard", CARD.toString(), "--measurements", bad.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT);
    assertThat(r.err()).contains(bad + ": line 3, column 'numerator'", "'10.4.50'");
  }

  @Test
  void a_csv_row_with_too_many_fields_is_bad_input_naming_its_line(@TempDir Path tmp)
      throws IOException {
    // GIVEN line 3 with a decimal comma: 10,450 makes a seventh field
    Path bad = csvWithLine3(tmp, l -> l.replace("10450", "10,450"));

    // WHEN run THEN exit 3 naming line 3
    Run r = run("--scorecard", CARD.toString(), "--measurements", bad.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT);
    assertThat(r.err()).contains(bad + ": line 3");
  }

  @Test
  void an_indicator_not_on_the_scorecard_is_bad_input_naming_the_row(@TempDir Path tmp)
      throws IOException {
    // GIVEN line 3 about CSAT, which the store manager's scorecard does not have
    Path bad = csvWithLine3(tmp, l -> l.replace("conversion-rate", "csat"));

    // WHEN run THEN exit 3 naming the row and the scorecard
    Run r = run("--scorecard", CARD.toString(), "--measurements", bad.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT);
    assertThat(r.err()).contains("the row of subject 'li-wei', indicator 'csat', period 2026-Q3",
        "is not on scorecard 'store-ops-manager'");
  }

  @Test
  void a_row_of_another_period_is_bad_input_naming_the_row(@TempDir Path tmp) throws IOException {
    // GIVEN line 3 for the second quarter
    Path bad = csvWithLine3(tmp, l -> l.replace("2026-Q3", "2026-Q2"));

    // WHEN run for the third THEN exit 3 naming the row
    Run r = run("--scorecard", CARD.toString(), "--measurements", bad.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT);
    assertThat(r.err()).contains("indicator 'conversion-rate', period 2026-Q2: the period is not 2026-Q3");
  }

  @Test
  void a_missing_month_is_bad_input_naming_the_subject_indicator_and_month(@TempDir Path tmp)
      throws IOException {
    // GIVEN zhou-min's monthly GMV without August
    List<String> lines = new ArrayList<>(Files.readAllLines(CSV, StandardCharsets.UTF_8));
    lines.removeIf(l -> l.startsWith("zhou-min,store-gmv,2026-08"));
    Path bad = Files.write(tmp.resolve("data.csv"), lines, StandardCharsets.UTF_8);

    // WHEN run THEN exit 3: a sum of two months would understate the quarter
    Run r = run("--scorecard", CARD.toString(), "--measurements", bad.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.BAD_INPUT);
    assertThat(r.err()).contains("subject 'zhou-min', indicator 'store-gmv'", "2026-08 is missing from 2026-Q3");
  }

  @Test
  void a_subject_lacking_an_item_is_not_evaluated_and_the_others_are(@TempDir Path tmp)
      throws IOException {
    // GIVEN yang-lei without a GMV row; the scorecard fails on missing data
    List<String> lines = new ArrayList<>(Files.readAllLines(CSV, StandardCharsets.UTF_8));
    lines.removeIf(l -> l.startsWith("yang-lei,store-gmv"));
    Path partial = Files.write(tmp.resolve("data.csv"), lines, StandardCharsets.UTF_8);

    // WHEN run THEN exit 4, the reason on stderr, the two others in the table
    Run r = run("--scorecard", CARD.toString(), "--measurements", partial.toString(), "--period", "2026-Q3");
    assertThat(r.code()).isEqualTo(EvaluateCommand.NOT_EVALUATED).isEqualTo(4);
    assertThat(r.err()).contains("not evaluated: yang-lei: subject 'yang-lei', indicator 'store-gmv'");
    assertThat(r.out()).contains("2 of 3 subjects evaluated");
    assertThat(row(r.out(), "li-wei")).contains("104.60");
  }

  private static Path csvWithLine3(Path tmp, java.util.function.UnaryOperator<String> change)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(CSV, StandardCharsets.UTF_8));
    lines.set(2, change.apply(lines.get(2)));
    return Files.write(tmp.resolve("data.csv"), lines, StandardCharsets.UTF_8);
  }
}

package dev.yardstick.json.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MeasurementCsvTest {

  private static final Period JULY = Period.parse("2026-07");
  private final MeasurementCsv csv = MeasurementCsv.standard();

  private List<Measurement> read(MeasurementCsv with, String text) {
    return with.read(new StringReader(text), ErrorPolicy.FAIL_FAST).accepted();
  }

  private CsvImportException failure(MeasurementCsv with, String text) {
    return catchThrowableOfType(CsvImportException.class, () -> read(with, text));
  }

  private RejectedRow onlyRejection(String text) {
    CsvImport result = csv.read(new StringReader(text), ErrorPolicy.COLLECT);
    assertThat(result.rejected()).hasSize(1);
    return result.rejected().get(0);
  }

  @Test
  void rows_are_read_by_header_name_in_any_column_order() {
    // GIVEN columns in another order, a header in mixed case, a ratio without value and a blank line
    String text = "Period,VALUE,indicator,subject,numerator,denominator\n"
        + "2026-07,1250000.50,store-gmv,emp-17,,\n"
        + "\n"
        + "2026-Q3,,conversion-rate,emp-17,3150,90000\n";
    // WHEN read
    List<Measurement> rows = read(csv, text);
    // THEN two measurements; the ratio's value is 3150 / 90000 = 0.035
    assertThat(rows).containsExactly(
        Measurement.of("emp-17", "store-gmv", JULY, new BigDecimal("1250000.50")),
        Measurement.ratio("emp-17", "conversion-rate", Period.parse("2026-Q3"), 3150, 90000));
    assertThat(rows.get(1).value()).isEqualByComparingTo("0.035");
  }

  @Test
  void every_period_form_of_the_core_model_is_accepted() {
    // GIVEN each form Period.parse accepts; WHEN imported; THEN each period in canonical form
    String text = "subject,indicator,period,value\n"
        + "e,i,2026-07,1\ne,i,2026-Q3,2\ne,i,2026-q4,3\ne,i,2026-H2,4\ne,i,2026,5\n";
    assertThat(read(csv, text)).extracting(m -> m.period().toString())
        .containsExactly("2026-07", "2026-Q3", "2026-Q4", "2026-H2", "2026");
  }

  @Test
  void rfc_4180_quotes_escaped_quotes_crlf_embedded_line_breaks_and_a_bom_are_handled() {
    // GIVEN a BOM, CRLF, a quoted subject, an ignored note with a comma, a doubled quote and a line break
    MeasurementCsv withNote = MeasurementCsv.builder().ignore("note").build();
    String text = "\uFEFFsubject,indicator,period,value,note\r\n"
        + "\"emp-17\",gmv,2026-07,\"12.5\",\"said \"\"hi\"\", then left\r\nearly\"\r\n"
        + "emp-18,gmv,2026-07,13,plain\r\n"
        + "emp-19,gmv,2026-07,oops,x\r\n";
    // WHEN read collecting rejections
    CsvImport result = withNote.read(new StringReader(text), ErrorPolicy.COLLECT);
    // THEN the BOM is not part of the first header, quotes are removed and the line count follows
    // physical lines: the note spans lines 2 and 3, so emp-19's row is on line 5
    assertThat(result.accepted()).extracting(Measurement::subjectId).containsExactly("emp-17", "emp-18");
    assertThat(result.accepted().get(0).value()).isEqualByComparingTo("12.5");
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(5);
      assertThat(r.column()).isEqualTo("value");
      assertThat(r.fields()).containsExactly("emp-19", "gmv", "2026-07", "oops", "x");
    });
  }

  @Test
  void other_header_names_map_to_the_columns() {
    // GIVEN an export from a Chinese BI tool
    MeasurementCsv chinese = MeasurementCsv.builder()
        .header("员工编号", CsvColumn.SUBJECT)
        .header("指标", CsvColumn.INDICATOR)
        .header("期间", CsvColumn.PERIOD)
        .header("数值", CsvColumn.VALUE)
        .ignore("员工姓名")
        .build();
    String text = "员工编号,员工姓名,指标,期间,数值\n" + "E0017,李伟,store-gmv,2026-07,980000\n";
    // WHEN read
    List<Measurement> rows = read(chinese, text);
    // THEN mapped
    assertThat(rows).containsExactly(Measurement.of("E0017", "store-gmv", JULY, new BigDecimal("980000")));
    // AND errors name the column as the file writes it
    CsvImportException e = failure(chinese, "员工编号,员工姓名,指标,期间,数值\n" + "E0017,李伟,store-gmv,2026-07,\"98,5\"\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("数值");
    assertThat(e).hasMessage("line 2, column '数值': '98,5' is not a decimal number: use '.' for decimals"
        + " and no thousands separators (1250000.5, not 1,250,000.5 or 1250000,5)");
  }

  @Test
  void unknown_columns_are_refused_unless_ignored() {
    // GIVEN columns the import does not know; WHEN imported strictly, then leniently; THEN refused, then skipped
    String text = "subject,name,indicator,period,value,comment\ne,Li,i,2026,1,x\n";
    assertThat(failure(csv, text)).hasMessage("line 1, column 'name': unknown columns 'name', 'comment';"
        + " known headers: 'subject', 'indicator', 'period', 'value', 'numerator', 'denominator' (map other"
        + " names with header(name, column) or skip them with ignore(name))");
    MeasurementCsv lenient = MeasurementCsv.builder().ignoreUnknownColumns().build();
    assertThat(read(lenient, text)).hasSize(1);
  }

  @Test
  void a_header_missing_a_column_or_naming_one_twice_is_refused() {
    // GIVEN headers that lack a column or name one twice; WHEN imported; THEN refused at line 1
    assertThat(failure(csv, "subject,indicator,value\ne,i,1\n"))
        .hasMessage("line 1: the header has no period column; headers found: 'subject', 'indicator', 'value'");
    assertThat(failure(csv, "subject,indicator,period\ne,i,2026\n"))
        .hasMessage("line 1: the header has no value column (nor numerator and denominator); headers found:"
            + " 'subject', 'indicator', 'period'");
    assertThat(failure(csv, "subject,indicator,period,value,numerator\ne,i,2026,1,1\n"))
        .hasMessage("line 1: the header has a numerator column but no denominator column: a ratio needs both");
    assertThat(failure(csv, "subject,indicator,period,value,Subject\n"))
        .hasMessage("line 1, column 'Subject': column subject appears twice in the header, as 'subject' and 'Subject'");
    assertThat(failure(csv, "")).hasMessage("line 1: the input has no header line; expected columns such as"
        + " subject, indicator, period, value");
  }

  @Test
  void decimals_use_a_point_and_nothing_else() {
    // GIVEN values with commas, exponents, blanks inside or half a decimal; WHEN imported; THEN each row is rejected with the reason
    String header = "subject,indicator,period,value\n";
    assertThat(onlyRejection(header + "e,i,2026,\"1,5\"\n").reason())
        .isEqualTo("'1,5' is not a decimal number: use '.' for decimals and no thousands separators"
            + " (1250000.5, not 1,250,000.5 or 1250000,5)");
    assertThat(onlyRejection(header + "e,i,2026,\"1,250,000.50\"\n").reason()).startsWith("'1,250,000.50' is not a decimal number: use '.'");
    assertThat(onlyRejection(header + "e,i,2026,1.25E6\n").reason())
        .isEqualTo("'1.25E6' is not a plain decimal number: write 1250000 rather than 1.25E6");
    assertThat(onlyRejection(header + "e,i,2026,1 250\n").reason())
        .isEqualTo("'1 250' is not a decimal number such as 1250000.50 or -3.5");
    assertThat(onlyRejection(header + "e,i,2026,.5\n").reason()).startsWith("'.5' is not a decimal number");
    assertThat(onlyRejection(header + "e,i,2026,5.\n").reason()).startsWith("'5.' is not a decimal number");
    assertThat(onlyRejection(header + "e,i,2026,\n").reason())
        .isEqualTo("is empty: a row needs a value, or a numerator and a denominator");
    // AND signs, surrounding blanks and long fractions are fine
    assertThat(read(csv, header + "e,i,2026, -0.125 \ne,i,2026,+7\n")).extracting(Measurement::value)
        .containsExactly(new BigDecimal("-0.125"), new BigDecimal("7"));
  }

  @Test
  void fail_fast_stops_at_the_first_bad_row_with_its_line_and_column() {
    // GIVEN a good row then two bad ones; WHEN imported fail-fast; THEN it stops at the first bad one
    String text = "subject,indicator,period,value\n" + "emp-1,gmv,2026-07,1\n" + "emp-2,gmv,2026-13,2\n"
        + "emp 3,gmv,2026-07,3\n";
    CsvImportException e = failure(csv, text);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo("period");
    assertThat(e.reason()).isEqualTo("period '2026-13' is out of range: 12 per year, year from 1");
    assertThat(e).hasMessage("line 3, column 'period': period '2026-13' is out of range: 12 per year, year from 1");
  }

  @Test
  void collect_returns_the_good_rows_and_every_bad_row_with_line_and_reason() {
    // GIVEN one good row and one bad row of each kind
    String text = "subject,indicator,period,value,numerator,denominator\n"
        + "emp-1,gmv,2026-07,100,,\n"                       // 2 good
        + "emp 2,gmv,2026-07,1,,\n"                         // 3 bad id
        + ",gmv,2026-07,1,,\n"                              // 4 empty subject
        + "emp-4,gmv,July,1,,\n"                            // 5 bad period
        + "emp-5,cvr,2026-07,,3,0\n"                        // 6 zero denominator
        + "emp-6,cvr,2026-07,,3,\n"                         // 7 half a ratio
        + "emp-7,gmv,2026-07,1\n"                           // 8 too few fields
        + "emp-8,gm\"v,2026-07,1,,\n"                       // 9 stray quote
        + "\"emp-9\"x,gmv,2026-07,1,,\n"                    // 10 text after a closing quote
        + "emp-10,gmv,2026-07,200,,\n";                     // 11 good
    // WHEN read with COLLECT
    CsvImport result = csv.read(new StringReader(text), ErrorPolicy.COLLECT);
    // THEN
    assertThat(result.accepted()).extracting(Measurement::subjectId).containsExactly("emp-1", "emp-10");
    assertThat(result.isComplete()).isFalse();
    assertThat(result.rejected()).extracting(RejectedRow::message).containsExactly(
        "line 3, column 'subject': 'emp 2' is not a valid subject id: use 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit",
        "line 4, column 'subject': is empty: every row needs a subject",
        "line 5, column 'period': period 'July' is not of the form 2026-07, 2026-Q3, 2026-H2 or 2026",
        "line 6, column 'denominator': subject 'emp-5', indicator 'cvr', field 'denominator': 0 cannot be zero: the ratio is undefined",
        "line 7, column 'denominator': is empty: a ratio needs both numerator and denominator",
        "line 8: the row has 4 fields but the header has 6 (a decimal comma or an unquoted delimiter?)",
        "line 9, column 'indicator': a quote inside the unquoted field 2 (put the field in quotes and double the quote: \"\")",
        "line 10, column 'subject': unexpected character 'x' after the closing quote of field 1 (a field in quotes must end at its closing quote)");
    // AND under FAIL_FAST the same input stops at line 3
    assertThat(failure(csv, text).line()).isEqualTo(3);
  }

  @Test
  void input_that_cannot_be_split_into_rows_fails_whatever_the_policy() {
    // GIVEN an unclosed quote, then an over-long record; WHEN imported collecting; THEN the import still fails
    String open = "subject,indicator,period,value\ne,i,2026,1\ne,i,2026,\"2\n";
    assertThatThrownBy(() -> csv.read(new StringReader(open), ErrorPolicy.COLLECT))
        .isInstanceOf(CsvImportException.class)
        .hasMessage("line 3: a quoted field starting at line 3 is not closed before the end of the input");
    MeasurementCsv small = MeasurementCsv.builder().maxRecordLength(40).build();
    String longRow = "subject,indicator,period,value\ne,i,2026,\"" + "1".repeat(50) + "\"\n";
    assertThatThrownBy(() -> small.read(new StringReader(longRow), ErrorPolicy.COLLECT))
        .hasMessage("line 2: the record starting at line 2 is longer than 40 characters (an unbalanced quote?)");
  }

  @Test
  void the_stream_reports_bad_rows_to_the_consumer_as_it_goes() {
    // GIVEN a ;-separated file with one bad row; WHEN streamed; THEN the rejection arrives between the good rows
    String text = "subject;indicator;period;value\ne;i;2026;1\ne;i;2026;x\ne;i;2026;3\n";
    MeasurementCsv semicolons = MeasurementCsv.builder().delimiter(';').build();
    List<String> events = new ArrayList<>();
    try (Stream<Measurement> rows = semicolons.stream(new StringReader(text), r -> events.add("rejected line " + r.line()))) {
      rows.forEach(m -> events.add("accepted " + m.value()));
    }
    assertThat(events).containsExactly("accepted 1", "rejected line 3", "accepted 3");
  }

  @Test
  void a_million_generated_rows_stream_with_the_expected_count_and_checksum() {
    // GIVEN a reader that makes up 1,000,000 rows as it is read (no file, no string)
    GeneratedCsv source = new GeneratedCsv(1_000_000);
    // WHEN streamed, summing as we go
    long[] count = {0};
    BigDecimal[] sum = {BigDecimal.ZERO};
    try (Stream<Measurement> rows = csv.stream(source)) {
      rows.forEach(m -> {
        count[0]++;
        sum[0] = sum[0].add(m.value());
      });
    }
    // THEN every row is there: Σ i for i < 10^6 = 10^6 × 999,999 / 2 = 499,999,500,000, and
    // Σ (i mod 100) / 100 = 10^4 × 4,950 / 100 = 495,000; total 499,999,995,000
    assertThat(count[0]).isEqualTo(1_000_000);
    assertThat(sum[0]).isEqualByComparingTo("499999995000");
  }

  @Test
  void the_stream_reads_no_further_than_it_is_consumed() {
    // GIVEN a million-row source
    GeneratedCsv source = new GeneratedCsv(1_000_000);
    // WHEN three measurements are taken
    Iterator<Measurement> rows = csv.stream(source).iterator();
    List<Measurement> first = List.of(rows.next(), rows.next(), rows.next());
    // THEN they are rows 0 to 2, and only one buffer (8,192 characters) has been read of ~35 MB
    assertThat(first).extracting(Measurement::subjectId).containsExactly("emp-0", "emp-1", "emp-2");
    assertThat(first.get(2).value()).isEqualByComparingTo("2.02");
    assertThat(source.charsRead()).isLessThanOrEqualTo(8_192);
  }

  @Test
  void the_builder_refuses_clashing_names_and_bad_delimiters() {
    // GIVEN contradictory or impossible settings; WHEN configured; THEN refused naming them
    assertThatThrownBy(() -> MeasurementCsv.builder().header("工号", CsvColumn.SUBJECT).header("工号", CsvColumn.INDICATOR))
        .hasMessage("header '工号' already names column subject");
    assertThatThrownBy(() -> MeasurementCsv.builder().ignore("Value"))
        .hasMessage("header 'Value' names column value and cannot be ignored");
    assertThatThrownBy(() -> MeasurementCsv.builder().header(" ", CsvColumn.SUBJECT))
        .hasMessage("header name must not be blank, got ' '");
    assertThatThrownBy(() -> MeasurementCsv.builder().delimiter('"')).hasMessage("delimiter cannot be '\"'");
    assertThatThrownBy(() -> MeasurementCsv.builder().maxRecordLength(8))
        .hasMessage("maxRecordLength must be 16 or more, got 8");
  }

  @Test
  void ids_follow_the_core_model_s_rule() {
    // GIVEN ids on both sides of the rule; WHEN checked here and by the core; THEN both agree
    assertThat(MeasurementCsv.isId("emp-17")).isTrue();
    assertThat(MeasurementCsv.isId("E0017.a_b")).isTrue();
    assertThat(MeasurementCsv.isId("a".repeat(128))).isTrue();
    assertThat(MeasurementCsv.isId("a".repeat(129))).isFalse();
    assertThat(MeasurementCsv.isId("-emp")).isFalse();
    assertThat(MeasurementCsv.isId("emp 17")).isFalse();
    assertThat(MeasurementCsv.isId("员工")).isFalse();
    // the core agrees on each
    for (String id : List.of("emp-17", "E0017.a_b", "a".repeat(128))) {
      assertThat(Measurement.of(id, "i", JULY, 1).subjectId()).isEqualTo(id);
    }
    for (String id : List.of("a".repeat(129), "-emp", "emp 17", "员工")) {
      assertThatThrownBy(() -> Measurement.of(id, "i", JULY, 1)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}

package dev.yardstick.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.SectionResult;
import dev.yardstick.json.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers are written without binary artefacts and read back exactly. */
class NumberFormatTest {

  private final YardstickJson json =
      YardstickJson.builder().strategies(Fixtures.strategies()).pretty(false).build();

  private String target(double value) {
    return json.write(Target.of(value));
  }

  @Test
  void doubles_are_written_as_their_shortest_plain_decimal() {
    // GIVEN single-value targets of awkward doubles; WHEN written; THEN each number is its shortest plain decimal
    // 92.6 is not exactly representable; its shortest round-tripping decimal is 92.6
    assertThat(target(92.6)).contains("\"target\":92.6,");
    // 0.1 + 0.2 is a different double from 0.3, so its digits must stay
    assertThat(target(0.1 + 0.2)).contains("\"target\":0.30000000000000004,");
    // integral values lose the ".0" that Double.toString would give
    assertThat(target(120.0)).contains("\"target\":120,");
    // no exponent for large or small values: 1.0E7 and 1.0E-7 in Double.toString
    assertThat(target(1e7)).contains("\"target\":10000000,");
    assertThat(target(1e-7)).contains("\"target\":0.0000001,");
    assertThat(target(1e20)).contains("\"target\":100000000000000000000,");
    assertThat(target(-2.5)).contains("\"target\":-2.5,");
    assertThat(target(0)).contains("\"target\":0,");
  }

  @Test
  void every_written_double_reads_back_as_the_same_double() {
    // GIVEN doubles from the extremes and the awkward middle; WHEN written and read; THEN bit for bit the same
    double[] values = {0.1 + 0.2, 92.6, 1e-7, 1e20, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        1.0 / 3, 2.0 / 3, 123456789.123456789, 5e-324, 1e15, 1e15 + 0.5};
    for (double v : values) {
      Target back = json.read(target(v), Target.class);
      assertThat(Double.doubleToLongBits(back.target())).as("%s", v).isEqualTo(Double.doubleToLongBits(v));
    }
  }

  @Test
  void decimals_are_written_plain_with_their_scale_never_in_exponent_form() {
    // GIVEN decimals that BigDecimal.toString would print with an exponent
    Measurement hundred = Measurement.of("e", "i", Period.parse("2026"), new BigDecimal("1E+2"));
    Measurement tiny = Measurement.of("e", "i", Period.parse("2026"), new BigDecimal("1E-9"));
    // THEN they are plain
    assertThat(json.write(hundred)).contains("\"value\":100,").doesNotContain("E");
    assertThat(json.write(tiny)).contains("\"value\":0.000000001,").doesNotContain("E");
    // AND a total keeps its rounding scale: 92.60 is written 92.60 and reads back with scale 2
    SectionResult section = new SectionResult("all", 100, 1, 92.6, new BigDecimal("92.60"), false, List.of());
    Evaluation e = new Evaluation(Fixtures.LI, Fixtures.Q3, "c", 1, List.of(section), null, 92.6,
        new BigDecimal("92.60"), Set.of());
    String text = json.write(e);
    assertThat(text).contains("\"total\":92.60,", "\"subtotal\":92.60,", "\"rawTotal\":92.6,");
    assertThat(json.readEvaluation(text).total().scale()).isEqualTo(2);
    assertThat(json.readEvaluation(text)).isEqualTo(e);
  }

  @Test
  void decimal_values_read_exactly_without_passing_through_double() {
    // GIVEN a value with more digits than a double holds
    String doc = "{\"format\":\"yardstick/1\",\"type\":\"measurement\",\"subjectId\":\"e\",\"indicatorId\":\"i\","
        + "\"period\":\"2026\",\"value\":1234567890.12345678901234567890}";
    // WHEN read
    Measurement m = json.read(doc, Measurement.class);
    // THEN every digit is kept
    assertThat(m.value()).isEqualTo(new BigDecimal("1234567890.1234567890123456789"));
  }

  @Test
  void negative_zero_is_kept() {
    // GIVEN a target of -0.0; WHEN written and read; THEN it stays negative zero
    String text = target(-0.0);
    assertThat(text).contains("\"target\":-0.0,");
    assertThat(Double.doubleToRawLongBits(json.read(text, Target.class).target()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }
}

package dev.yardstick.quality.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.yardstick.core.domain.Period;

/**
 * Fuzzes {@link Period#parse}: whatever the text, the parser either returns a period that prints
 * and parses back to itself, or throws its declared {@link IllegalArgumentException} naming the
 * text (or, for a well-formed text out of range such as {@code 0000}, the year or index at
 * fault). Any other exception, such as a NullPointerException, a StringIndexOutOfBoundsException
 * or a NumberFormatException without the text, fails the test.
 *
 * <p>Regression mode (the default, in every build) replays the seeds under {@code
 * src/test/resources/dev/yardstick/quality/fuzz/PeriodParserFuzzTestInputs}; with {@code
 * JAZZER_FUZZ=1} Jazzer mutates them for {@code maxDuration}.
 */
class PeriodParserFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void parsing_any_text_gives_a_period_that_round_trips_or_an_illegal_argument(
      FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Period period;
    try {
      period = Period.parse(text);
    } catch (IllegalArgumentException e) {
      // the declared exception; its message names the text, or the year or index at fault
      assertThat(e.getMessage()).isNotBlank().containsAnyOf("'" + text + "'", "period year", "period index");
      return;
    }
    assertThat(Period.parse(period.toString())).isEqualTo(period);
    assertThat(period.toString()).isEqualToIgnoringCase(text);
  }
}

package dev.yardstick.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.testing.LinearStrategy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  static final Period Q3 = Period.parse("2026-Q3");
  static final Subject LI = Subject.employee("emp-1", "Li Wei", "store-ops-manager", "team-a");

  @Test
  void four_items_of_25_percent_scoring_5_give_exactly_5() {
    // GIVEN four items of 25% each
    var builder = Yardstick.scorecard("five-point").section("all", 100);
    for (String id : new String[] {"a", "b", "c", "d"}) {
      builder.item(Indicator.builder(id).build()).weight(25).scoredBy(LinearStrategy.identity());
    }
    Scorecard card = builder.build();

    // WHEN each scores 5
    Evaluation e =
        Yardstick.evaluate(LI)
            .in(Q3)
            .against(card)
            .with(
                Measurement.of("emp-1", "a", Q3, 5),
                Measurement.of("emp-1", "b", Q3, 5),
                Measurement.of("emp-1", "c", Q3, 5),
                Measurement.of("emp-1", "d", Q3, 5));

    // THEN the total is exactly 5
    assertThat(e.rawTotal()).isEqualTo(5.0);
    assertThat(e.total()).isEqualByComparingTo(new BigDecimal("5.00"));
    assertThat(e.total().toPlainString()).isEqualTo("5.00");
  }

  @Test
  void a_nan_value_is_rejected_naming_subject_indicator_field_and_value() {
    assertThatThrownBy(() -> Measurement.of("emp-1", "gmv", Q3, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("subject 'emp-1', indicator 'gmv', field 'value': NaN is not a finite number");
  }
}

package dev.yardstick.rules.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calculators on the edges of what they accept. */
class MetricBoundariesTest {

  private static final Scope JULY = Scope.of("emp-17", Period.parse("2026-07"));

  @Test
  void a_three_point_csat_scale_is_allowed_and_its_top_two_points_count() {
    // GIVEN a 1–3 scale, answers 3 and 1
    List<SurveyResponse> answers = List.of(new SurveyResponse("r-1", 3), new SurveyResponse("r-2", 1));

    // WHEN
    BigDecimal csat = ServiceMetrics.csat(JULY, answers, 1, 3).value();

    // THEN 2 and 3 count as satisfied: 1 of 2 = 0.5
    assertThat(csat).isEqualByComparingTo("0.5");
  }

  @Test
  void more_compliant_conversations_than_audited_ones_are_rejected() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> ServiceMetrics.scriptCompliance(JULY, 10, 11))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("compliant");
              assertThat(e.value()).isEqualTo("11");
            });
  }

  @Test
  void a_campaign_target_of_zero_is_named_as_a_zero_denominator() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(
            () ->
                StoreMetrics.campaignAchievementRate(
                    JULY, new BigDecimal("1000.00"), BigDecimal.ZERO))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("target");
              assertThat(e.value()).isEqualTo("0");
            })
        .hasMessageContaining("is zero: the ratio is undefined");
  }

  @Test
  void no_acquisition_spend_gives_a_cac_of_zero() {
    // GIVEN 0.00 spent, 40 new customers
    // WHEN / THEN 0 ÷ 40 = 0
    assertThat(MarketingMetrics.cac(JULY, new BigDecimal("0.00"), 40).value())
        .isEqualByComparingTo("0");
  }
}

package dev.yardstick.quality.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.yardstick.core.domain.Direction;
import dev.yardstick.core.domain.Indicator;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import dev.yardstick.core.scoring.ScoringRule;
import dev.yardstick.rules.kpi.Banded;
import dev.yardstick.rules.kpi.Kpi;
import dev.yardstick.rules.kpi.Ratings;
import dev.yardstick.rules.kpi.RatioToTarget;
import dev.yardstick.rules.okr.Okr;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes every KPI strategy and the OKR rules with arbitrary parameters, levels and actuals
 * (NaN, infinities, subnormals, huge and tiny numbers included): building the rule, the target
 * and the measurement either fails with an {@link IllegalArgumentException} (its family includes
 * {@code InvalidInputException}) or scoring gives a finite score. An ArithmeticException, a
 * NullPointerException, an IllegalStateException for a non-finite score (NaN or infinity leaking
 * out of a formula) or a hang is a finding.
 */
class ScoringFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void scoring_anything_gives_a_finite_score_or_an_illegal_argument(FuzzedDataProvider data) {
    // built here, not in static fields: Jazzer instruments the classes loaded after it starts
    Subject li = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");
    Period q3 = Period.quarter(2026, 3);
    Direction direction = data.pickValue(Direction.values());
    Indicator indicator = Indicator.builder("x").direction(direction).build();
    ScoringRule<?> rule;
    Target target;
    Measurement measurement;
    try {
      rule = rule(data);
      target = data.consumeBoolean() ? null : Target.levels(d(data), d(data), d(data));
      measurement = Measurement.of(li.id(), "x", q3, d(data));
      int parts = data.consumeInt(0, 3);
      for (int i = 0; i < parts; i++) {
        measurement = measurement.withPart(data.pickValue(new String[] {"a", "b", "c", "a.x", "committed", "aspirational", "committed-weight", "aspirational-weight"}), d(data));
      }
    } catch (IllegalArgumentException e) {
      return; // invalid parameters or data, refused up front as declared
    }
    Score score;
    try {
      score = rule.score(new ScoringInput(li, q3, indicator, target, measurement));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(Double.isFinite(score.value())).as("finite score %s", score).isTrue();
    assertThat(score.explanation().text()).isNotBlank();
  }

  private static double d(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 3)) {
      case 0:
        return data.consumeDouble();
      case 1:
        return data.consumeInt(-1000, 1000);
      case 2:
        return data.consumeRegularDouble(-1e6, 1e6);
      default:
        return data.consumeInt(-100_000, 100_000) / 100.0;
    }
  }

  private static ScoringRule<?> rule(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 9)) {
      case 0:
        return Kpi.thresholdTargetStretch(d(data), d(data), d(data), d(data), d(data));
      case 1:
        return Kpi.ratioToTarget().floor(d(data)).cap(d(data))
            .lowerIsBetter(data.pickValue(RatioToTarget.LowerIsBetter.values())).rule();
      case 2: {
        Kpi.CloserToTargetSpec spec = Kpi.closerToTarget().tolerance(d(data)).floorAt(d(data))
            .fullScore(d(data)).floor(d(data));
        return (data.consumeBoolean() ? spec.relative() : spec).rule();
      }
      case 3: {
        Kpi.BandedSpec spec = Kpi.banded().belowFirst(d(data));
        int n = data.consumeInt(1, 5);
        for (int i = 0; i < n; i++) {
          spec = spec.band(d(data), d(data));
        }
        spec = data.consumeBoolean() ? spec.interpolated() : spec;
        return (data.pickValue(Banded.Basis.values()) == Banded.Basis.ACTUAL ? spec.onActual() : spec).rule();
      }
      case 4:
        return data.consumeBoolean() ? Kpi.milestone(d(data), d(data)) : Kpi.doneFlag(d(data), d(data));
      case 5: {
        Kpi.DeductionSpec spec = Kpi.deduction().fullMarks(d(data)).floor(d(data));
        for (String c : new String[] {"a", "b"}) {
          spec = spec.perIncident(c, d(data));
          if (data.consumeBoolean()) {
            spec = spec.capPerCategory(c, d(data));
          }
        }
        return spec.rule();
      }
      case 6: {
        Kpi.RatingsSpec spec = Kpi.ratings(d(data), d(data)).mapping(data.pickValue(Ratings.Mapping.values()))
            .missingRater(data.pickValue(Ratings.MissingRater.values()));
        List<String> raters = new ArrayList<>(List.of("a", "b", "c"));
        for (String r : raters) {
          spec = spec.rater(r, d(data));
        }
        return spec.rule();
      }
      case 7:
        return Okr.committed(d(data));
      case 8:
        return Okr.aspirational(d(data), d(data));
      default:
        return Okr.blended(d(data), d(data), d(data));
    }
  }
}

package com.example.backoffice;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.rules.kpi.catalog.EcommerceScorecards;
import java.util.ArrayList;
import java.util.List;

/** A back office's appraisal: the catalog card of a customer-service specialist, every item on target. */
public final class Appraisal {
  private Appraisal() {}

  public static Evaluation onTarget(String subjectId) {
    Scorecard card = EcommerceScorecards.forRoleId("cs-specialist");
    Period q3 = Period.parse("2026-Q3");
    List<Measurement> measurements = new ArrayList<>();
    card.items().forEach(item -> measurements.add(
        Measurement.of(subjectId, item.indicatorId(), q3, item.target().target())));
    Subject subject = Subject.employee(subjectId, "Zhang Min", "cs-specialist", "team-service");
    return Yardstick.evaluate(subject).in(q3).against(card).with(measurements);
  }
}

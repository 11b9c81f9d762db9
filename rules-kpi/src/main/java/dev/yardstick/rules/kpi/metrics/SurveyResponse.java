package dev.yardstick.rules.kpi.metrics;

/**
 * One answer to a satisfaction survey: a rating on the survey's scale (for example 1 = very
 * dissatisfied to 5 = very satisfied). The scale is given to {@link ServiceMetrics#csat}, which
 * rejects a rating outside it.
 *
 * <pre>{@code
 * new SurveyResponse("survey-881", 4);
 * }</pre>
 *
 * @param id the response id; unique within one calculation
 * @param rating the rating given
 */
public record SurveyResponse(String id, int rating) {

  /** Validates. */
  public SurveyResponse {
    Facts.name(id, "survey response id");
  }
}

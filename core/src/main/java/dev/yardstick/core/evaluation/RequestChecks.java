package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.InvalidInputException;
import java.util.Map;
import java.util.Objects;

/** The checks that the batch and the table requests share. */
final class RequestChecks {

  private RequestChecks() {}

  /** A copy of team totals by team id, each a finite number. */
  static Map<String, Double> teamScores(Map<String, Double> scoresByTeam) {
    Objects.requireNonNull(scoresByTeam, "scoresByTeam");
    scoresByTeam.forEach(
        (team, score) -> {
          if (score == null || !Double.isFinite(score)) {
            throw new InvalidInputException(
                team, null, "teamScore", String.valueOf(score), "is not a finite number");
          }
        });
    return Map.copyOf(scoresByTeam);
  }

  /** A number of threads, 1 to 256. */
  static int parallelism(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("parallelism must be 1 to 256, got " + threads);
    }
    return threads;
  }
}

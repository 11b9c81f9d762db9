package dev.yardstick.report;

import dev.yardstick.report.internal.Args;
import java.util.List;

/**
 * The highlights of a performance interview (績效面談): strengths, weaknesses and directions for
 * improvement, each a list of short sentences shown as bullet points.
 *
 * <pre>{@code
 * Highlights h = new Highlights(
 *     List.of("Beat the GMV target in every month"),
 *     List.of("Slow replies during the 618 peak"),
 *     List.of("Shadow the customer-service supervisor for two weeks"));
 * }</pre>
 *
 * @param strengths what went well
 * @param weaknesses what fell short
 * @param improvements the agreed directions for improvement
 */
public record Highlights(List<String> strengths, List<String> weaknesses, List<String> improvements) {

  private static final Highlights NONE = new Highlights(List.of(), List.of(), List.of());

  /** Validates and copies: every line must be non-blank. */
  public Highlights {
    strengths = Args.texts(strengths, "highlights strengths");
    weaknesses = Args.texts(weaknesses, "highlights weaknesses");
    improvements = Args.texts(improvements, "highlights improvements");
  }

  /** No highlights: the report shows no interview block. */
  public static Highlights none() {
    return NONE;
  }

  /** Whether all three lists are empty. */
  public boolean isEmpty() {
    return strengths.isEmpty() && weaknesses.isEmpty() && improvements.isEmpty();
  }
}

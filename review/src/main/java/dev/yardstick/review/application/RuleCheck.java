package dev.yardstick.review.application;

import java.util.Objects;

/**
 * The outcome of one promotion rule for one person.
 *
 * @param rule what the rule asks, for example {@code "A or better in 2 consecutive quarters"}
 * @param met whether the person meets it
 * @param detail why, with the facts, for example {@code "2026-Q2 was B"}
 */
public record RuleCheck(String rule, boolean met, String detail) {

  /** Validates. */
  public RuleCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code [met] rule: detail} or {@code [not met] rule: detail}. */
  @Override
  public String toString() {
    return (met ? "[met] " : "[not met] ") + rule + ": " + detail;
  }
}

package dev.yardstick.core.domain;

/** The unit an indicator is measured in. */
public enum Unit {
  /** An amount of money in the company's currency, for example GMV or CAC. */
  CURRENCY,
  /** A fraction between 0 and 1 (0.035 for a 3.5% conversion rate). */
  RATIO,
  /** A percentage between 0 and 100 (3.5 for a 3.5% conversion rate). */
  PERCENT,
  /** A number of things: orders, new users, products launched. */
  COUNT,
  /** A duration in seconds, for example first-response time. */
  SECONDS,
  /** A duration in minutes. */
  MINUTES,
  /** A duration in hours, for example after-sales handling time. */
  HOURS,
  /** A duration in days, for example inventory days. */
  DAYS,
  /** A score on a scale, for example CSAT on 1–5 or a manager's rating. */
  SCORE,
  /** Any other plain number, for example an index or a rank. */
  NUMBER
}

package dev.yardstick.rules.okr;

/**
 * Where an objective sits in the company: company → department → team → individual.
 *
 * <p>An objective may align to a parent at its own level or any higher one (a team objective to a
 * department or company objective, or to another team's objective), never to a lower one.
 */
public enum OkrLevel {
  /** The company's objectives: the top of the tree, which align to nothing. */
  COMPANY,
  /** A department's (or functional module's) objectives. */
  DEPARTMENT,
  /** A team's objectives. */
  TEAM,
  /** One person's objectives, set with their department head (the domain guide's §4.1). */
  INDIVIDUAL
}

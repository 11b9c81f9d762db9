package dev.yardstick.core.domain;

/** The level of a role, which decides for instance whose scorecard weighs team results more. */
public enum Level {
  /** Leads a function or the company. */
  EXECUTIVE,
  /** Manages a module or a team, for example the store operations manager (店鋪運營經理). */
  MANAGER,
  /** Supervises a group of specialists, for example the customer-service supervisor (客服主管). */
  SUPERVISOR,
  /** Does the work of a module, for example the merchandise specialist (商品專員) or data analyst. */
  SPECIALIST
}

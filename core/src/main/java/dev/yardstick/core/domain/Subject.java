package dev.yardstick.core.domain;

import dev.yardstick.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who is evaluated: an employee (with a role and a team) or a team.
 *
 * <pre>{@code
 * Subject li = Subject.employee("emp-17", "Li Wei", "store-ops-manager", "team-tmall");
 * Subject team = Subject.team("team-tmall", "Tmall store");
 * }</pre>
 *
 * @param id unique identifier, for example an employee number
 * @param name display name
 * @param kind employee or team
 * @param roleId the employee's role; {@code null} for a team
 * @param teamId the employee's team, or the parent team of a team; may be {@code null}
 */
public record Subject(
    String id, String name, Kind kind, @Nullable String roleId, @Nullable String teamId) {

  /** What kind of subject. */
  public enum Kind {
    /** One person. */
    EMPLOYEE,
    /** A team, evaluated on its own scorecard and linked to its members' results. */
    TEAM
  }

  /** Validates. */
  public Subject {
    Checks.id(id, "subject id");
    Checks.text(name, "subject '" + id + "' name");
    Objects.requireNonNull(kind, "kind");
    if (roleId != null) {
      Checks.id(roleId, "subject '" + id + "' role id");
    }
    if (teamId != null) {
      Checks.id(teamId, "subject '" + id + "' team id");
    }
    if (kind == Kind.EMPLOYEE && roleId == null) {
      throw new IllegalArgumentException("subject '" + id + "' is an employee and needs a role id");
    }
  }

  /** An employee with a role and a team. */
  public static Subject employee(String id, String name, String roleId, String teamId) {
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(teamId, "teamId");
    return new Subject(id, name, Kind.EMPLOYEE, roleId, teamId);
  }

  /** A team with no parent team. */
  public static Subject team(String id, String name) {
    return new Subject(id, name, Kind.TEAM, null, null);
  }
}

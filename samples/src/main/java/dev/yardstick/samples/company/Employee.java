package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Subject;
import java.util.Objects;

/**
 * One employee of the sample company.
 *
 * @param id the employee number, for example {@code emp-01}
 * @param name the name in pinyin
 * @param nameZh the name in Chinese characters
 * @param roleId a role of the e-commerce catalog
 * @param teamId the team
 * @param unit what the employee's facts are about: a store ({@code tmall}), a store category
 *     ({@code tmall/pet}), a marketing channel ({@code wechat}), or the employee's own work
 *     ({@code self}) for service agents, content planners and analysts
 */
public record Employee(
    String id, String name, String nameZh, String roleId, String teamId, String unit) {

  /** Validates. */
  public Employee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(unit, "unit");
  }

  /** The employee as an evaluation subject. */
  public Subject subject() {
    return Subject.employee(id, name, roleId, teamId);
  }
}

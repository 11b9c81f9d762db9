package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Subject;
import java.util.Objects;

/**
 * A team of the sample company.
 *
 * @param id the team id, for example {@code team-tmall}
 * @param name the English name
 * @param nameZh the Chinese name
 */
public record Team(String id, String name, String nameZh) {

  /** Validates. */
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameZh, "nameZh");
  }

  /** The team as an evaluation subject, for the team scorecards that members are linked to. */
  public Subject subject() {
    return Subject.team(id, name);
  }
}

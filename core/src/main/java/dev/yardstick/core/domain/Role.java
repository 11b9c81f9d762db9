package dev.yardstick.core.domain;

import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.internal.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A role (崗位) in a functional module, with its responsibilities.
 *
 * <pre>{@code
 * Role manager = Role.of("store-ops-manager", "Store operations manager", storeOps, Level.MANAGER,
 *     List.of("Annual sales target and quarterly plan", "Big promotions (618, Double 11)"));
 * }</pre>
 *
 * @param id stable identifier
 * @param name display name in the default language
 * @param translations names in other languages by language tag
 * @param module the functional module the role belongs to
 * @param level manager, specialist, …
 * @param responsibilities what the role is accountable for, in order of importance
 */
public record Role(
    String id,
    String name,
    Map<String, String> translations,
    FunctionalModule module,
    Level level,
    List<String> responsibilities) {

  /** Validates and copies. */
  public Role {
    Checks.id(id, "role id");
    Checks.text(name, "role '" + id + "' name");
    translations = Translations.copy(translations, "role '" + id + "'");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(level, "level");
    responsibilities = List.copyOf(responsibilities);
    for (String responsibility : responsibilities) {
      Checks.text(responsibility, "role '" + id + "' responsibility");
    }
  }

  /** A role without translations. */
  public static Role of(
      String id, String name, FunctionalModule module, Level level, List<String> responsibilities) {
    return new Role(id, name, Map.of(), module, level, responsibilities);
  }

  /** A copy with one more translated name. */
  public Role withTranslation(String languageTag, String translatedName) {
    return new Role(
        id,
        name,
        Maps2.plus(translations, languageTag, translatedName),
        module,
        level,
        responsibilities);
  }

  /** The name in {@code locale}, or the default name when there is no translation. */
  public String name(Locale locale) {
    return Translations.lookup(translations, name, locale);
  }
}

/**
 * Yardstick JSON and CSV: every public Yardstick type as strict, stable JSON (Jackson 3) and the
 * import of measurements from CSV.
 *
 * <p>Jackson 3 lives in the {@code tools.jackson} packages, so it coexists with whatever Jackson 2
 * a host system uses; this module builds its own mapper and never touches a host's mapper or
 * Jackson's global defaults.
 */
module dev.yardstick.json {
  requires transitive dev.yardstick.core;
  requires transitive dev.yardstick.tracking;
  requires transitive dev.yardstick.review;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports dev.yardstick.json;
  exports dev.yardstick.json.csv;
}

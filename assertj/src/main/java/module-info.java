/**
 * AssertJ assertions and seeded fixtures for Yardstick's result types, for the tests of code that
 * calls Yardstick. Use it in test scope.
 */
module dev.yardstick.assertj {
  requires transitive dev.yardstick.core;
  requires transitive dev.yardstick.rules.kpi;
  requires transitive dev.yardstick.rules.okr;
  requires transitive dev.yardstick.tracking;
  requires transitive dev.yardstick.review;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports dev.yardstick.assertj;
  exports dev.yardstick.assertj.fixtures;
}

/**
 * AssertJ assertions for Yardstick's result types, for the tests of code that calls Yardstick.
 */
module dev.yardstick.assertj {
  requires transitive dev.yardstick.core;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports dev.yardstick.assertj;
}

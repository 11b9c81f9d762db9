package dev.yardstick.samples;

import dev.yardstick.samples.company.FactsGenerator;
import dev.yardstick.samples.company.QuarterRun;
import dev.yardstick.samples.company.SampleRun;

/** The documented sample run, computed once per test JVM and shared by the test classes. */
public final class SampleRuns {

  /** The run of the default seed. */
  public static final SampleRun DEFAULT = QuarterRun.run(FactsGenerator.DEFAULT_SEED);

  private SampleRuns() {}
}
